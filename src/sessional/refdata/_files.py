"""Access to the shipped data files (built by scripts/build_refdata.py), to the newer lists
a user imported (`imported_folder`), and to what is worked out from them once per version and
kept in the user's cache folder (`cached`)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
from collections.abc import Callable
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


def cache_folder() -> Path:
    """$SESSIONAL_CACHE_DIR, else $XDG_CACHE_HOME/sessional (~/.cache/sessional)."""
    base = os.environ.get("SESSIONAL_CACHE_DIR")
    if base:
        return Path(base)
    home = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(home) / "sessional"


def cached(name: str, key: str, make: Callable[[], bytes]) -> bytes:
    """What `make` gives, kept in the cache folder for as long as `key` (which names every
    source it is made from) stays the same. Without a cache folder it is made each time."""
    path = cache_folder() / f"{name}.{hashlib.sha256(key.encode()).hexdigest()[:20]}"
    try:
        return path.read_bytes()
    except OSError:
        pass
    data = make()
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(data)
        os.replace(temporary, path)  # whole or not at all, for another process reading it
        for older in path.parent.glob(f"{name}.*"):  # made from an earlier version
            if older != path:
                older.unlink(missing_ok=True)
    except OSError:  # no cache then (a read-only home, a file where the folder should be)
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
    return data
