from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sessional.model import DocumentSymbol, JointSymbol, SymbolError


def test_parse_components_and_suffixes() -> None:
    symbol = DocumentSymbol.parse("E/CN.15/2017/L.1/Add.2/Rev.1")
    assert symbol.components == ("E", "CN.15", "2017", "L.1")
    assert [str(s) for s in symbol.suffixes] == ["Add.2", "Rev.1"]
    assert symbol.series == "E/CN.15/2017"
    assert str(symbol) == "E/CN.15/2017/L.1/Add.2/Rev.1"


def test_joint_symbol_lists_each_body_first() -> None:
    joint = JointSymbol.parse("CTOC/COP/WG.3/2017/3-CTOC/COP/WG.2/2017/2")
    assert joint.is_joint
    assert str(joint.first_for("CTOC/COP/WG.2")) == "CTOC/COP/WG.2/2017/2-CTOC/COP/WG.3/2017/3"
    assert str(joint.first_for("CTOC/COP/WG.3")) == "CTOC/COP/WG.3/2017/3-CTOC/COP/WG.2/2017/2"


def test_series_membership_is_by_whole_components() -> None:
    symbol = DocumentSymbol.parse("CTOC/COP/WG.3/2017/1")
    assert symbol.in_series("CTOC/COP/WG.3")
    assert not symbol.in_series("CTOC/COP/WG.")
    assert not symbol.in_series("CTOC/COP/WG.2")


@pytest.mark.parametrize("text", ["", "CTOC COP/1", "CTOC", "ctoc/cop/1", "CTOC//1", "A/72/-1",
                                  "A/Add.1"])
def test_malformed_symbols_are_refused(text: str) -> None:
    with pytest.raises(SymbolError):
        JointSymbol.parse(text)


components = st.from_regex(r"[A-Z][A-Z0-9]{0,4}(\.[0-9]{1,2})?", fullmatch=True)
numbers = st.from_regex(r"[0-9]{1,4}|[A-Z]{1,3}\.[0-9]{1,2}", fullmatch=True)
suffixes = st.lists(st.sampled_from(["Add", "Corr", "Rev", "Amend"]).flatmap(
    lambda kind: st.integers(1, 30).map(lambda n: f"{kind}.{n}")), max_size=2)


@given(st.lists(st.tuples(st.lists(components, min_size=1, max_size=4), numbers, suffixes),
                min_size=1, max_size=3))
def test_parse_and_str_are_inverse(parts: list[tuple[list[str], str, list[str]]]) -> None:
    text = "-".join("/".join([*series, number, *sfx]) for series, number, sfx in parts)
    assert str(JointSymbol.parse(text)) == text
    assert len(JointSymbol.parse(text).parts) == len(parts)


@pytest.mark.parametrize(("text", "suffixes"), [
    ("CTOC/COP/WG.3/2017/L.1/Amend.1", ["Amend.1"]),
    ("CTOC/COP/WG.3/2017/L.1/Corr.2", ["Corr.2"]),
    ("CTOC/COP/WG.3/2017/L.1/Add.1/Amend.3", ["Add.1", "Amend.3"]),
    ("CTOC/COP/WG.3/2017/L.1/Rev.1", ["Rev.1"]),
])
def test_every_kind_of_suffix_is_read_as_a_suffix(text: str, suffixes: list[str]) -> None:
    symbol = DocumentSymbol.parse(text)
    assert symbol.components == ("CTOC", "COP", "WG.3", "2017", "L.1")
    assert [str(s) for s in symbol.suffixes] == suffixes
    assert symbol.series == "CTOC/COP/WG.3/2017"
    assert symbol.in_series("CTOC/COP/WG.3")
