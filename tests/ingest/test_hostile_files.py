"""Files made to hurt: zip bombs, XML with entities, special files, a pdftotext that hangs,
control characters. Each is refused (or cleaned) with one line, quickly, in little memory."""

from __future__ import annotations

import io
import json
import os
import struct
import subprocess
import sys
import time
import zipfile
import zlib
from pathlib import Path

import docx
import pytest

from sessional.model import record_from_json

from ..conftest import ROOT, cli

run = cli
GiB = 2**30
ZEROS_CRC = 0xD202EF8D  # zlib.crc32 of 4 GiB of zero bytes, computed once by hand


def zip_bomb(path: Path, declared: int = 4 * GiB) -> int:
    """A DOCX-named zip whose word/document.xml is 4 GiB of zeros deflated to ~4 MB (ZIP64).
    Built without compressing 4 GiB: a fully flushed deflate block of 1 MiB of zeros is the
    same bytes each time. `declared` may lie about the unpacked size. Returns the file size."""
    block = zlib.compressobj(9, zlib.DEFLATED, -15)
    one = block.compress(bytes(2**20)) + block.flush(zlib.Z_FULL_FLUSH)
    data = one * 4096 + b"\x03\x00"  # an empty final block ends the stream
    name = b"word/document.xml"
    extra = struct.pack("<HHQQ", 1, 16, declared, len(data))
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 45, 0, 8, 0, 0x21, ZEROS_CRC,
                        0xFFFFFFFF, 0xFFFFFFFF, len(name), len(extra)) + name + extra
    central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 45, 45, 0, 8, 0, 0x21, ZEROS_CRC,
                          0xFFFFFFFF, 0xFFFFFFFF, len(name), len(extra), 0, 0, 0, 0, 0) \
        + name + extra
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central),
                      len(local) + len(data), 0)
    path.write_bytes(local + data + central + end)
    return path.stat().st_size


def ingest_in_a_fresh_process(path: Path, *options: str,
                              env: dict[str, str] | None = None) -> tuple[int, str, int, float]:
    """(exit code, stderr, peak memory in MB, seconds) of `sessional ingest PATH` run alone;
    the time is that of the command, from after the interpreter has imported sessional."""
    probe = ("import sys, time\n"
             "from sessional.cli import app\n"
             "started = time.perf_counter()\n"
             "try:\n    app(['ingest', *sys.argv[1:]])\n"
             "finally:\n"
             "    print(time.perf_counter() - started, file=sys.stderr)\n"
             # VmHWM: the peak of this process's memory since exec (ru_maxrss would carry
             # the peak of the forked test runner over the exec)
             "    print(next(line.split()[1] for line in open('/proc/self/status')\n"
             "               if line.startswith('VmHWM:')), file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", probe, str(path), *options],
                          capture_output=True, text=True, timeout=60, cwd=ROOT,
                          env=os.environ | (env or {}))
    *lines, seconds, peak = done.stderr.strip().splitlines()
    return done.returncode, "\n".join(lines), int(peak) // 1024, float(seconds)


