"""The repository's copy of its inputs (sources/) is complete and unchanged since it was copied."""

from __future__ import annotations

import hashlib
import re

from .conftest import SOURCES, source_file

ROW = re.compile(r"^\| `([^`]+)` \| `([0-9a-f]{64})` \|$", re.MULTILINE)


def test_every_copied_input_has_the_checksum_recorded_in_sources_md() -> None:
    recorded = dict(ROW.findall(source_file("SOURCES.md").read_text(encoding="utf-8")))
    assert len(recorded) == 20
    on_disk = {str(path.relative_to(SOURCES)) for path in SOURCES.rglob("*")
               if path.is_file() and path.name != "SOURCES.md"}
    assert on_disk == set(recorded)
    for relative, digest in recorded.items():
        assert hashlib.sha256(source_file(relative).read_bytes()).hexdigest() == digest, relative
