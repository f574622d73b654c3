"""XLIFF read back: any text a record may hold comes out of an export exactly as it went in,
and its placeholders as the export cut them."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from sessional.ingest.xliff import Placeholder, flat, read_xliff
from sessional.render.xliff import Code, Unit, protect, xliff

NOT_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")  # as a record
PIECES = ["CTOC/COP/WG.3/2017/1", "2017 年 10 月 9 日", "9 October 2017", "2/2", " ", "\n",
          "\t", "<", "&", "]]>", "第", "号", "FR "]
texts = st.one_of(st.text(max_size=40),
                  st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=10)
                  .map("".join)).map(lambda t: NOT_TEXT.sub("", t)).filter(str.strip)


@given(texts)
def test_an_exported_source_reads_back_as_it_was(text: str) -> None:
    exported = xliff("r", "fr", [Unit("$.bodies[0].name", "zh", text, "body name")], "zh")
    exchange = read_xliff(exported, "t.xlf")
    (unit,) = exchange.units
    assert flat(unit.source) == text
    codes = [(p.id, p.text) for p in protect(text) if isinstance(p, Code)]
    assert [(p.id, p.text) for p in unit.source if isinstance(p, Placeholder)] == codes
    assert (exchange.originals, exchange.target_languages, unit.source_language, unit.target) \
        == (("r",), ("fr",), "zh", None)


def test_a_symbol_reads_back_as_a_placeholder() -> None:
    exported = xliff("r", "fr", [Unit("$.x", "zh", "见 CTOC/COP/WG.3/2017/1。", "")], "zh")
    (unit,) = read_xliff(exported, "t.xlf").units
    assert unit.source == ("见 ", Placeholder("1", "symbol", "CTOC/COP/WG.3/2017/1"), "。")


def test_an_export_of_nothing_is_an_xliff_file_of_no_unit() -> None:
    exchange = read_xliff(xliff("r", "fr", [], "zh"), "t.xlf")
    assert (exchange.originals, exchange.target_languages, exchange.units) == (("r",), ("fr",), ())
