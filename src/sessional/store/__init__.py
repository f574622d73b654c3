"""Records with their full revision history, and users; SQLite by default, PostgreSQL for teams.

Keeps documents as the model writes them; knows nothing of reports or reference data."""

from .database import DEFAULT_URL, URL_VARIABLE, DatabaseUnavailable, database_url, open_engine
from .records import (
    Change,
    Latest,
    RecordExists,
    RecordInfo,
    RecordMissing,
    RecordStore,
    Revision,
    RevisionInfo,
)
from .users import TokenRow, UserExists, UserMissing, UserRow, UserStore, WebSessionRow

__all__ = [
    "DEFAULT_URL", "URL_VARIABLE", "Change", "DatabaseUnavailable", "Latest", "RecordExists",
    "RecordInfo", "RecordMissing", "RecordStore", "Revision", "RevisionInfo", "TokenRow",
    "UserExists",
    "UserMissing", "UserRow", "UserStore", "WebSessionRow", "database_url", "open_engine",
]
