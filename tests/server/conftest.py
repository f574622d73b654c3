from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from .postgres import SKIP_VARIABLE, Cluster

DATABASES = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def postgres() -> Iterator[Cluster | None]:
    if os.environ.get(SKIP_VARIABLE) == "skip":
        yield None
        return
    cluster = Cluster()
    cluster.start()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(params=DATABASES)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new empty database of each kind: a SQLite file, a PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'sessional.db'}"
    cluster = request.getfixturevalue("postgres")
    if cluster is None:
        pytest.skip(f"{SKIP_VARIABLE}=skip")
    url: str = cluster.new_database()
    return url
