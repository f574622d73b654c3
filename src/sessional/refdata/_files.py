"""Access to the shipped data files (built by scripts/build_refdata.py) and to the newer lists
a user imported (`imported_folder`)."""

from __future__ import annotations

import json
import os
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any


@cache
def load(name: str) -> dict[str, Any]:
    text = files("sessional.refdata").joinpath("data", name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def imported_folder() -> Path:
    """Where imported reference data is kept: $SESSIONAL_DATA_DIR/refdata, else
    $XDG_DATA_HOME/sessional/refdata (~/.local/share/sessional/refdata)."""
    base = os.environ.get("SESSIONAL_DATA_DIR")
    if base:
        return Path(base) / "refdata"
    home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(home) / "sessional" / "refdata"


def imported_stamp(name: str) -> tuple[str, int] | None:
    """Where an imported file is and when it last changed; None when there is none."""
    path = imported_folder() / name
    try:
        return str(path), path.stat().st_mtime_ns
    except OSError:
        return None


def load_imported(name: str) -> dict[str, Any] | None:
    """An imported file's data, or None when there is none (an unreadable one counts as none:
    the import wrote it whole, so only a hand edit breaks it, and the shipped data stands)."""
    path = imported_folder() / name
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data
