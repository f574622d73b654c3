"""A DOCX is a zip of XML parts: unzipped within bounds, its XML read with DTDs and entities
refused, before python-docx reads it.

The declared size of every part is checked first (a zip bomb is refused before anything is
unpacked), and the bytes are counted again while unpacking (the declared sizes may lie).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from ..model import LIMIT_VARIABLES, Limits
from ..model.limits import megabytes

CHUNK = 2**20
RATIO_FROM = 2**20  # parts smaller than this are not held to the ratio (nothing to fear)


def check_docx(data: bytes, path: Path, limits: Limits, error: type[Exception]) -> None:
    """Raise `error` with one line naming the file where the DOCX is not safe to read."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        parts = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as err:
        raise error(f"{path}: not a readable DOCX (damaged or truncated: {err})") from None
    _declared(parts, path, limits, error)
    unpacked = 0
    for part in parts:
        if part.is_dir():
            continue
        xml = bytearray()
        try:
            with archive.open(part) as stream:
                while chunk := stream.read(CHUNK):
                    unpacked += len(chunk)
                    if unpacked > limits.unzipped_bytes or len(xml) + len(chunk) > \
                            part.file_size:
                        raise error(_too_large(path, limits))
                    if _is_xml(part.filename):
                        xml += chunk
        except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError) as err:
            raise error(f"{path}: not a readable DOCX (part {part.filename}: {err})") from None
        if _is_xml(part.filename):
            _check_xml(bytes(xml), f"{path}: part {part.filename}", error)


def _declared(parts: list[zipfile.ZipInfo], path: Path, limits: Limits,
              error: type[Exception]) -> None:
    if sum(p.file_size for p in parts) > limits.unzipped_bytes:
        raise error(_too_large(path, limits))
    for p in parts:
        ratio = p.file_size / max(p.compress_size, 1)
        if p.file_size > RATIO_FROM and ratio > limits.zip_ratio:
            raise error(f"{path}: part {p.filename} unpacks to {ratio:.0f} times its packed "
                        f"size, more than {limits.zip_ratio} (the limit, "
                        f"{LIMIT_VARIABLES['zip_ratio']}); refused as a zip bomb")


def _too_large(path: Path, limits: Limits) -> str:
    return (f"{path}: unpacks to more than {megabytes(limits.unzipped_bytes)} (the limit, "
            f"{LIMIT_VARIABLES['unzipped_bytes']}); refused as a zip bomb")


def _is_xml(name: str) -> bool:
    return name.endswith((".xml", ".rels"))


def _check_xml(xml: bytes, where: str, error: type[Exception]) -> None:
    try:
        for _, element in iterparse(io.BytesIO(xml), forbid_dtd=True, forbid_entities=True,
                                    forbid_external=True):
            element.clear()  # read to the end, keeping nothing: a check, not a parse
    except DefusedXmlException as err:
        raise error(f"{where}: XML with a DTD or entities, which a DOCX never has ("
                    f"{type(err).__name__}); refused") from None
    except ParseError as err:
        raise error(f"{where}: broken XML ({err})") from None
