#!/usr/bin/env python3
"""schemathesis over every route of the API as each role, with many examples per route.

    .venv/bin/python benchmarks/api_fuzz.py [--examples 100]

Runs tests/server/test_openapi.py (the suite runs it with 15 examples per route as an admin
and 3 as every other role) with SESSIONAL_API_FUZZ_EXAMPLES set, and prints per role the
routes tried, the failures (a 5xx, or an answer the API description does not admit) and the
time. Exit code 1 when any failed.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ROLES = ("admin", "secretariat", "chair", "delegate", "observer")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=100)
    args = parser.parse_args()
    env = os.environ | {"SESSIONAL_API_FUZZ_EXAMPLES": str(args.examples)}
    failed = 0
    print(f"{'role':<12} {'routes':>6} {'failed':>6} {'seconds':>8}   ({args.examples} "
          "examples per route)")
    for role in ROLES:
        started = time.monotonic()
        run = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "addopts=",
             f"tests/server/test_openapi.py::test_the_api_keeps_its_description_as_{role}"],
            cwd=ROOT, env=env, capture_output=True, text=True)
        passed = _count(run.stdout, "passed")
        failures = _count(run.stdout, "failed") + _count(run.stdout, "error")
        failed += failures
        print(f"{role:<12} {passed + failures:>6} {failures:>6} "
              f"{time.monotonic() - started:>8.0f}")
        if failures:
            print(run.stdout[-4000:])
    return 1 if failed else 0


def _count(summary: str, word: str) -> int:
    found = re.findall(rf"(\d+) {word}", summary)
    return int(found[-1]) if found else 0


if __name__ == "__main__":
    sys.exit(main())
