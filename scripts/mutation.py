#!/usr/bin/env python3
"""Mutation testing, one package at a time (issue 18): how many planted bugs the tests catch.

    .venv/bin/python scripts/mutation.py [PACKAGE|MODULE ...] [--fresh] [--again] [--children N]
                                         [--nice N]
    .venv/bin/python scripts/mutation.py --list

For each package, mutmut (configured in pyproject.toml, [tool.mutmut]) plants small changes in
the package's code, one at a time, and runs the tests that exercise the package (the folders
below, not the whole suite); a mutant no test fails on "survived". The script prints the score
per package (killed / all mutants) and every surviving mutant with its diff. Each package runs
in its own folder under .mutation/ (kept, so a second run only tries what changed; --fresh
starts over). A MODULE of a package (`model/symbols.py`, `compose/attendance.py`) tries only
that module's mutants, in the package's folder and with the package's tests, so that a big
package can be measured a module at a time; the package's score then counts the others as not
tried yet. Runs under `nice -n 19` (--nice to change it); not part of the quick suite.
Equivalent mutants (no behaviour a user could see changes) are listed with their reason in
EQUIVALENT.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import fnmatch
import functools
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from mutation_equivalent import EQUIVALENT  # the listed mutants, beside this script

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / ".mutation"
MUTMUT = Path(sys.executable).with_name("mutmut")
TARGET = 0.85
KILLED = {1, 3}  # mutmut's exit codes for a mutant some test failed on
TIMEOUT = {24, -24, 36, 152, 255}  # and for one the tests ran too long on (not counted killed)

# package: (files to mutate, tests that exercise them)
PACKAGES: dict[str, tuple[list[str], list[str]]] = {
    # the rules and accounts as the services give them; the HTTP tests of the same rules
    # (tests/server/test_access*.py, a web app and five users made per test) are left out: they
    # took a minute a mutant on a shared machine. So is the wall-clock test of the ten wrong
    # passwords (its 290-300 s fails when the machine is loaded): tests/services/test_accounts.py
    # checks the same limit on a clock it moves.
    "services/access.py": (["src/sessional/services/access.py",
                            "src/sessional/services/edit_access.py"],
                           ["tests/services/test_access_rules.py",
                            "tests/services/test_accounts.py", "tests/server/test_accounts.py",
                            "-k", "not test_ten_wrong_passwords_lock_the_name"]),
    "check": (["src/sessional/check/*"], ["tests/check"]),
    "ingest/names.py": (["src/sessional/ingest/names.py"],
                        ["tests/ingest/test_names.py", "tests/ingest/test_name_lists.py",
                         "tests/ingest/test_stages.py", "tests/ingest/test_corpus.py",
                         "tests/ingest/test_attendance_mistakes.py"]),
    "ingest/attendance.py": (["src/sessional/ingest/attendance.py"],
                             ["tests/ingest/test_stages.py", "tests/ingest/test_seed.py",
                              "tests/ingest/test_names.py", "tests/ingest/test_attendance.py",
                              "tests/ingest/test_corpus.py",
                              "tests/ingest/test_attendance_mistakes.py"]),
    "render/docx": (["src/sessional/render/docx*.py"],
                    ["tests/render/test_docx.py", "tests/render/test_docx_layout.py"]),
    "compose": (["src/sessional/compose/*"], ["tests/compose"]),
    # model: also the tests where a record's faults and gaps reach the user (the CLI's
    # messages, the check's rules); tests/model alone never runs a third of model's functions
    "model": (["src/sessional/model/*"], ["tests/model", "tests/test_cli_messages.py",
                                          "tests/check/test_rules.py"]),
    "refdata": (["src/sessional/refdata/*"], ["tests/refdata"]),
}

LINKED = ("src", "tests", "sources", "examples", "scripts", "benchmarks")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("packages", nargs="*", metavar="PACKAGE",
                        help=f"some of: {', '.join(PACKAGES)} (default: all)")
    parser.add_argument("--fresh", action="store_true", help="forget earlier results")
    parser.add_argument("--again", action="store_true",
                        help="try again only the mutants tried and not killed (after new tests)")
    parser.add_argument("--children", type=int, default=2, help="mutants tried at once")
    parser.add_argument("--nice", type=int, default=19,
                        help="niceness of the run (default 19: it gives way to everything)")
    parser.add_argument("--list", action="store_true",
                        help="print the scores of earlier runs without running mutmut")
    args = parser.parse_args()
    chosen: dict[str, list[str]] = {}  # package -> the modules asked for ([]: all of it)
    whole = set()
    for name in args.packages or list(PACKAGES):
        package = _package_of(name)
        if package is None:
            parser.error(f"unknown package or module {name!r}; choose from {', '.join(PACKAGES)}"
                         " or a module of one, such as model/symbols.py")
        chosen.setdefault(package, [])
        if name == package:
            whole.add(package)
        else:
            chosen[package].append(name)
    chosen.update((package, []) for package in whole)
    scores = []
    for package, modules in chosen.items():
        folder = _prepare(package, args.fresh)
        if not args.list:
            mutants = _to_try(folder, modules, args.again)
            if mutants is None:
                print(f"== {folder.name}: nothing left to try", flush=True)
            else:
                _run(folder, args.children, mutants, args.nice)
        scores.append(_report(package, folder))
    print("\npackage                  killed  mutants  score  (target >= 85%)")
    for package, killed, total, equivalent, untried in scores:
        score = (killed + equivalent) / (total - untried) if total > untried else 0.0
        mark = "met" if score >= TARGET else "NOT met"
        print(f"{package:24} {killed:6} {total:8} {score:6.1%}  {mark}"
              + (f" ({equivalent} equivalent)" if equivalent else "")
              + (f" (only {total - untried} tried so far)" if untried else ""))
    return 0


def _package_of(name: str) -> str | None:
    """The package a name on the command line belongs to: itself, or the package a module
    (`model/symbols.py`) is in."""
    if name in PACKAGES:
        return name
    path = name.removesuffix(".py")
    for package, (files, _tests) in PACKAGES.items():
        if any(re.fullmatch(_glob(file), f"src/sessional/{path}.py") for file in files):
            return package
    return None


def _glob(pattern: str) -> str:
    return re.escape(pattern).replace(r"\*", "[^/]*")


def _names(modules: list[str]) -> list[str]:
    """mutmut's name patterns for the mutants of these modules."""
    return ["sessional." + m.removesuffix(".py").replace("/", ".") + ".*" for m in modules]


