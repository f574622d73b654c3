"""The DOCX package: the parts of a report zipped with their content types and relationships.

One section, A4, 2.2 cm side margins. Page 1 has a header and footer of its own (`w:titlePg`:
no running head, the job number in the foot); later pages have odd and even headers and
footers (`w:evenAndOddHeaders`). Entries carry a fixed time, so the same record gives the same
bytes.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field

from .docx_xml import DECLARATION, esc, part

_OFFICE = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_TIME = (1980, 1, 1, 0, 0, 0)
_SETTINGS = ('<w:defaultTabStop w:val="720"/><w:evenAndOddHeaders/>'
             '<w:characterSpacingControl w:val="doNotCompress"/><w:compat>'
             '<w:compatSetting w:name="compatibilityMode" '
             'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>')


@dataclass
class Package:
    """The parts of one report, filled by the writer and zipped by `save`."""

    lang: str
    title: str
    rtl: bool
    styles: str
    numbering: str
    headers: dict[str, str] = field(default_factory=dict)  # type ("default", "even", "first")
    footers: dict[str, str] = field(default_factory=dict)
    comments: list[str] = field(default_factory=list)

    def save(self, body: str) -> bytes:
        parts: dict[str, tuple[str, str]] = {  # name: (content type, xml)
            "word/styles.xml": (_OFFICE + "styles+xml", self.styles),
            "word/numbering.xml": (_OFFICE + "numbering+xml", self.numbering),
            "word/settings.xml": (_OFFICE + "settings+xml", part("settings", (_SETTINGS,))),
        }
        references = []
        for kind, table, root in (("header", self.headers, "hdr"), ("footer", self.footers, "ftr")):
            for n, (which, content) in enumerate(table.items(), 1):
                parts[f"word/{kind}{n}.xml"] = (_OFFICE + kind + "+xml", part(root, (content,)))
                references.append(f'<w:{kind}Reference w:type="{which}" r:id="rId_{kind}{n}"/>')
        if self.comments:
            parts["word/comments.xml"] = (_OFFICE + "comments+xml",
                                          part("comments", self.comments))
        parts["word/document.xml"] = (_OFFICE + "document.main+xml", part(
            "document", (f"<w:body>{body}{self._section(references)}</w:body>",)))
        return _zip(parts, self._core())

    def _section(self, references: list[str]) -> str:
        return (f'<w:sectPr>{"".join(references)}<w:type w:val="nextPage"/>'
                '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1247" '
                'w:bottom="1440" w:left="1247" w:header="720" w:footer="720" w:gutter="0"/>'
                '<w:cols w:space="720"/><w:titlePg/>' + ("<w:bidi/>" if self.rtl else "") +
                '<w:docGrid w:linePitch="360"/></w:sectPr>')

    def _core(self) -> str:
        return (f'{DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/'
                'package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/'
                f'1.1/"><dc:title>{esc(self.title)}</dc:title><dc:creator>sessional'
                f'</dc:creator><dc:language>{esc(self.lang)}</dc:language></cp:coreProperties>')


def _zip(parts: dict[str, tuple[str, str]], core: str) -> bytes:
    types = "".join(f'<Override PartName="/{name}" ContentType="{kind}"/>'
                    for name, (kind, _) in parts.items())
    content_types = (
        f'{DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
        f'ContentType="application/xml"/>{types}<Override PartName="/docProps/core.xml" '
        'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    package_rels = _relationships(_PACKAGE_REL, [
        ("rId1", _REL + "officeDocument", "word/document.xml"),
        ("rId2", _PACKAGE_REL + "/metadata/core-properties", "docProps/core.xml")])
    document_rels = _relationships(_PACKAGE_REL, [
        (_relationship_id(name), _REL + _kind(name), name.removeprefix("word/"))
        for name in parts if name != "word/document.xml"])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in (("[Content_Types].xml", content_types), ("_rels/.rels", package_rels),
                           ("docProps/core.xml", core),
                           ("word/_rels/document.xml.rels", document_rels),
                           *((name, xml) for name, (_, xml) in parts.items())):
            archive.writestr(zipfile.ZipInfo(name, _TIME), data.encode("utf-8"),
                             zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def _kind(name: str) -> str:
    """The relationship type of a part of word/: header1.xml → header."""
    return name.removeprefix("word/").removesuffix(".xml").rstrip("0123456789")


def _relationship_id(name: str) -> str:
    kind = _kind(name)
    number = name.removeprefix(f"word/{kind}").removesuffix(".xml")
    return f"rId_{kind}{number}"


def _relationships(namespace: str, rows: list[tuple[str, str, str]]) -> str:
    entries = "".join(f'<Relationship Id="{rid}" Type="{kind}" Target="{target}"/>'
                      for rid, kind, target in rows)
    return f'{DECLARATION}<Relationships xmlns="{namespace}">{entries}</Relationships>'
