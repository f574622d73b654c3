"""The DOCX report's styles and paragraph numbering (`word/styles.xml`, `word/numbering.xml`).

Every format lives in a named style, so that an editor sees the structure in Word's Styles pane
and changes it in one place: no run carries bold, italics or a size of its own. Headings have
outline levels (the navigation pane shows the chapters). Bold, italics and sizes are set for
complex scripts too (`w:bCs`, `w:iCs`, `w:szCs`), or Arabic would lose them; Chinese has no
italics. The numbered paragraphs take their numbers from one Word numbering definition that
runs through the whole report, as UN reports number their paragraphs across chapters. Only the
report's own styles and the few Word expects by name (Normal, footer, the comment styles) are
written: the Styles pane lists what the report uses.
"""

from __future__ import annotations

from dataclasses import dataclass

from .docx_xml import esc, part, val
from .layout import paragraph_number_form

FONTS = {  # (Latin, East Asian, complex script) per language: UN editors' Word fonts
    "zh": ("Times New Roman", "SimSun", "Times New Roman"),
    "ar": ("Times New Roman", "SimSun", "Simplified Arabic"),
}
DEFAULT_FONTS = ("Times New Roman", "SimSun", "Times New Roman")
LANG_TAGS = {"ar": "ar-SA", "zh": "zh-CN", "en": "en-GB", "fr": "fr-FR", "es": "es-ES",
             "ru": "ru-RU"}
HANG = 567  # 1 cm in twips: the hanging number's width
NUMBER_ID = 1  # the one numbering of the numbered paragraphs


@dataclass(frozen=True)
class Style:
    name: str
    bold: bool = False
    italic: bool = False
    size: int | None = None  # points
    before: int | None = None  # points
    after: int | None = None  # points
    align: str | None = None  # w:jc: "left" and "right" are a right-to-left line's start/end
    outline: int | None = None
    hang: int | None = None  # the left indent in centimetres, the first line 1 cm out
    indent: int | None = None  # the left indent in centimetres
    base: str = "Normal"
    left_to_right: bool = False  # `w:bidi w:val="0"`: left is the page's left in Arabic too

    @property
    def id(self) -> str:
        return self.name.replace(" ", "")


@dataclass(frozen=True)
class Styles:
    masthead: str
    organization: str
    masthead_strong: str
    body_name: str
    body_dates: str
    title: str
    headings: tuple[str, ...]  # chapter, section, sub-heading
    paragraph: str
    gap: str
    entries: tuple[str, ...]  # list entries at depth 1, 2, 3
    running_head: str
    page_foot: str  # the foot of page 1 (the job number): left to right, on the left
    page_number: str
    number_id: int


def report_styles(lang: str) -> tuple[Style, ...]:
    """The report's paragraph styles. Word and LibreOffice read "left" and "right" of a
    right-to-left paragraph (w:bidi) as its start and end: the same values put the masthead at
    the end of the line (right in English, left in Arabic) and rag titles from the start."""
    zh = lang == "zh"
    return (
        Style("Masthead", align="right", after=0),
        Style("Masthead Organization", bold=True, size=12, after=0, align="left"),
        Style("Masthead Emphasis", bold=True, base="Masthead"),
        Style("Body Heading", bold=True, after=0),
        Style("Body Dates", after=6),
        Style("Report Title", bold=True, size=13, before=12, align="left"),
        Style("Chapter Heading", bold=True, before=12, outline=0, hang=1),
        Style("Section Heading", bold=True, before=8, outline=1, hang=1),
        Style("Sub-heading", bold=zh, italic=not zh, before=8, outline=2),
        Style("Numbered Paragraph", align="both", hang=1),
        Style("Placeholder", align="both", indent=1),
        *(Style("List Entry" + ("" if depth == 1 else f" {depth}"), after=3, hang=depth + 1)
          for depth in (1, 2, 3)),
        Style("Running Head", bold=True, after=0),
        Style("Page Foot", size=8, after=0, align="left", left_to_right=True),
    )


STYLES = Styles(
    masthead="Masthead", organization="MastheadOrganization",
    masthead_strong="MastheadEmphasis", body_name="BodyHeading", body_dates="BodyDates",
    title="ReportTitle", headings=("ChapterHeading", "SectionHeading", "Sub-heading"),
    paragraph="NumberedParagraph", gap="Placeholder",
    entries=("ListEntry", "ListEntry2", "ListEntry3"), running_head="RunningHead",
    page_foot="PageFoot", page_number="Footer", number_id=NUMBER_ID)


