"""The Chinese report of the example reproduces the seed draft, paragraph by paragraph."""

from __future__ import annotations

import re

import pytest

from sessional.compose import compose_report
from sessional.model import record_from_json
from sessional.render import render_markdown

from ..conftest import EXAMPLE, source_file

# The seed says the same thing two ways in two places; we write both places one way (para 21's),
# so these are the only differences. Each entry: paragraph, seed text, what we write.
SEED_INCONSISTENCIES = [
    (20, "工作组在2017年10月9日举行的第一次会议上", "国际合作工作组在2017年10月9日第一次会议上"),
    (21, "1.组织事项:", "1.组织事项："),  # ASCII colon in the seed; full-width in para 20
]


def seed_paragraphs() -> dict[int, str]:
    """Paragraph number -> text of the seed (text extracted from its PDF), lists included."""
    text = source_file("000_af53d38e3a9bfe7d.txt").read_text(encoding="utf-8")
    paragraphs: dict[int, list[str]] = {}
    current = 0
    for line in text.splitlines():
        start = re.match(r"^\s*(\d{1,2})\.\s(.*)$", line)
        if start and int(start.group(1)) == current + 1:
            current = int(start.group(1))
            paragraphs[current] = [start.group(2)]
        elif re.match(r"^\s*[一二三四五]\.\s|^\s+[A-E]\.\s|^\s{2,}\S*工作组\s*$", line):
            if current:
                paragraphs[current].append("\0")  # a heading ends the paragraph
        elif current:
            paragraphs[current].append(line)
    return {n: "".join(lines).split("\0")[0] for n, lines in paragraphs.items()}


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def markdown_paragraphs(markdown: str) -> dict[int, str]:
    """Numbered paragraphs of our Markdown, with the lists under them, escapes removed."""
    out: dict[int, str] = {}
    for block in markdown.split("\n\n"):
        start = re.match(r"^(\d+)\. ", block)
        if start:
            body = re.sub(r"<!--.*?-->", "", block[start.end():], flags=re.S)
            out[int(start.group(1))] = re.sub(r"\\(.)", r"\1", body).strip()
    return out


def chinese_markdown() -> str:
    record = record_from_json(EXAMPLE.read_text(encoding="utf-8"))
    return render_markdown(compose_report(record, "zh"))


@pytest.mark.parametrize("number", range(1, 30))
def test_chinese_paragraph_equals_the_seed(number: int) -> None:
    seed = squeeze(seed_paragraphs()[number])
    for para, theirs, ours in SEED_INCONSISTENCIES:
        if para == number:
            assert theirs in seed
            seed = seed.replace(theirs, ours)
    assert squeeze(markdown_paragraphs(chinese_markdown())[number]) == seed


def test_the_chinese_report_has_the_seeds_29_paragraphs() -> None:
    paragraphs = markdown_paragraphs(chinese_markdown())
    assert sorted(paragraphs) == list(range(1, 30))
    assert paragraphs[29] == "两个工作组于 2017 年 10 月 13 日通过了经修正的联合会议报告。"
