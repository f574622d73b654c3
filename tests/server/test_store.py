"""The store on its own: revisions, batches, several processes on one database, migrations."""

from __future__ import annotations

import pytest
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from sessional.store import Change, RecordMissing, RecordStore, open_engine
from sessional.store.database import MIGRATIONS


def _store(url: str) -> RecordStore:
    return RecordStore(open_engine(url))


def _append(text: str):  # type: ignore[no-untyped-def]
    return lambda latest: Change(latest.revision.document + text, {"action": "append"})


def _write(store: RecordStore, key: str, author: str, make):  # type: ignore[no-untyped-def]
    outcome = store.write_batch(key, [(author, make)])[0]
    if isinstance(outcome, BaseException):
        raise outcome
    return outcome


def test_the_schema_is_migrated_to_the_latest_revision_on_open(db_url: str) -> None:
    engine = open_engine(db_url)
    open_engine(db_url)  # opening again migrates nothing and breaks nothing
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    assert current == ScriptDirectory.from_config(config).get_current_head()


def test_each_write_of_a_batch_is_a_revision_and_a_refused_one_changes_nothing(
        db_url: str) -> None:
    store = _store(db_url)
    store.create("r", "R", Change("a", {"action": "create"}), "ana")

    def refuse(latest):  # type: ignore[no-untyped-def]
        raise ValueError("not this one")

    outcomes = store.write_batch("r", [("ana", _append("b")), ("bo", refuse),
                                       ("cy", lambda latest: None), ("di", _append("c"))])
    assert isinstance(outcomes[1], ValueError)
    assert outcomes[2] == (outcomes[0][0], False)  # type: ignore[index]
    assert [(r.number, r.author) for r in store.revisions("r")] == [(3, "di"), (2, "ana"),
                                                                     (1, "ana")]
    assert store.head("r").document == "abc"
    assert store.revision("r", 2).document == "ab"
    assert store.info("r").head == 3 and len(store.revisions("r")) == 3


def test_a_second_process_never_writes_on_a_stale_revision(db_url: str) -> None:
    first, second = _store(db_url), _store(db_url)
    first.create("r", "R", Change("a", {"action": "create"}), "ana")
    assert second.head("r").document == "a"  # now remembered by the second
    _write(first, "r", "ana", _append("b"))
    revision, _ = _write(second, "r", "bo", _append("c"))
    assert (revision.number, revision.document) == (3, "abc")
    assert first.head("r").document == "abc"


def test_unknown_records_and_revisions(db_url: str) -> None:
    store = _store(db_url)
    with pytest.raises(RecordMissing):
        store.head("none")
    with pytest.raises(RecordMissing):
        _write(store, "none", "ana", _append("x"))
    store.create("r", "R", Change("a", {"action": "create"}), "ana")
    with pytest.raises(RecordMissing):
        store.revision("r", 2)