def _to_try(folder: Path, modules: list[str], again: bool) -> list[str] | None:
    """The mutants to run: [] for all of the package; the names (or name patterns) of the
    modules' mutants not tried yet, or with --again tried and not killed; None when none is
    left."""
    codes = _codes(folder)
    patterns = _names(modules)
    if again:  # tried and not killed: survivors and mutants no test ran (not those listed as
        # equivalent, nor timeouts: a hang stays a hang)
        left = [n for n, code in codes.items()
                if code is not None and code not in KILLED and code not in TIMEOUT
                and n not in EQUIVALENT and _matches(n, patterns)]
        return left or None
    if not modules:
        return []
    if not any(_matches(n, patterns) for n in codes):
        return patterns  # never generated yet: mutmut picks them by pattern
    left = [n for n, code in codes.items() if code is None and _matches(n, patterns)]
    return left or None


def _matches(name: str, patterns: list[str]) -> bool:
    return not patterns or any(fnmatch.fnmatchcase(name, p) for p in patterns)


def _prepare(package: str, fresh: bool) -> Path:
    """A folder of its own: links to the project's files and a pyproject.toml whose [tool.mutmut]
    names only this package and its tests."""
    folder = WORK / re.sub(r"[^a-z0-9]+", "-", package)
    if fresh and folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for name in LINKED:
        link = folder / name
        if not link.exists():
            link.symlink_to(ROOT / name, target_is_directory=True)
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    base = tomllib.loads(text)["tool"]["mutmut"]
    files, tests = PACKAGES[package]
    config = {**base, "only_mutate": files, "pytest_add_cli_args_test_selection": tests}
    table = "\n".join(f"{key} = {json.dumps(value, ensure_ascii=False)}"
                      for key, value in config.items())
    kept = re.sub(r"^\[tool\.mutmut\]\n(?:(?!\[).*\n|\n)*", "", text, flags=re.MULTILINE)
    (folder / "pyproject.toml").write_text(f"{kept}\n[tool.mutmut]\n{table}\n", encoding="utf-8")
    return folder


