"""Stage 2: clean lines -> blocks: numbered paragraphs with their list entries, headings, lines.

A paragraph starts with its number (the next one in sequence) and runs until a blank line, a
heading or the next paragraph; a paragraph that ends with a colon may be followed by list
entries (agenda items `1.`, sub-items and documents `(a)`). Wrapped lines are joined as the
language writes (no space between Chinese characters; a symbol broken after a slash rejoined).
Never raises on any input.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from ..model import LANGUAGES
from ..refdata.phrases import catalog
from .normalize import Line

# "6." and, as UN Arabic documents number their paragraphs, "6 -" (digits of either script)
_NUMBERED = re.compile(r"^\s*(\d{1,3})(?:\.|\s?[-\u2013])\s+(.*)$")
# "(a)" and, as French and Spanish reports letter them, "a)"
_LETTERED = re.compile(r"^\s*(?:\((?P<paren>[a-z]{1,2}|[\u0621-\u064a]{1,2}ـ?)\)|"
                       r"(?P<half>[a-z]{1,2})\)(?=\s))\s*(?P<text>.*)$")
MAX_GAP = 3
_MARKDOWN_HEADING = re.compile(r"^\s*(#{1,6})\s+(.*)$")
PLACEHOLDER_LINE = re.compile(r"^\s*\[\s*(…+|\.\.\.+)\s*\]\s*$")
_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


@dataclass
class Entry:
    label: str
    text: str
    children: list[Entry] = field(default_factory=list)


@dataclass
class Block:
    kind: str  # "paragraph", "heading", "line"
    text: str
    position: int
    line: int
    number: int | None = None
    level: int | None = None  # Markdown heading level, when the input says it
    entries: list[Entry] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # the input lines it was joined from


def join(left: str, right: str) -> str:
    """Join a wrapped line to the text before it."""
    left, right = left.rstrip(), right.strip()
    if not left:
        return right
    if not right:
        return left
    if left.endswith("/") or right.startswith("/"):
        return left + right
    a, b = left[-1], right[0]
    if _CJK.match(a) or _CJK.match(b):
        ascii_edge = (a.isascii() and a.isalnum()) or (b.isascii() and b.isalnum())
        return left + (" " if ascii_edge and not (_CJK.match(a) and _CJK.match(b)) else "") + right
    if a == "-" and len(left) > 1 and left[-2].isalpha() and b.islower():
        if _compound(left, right) in _hyphenated_words():
            return left + right  # a compound of the report's phrases (fr ci-après)
        return left[:-1] + right  # a word hyphenated at the line end
    return left + " " + right


def _compound(left: str, right: str) -> str:
    before = re.search(r"\w+-$", left)
    after = re.match(r"\w+", right)
    return ((before.group(0) if before else "") + (after.group(0) if after else "")).casefold()


@cache
def _hyphenated_words() -> frozenset[str]:
    """Words with a hyphen in the stock phrases of the six catalogues: a line broken after
    their hyphen keeps it."""
    found: set[str] = set()
    for lang in LANGUAGES:
        for message in catalog(lang):
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            for text in strings:
                found.update(w.casefold() for w in re.findall(r"\w+-\w+", str(text or "")))
    return frozenset(found)


def segment(lines: list[Line], is_heading: Callable[[str], bool] = lambda _: False,
            heading_continues: Callable[[str], bool] = lambda text: _unbalanced(text),
            is_subheading: Callable[[str], bool] = lambda _: False) -> list[Block]:
    """`is_heading` tells a heading line of the report's language (it closes a paragraph even
    where no blank line precedes it); `heading_continues` whether a heading wraps onto the next
    line (an item heading runs until its closing parenthesis); `is_subheading` a line that is a
    heading only where a block ends (a body's name, which a wrapped sentence may also hold)."""
    segmenter = _Segmenter(is_heading, heading_continues, is_subheading)
    for line in lines:
        segmenter.feed(line)
    return segmenter.blocks


class _Segmenter:
    def __init__(self, is_heading: Callable[[str], bool],
                 heading_continues: Callable[[str], bool],
                 is_subheading: Callable[[str], bool]) -> None:
        self.is_heading = is_heading
        self.is_subheading = is_subheading
        self.heading_continues = heading_continues
        self.blocks: list[Block] = []
        self.open: Block | None = None
        self.entry: Entry | None = None
        self.last_number = 0
        self.in_list = False
        self.blank_in_list = False

    def feed(self, line: Line) -> None:
        text = line.text
        if not text.strip() or text.strip().startswith("<!--"):
            if self._list_lead():
                self.blank_in_list = True  # entries of a list may stand a blank line apart
            else:
                self._close()
            return
        if self.blank_in_list:
            self._after_blank_in_list(text)
        if heading := _MARKDOWN_HEADING.match(text):
            self._close()
            self._add(Block("heading", _unescape(heading.group(2)), len(self.blocks), line.number,
                            level=len(heading.group(1))))
            self._close()
            return
        text = _unescape(text)
        numbered = _NUMBERED.match(text)
        if numbered and self._is_next_paragraph(int(numbered.group(1))):
            self._close()
            self.last_number = int(numbered.group(1))
            self.open = self._add(Block("paragraph", numbered.group(2).strip(), len(self.blocks),
                                        line.number, number=self.last_number,
                                        lines=[text.strip()]))
            return
        if self._entry_line(text, numbered):
            return
        if PLACEHOLDER_LINE.match(text):
            self._close()  # a placeholder on a line of its own stands for a whole paragraph
            self._add(Block("line", text.strip(), len(self.blocks), line.number,
                            lines=[text.strip()]))
            return
        if not self._heading_line(text, line):
            self._text_line(text, line)

    def _after_blank_in_list(self, text: str) -> None:
        """After a blank line in a list: an entry goes on with the list, anything else ends it."""
        self.blank_in_list = False
        numbered_entry = _NUMBERED.match(text) and not self._is_next_paragraph(
            int(_NUMBERED.match(text).group(1)))  # type: ignore[union-attr]
        if not (numbered_entry or _LETTERED.match(text)):
            self._close()

    def _heading_line(self, text: str, line: Line) -> bool:
        """A line of the heading that is open, or a heading of its own (True), else False."""
        if self.open is not None and self.open.kind == "heading":
            if self.heading_continues(self.open.text):
                self.open.text = join(self.open.text, text)
                self.open.lines.append(text.strip())
                return True
            self._close()
        if self.is_heading(text.strip()) or (self.is_subheading(text.strip()) and self._ended()):
            self._close()
            added = self._add(Block("heading", text.strip(), len(self.blocks), line.number,
                                    lines=[text.strip()]))
            self.open = added if self.heading_continues(added.text) else None
            return True
        return False

    def _text_line(self, text: str, line: Line) -> None:
        """A line of text: the next of the open paragraph (or of its entry), else one of its own."""
        if self.open is not None:
            if self.entry is not None:
                self.entry.text = join(self.entry.text, text)
            else:
                self.open.text = join(self.open.text, text)
            self.open.lines.append(text.strip())
            return
        self.open = self._add(Block("line", text.strip(), len(self.blocks), line.number,
                                    lines=[text.strip()]))

    def _list_lead(self) -> bool:
        """The open paragraph announces a list (ends with a colon) or is in one."""
        if self.open is None or self.open.kind != "paragraph":
            return False
        return bool(self.open.entries) or self.open.text.rstrip().endswith(("：", ":"))

    def _ended(self) -> bool:
        """Whether the open block (if any) reads as finished: a line after it may be a heading."""
        if self.open is None or self.open.kind == "heading":
            return True
        last = (self.entry.text if self.entry is not None else self.open.text).rstrip()
        return last.endswith(("。", ".", "：", ":", "；", ";", "]", "）", ")"))

    def _is_next_paragraph(self, number: int) -> bool:
        # a paragraph number or two may be missing (a gap in the numbering), never go back
        if not self.last_number < number <= self.last_number + MAX_GAP and \
                not (self.last_number == 0 and self.open is None):
            return False  # the first paragraph of an extract may have any number
        if self.in_list and self.open is not None and self.open.entries:
            expected = _next_entry_number(self.open.entries)
            return expected != number
        return True

    def _entry_line(self, text: str, numbered: re.Match[str] | None) -> bool:
        if self.open is None or self.open.kind != "paragraph" or not self.in_list:
            if self.open is not None and self.open.kind == "paragraph" and \
                    self.open.text.rstrip().endswith(("：", ":")) and \
                    (numbered or _LETTERED.match(text)):
                self.in_list = True
            else:
                return False
        lettered = _LETTERED.match(text)
        block = self.open
        assert block is not None
        if numbered:
            self.entry = Entry(numbered.group(1) + ".", numbered.group(2).strip())
            block.entries.append(self.entry)
            return True
        if lettered:
            letter = lettered.group("paren") or lettered.group("half")
            entry = Entry(f"({letter})", lettered.group("text").strip())
            parent = block.entries[-1] if block.entries and \
                block.entries[-1].label.endswith(".") else None
            (parent.children if parent else block.entries).append(entry)
            self.entry = entry
            return True
        return False

    def _add(self, block: Block) -> Block:
        self.blocks.append(block)
        return block

    def _close(self) -> None:
        self.open = None
        self.entry = None
        self.in_list = False
        self.blank_in_list = False


def _unbalanced(text: str) -> bool:
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


def _next_entry_number(entries: list[Entry]) -> int | None:
    numbered = [e for e in entries if e.label.endswith(".")]
    return int(numbered[-1].label[:-1]) + 1 if numbered else None


def _unescape(text: str) -> str:
    """Markdown escapes and emphasis markers of a heading line (**name**)."""
    text = re.sub(r"\\([\\`*_<>#\[\]()])", r"\1", text)
    stripped = text.strip()
    if stripped.startswith("**") and stripped.endswith("**") and len(stripped) > 4:
        return stripped[2:-2]
    return text
