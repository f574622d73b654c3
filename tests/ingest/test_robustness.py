"""Messy input: the same report re-wrapped, with page furniture, CRLF, full-width digits and
punctuation variants, gives the same facts; the text stages never raise on any string."""

from __future__ import annotations

import contextlib
import re
from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sessional.compose import compose_report
from sessional.ingest import NotAReport, ingest_text
from sessional.ingest.normalize import normalize
from sessional.ingest.segment import segment
from sessional.ingest.structure import place
from sessional.model import Record, record_from_json
from sessional.render import render_markdown

from ..conftest import EXAMPLE
from .facts import as_read, facts

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@cache
def example() -> Record:
    return record_from_json(EXAMPLE.read_text(encoding="utf-8"))


@cache
def plain_blocks(lang: str) -> list[str]:
    """The report as a PDF's text would give it: no Markdown marks, one block per paragraph."""
    markdown = render_markdown(compose_report(example(), lang))  # type: ignore[arg-type]
    # the foot of page 1 (the job number) stands at the first page break in a PDF's text, not
    # under the masthead; the paged variant below adds job numbers there
    markdown = re.sub(r"(?m)^.*<!-- foot of page 1.*-->\n", "", markdown)
    markdown = re.sub(r"<!--.*?-->", "", markdown, flags=re.S)
    markdown = re.sub(r"(?m)^#+ |\*\*", "", markdown)
    markdown = re.sub(r"\\(.)", r"\1", markdown)
    blocks = [b.strip("\n") for b in markdown.split("\n\n") if b.strip()]
    return [blocks[0].replace(" · ", "\n"), *blocks[1:]]  # the masthead: a line each


def wrap(line: str, width: int) -> list[str]:
    """Break where a typesetter may: at a space, or between two Chinese characters."""
    out, current = [], ""
    for i, ch in enumerate(line):
        current += ch
        nxt = line[i + 1] if i + 1 < len(line) else ""
        breakable = ch == " " or (CJK.match(ch) and nxt and CJK.match(nxt))
        if len(current) >= width and breakable and nxt:
            out.append(current.rstrip())
            current = ""
    return [*out, current] if current else out


@st.composite
def messy(draw: st.DrawFn, lang: str) -> str:
    width = draw(st.integers(18, 100))
    lines: list[str] = []
    for n, block in enumerate(plain_blocks(lang)):
        if n == 0:  # masthead lines are short: they never wrap
            lines += [*block.split("\n"), ""]
            continue
        for line in block.split("\n"):
            indent = re.match(r"^\s*", line).group(0)  # type: ignore[union-attr]
            lines += [indent + piece for piece in wrap(line.strip(), width)]
        lines.append("")
    if draw(st.booleans()):  # page furniture every so many lines
        every = draw(st.integers(15, 60))
        paged: list[str] = []
        for n, line in enumerate(lines):
            if n and n % every == 0:
                paged += ["", str(n // every + 1), "\f", "CTOC/COP/WG.3/2017/L.1", "V.17-07234", ""]
            paged.append(line)
        lines = ["CTOC/COP/WG.3/2017/L.1", *paged]
    text = "\n".join(lines)
    if draw(st.booleans()):
        text = text.translate(FULL_WIDTH)
    if draw(st.booleans()):
        text = text.replace("下列文件：", "下列文件:").replace("documents:", "documents :")
        text = text.replace("（CTOC", "(CTOC").replace("[……]", "［……］")
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    return text


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["zh", "en"]).flatmap(lambda lang: st.tuples(st.just(lang), messy(lang))))
def test_messy_text_gives_the_same_facts(case: tuple[str, str]) -> None:
    lang, text = case
    result = ingest_text(text)
    narrative = lang == "zh"
    assert facts(result.record, lang, narrative) == as_read(facts(example(), lang, narrative))  # type: ignore[arg-type]


def test_a_page_break_between_two_paragraphs_keeps_them_apart() -> None:
    """Narrow columns with a page break every 18 lines: breaks fall between paragraphs (the
    adoption paragraph, a document's entry), which stay paragraphs of their own."""
    lines = [*plain_blocks("en")[0].split("\n"), ""]
    for block in plain_blocks("en")[1:]:
        lines += [piece for line in block.split("\n") for piece in wrap(line.strip(), 18)]
        lines.append("")
    paged = ["CTOC/COP/WG.3/2017/L.1"]
    for n, line in enumerate(lines):
        if n and n % 18 == 0:
            paged += ["", str(n // 18 + 1), "\f", "CTOC/COP/WG.3/2017/L.1", "V.17-07234", ""]
        paged.append(line)
    result = ingest_text("\n".join(paged))
    assert facts(result.record, "en", False) == as_read(facts(example(), "en", False))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_the_text_stages_never_raise(text: str) -> None:
    lines = normalize(text)
    for lang in ("zh", "en", "ar"):
        place(segment(lines), lang, ["Working Group", "工作组"])  # type: ignore[arg-type]
    with contextlib.suppress(NotAReport):
        ingest_text(text)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(plain_blocks("zh") + plain_blocks("en")), max_size=12),
       st.text(max_size=40))
def test_fragments_of_reports_never_crash(blocks: list[str], noise: str) -> None:
    with contextlib.suppress(NotAReport):
        ingest_text(noise + "\n\n" + "\n\n".join(blocks))
