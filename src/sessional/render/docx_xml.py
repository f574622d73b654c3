"""WordprocessingML written as text: the few elements the report is made of, escaped once.

The report's DOCX is written from these strings instead of being built node by node with
python-docx, which parsed a 350 KB template of styles for every file and walked the tree for
each paragraph: a language of the example took 150 ms, now a few. Element order inside the
property elements follows ECMA-376 (`CT_PPrBase`, `CT_RPr`), which Word checks strictly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NAMESPACES = f'xmlns:w="{W}" xmlns:r="{R}"'
DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

# characters XML 1.0 cannot carry (the record refuses them; a gap text never has them): shown
# as U+FFFD rather than making a file Word cannot open
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})
_PIECES = re.compile(r"(\t|\n)")


def esc(text: str) -> str:
    """Text or an attribute value, escaped."""
    return _NOT_XML.sub("\ufffd", text).translate(_ESCAPES)


def val(tag: str, value: str | int) -> str:
    return f'<w:{tag} w:val="{esc(str(value))}"/>'


def text_run(text: str, *, highlight: bool = False, rtl: bool = False,
             char_style: str | None = None) -> str:
    """A run: tabs and line breaks as Word's own elements (as python-docx's `add_run`)."""
    props = (val("rStyle", char_style) if char_style else "") + \
        ('<w:highlight w:val="yellow"/>' if highlight else "") + ("<w:rtl/>" if rtl else "")
    return f"<w:r>{f'<w:rPr>{props}</w:rPr>' if props else ''}{_content(text)}</w:r>"


def _content(text: str) -> str:
    out = []
    for piece in _PIECES.split(text):
        if piece == "\t":
            out.append("<w:tab/>")
        elif piece == "\n":
            out.append("<w:br/>")
        elif piece:
            space = ' xml:space="preserve"' if piece != piece.strip() else ""
            out.append(f"<w:t{space}>{esc(piece)}</w:t>")
    return "".join(out)


def paragraph(style: str, content: str = "", *, bidi: bool = False, align: str | None = None,
              number_id: int | None = None) -> str:
    """A paragraph of `style`, numbered from `number_id`'s definition when given."""
    props = val("pStyle", style)
    if number_id is not None:
        props += f'<w:numPr>{val("ilvl", 0)}{val("numId", number_id)}</w:numPr>'
    if bidi:
        props += "<w:bidi/>"
    if align is not None:
        props += val("jc", align)
    return f"<w:p><w:pPr>{props}</w:pPr>{content}</w:p>"


def page_field() -> str:
    """The run of Word's PAGE field: the page's number."""
    return ('<w:r><w:fldChar w:fldCharType="begin"/><w:instrText xml:space="preserve">PAGE'
            '</w:instrText><w:fldChar w:fldCharType="end"/></w:r>')


def part(root: str, children: Iterable[str], attributes: str = "") -> str:
    """A whole XML part: `<w:root …>children</w:root>` with the declaration."""
    return f"{DECLARATION}<w:{root} {NAMESPACES}{attributes}>{''.join(children)}</w:{root}>"
