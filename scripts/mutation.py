#!/usr/bin/env python3
"""Mutation testing, one package at a time (issue 18): how many planted bugs the tests catch.

    .venv/bin/python scripts/mutation.py [PACKAGE|MODULE ...] [--fresh] [--again] [--children N]
    .venv/bin/python scripts/mutation.py --list

For each package, mutmut (configured in pyproject.toml, [tool.mutmut]) plants small changes in
the package's code, one at a time, and runs the tests that exercise the package (the folders
below, not the whole suite); a mutant no test fails on "survived". The script prints the score
per package (killed / all mutants) and every surviving mutant with its diff. Each package runs
in its own folder under .mutation/ (kept, so a second run only tries what changed; --fresh
starts over). A MODULE of a package (`model/symbols.py`, `compose/attendance.py`) tries only
that module's mutants, in the package's folder and with the package's tests, so that a big
package can be measured a module at a time; the package's score then counts the others as not
tried yet. Runs under `nice -n 19`; not part of the quick suite. Equivalent mutants (no
behaviour a user could see changes) are listed with their reason in EQUIVALENT.
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

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / ".mutation"
MUTMUT = Path(sys.executable).with_name("mutmut")
TARGET = 0.85
KILLED = {1, 3}  # mutmut's exit codes for a mutant some test failed on

# package: (files to mutate, tests that exercise them)
PACKAGES: dict[str, tuple[list[str], list[str]]] = {
    "services/access.py": (["src/sessional/services/access.py"],
                           ["tests/server/test_access.py", "tests/server/test_access_rules.py",
                            "tests/server/test_accounts.py", "-k", "not postgresql"]),
    "check": (["src/sessional/check/*"], ["tests/check"]),
    "ingest/names.py": (["src/sessional/ingest/names.py"],
                        ["tests/ingest/test_names.py", "tests/ingest/test_name_lists.py",
                         "tests/ingest/test_stages.py"]),
    "ingest/attendance.py": (["src/sessional/ingest/attendance.py"],
                             ["tests/ingest/test_stages.py", "tests/ingest/test_seed.py",
                              "tests/ingest/test_names.py"]),
    "render/docx": (["src/sessional/render/docx*.py"],
                    ["tests/render/test_docx.py", "tests/render/test_docx_layout.py"]),
    "compose": (["src/sessional/compose/*"], ["tests/compose"]),
    # model: also the tests where a record's faults and gaps reach the user (the CLI's
    # messages, the check's rules); tests/model alone never runs a third of model's functions
    "model": (["src/sessional/model/*"], ["tests/model", "tests/test_cli_messages.py",
                                          "tests/check/test_rules.py"]),
    "refdata": (["src/sessional/refdata/*"], ["tests/refdata"]),
}

# Mutants that change no behaviour a user could see, by name, with the reason.
UTF8 = "'UTF-8' and 'utf-8' name the same codec in Python"
EQUIVALENT: dict[str, str] = {
    "sessional.services.access.x__digest__mutmut_4": UTF8,
    "sessional.services.access.x_same_secret__mutmut_7": UTF8,
    "sessional.services.access.x_same_secret__mutmut_10": UTF8,
    **dict.fromkeys([f"sessional.compose.attendance.x__regional_organizations__mutmut_{n}"
                     for n in range(32, 37)],
                    "a plural phrase is looked up by its singular msgid; its plural msgid is "
                    "read only where a catalogue lacks the phrase, and every one has it "
                    "(tests/compose/test_catalogs.py)"),
    **dict.fromkeys([f"sessional.compose.attendance.x_adoption__mutmut_{n}" for n in (30, 38, 57)],
                    "no catalogue's phrase uses {count_digits}"),
    "sessional.compose.formats.x_range_text__mutmut_47":
        "a range within one month ends after it starts: its last day is never the 1st",
    **dict.fromkeys([f"sessional.compose.formats.x_count_words__mutmut_{n}" for n in (5, 6, 8)],
                    "no word of a catalogue's count-words holds '='"),
    "sessional.compose.formats.x_session_ordinal_text__mutmut_1":
        "the default role '' or 'XXXX': neither is 'object', the same form either way",
    "sessional.compose.formats.x__last_separator__mutmut_8":
        "an entry without text: '' or 'xxxx' does not sound /i/, ' and ' either way",
    **dict.fromkeys([f"sessional.model.limits.x_describe__mutmut_{n}" for n in (13, 22)],
                    "no name: None and '' are both false; the name is written in lower case, "
                    "so 'CONTROL CHARACTER' reads 'control character'"),
    "sessional.model.limits.x_describe__mutmut_6":
        "U+E000 is not a forbidden character: describe() is never asked about it",
    **dict.fromkeys([f"sessional.compose.formats.x_pair_count_text__mutmut_{n}"
                     for n in (2, 3, 11)],
                    "Chinese counts before a measure word differ from plain counts only from "
                    "200 (两百): the count-words of the zh catalogue already give 两 for two; "
                    "ICU reads the locale 'ZH' as 'zh'"),
    "sessional.compose.formats.x_item_numbers__mutmut_1":
        "the one caller (organization.py) always gives the path",
    "sessional.compose.formats.x_item_numbers__mutmut_42":
        "the phrase '{first} [to {last}]' holds one '[': index and rindex find the same",
    **dict.fromkeys([f"sessional.model.messages.x__limits__mutmut_{n}"
                     for n in (3, 8, 9, 12, 13, 19, 25, 30, 31, 37, 42, 43, 49, 51, 54)],
                    "a bound 'gt' or 'lt' is read again below, and the default limit or count "
                    "is said by no phrase that has none; only whole numbers are bounded in our "
                    "models, so the branch for others is never taken"),
    **dict.fromkeys([f"sessional.model.messages.x__by_type__mutmut_{n}"
                     for n in (15, 17, 92, 94, 97, 109, 111, 114, 128, 130, 133)],
                    "pydantic's error dicts always carry 'loc' and 'msg', and the ctx of a "
                    "pattern or a choice its 'pattern' or 'expected': the defaults are never "
                    "used"),
    "sessional.model.revise.xǁVersionǁof__mutmut_3":
        "references=None and references=False: both false, no cross-references checked",
    **dict.fromkeys([f"sessional.compose.attendance.x__unknown_categories__mutmut_{n}"
                     for n in (10, 11, 12)],
                    "every attendance category has its label in FIELD_LABELS: the default of "
                    ".get() is never used"),
    "sessional.compose.attendance.x__unknown_categories__mutmut_14":
        "numbered=None and numbered=False: both false, the gap has no number either way",
    "sessional.compose.attendance.x__symbol_key__mutmut_5":
        "a part that is not a number ranks 1 or 2: either way after a number, and among "
        "themselves parts of the same rank compare as before",
    **dict.fromkeys([f"sessional.refdata.countries.xǁCountryǁspan__mutmut_{n}" for n in (3, 5)],
                    "no names in a language: None and () are both false, the span is None"),
    "sessional.refdata.countries.xǁCountryǁspan__mutmut_12":
        "every name history in countries.json runs from no first day to no last day without a "
        "gap: some span always covers the day, next() never runs out",
    **dict.fromkeys([f"sessional.refdata.collation.x_sort_states__mutmut_{n}" for n in (18, 19)],
                    "a State without a name ranks after every named one (rank 1 or 2 after 0) "
                    "and among the nameless by code whatever the constant beside it"),
    **dict.fromkeys([f"sessional.refdata.languages.x_language_name__mutmut_{n}"
                     for n in (2, 3, 4, 6)],
                    "a name not found in the table is asked of Babel, where the table's names "
                    "come from: the same name either way"),
    "sessional.refdata.bodies.x__rows__mutmut_13": UTF8,
    **dict.fromkeys([f"sessional.refdata.bodies.x__names__mutmut_{n}" for n in (2, 4, 5)],
                    "every row of the curated bodies CSV has every name column: the default "
                    "of .get() is never used"),
    **dict.fromkeys([f"sessional.refdata.treaties.x_treaty_status__mutmut_{n}"
                     for n in range(20, 33)],
                    "every treaty of TREATIES ships a list complete up to a day and an import "
                    "without a day is not read: 'no list ... shipped or imported' is never said"),
    "sessional.refdata.groups.x__folded__mutmut_20":
        "spaces are folded alike on both sides of the comparison: ' ' or 'XX XX', the same "
        "names meet",
    "sessional.refdata.groups.x__folded__mutmut_11":
        "the articles in capitals, matched with re.I: the same articles",
    "sessional.refdata.phrases.x_compiled__mutmut_13":
        "importlib.metadata.version() finds a distribution whatever the case of its name",
    **dict.fromkeys([f"sessional.refdata.phrases.x__options__mutmut_{n}" for n in (4, 5)],
                    "start is set at the first '{' before it is used: its first value is never "
                    "read"),
    **dict.fromkeys([f"sessional.refdata._files.x_cached__mutmut_{n}" for n in (8, 9)],
                    "the length of the temporary file's random name: the file is renamed at once"),
    **dict.fromkeys([f"sessional.refdata._files.x_cached__mutmut_{n}" for n in (23, 24)],
                    "the older files were just found by glob(): missing_ok only matters if "
                    "another process removes one in between"),
    "sessional.refdata._files.x_load_imported__mutmut_7": UTF8,
    "sessional.refdata.normalize.x__is_cjk__mutmut_7":
        "U+F900 is never seen: NFKC has made it U+8C48 before the test",
    "sessional.refdata.normalize.x__is_cjk__mutmut_8": "U+FAFF is not a character",
    **dict.fromkeys(["sessional.refdata.resolve.x__earlier_or_later__mutmut_3",
                     "sessional.refdata.resolve.x__earlier_or_later__mutmut_5",
                     "sessional.refdata.resolve.x__languages__mutmut_6",
                     "sessional.refdata.resolve.x__languages__mutmut_8"],
                    "a name out of force is looked up in an entity's history of every language; "
                    "the one entity without a language (Taiwan, no English name) has names "
                    "that never changed, so a missing language is never met there"),
    "sessional.refdata.resolve.x__earlier_or_later__mutmut_14":
        "a name that comes into force on the very day is in force (NameSpan.covers) and never "
        "reaches _earlier_or_later",
    "sessional.refdata.normalize.x_name_key__mutmut_38":
        "strip('XX .,;:XX') strips capital X too, and there is none after casefold()",
}

LINKED = ("src", "tests", "sources", "examples", "scripts")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("packages", nargs="*", metavar="PACKAGE",
                        help=f"some of: {', '.join(PACKAGES)} (default: all)")
    parser.add_argument("--fresh", action="store_true", help="forget earlier results")
    parser.add_argument("--again", action="store_true",
                        help="try again only the mutants tried and not killed (after new tests)")
    parser.add_argument("--children", type=int, default=2, help="mutants tried at once")
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
                _run(folder, args.children, mutants)
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
    if again:  # tried and not killed: survivors, timeouts, mutants no test ran
        left = [n for n, code in codes.items()
                if code is not None and code not in KILLED and _matches(n, patterns)]
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


def _run(folder: Path, children: int, mutants: list[str]) -> None:
    command = ["nice", "-n", "19", str(MUTMUT), "run", "--max-children", str(children), *mutants]
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
            code, "timeout" if code in {24, -24, 36, 152, 255} else f"exit {code}")
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