def _codes(folder: Path) -> dict[str, int | None]:
    """Each mutant's exit code from mutmut's records: 1 or 3 killed, 0 survived, None not tried."""
    codes: dict[str, int | None] = {}
    for meta in sorted((folder / "mutants").rglob("*.meta")):
        codes.update(json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"])
    return codes


def _run(folder: Path, children: int, mutants: list[str], niceness: int) -> None:
    command = ["nice", "-n", str(niceness), str(MUTMUT), "run", "--max-children", str(children),
               *mutants]
    print(f"== {folder.name}: mutmut run ({len(mutants) or 'all'} mutants)", flush=True)
    env = {**os.environ, "SESSIONAL_TEST_POSTGRES": "skip"}
    with (folder / "mutmut.log").open("w", encoding="utf-8") as log:  # its progress, if wanted
        subprocess.run(command, cwd=folder, env=env, check=False, stdout=log,
                       stderr=subprocess.STDOUT)


def _diff(folder: Path, name: str) -> str:
    """The mutant's changed lines, from the mutated copy mutmut keeps (fast: no `mutmut show`)."""
    module, function = name.rsplit(".", 1)
    path = folder / "mutants" / "src" / (module.replace(".", "/") + ".py")
    if not path.exists():
        path = path.with_suffix("") / "__init__.py"
    functions = _functions(path)
    original = function.rsplit("__mutmut_", 1)[0] + "__mutmut_orig"
    if function not in functions or original not in functions:
        return f"   (no source found for {name})"
    base = function.rsplit("__mutmut_", 1)[0]
    before, after = functions[original][:], functions[function][:]
    before[0], after[0] = before[0].replace(original, base), after[0].replace(function, base)
    lines = difflib.unified_diff(before, after, n=0, lineterm="")
    return "\n".join(f"   {line}" for line in lines
                     if line[:1] in "+-" and not line.startswith(("+++", "---")))


@functools.cache
def _functions(path: Path) -> dict[str, list[str]]:
    """Every function of a mutated module: name -> its lines."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return {node.name: lines[node.lineno - 1:node.end_lineno]
            for node in ast.walk(ast.parse("\n".join(lines)))
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)}


def _report(package: str, folder: Path) -> tuple[str, int, int, int, int]:
    """Print the surviving mutants of a package; return (package, killed, total, equivalent,
    not tried yet)."""
    codes = _codes(folder)
    killed = sum(1 for code in codes.values() if code in KILLED)
    others = {name: code for name, code in codes.items() if code not in KILLED}
    equivalent = sum(1 for name in others if name in EQUIVALENT)
    print(f"\n== {package}: {killed} of {len(codes)} mutants killed")
    for name, code in others.items():
        how = {0: "survived", None: "not tried", 5: "no test ran it", 33: "no test ran it"}.get(
            code, "timeout" if code in TIMEOUT else f"exit {code}")
        if code is None:
            continue  # counted, not listed
        if name in EQUIVALENT:
            print(f"-- {name}: equivalent ({EQUIVALENT[name]})")
            continue
        print(f"-- {name}: {how}")
        print(_diff(folder, name))
    untried = sum(1 for code in codes.values() if code is None)
    return package, killed, len(codes), equivalent, untried


if __name__ == "__main__":
    sys.exit(main())
