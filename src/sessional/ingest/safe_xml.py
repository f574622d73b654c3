"""XML from outside (XLIFF, TMX) parsed without entities, its faults said in one line."""

from __future__ import annotations

from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring


def parse(data: bytes, name: str, fault: type[ValueError], forbid_dtd: bool) -> Element:
    """The root element of `data`; `fault` raised with the line and column of bad XML, or
    because the file declares a DTD (when `forbid_dtd`) or entities."""
    try:
        root: Element = fromstring(data, forbid_dtd=forbid_dtd)
    except ParseError as error:
        line, column = error.position
        raise fault(f"{name}, line {line}, column {column + 1}: not well-formed XML "
                    f"({str(error).split(':')[0]})") from None
    except DefusedXmlException as error:
        what = "a DTD or entities" if forbid_dtd else "entities"
        raise fault(f"{name}: refused, it declares {what} ({type(error).__name__})") from None
    return root
