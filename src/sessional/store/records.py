"""Records as documents with their full history: every change is a new revision, none is
overwritten. Writers of one record queue on a lock of its row (BEGIN IMMEDIATE on SQLite,
SELECT ... FOR UPDATE on PostgreSQL); a revision is acknowledged only once committed."""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError

from .schema import records, revisions
from .utc import as_utc, utcnow

_LOCK_HEAD = (select(records.c.id, records.c.head)
              .where(records.c.key == bindparam("key")).with_for_update())
_INSERT = insert(revisions)
_MOVE_HEAD = update(records).where(records.c.id == bindparam("record_id"))


class RecordMissing(LookupError):
    pass


class RecordExists(Exception):
    pass


@dataclass(frozen=True)
class RecordInfo:
    key: str
    title: str
    head: int
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True)
class RevisionInfo:
    record: str
    number: int
    created_at: dt.datetime
    author: str
    operation: dict[str, Any]


@dataclass(frozen=True)
class Revision(RevisionInfo):
    document: str


@dataclass(frozen=True)
class Change:
    """What a writer makes of the latest revision: the new document and how it was made."""

    document: str
    operation: dict[str, Any]
    title: str | None = None


class Latest:
    """The latest revision of a record, seen inside the write transaction that holds its lock."""

    def __init__(self, store: RecordStore, conn: Connection, record_id: int, head: Revision):
        self._store, self._conn, self._id = store, conn, record_id
        self.revision = head
        self._new: dict[int, Revision] = {}  # made in this transaction, not yet written

    def add(self, revision: Revision) -> None:
        self._new[revision.number] = self.revision = revision

    def at(self, number: int) -> Revision:
        """An earlier revision of the same record (the base of an edit)."""
        if number in self._new:
            return self._new[number]
        if number == self.revision.number:
            return self.revision
        return self._store._revision(self._conn, self._id, self.revision.record, number)


def _row(record_id: int, revision: Revision) -> dict[str, Any]:
    return {"record_id": record_id, "number": revision.number,
            "created_at": revision.created_at, "author": revision.author,
            "operation": json.dumps(revision.operation, ensure_ascii=False),
            "document": revision.document}


class RecordStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._heads: dict[int, Revision] = {}  # latest revision per record id, as committed
        self._lock = threading.Lock()

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            conn.execution_options(sessional_write=True)
            with conn.begin():
                yield conn

    def create(self, key: str, title: str, change: Change, author: str) -> Revision:
        now = utcnow()
        try:
            with self._writing() as conn:
                if conn.scalar(select(records.c.id).where(records.c.key == key)) is not None:
                    raise RecordExists(key)
                record_id = conn.execute(insert(records).values(
                    key=key, title=title, head=1, created_at=now, updated_at=now)
                ).inserted_primary_key[0]  # type: ignore[index]
                revision = Revision(key, 1, now, author, change.operation, change.document)
                conn.execute(_INSERT, [_row(record_id, revision)])
        except IntegrityError:
            raise RecordExists(key) from None
        self._remember(record_id, revision)
        return revision

    def write_batch(self, key: str, writes: list[tuple[str, Callable[[Latest], Change | None]]]
                    ) -> list[tuple[Revision, bool] | BaseException]:
        """Several writers' changes in one transaction, in order, one revision each: each sees
        the revision the one before made. A writer whose `make` raises gets its exception back
        and changes nothing; the others are committed together (one sync to disk)."""
        outcomes: list[tuple[Revision, bool] | BaseException] = []
        with self._writing() as conn:
            row = conn.execute(_LOCK_HEAD, {"key": key}).one_or_none()
            if row is None:
                raise RecordMissing(key)
            record_id, head = row
            latest = Latest(self, conn, record_id, self._head(conn, record_id, key, head))
            title, rows = None, []
            for author, make in writes:
                try:
                    change = make(latest)
                except Exception as error:  # refused: this writer alone learns why
                    outcomes.append(error)
                    continue
                if change is None:
                    outcomes.append((latest.revision, False))
                    continue
                latest.add(Revision(key, latest.revision.number + 1, utcnow(), author,
                                    change.operation, change.document))
                rows.append(_row(record_id, latest.revision))
                title = change.title if change.title is not None else title
                outcomes.append((latest.revision, True))
            if rows:
                conn.execute(_INSERT, rows)  # one statement for the batch
                values: dict[str, Any] = {"head": latest.revision.number,
                                          "updated_at": latest.revision.created_at}
                if title is not None:
                    values["title"] = title
                conn.execute(_MOVE_HEAD.values(**values), {"record_id": record_id})
        self._remember(record_id, latest.revision)
        return outcomes

    def _remember(self, record_id: int, revision: Revision) -> None:
        with self._lock:
            known = self._heads.get(record_id)
            if known is None or known.number < revision.number:
                self._heads[record_id] = revision

    def _head(self, conn: Connection, record_id: int, key: str, head: int) -> Revision:
        with self._lock:
            known = self._heads.get(record_id)
        if known is not None and known.number == head:
            return known
        revision = self._revision(conn, record_id, key, head)
        self._remember(record_id, revision)
        return revision

    def _revision(self, conn: Connection, record_id: int, key: str, number: int) -> Revision:
        row = conn.execute(select(revisions).where(revisions.c.record_id == record_id,
                                                   revisions.c.number == number)).one_or_none()
        if row is None:
            raise RecordMissing(f"{key} revision {number}")
        return Revision(key, row.number, as_utc(row.created_at), row.author,
                        json.loads(row.operation), row.document)

    def _id_and_head(self, conn: Connection, key: str) -> tuple[int, int]:
        row = conn.execute(select(records.c.id, records.c.head)
                           .where(records.c.key == key)).one_or_none()
        if row is None:
            raise RecordMissing(key)
        return int(row.id), int(row.head)

    def head(self, key: str) -> Revision:
        with self.engine.connect() as conn:
            record_id, head = self._id_and_head(conn, key)
            return self._head(conn, record_id, key, head)

    def revision(self, key: str, number: int) -> Revision:
        with self.engine.connect() as conn:
            record_id, _ = self._id_and_head(conn, key)
            return self._revision(conn, record_id, key, number)

    def revisions(self, key: str, offset: int = 0, limit: int = 100) -> list[RevisionInfo]:
        """The history, newest first."""
        with self.engine.connect() as conn:
            record_id, _ = self._id_and_head(conn, key)
            rows = conn.execute(
                select(revisions.c.number, revisions.c.created_at, revisions.c.author,
                       revisions.c.operation)
                .where(revisions.c.record_id == record_id)
                .order_by(revisions.c.number.desc()).offset(offset).limit(limit))
            return [RevisionInfo(key, r.number, as_utc(r.created_at), r.author,
                                 json.loads(r.operation)) for r in rows]

    def all(self) -> list[RecordInfo]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(records).order_by(records.c.key))
            return [RecordInfo(r.key, r.title, r.head, as_utc(r.created_at), as_utc(r.updated_at))
                    for r in rows]

    def info(self, key: str) -> RecordInfo:
        with self.engine.connect() as conn:
            row = conn.execute(select(records).where(records.c.key == key)).one_or_none()
        if row is None:
            raise RecordMissing(key)
        return RecordInfo(row.key, row.title, row.head, as_utc(row.created_at),
                          as_utc(row.updated_at))
