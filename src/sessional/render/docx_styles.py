"""The DOCX report's styles and paragraph numbering.

Every format lives in a named style, so that an editor sees the structure in Word's Styles pane
and changes it in one place: no run carries bold, italics or a size of its own. Headings have
outline levels (the navigation pane shows the chapters). Bold, italics and sizes are set for
complex scripts too (`w:bCs`, `w:iCs`, `w:szCs`), or Arabic would lose them; Chinese has no
italics. The numbered paragraphs take their numbers from one Word numbering definition that
runs through the whole report, as UN reports number their paragraphs across chapters.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.document import Document as DocumentObject
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.styles.style import ParagraphStyle

from .layout import paragraph_number_form

FONTS = {  # (Latin, East Asian, complex script) per language: UN editors' Word fonts
    "zh": ("Times New Roman", "SimSun", "Times New Roman"),
    "ar": ("Times New Roman", "SimSun", "Simplified Arabic"),
}
DEFAULT_FONTS = ("Times New Roman", "SimSun", "Times New Roman")
LANG_TAGS = {"ar": "ar-SA", "zh": "zh-CN", "en": "en-GB", "fr": "fr-FR", "es": "es-ES",
             "ru": "ru-RU"}
HANG = Cm(1.0)
TWIPS_PER_CM = 567


@dataclass(frozen=True)
class Styles:
    masthead: ParagraphStyle
    organization: ParagraphStyle
    masthead_strong: ParagraphStyle
    body_name: ParagraphStyle
    body_dates: ParagraphStyle
    title: ParagraphStyle
    headings: tuple[ParagraphStyle, ...]  # chapter, section, sub-heading
    paragraph: ParagraphStyle
    gap: ParagraphStyle
    entries: tuple[ParagraphStyle, ...]  # list entries at depth 1, 2, 3
    running_head: ParagraphStyle
    page_foot: ParagraphStyle  # the foot of page 1 (the job number): left to right, on the left
    number_id: int  # the numbering of the numbered paragraphs


def add_styles(doc: DocumentObject, lang: str, rtl: bool) -> Styles:
    normal = _normal(doc, lang, rtl)
    # Word and LibreOffice read "left" and "right" of a right-to-left paragraph (w:bidi) as its
    # start and end: the same values put the masthead at the end of the line (right in English,
    # left in Arabic) and rag titles from the start, in both directions.
    start = WD_ALIGN_PARAGRAPH.RIGHT  # the masthead's side: the end of the line
    ragged = WD_ALIGN_PARAGRAPH.LEFT
    masthead = _style(doc, "Masthead", normal, align=start, after=0)
    zh = lang == "zh"
    return Styles(
        masthead=masthead,
        organization=_style(doc, "Masthead Organization", normal, bold=True, size=12, after=0,
                            align=ragged),
        masthead_strong=_style(doc, "Masthead Emphasis", masthead, bold=True),
        body_name=_style(doc, "Body Heading", normal, bold=True, after=0),
        body_dates=_style(doc, "Body Dates", normal, after=6),
        title=_style(doc, "Report Title", normal, bold=True, size=13, before=12, align=ragged),
        headings=(
            _style(doc, "Chapter Heading", normal, bold=True, before=12, outline=0, hang=1),
            _style(doc, "Section Heading", normal, bold=True, before=8, outline=1, hang=1),
            _style(doc, "Sub-heading", normal, bold=zh, italic=not zh, before=8, outline=2),
        ),
        paragraph=_style(doc, "Numbered Paragraph", normal, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
                         hang=1),
        gap=_style(doc, "Placeholder", normal, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=1),
        entries=tuple(_style(doc, "List Entry" + ("" if depth == 1 else f" {depth}"), normal,
                             after=3, hang=depth + 1) for depth in (1, 2, 3)),
        running_head=_style(doc, "Running Head", normal, bold=True, after=0),
        page_foot=_left_to_right(_style(doc, "Page Foot", normal, size=8, after=0,
                                        align=WD_ALIGN_PARAGRAPH.LEFT)),
        number_id=_paragraph_numbering(doc, lang),
    )


def _normal(doc: DocumentObject, lang: str, rtl: bool) -> ParagraphStyle:
    latin, east_asian, complex_script = FONTS.get(lang, DEFAULT_FONTS)
    style = doc.styles["Normal"]
    _size(style, 10)
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()  # the four fonts, set once
    for attr, value in (("w:ascii", latin), ("w:hAnsi", latin), ("w:eastAsia", east_asian),
                        ("w:cs", complex_script)):
        fonts.set(qn(attr), value)
    tag = OxmlElement("w:lang")
    tag.set(qn("w:val"), LANG_TAGS[lang] if lang not in {"zh", "ar"} else "en-GB")
    tag.set(qn("w:eastAsia"), "zh-CN")
    tag.set(qn("w:bidi"), "ar-SA")
    rpr.append(tag)
    style.paragraph_format.space_after = Pt(6)
    if rtl:
        right_to_left(style.element.get_or_add_pPr())
    return style  # type: ignore[no-any-return]


# what follows w:bidi in a paragraph's properties (ECMA-376 CT_PPrBase): it goes before them
_AFTER_BIDI = ("w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
               "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
               "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId",
               "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def right_to_left(ppr: object) -> None:
    """`w:bidi` in its place among a paragraph's properties (Word is strict about order)."""
    if ppr.find(qn("w:bidi")) is None:  # type: ignore[attr-defined]
        ppr.insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)  # type: ignore[attr-defined]


