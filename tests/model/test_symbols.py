from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from sessional.model import DocumentSymbol, JointSymbol, SymbolError
from sessional.model.messages import explain
from sessional.model.symbols import Suffix, Symbol
from sessional.model.wording import say


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
    assert not DocumentSymbol.parse("A/72/1").in_series("A/72/X")  # a series ending in X


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


@pytest.mark.parametrize(("text", "message"), [
    ("", "'' is not a document symbol: it is empty or has spaces"),
    ("CTOC/COP/WG.3/2017/ 3", "'CTOC/COP/WG.3/2017/ 3' is not a document symbol: it is empty or "
                              "has spaces"),
    ("CTOC", "'CTOC' is not a document symbol: it needs a series and a number"),
    ("CTOC//1", "'CTOC//1' is not a document symbol: '' cannot be a part of one"),
    ("A/72/-1", "'A/72/-1' is not a document symbol: '-1' cannot be a part of one"),
    ("ctoc/cop/1", "'ctoc/cop/1' is not a document symbol: it must start with a capital letter"),
])
def test_a_malformed_symbol_is_refused_saying_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(SymbolError) as caught:
        JointSymbol.parse(text)
    assert str(caught.value) == message
    assert say(caught.value.words) == message


def test_a_symbol_that_is_not_text_is_refused_saying_so() -> None:
    with pytest.raises(SymbolError) as caught:
        JointSymbol.parse(17)  # type: ignore[arg-type]
    assert str(caught.value) == "17 is not a document symbol: a symbol is text"


def test_a_series_given_with_its_closing_slash_is_the_same_series() -> None:
    symbol = DocumentSymbol.parse("CTOC/COP/WG.3/2017/1")
    assert symbol.in_series("CTOC/COP/WG.3/")
    assert not symbol.in_series("CTOC/COP/WG.2/")
    joint = JointSymbol.parse("CTOC/COP/WG.3/2017/3-CTOC/COP/WG.2/2017/2")
    assert str(joint.first_for("CTOC/COP/WG.2/")) == "CTOC/COP/WG.2/2017/2-CTOC/COP/WG.3/2017/3"


def test_a_symbol_field_reads_text_and_writes_it_back_as_text() -> None:
    """A symbol in a record is read from its text and written as the same text (a fresh adapter:
    the record's own models are built once, at import)."""
    field = TypeAdapter(Symbol)
    symbol = field.validate_python("E/CN.15/2017/L.1/Rev.1")
    assert isinstance(symbol, JointSymbol)
    assert symbol.parts[0].suffixes == (Suffix("Rev", 1),)
    assert field.validate_python(symbol) is symbol
    assert field.dump_json(symbol) == b'"E/CN.15/2017/L.1/Rev.1"'
    assert field.dump_python(symbol, mode="json") == "E/CN.15/2017/L.1/Rev.1"


def test_a_malformed_symbol_field_is_refused_with_the_rule_of_symbols() -> None:
    field = TypeAdapter(Symbol)
    with pytest.raises(ValidationError) as caught:
        field.validate_python("CTOC/COP/WG.3/2017/ 3")
    [error] = caught.value.errors()
    assert say(explain(error).message) == (
        "'CTOC/COP/WG.3/2017/ 3' is not a document symbol: it is empty or has spaces; write it "
        "as series/number, such as CTOC/COP/WG.3/2017/1")


def test_the_published_schema_of_a_symbol() -> None:
    assert TypeAdapter(Symbol).json_schema() == {
        "type": "string",
        "pattern": r"^[A-Z][A-Za-z0-9.()*]*(/[A-Za-z0-9][A-Za-z0-9.()*]*)+"
                   r"(-[A-Z][A-Za-z0-9.()*/]*)*$",
        "description": "UN document symbol; joint symbols joined by '-'",
        "examples": ["CTOC/COP/WG.3/2017/1-CTOC/COP/WG.2/2017/1", "E/CN.15/2017/L.1/Rev.1"],
    }