def test_a_zip_bomb_is_refused_in_under_2_s_and_200_mb(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    assert zip_bomb(bomb) < 5 * 2**20
    with zipfile.ZipFile(bomb) as archive:  # a real zip, that unpacks to 4 GiB
        assert archive.getinfo("word/document.xml").file_size == 4 * GiB
    code, err, peak, seconds = ingest_in_a_fresh_process(bomb)
    assert (code, err) == (2, f"error: {bomb}: unpacks to more than 200 MiB (the limit, "
                              "SESSIONAL_MAX_UNZIPPED_MB); refused as a zip bomb")
    assert seconds < 2 and peak < 200, (seconds, peak)


def test_a_zip_bomb_that_lies_about_its_size_is_stopped_while_unpacking(tmp_path: Path) -> None:
    bomb = tmp_path / "liar.docx"
    zip_bomb(bomb, declared=8 * 2**20)  # says 8 MiB: twice its packed size, under every limit
    code, err, peak, seconds = ingest_in_a_fresh_process(bomb)
    assert code == 2 and err.startswith(f"error: {bomb}: not a readable DOCX (part "
                                        "word/document.xml:") and "\n" not in err
    assert seconds < 2 and peak < 200, (seconds, peak)


def test_a_part_that_unpacks_far_beyond_its_packed_size_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ratio.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", bytes(20 * 2**20))
    code, _, err = run("ingest", str(path))
    assert code == 2
    assert err.startswith(f"error: {path}: part word/document.xml unpacks to ")
    assert err.endswith(" times its packed size, more than 100 (the limit, "
                        "SESSIONAL_MAX_ZIP_RATIO); refused as a zip bomb\n")


def test_the_unzipped_limit_is_a_setting(tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "report.docx"
    document = docx.Document()
    document.add_paragraph("x " * 600_000)
    document.save(str(path))
    monkeypatch.setenv("SESSIONAL_MAX_UNZIPPED_MB", "1")
    code, _, err = run("ingest", str(path))
    assert (code, err) == (2, f"error: {path}: unpacks to more than 1 MiB (the limit, "
                              "SESSIONAL_MAX_UNZIPPED_MB); refused as a zip bomb\n")


def docx_with(tmp_path: Path, document_xml: bytes) -> Path:
    """A DOCX written by python-docx whose main part is replaced by `document_xml`."""
    made = io.BytesIO()
    docx.Document().save(made)
    path = tmp_path / "hostile.docx"
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(path, "w") as target:
        for part in source.infolist():
            content = source.read(part)
            target.writestr(part, document_xml if part.filename == "word/document.xml"
                            else content)
    return path


LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol">
""" + b"".join(b'<!ENTITY lol%d "%s">\n' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;")
                                             * 10) for i in range(1, 10)) + b"""]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"""


def test_an_entity_bomb_in_a_docx_is_refused_on_one_line(tmp_path: Path) -> None:
    path = docx_with(tmp_path, LAUGHS)
    code, _, err = run("ingest", str(path))
    assert (code, err) == (2, f"error: {path}: part word/document.xml: XML with a DTD or "
                              "entities, which a DOCX never has (DTDForbidden); refused\n")


def test_a_docx_with_broken_xml_is_refused_on_one_line(tmp_path: Path) -> None:
    path = docx_with(tmp_path, b"<w:document xmlns:w='urn:x'><w:body><w:p>")
    code, _, err = run("ingest", str(path))
    assert (code, err) == (2, f"error: {path}: part word/document.xml: broken XML (no element "
                              "found: line 1, column 41)\n")


@pytest.mark.parametrize("command", ["validate", "render", "check", "ingest"])
def test_special_files_are_refused_before_they_are_read(tmp_path: Path, command: str) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    for path, kind in ((fifo, "a named pipe (FIFO)"), (Path("/dev/zero"), "a character device")):
        record = command in ("validate", "render") or (command == "check" and
                                                       path.suffix == ".json")
        noun = "record" if record else "report"
        started = time.perf_counter()
        code, _, err = run(command, str(path))
        assert (code, err) == (2, f"error: {path}: {kind}, not a {noun} file; give a file\n")
        assert time.perf_counter() - started < 2


def test_a_pdftotext_that_never_answers_is_stopped(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    tools = tmp_path / "bin"
    tools.mkdir()
    pid_file = tmp_path / "sleep.pid"
    fake = tools / "pdftotext"
    fake.write_text(f"#!/bin/sh\nsleep 60 &\necho $! > {pid_file}\nwait\n", encoding="utf-8")
    fake.chmod(0o755)
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.7\n" + b"x" * 100)
    monkeypatch.setenv("PATH", f"{tools}:{os.environ['PATH']}")
    monkeypatch.setenv("SESSIONAL_MAX_PDFTOTEXT_SECONDS", "0.5")
    started = time.perf_counter()
    code, _, err = run("ingest", str(pdf))
    assert (code, err) == (2, f"error: {pdf}: pdftotext did not finish within 0.5 s (the limit, "
                              "SESSIONAL_MAX_PDFTOTEXT_SECONDS); the PDF may be damaged, or "
                              "give it more time\n")
    assert time.perf_counter() - started < 5
    sleeper = int(pid_file.read_text(encoding="utf-8"))
    for _ in range(50):  # what pdftotext started is ended with it
        status = Path(f"/proc/{sleeper}/status")
        if not status.exists() or "State:\tZ" in status.read_text(encoding="utf-8"):
            break
        time.sleep(0.05)
    else:
        raise AssertionError(f"process {sleeper} that pdftotext started still runs")


def test_control_characters_are_removed_from_ingested_text_and_reported(tmp_path: Path) -> None:
    text = (ROOT / "tests" / "golden" / "untoc-wg-2017.en.md").read_text(encoding="utf-8")
    first = text.index("1. ")
    text = text[:first] + "1. \x1b[31mThe\x1b[0m\x0b " + text[first + 3:]
    report, record = tmp_path / "report.txt", tmp_path / "record.json"
    report.write_text(text, encoding="utf-8")
    code, out, err = run("ingest", str(report), "-o", str(record))
    assert code == 0, err
    assert "warning: removed 3 control character(s) from the text, which a report cannot hold: "\
           "U+001B (escape) ×2, U+000B (line tabulation) ×1" in out
    written = record.read_text(encoding="utf-8")
    assert "\\u001b" not in written and "\\u000b" not in written and "[31mThe[0m" in written
    record_from_json(written)
    code, _, err = run("render", str(record), "--lang", "en", "--format", "docx", "-o",
                       str(tmp_path / "out"))
    assert code == 0, err


def test_a_limit_set_to_nonsense_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SESSIONAL_MAX_INPUT_MB", "lots")
    code, _, err = run("validate", str(ROOT / "examples" / "untoc-wg-2017.json"))
    assert (code, err) == (2, "error: SESSIONAL_MAX_INPUT_MB: 'lots' is not a whole number "
                              "greater than 0\n")


def test_the_input_size_is_a_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SESSIONAL_MAX_INPUT_MB", "1")
    path = tmp_path / "big.json"
    path.write_text(json.dumps({"x": "y" * 2**20}), encoding="utf-8")
    code, _, err = run("validate", str(path))
    assert (code, err) == (2, f"error: {path}: 1 MiB; records larger than 1 MiB are refused "
                              "(the limit, SESSIONAL_MAX_INPUT_MB)\n")
