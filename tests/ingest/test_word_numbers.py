"""DOCX whose paragraphs are numbered by Word (`w:numPr`), as editors' files are, not typed
"1.": the numbers Word shows are read back, and a report so numbered reads as its text does."""

from __future__ import annotations

import io
import re
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from sessional.ingest import ingest_text
from sessional.ingest.readers import docx_text
from sessional.model import record_to_data

TEXT = (Path(__file__).parent / "data" / "wg-tip-2018.en.txt").read_text(encoding="utf-8")
NUMBERED = re.compile(r"^(\d+)\.\s+(.*)$", re.S)  # at the margin: a paragraph of the report
# a definition as Word writes it: "1." at level 0, "(a)" at level 1; and one that starts at 5
DEFINITIONS = (
    f'<w:abstractNum {nsdecls("w")} w:abstractNumId="7">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="%1."/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
    '<w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum>',
    f'<w:num {nsdecls("w")} w:numId="7"><w:abstractNumId w:val="7"/></w:num>',
    f'<w:num {nsdecls("w")} w:numId="8"><w:abstractNumId w:val="7"/>'
    '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>',
)


def _document() -> docx.document.Document:
    document = docx.Document()
    numbering = document.part.numbering_part.element
    abstract, *nums = (parse_xml(x) for x in DEFINITIONS)
    first = numbering.find(abstract.tag.replace("abstractNum", "num"))
    if first is not None:
        first.addprevious(abstract)
    else:
        numbering.append(abstract)
    for num in nums:
        numbering.append(num)
    return document


def _numbered(document: docx.document.Document, text: str, num: int, level: int = 0) -> None:
    para = document.add_paragraph(text)
    num_pr = para._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = num


def _bytes(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_the_numbers_word_shows_are_read(tmp_path: Path) -> None:
    document = _document()
    _numbered(document, "First.", 7)
    _numbered(document, "Second, with:", 7)
    _numbered(document, "one entry;", 7, 1)
    _numbered(document, "another.", 7, 1)
    document.add_paragraph("A heading, not numbered")
    _numbered(document, "Third.", 7)
    _numbered(document, "a sub-entry again from (a).", 7, 1)
    _numbered(document, "Fifth of another list.", 8)
    lines = [line for line in docx_text(_bytes(document), tmp_path / "n.docx").splitlines()
             if line]
    assert lines == ["1. First.", "2. Second, with:", "(a) one entry;", "(b) another.",
                     "A heading, not numbered", "3. Third.",
                     "(a) a sub-entry again from (a).", "5. Fifth of another list."]


def test_a_report_numbered_by_word_reads_as_its_text(tmp_path: Path) -> None:
    document = _document()
    for block in TEXT.split("\n\n"):
        found = NUMBERED.match(block)  # the report's own paragraphs; the agenda is indented
        if found:
            _numbered(document, found.group(2).replace("\n", " "), 7)
        else:  # a line of its own is a paragraph of its own; a wrapped line joins its start
            for line in re.split(r"\n(?![a-z0-9])", block.strip()):
                if line.strip():
                    document.add_paragraph(line.strip().replace("\n", " "))
    path = tmp_path / "report.docx"
    path.write_bytes(_bytes(document))
    from_docx = ingest_text(docx_text(path.read_bytes(), path)).record
    from_text = ingest_text(TEXT).record
    assert record_to_data(from_docx) == record_to_data(from_text)
    assert from_docx.sessions[0].meetings_held == 4  # paragraph 4 of the text, read from Word