def _left_to_right(style: ParagraphStyle) -> ParagraphStyle:
    """A style set left to right even where Normal is right to left (`w:bidi w:val="0"`), so
    that its `left` is the page's left in Arabic too."""
    ppr = style.element.get_or_add_pPr()
    off = OxmlElement("w:bidi")
    off.set(qn("w:val"), "0")
    ppr.insert_element_before(off, *_AFTER_BIDI)
    return style


def _style(doc: DocumentObject, name: str, base: ParagraphStyle, bold: bool = False,
           italic: bool = False, size: int | None = None, before: int | None = None,
           after: int | None = None, align: WD_ALIGN_PARAGRAPH | None = None,
           outline: int | None = None, hang: int | None = None,
           indent: int | None = None) -> ParagraphStyle:
    style: ParagraphStyle = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = base
    style.quick_style = True
    rpr = style.element.get_or_add_rPr()
    for on, tags in ((bold, ("w:b", "w:bCs")), (italic, ("w:i", "w:iCs"))):
        for tag in tags if on else ():
            rpr.append(OxmlElement(tag))
    if size:
        _size(style, size)
    fmt = style.paragraph_format
    if before is not None:
        fmt.space_before = Pt(before)
    if after is not None:
        fmt.space_after = Pt(after)
    if align is not None:
        fmt.alignment = align
    if hang is not None:
        fmt.left_indent, fmt.first_line_indent = HANG * hang, -HANG
    if indent is not None:
        fmt.left_indent = HANG * indent
    if outline is not None:
        fmt.keep_with_next = True
        level = OxmlElement("w:outlineLvl")
        level.set(qn("w:val"), str(outline))
        style.element.get_or_add_pPr().append(level)
    return style


def _size(style: ParagraphStyle, points: int) -> None:
    """The size for every script: `w:sz` and `w:szCs` (half-points)."""
    style.font.size = Pt(points)
    rpr = style.element.get_or_add_rPr()
    complex_size = rpr.find(qn("w:szCs"))
    if complex_size is None:
        complex_size = OxmlElement("w:szCs")
        rpr.find(qn("w:sz")).addnext(complex_size)
    complex_size.set(qn("w:val"), str(points * 2))


def _paragraph_numbering(doc: DocumentObject, lang: str) -> int:
    """One numbering definition, 1. 2. 3. … (Arabic: 1 - 2 - 3 -, `layout`) with the number
    hanging in the margin's centimetre, and one instance of it: the paragraphs' numbers run on
    through every chapter."""
    numbering = doc.part.numbering_part.element
    abstract_id = 1 + max((int(a.get(qn("w:abstractNumId"))) for a in
                           numbering.findall(qn("w:abstractNum"))), default=-1)
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), str(abstract_id))
    kind = OxmlElement("w:multiLevelType")
    kind.set(qn("w:val"), "singleLevel")
    abstract.append(kind)
    level = OxmlElement("w:lvl")
    level.set(qn("w:ilvl"), "0")
    text = paragraph_number_form(lang).format("%1")  # "%1." or "%1 -"
    for tag, value in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "tab"),
                       ("w:lvlText", text), ("w:lvlJc", "left")):
        element = OxmlElement(tag)
        element.set(qn("w:val"), value)
        level.append(element)
    ppr = OxmlElement("w:pPr")
    tabs, tab = OxmlElement("w:tabs"), OxmlElement("w:tab")
    tab.set(qn("w:val"), "num")
    tab.set(qn("w:pos"), str(TWIPS_PER_CM))
    tabs.append(tab)
    ppr.append(tabs)
    indent = OxmlElement("w:ind")
    indent.set(qn("w:left"), str(TWIPS_PER_CM))
    indent.set(qn("w:hanging"), str(TWIPS_PER_CM))
    ppr.append(indent)
    level.append(ppr)
    abstract.append(level)
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(abstract)
    else:
        numbering.append(abstract)
    return int(numbering.add_num(abstract_id).numId)


def number(paragraph_element: object, number_id: int) -> None:
    """Number a paragraph from the report's numbering (`w:numPr` in its properties)."""
    ppr = paragraph_element.get_or_add_pPr()  # type: ignore[attr-defined]
    num_pr = ppr.get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = number_id