def styles_part(lang: str, rtl: bool) -> str:
    """`word/styles.xml`: the document defaults, Normal in the language's fonts, the report's
    styles, and the footer and comment styles Word knows by name."""
    latin, east_asian, complex_script = FONTS.get(lang, DEFAULT_FONTS)
    fonts = (f'<w:rFonts w:ascii="{latin}" w:hAnsi="{latin}" w:eastAsia="{east_asian}" '
             f'w:cs="{complex_script}"/>')
    tag = LANG_TAGS[lang] if lang not in {"zh", "ar"} else "en-GB"
    defaults = (f'<w:docDefaults><w:rPrDefault><w:rPr>{fonts}{_size(11)}'
                '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
                '<w:pPrDefault><w:pPr><w:spacing w:after="200" w:line="276" w:lineRule="auto"/>'
                '</w:pPr></w:pPrDefault></w:docDefaults>')
    normal = ('<w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
              '<w:name w:val="Normal"/><w:qFormat/><w:pPr>' + ("<w:bidi/>" if rtl else "") +
              f'<w:spacing w:after="120"/></w:pPr><w:rPr>{fonts}{_size(10)}'
              f'<w:lang w:val="{tag}" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:style>')
    builtin = (
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
        '<w:unhideWhenUsed/></w:style>',
        _style(Style("footer", after=0), "Footer", custom=False),
        _style(Style("annotation text", after=0), "CommentText", custom=False),
        '<w:style w:type="character" w:styleId="CommentReference">'
        '<w:name w:val="annotation reference"/><w:basedOn w:val="DefaultParagraphFont"/>'
        f'<w:rPr>{_size(8)}</w:rPr></w:style>',
    )
    return part("styles", (defaults, normal, *(_style(s) for s in report_styles(lang)),
                           *builtin))


def _style(style: Style, style_id: str | None = None, custom: bool = True) -> str:
    ppr = "<w:keepNext/>" if style.outline is not None else ""
    if style.left_to_right:
        ppr += '<w:bidi w:val="0"/>'
    if style.before is not None or style.after is not None:
        ppr += "<w:spacing" + "".join(f' w:{k}="{v * 20}"' for k, v in (
            ("before", style.before), ("after", style.after)) if v is not None) + "/>"
    if style.hang is not None:
        ppr += f'<w:ind w:left="{HANG * style.hang}" w:hanging="{HANG}"/>'
    elif style.indent is not None:
        ppr += f'<w:ind w:left="{HANG * style.indent}"/>'
    if style.align is not None:
        ppr += val("jc", style.align)
    if style.outline is not None:
        ppr += val("outlineLvl", style.outline)
    rpr = ("<w:b/><w:bCs/>" if style.bold else "") + ("<w:i/><w:iCs/>" if style.italic else "")
    rpr += _size(style.size) if style.size else ""
    kind = ' w:customStyle="1"' if custom else ""
    return (f'<w:style w:type="paragraph"{kind} w:styleId="{style_id or style.id}">'
            f'<w:name w:val="{esc(style.name)}"/>'
            f'{val("basedOn", style.base)}<w:qFormat/><w:pPr>{ppr}</w:pPr>'
            f'<w:rPr>{rpr}</w:rPr></w:style>')


def _size(points: int) -> str:
    """The size for every script: `w:sz` and `w:szCs` (half-points)."""
    return f"{val('sz', points * 2)}{val('szCs', points * 2)}"


def numbering_part(lang: str) -> str:
    """`word/numbering.xml`: one definition, 1. 2. 3. … (Arabic: 1 - 2 - 3 -, `layout`) with
    the number hanging in the margin's centimetre, and one instance of it: the paragraphs'
    numbers run on through every chapter."""
    text = paragraph_number_form(lang).format("%1")  # "%1." or "%1 -"
    level = (f'<w:lvl w:ilvl="0">{val("start", 1)}{val("numFmt", "decimal")}{val("suff", "tab")}'
             f'{val("lvlText", text)}{val("lvlJc", "left")}<w:pPr><w:tabs>'
             f'<w:tab w:val="num" w:pos="{HANG}"/></w:tabs>'
             f'<w:ind w:left="{HANG}" w:hanging="{HANG}"/></w:pPr></w:lvl>')
    return part("numbering", (
        f'<w:abstractNum w:abstractNumId="0">{val("multiLevelType", "singleLevel")}{level}'
        '</w:abstractNum>',
        f'<w:num w:numId="{NUMBER_ID}">{val("abstractNumId", 0)}</w:num>'))
