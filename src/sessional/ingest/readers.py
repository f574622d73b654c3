"""Files -> text: plain text in UTF-8 or UTF-16, DOCX (python-docx), PDF (poppler's pdftotext).

Every failure is an `UnreadableFile` with one line that names the file and what is wrong.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

MAX_BYTES = 50 * 2**20
_LABEL = re.compile(r"^(\d{1,3}\.|\([a-z\u0621-\u064aـ]{1,2}\))\t")


class UnreadableFile(ValueError):
    pass


def read_report(path: Path) -> tuple[str, str]:
    """(text, kind) of the file; kind is 'text', 'docx' or 'pdf'."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise UnreadableFile(f"{path}: no such file") from None
    except OSError as err:
        raise UnreadableFile(f"{path}: cannot be read ({err.strerror})") from None
    if path.is_dir():
        raise UnreadableFile(f"{path}: is a folder, not a report")
    if size > MAX_BYTES:
        raise UnreadableFile(f"{path}: {size // 2**20} MiB; reports larger than "
                             f"{MAX_BYTES // 2**20} MiB are refused")
    if size == 0:
        raise UnreadableFile(f"{path}: the file is empty")
    data = path.read_bytes()
    if data[:4] == b"%PDF":
        return pdf_text(path), "pdf"
    if data[:2] == b"PK":
        return docx_text(data, path), "docx"
    return plain_text(data, path), "text"


def plain_text(data: bytes, path: Path) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise UnreadableFile(f"{path}: damaged UTF-16 text at byte {err.start}") from None
    if b"\x00" in data[:8192]:
        raise UnreadableFile(f"{path}: a binary file, not a text, DOCX or PDF report")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[:err.start].count(b"\n") + 1
        raise UnreadableFile(f"{path}: not UTF-8 text (line {line}, byte {err.start}); save it "
                             "as UTF-8 and try again") from None


def docx_text(data: bytes, path: Path) -> str:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as err:
        raise UnreadableFile(f"{path}: not a readable DOCX (damaged or truncated: "
                             f"{type(err).__name__})") from None
    lines: list[str] = []
    for paragraph in document.paragraphs:
        text = paragraph.text
        if not text.strip():
            continue
        if lines and not _LABEL.match(text):
            lines.append("")
        lines.append(text.replace("\t", " ", 1) if _LABEL.match(text) else text)
    return "\n".join(lines)


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        raise UnreadableFile(f"{path}: reading PDF needs poppler's pdftotext (Debian package "
                             "poppler-utils)")
    result = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
                            capture_output=True, check=False, timeout=300)
    if result.returncode != 0 or not result.stdout.strip():
        reason = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise UnreadableFile(f"{path}: not a readable PDF ({reason[-1] if reason else 'no text'})")
    return result.stdout.decode("utf-8", "replace")
