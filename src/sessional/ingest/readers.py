"""Files -> text: plain text in UTF-8 or UTF-16, DOCX (python-docx), PDF (poppler's pdftotext).

Every failure is an `UnreadableFile` with one line that names the file and what is wrong.
Input is untrusted: special files are refused before reading, the size is bounded while
reading, a DOCX is unzipped within bounds and its XML read with DTDs and entities refused, and
pdftotext is given a limited time (the limits: `model.limits`).
"""

from __future__ import annotations

import io
import os
import re
import shutil
import signal
import stat
import subprocess
import zipfile
from pathlib import Path

from ..model import LIMIT_VARIABLES, Limits
from ..model.limits import megabytes

_LABEL = re.compile(r"^(\d{1,3}\.|\([a-z\u0621-\u064aـ]{1,2}\))\t")
_SPECIAL = {stat.S_IFIFO: "a named pipe (FIFO)", stat.S_IFCHR: "a character device",
            stat.S_IFBLK: "a block device", stat.S_IFSOCK: "a socket"}


class UnreadableFile(ValueError):
    pass


def read_bounded(path: Path, limits: Limits, noun: str = "report") -> bytes:
    """The bytes of a regular file no larger than the input limit; anything else is refused
    before it is read (a FIFO would block, a device never end)."""
    try:
        status = path.stat()
    except FileNotFoundError:
        raise UnreadableFile(f"{path}: no such file") from None
    except OSError as err:
        raise UnreadableFile(f"{path}: cannot be read ({err.strerror})") from None
    if stat.S_ISDIR(status.st_mode):
        raise UnreadableFile(f"{path}: is a folder, not a {noun} file")
    if not stat.S_ISREG(status.st_mode):
        kind = _SPECIAL.get(stat.S_IFMT(status.st_mode), "not a regular file")
        raise UnreadableFile(f"{path}: {kind}, not a {noun} file; give a file")
    if status.st_size > limits.input_bytes:
        raise UnreadableFile(_too_large(path, status.st_size, limits, noun))
    try:
        with path.open("rb") as file:
            data = file.read(limits.input_bytes + 1)  # the file may grow while it is read
    except PermissionError:
        raise UnreadableFile(f"{path}: permission denied") from None
    except OSError as err:
        raise UnreadableFile(f"{path}: cannot be read ({err.strerror})") from None
    if len(data) > limits.input_bytes:
        raise UnreadableFile(_too_large(path, len(data), limits, noun))
    return data


def _too_large(path: Path, size: int, limits: Limits, noun: str) -> str:
    over = f"{size // 2**20} MiB" if size >= 2**20 else f"{size:,} bytes"
    return (f"{path}: {over}; {noun}s larger than {megabytes(limits.input_bytes)} are refused "
            f"(the limit, {LIMIT_VARIABLES['input_bytes']})")


def read_report(path: Path, limits: Limits = Limits()) -> tuple[str, str]:
    """(text, kind) of the file; kind is 'text', 'docx' or 'pdf'."""
    data = read_bounded(path, limits)
    if not data:
        raise UnreadableFile(f"{path}: the file is empty")
    if data[:4] == b"%PDF":
        return pdf_text(path, limits), "pdf"
    if data[:2] == b"PK":
        return docx_text(data, path, limits), "docx"
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


def docx_text(data: bytes, path: Path, limits: Limits = Limits()) -> str:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    from .unzip import check_docx

    check_docx(data, path, limits, UnreadableFile)
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError,
            SyntaxError) as err:  # lxml's XMLSyntaxError is a SyntaxError
        raise UnreadableFile(f"{path}: not a readable DOCX (damaged or truncated: "
                             f"{type(err).__name__})") from None
    from .word_numbers import WordNumbers

    numbers = WordNumbers(document)
    lines: list[str] = []
    for paragraph in document.paragraphs:
        text = paragraph.text
        label = numbers.label(paragraph)  # a number Word shows but the text does not hold
        if label and text.strip():
            text = f"{label}\t{text}"
        if not text.strip():
            continue
        if lines and not _LABEL.match(text):
            lines.append("")
        lines.append(text.replace("\t", " ", 1) if _LABEL.match(text) else text)
    return "\n".join(lines)


def pdf_text(path: Path, limits: Limits = Limits()) -> str:
    if shutil.which("pdftotext") is None:
        raise UnreadableFile(f"{path}: reading PDF needs poppler's pdftotext (Debian package "
                             "poppler-utils)")
    seconds = limits.pdftotext_seconds
    with subprocess.Popen(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          start_new_session=True) as process:
        try:
            stdout, stderr = process.communicate(timeout=seconds)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)  # and whatever it started
            process.communicate()
            raise UnreadableFile(f"{path}: pdftotext did not finish within {seconds:g} s (the "
                                 f"limit, {LIMIT_VARIABLES['pdftotext_seconds']}); the PDF "
                                 "may be damaged, or give it more time") from None
    result = subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)
    if result.returncode != 0 or not result.stdout.strip():
        reason = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise UnreadableFile(f"{path}: not a readable PDF ({reason[-1] if reason else 'no text'})")
    return result.stdout.decode("utf-8", "replace")
