"""The shipped data files are exactly what the build script makes from the sources."""

from __future__ import annotations

import subprocess
import sys

from ..conftest import ROOT, source_file


def test_shipped_reference_data_is_rebuilt_identically() -> None:
    sources = source_file("data")
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_refdata.py"), "--sources", str(sources),
         "--check"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
