"""Word comments added in constant time each.

python-docx finds a new comment's id by reading every comment id already in the document
(`CT_Comments._next_available_comment_id`), so a report with n paragraphs awaiting translation
took time in n². The comments we write are appended in id order, so the next id is the last
comment's id plus one; anything else (a document whose last child is not a comment, or an id
at the 32-bit limit) goes the library's way.
"""

from __future__ import annotations

from docx.oxml.comments import CT_Comments
from docx.oxml.ns import qn
from docx.oxml.parser import register_element_cls

_LIMIT = 2**31 - 1


class AppendedComments(CT_Comments):
    """`w:comments` whose next id comes from the last comment."""

    def _next_available_comment_id(self) -> int:
        last = self[-1] if len(self) else None
        if last is None:
            return 0
        found = last.get(qn("w:id")) if last.tag == qn("w:comment") else None
        if found is not None and found.isdigit() and int(found) < _LIMIT:
            return int(found) + 1
        return super()._next_available_comment_id()


register_element_cls("w:comments", AppendedComments)
