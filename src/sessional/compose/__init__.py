"""Record -> language-neutral report tree, with the stock phrases of each language in gettext
catalogues (`refdata/locale/<lang>/LC_MESSAGES/report.po`), never in code."""

from .report import compose_report
from .tree import (
    Block,
    Gap,
    Heading,
    Inline,
    ListEntry,
    Masthead,
    Mention,
    Paragraph,
    Parts,
    Placeholder,
    Report,
    Text,
    merged,
    plain,
)

__all__ = [
    "Block", "Gap", "Heading", "Inline", "ListEntry", "Masthead", "Mention", "Paragraph", "Parts",
    "Placeholder", "Report", "Text", "compose_report", "merged", "plain",
]
