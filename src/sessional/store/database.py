"""Opening the database: a SQLite file by default, PostgreSQL for teams; migrated on open."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, NoSuchModuleError, OperationalError

DEFAULT_URL = "sqlite:///sessional.db"
URL_VARIABLE = "SESSIONAL_DATABASE_URL"
MIGRATIONS = Path(__file__).parent / "migrations"


class DatabaseUnavailable(Exception):
    """The database URL is malformed or the database cannot be reached or migrated."""


def database_url(given: str | None = None) -> str:
    return given or os.environ.get(URL_VARIABLE) or DEFAULT_URL


def open_engine(url: str) -> Engine:
    """An engine for `url`, its schema migrated to the latest revision."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseUnavailable(f"{url!r} is not a database URL (sqlite:///FILE or "
                                  "postgresql+psycopg://USER:PASSWORD@HOST/NAME)") from None
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")  # the driver installed with us
    if parsed.drivername not in ("sqlite", "sqlite+pysqlite", "postgresql+psycopg"):
        raise DatabaseUnavailable(f"{parsed.drivername}: not a database sessional works with "
                                  "(sqlite:///FILE or postgresql+psycopg://...)")
    try:
        if parsed.get_backend_name() == "sqlite":
            engine = _sqlite_engine(parsed)
        else:
            engine = create_engine(parsed, pool_size=20, max_overflow=40, pool_recycle=1800)
        _unavailable_when_down(engine)
        migrate(engine)
    except (NoSuchModuleError, ImportError) as err:
        raise DatabaseUnavailable(f"{parsed.drivername}: {err}") from None
    except DatabaseError as err:  # unreachable, or (SQLite) a file that is not a database
        raise DatabaseUnavailable(f"{parsed.render_as_string(hide_password=True)}: "
                                  f"{str(err.orig).strip().splitlines()[0]}") from None
    return engine


def _unavailable_when_down(engine: Engine) -> None:
    """A database that cannot be reached, or stops answering, raises DatabaseUnavailable
    (the server answers 503) rather than a driver's error."""
    where = engine.url.render_as_string(hide_password=True)

    @event.listens_for(engine, "handle_error")
    def _error(context: ExceptionContext) -> Exception | None:
        original = context.original_exception
        if context.is_disconnect or isinstance(context.sqlalchemy_exception, OperationalError):
            return DatabaseUnavailable(f"{where}: {str(original).strip().splitlines()[0]}")
        return None


def _sqlite_engine(url: URL) -> Engine:
    """SQLite in WAL mode, every commit synced to disk. Write transactions start with
    BEGIN IMMEDIATE, so that two writers queue up instead of failing half-way."""
    engine = create_engine(url, pool_size=20, max_overflow=40,
                           connect_args={"timeout": 60, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _connect(dbapi: Any, _record: Any) -> None:
        dbapi.isolation_level = None  # transactions are begun below, not by the driver
        cursor = dbapi.cursor()
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON",
                       "busy_timeout=60000"):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        write = conn.get_execution_options().get("sessional_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def migrate(engine: Engine) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
        conn.commit()
