#!/usr/bin/env python3
"""Mutation testing, one package at a time (issue 18): how many planted bugs the tests catch.

    .venv/bin/python scripts/mutation.py [PACKAGE ...] [--fresh] [--again] [--children N]
                                         [--nice N] [--list]

For each package, mutmut (configured in pyproject.toml, [tool.mutmut]) plants small changes in
the package's code, one at a time, and runs the tests that exercise the package (the folders
below, not the whole suite); a mutant no test fails on "survived". The script prints the score
per package (killed / all mutants) and every surviving mutant with its diff. Each package runs
in its own folder under .mutation/ (kept, so a second run only tries what changed; --fresh
starts over). Runs under `nice -n 19` (--nice to change it); not part of the quick suite.
Equivalent mutants (no behaviour a user could see changes) are listed with their reason in
EQUIVALENT.
"""

from __future__ import annotations

import argparse
import ast
import difflib
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
    "model": (["src/sessional/model/*"], ["tests/model"]),
    "refdata": (["src/sessional/refdata/*"], ["tests/refdata"]),
}

# Mutants that change no behaviour a user could see, by name, with the reason.
UTF8 = "'UTF-8' and 'utf-8' name the same codec in Python"
MEMORY_ONLY = ("when counts at or older than the window are dropped changes the memory used, "
               "nothing else: every count is read only if newer than the window")
DEFAULT_ENTROPY = "secrets.token_urlsafe(None) takes its default, the same 32 bytes"
PREFIX_FIRST = ("sorted in reverse without a key, a separator still comes before every "
                "separator it begins (', and ' before ', '), all the alternation needs")
NO_BLANK_SEPARATOR = "no separator is made only of blanks (or of X's and spaces)"
EVERY_LANGUAGE = "every language's reading cues have this key: the default is never used"
NAMES = "sessional.ingest.names."
EQUIVALENT: dict[str, str] = {
    "sessional.services.access.x__digest__mutmut_4": UTF8,
    "sessional.services.access.x_same_secret__mutmut_7": UTF8,
    "sessional.services.access.x_same_secret__mutmut_10": UTF8,
    "sessional.services.access.xǁAccountsǁissue_token__mutmut_9": DEFAULT_ENTROPY,
    "sessional.services.access.xǁAccountsǁopen_session__mutmut_4": DEFAULT_ENTROPY,
    "sessional.services.access.xǁAccountsǁopen_session__mutmut_6": DEFAULT_ENTROPY,
    "sessional.services.access.xǁAccountsǁauthenticate__mutmut_1": "the default place is only a "
                                                                    "key of the counts",
    "sessional.services.access.xǁAccountsǁ_forget_old__mutmut_1": MEMORY_ONLY,
    "sessional.services.access.xǁAccountsǁ_forget_old__mutmut_2": MEMORY_ONLY,
    "sessional.services.access.xǁAccountsǁ_forget_old__mutmut_6": MEMORY_ONLY,
    "sessional.services.access.xǁAccountsǁ_forget_old__mutmut_10": MEMORY_ONLY,
    "sessional.services.access.xǁAccountsǁ_forget_old__mutmut_13": MEMORY_ONLY,
    "sessional.services.access.x__spray_digest__mutmut_12": UTF8,
    "sessional.services.access.x__spray_digest__mutmut_16": "hashlib takes 'SHA256' and "
                                                            "'sha256' alike",
    "sessional.services.edit_access.x_require_own_request__mutmut_23": "-1 and -2 both mean no "
                                                                  "request: nothing to check",
    NAMES + "x_separators__mutmut_20": PREFIX_FIRST,
    NAMES + "x_separators__mutmut_23": PREFIX_FIRST,
    NAMES + "x_separators__mutmut_25": NO_BLANK_SEPARATOR,
    NAMES + "x_separators__mutmut_26": NO_BLANK_SEPARATOR,
    NAMES + "x_spoken_for__mutmut_4": EVERY_LANGUAGE,
    NAMES + "x_spoken_for__mutmut_6": EVERY_LANGUAGE,
    NAMES + "x_spoken_for__mutmut_41": "a cue at the very start has no speaker before it: it is "
                                       "passed over whether the search starts at 0 or 1",
    NAMES + "x__group__mutmut_21": EVERY_LANGUAGE,
    NAMES + "x__group__mutmut_23": EVERY_LANGUAGE,
    NAMES + "x_split_list__mutmut_12": "the score of no names at all: 1 instead of 0 adds 1 to "
                                       "every cut, the best cut stays the best",
    NAMES + "x_split_list__mutmut_13": "the back pointer of no names at all is never followed",
    NAMES + "x_split_list__mutmut_84": "a name resolved exactly is resolved exactly again, the "
                                       "same name",
    NAMES + "x_split_list__mutmut_8": "no name of a State or organization ends in a capital X "
                                      "(only ISO codes do, which lists do not write)",
    NAMES + "x_split_list__mutmut_65": "the best cut only weighs how many names resolve (an "
                                       "unresolved span with a cut loses to its pieces): any "
                                       "positive gain gives the same cut",
    NAMES + "x_split_list__mutmut_87": "a text that resolves on no form dated or not on the "
                                       "meeting's date resolves on none without it, and the "
                                       "near match does not use the date",
    NAMES + "x_split_list__mutmut_89": "the text has failed with the language's forms already, "
                                       "it fails without them, and the near match does not "
                                       "use the language",
    NAMES + "x_list_tokens__mutmut_12": "the split of an empty text is one empty token, which "
                                        "both callers drop (split_list keeps names with a text, "
                                        "lists._trimmed returns early on an empty body)",
    NAMES + "x_person_name__mutmut_3": "a fourth round only matters for four honorifics before "
                                       "one name in the reverse of the cues' order",
    NAMES + "x_person_name__mutmut_4": "without the early stop the rounds left change nothing "
                                       "(a round after the last change removes nothing)",
    NAMES + "x_person_name__mutmut_6": EVERY_LANGUAGE,
    NAMES + "x_person_name__mutmut_8": EVERY_LANGUAGE,
    NAMES + "x__forms__mutmut_8": "no State or organization has an Arabic name of one letter",
    NAMES + "x__forms__mutmut_9": "no State or organization has an Arabic name of two letters",
    NAMES + "x_spoken_for__mutmut_13": "without the word boundary a cue glued to the word "
                                       "before it would count; every cue of the catalogues "
                                       "begins with a word reports put after a space or a "
                                       "bracket",
    NAMES + "x_spoken_for__mutmut_54": "the head's pattern matches at least the empty string "
                                       "at the end: there is always a head",
    NAMES + "x__group__mutmut_4": "only English writes 'the' before a group's name",
    NAMES + "x__exact__mutmut_18": "every organization's match is an 'organization' one: its "
                                   "rank is only ever compared with itself",
    NAMES + "x__exact__mutmut_24": "no dated name of a State is also a name or variant of "
                                   "another (checked over countries.json): a later form "
                                   "never competes with another kind of match",
    NAMES + "x__exact__mutmut_27": "a variant ranks last with 2 or 3 alike",
    "sessional.ingest.attendance.x__label__mutmut_6": "no category's name holds 'un ' twice",
    "sessional.ingest.attendance.x__label__mutmut_18": "no category's name holds 'un ' twice",
    "sessional.ingest.attendance.x_delegation__mutmut_16": "on_behalf_of None is the record's "
                                                           "default: the same statement",
}

LINKED = ("src", "tests", "sources", "examples", "scripts", "benchmarks")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("packages", nargs="*", metavar="PACKAGE",
                        help=f"some of: {', '.join(PACKAGES)} (default: all)")
    parser.add_argument("--fresh", action="store_true", help="forget earlier results")
    parser.add_argument("--again", action="store_true",
                        help="try again only the mutants not killed last time (after new tests)")
    parser.add_argument("--children", type=int, default=2, help="mutants tried at once")
    parser.add_argument("--nice", type=int, default=19,
                        help="niceness of the run (default 19: it gives way to everything)")
    parser.add_argument("--list", action="store_true",
                        help="print the scores of earlier runs without running mutmut")
    args = parser.parse_args()
    unknown = [p for p in args.packages if p not in PACKAGES]
    if unknown:
        parser.error(f"unknown package {unknown[0]!r}; choose from {', '.join(PACKAGES)}")
    scores = []
    for package in args.packages or list(PACKAGES):
        folder = _prepare(package, args.fresh)
        if not args.list:
            _run(folder, args.children, _not_killed(folder) if args.again else [], args.nice)
        scores.append(_report(package, folder))
    print("\npackage                  killed  mutants  score  (target >= 85%)")
    for package, killed, total, equivalent, untried in scores:
        score = (killed + equivalent) / (total - untried) if total > untried else 0.0
        mark = "met" if score >= TARGET else "NOT met"
        print(f"{package:24} {killed:6} {total:8} {score:6.1%}  {mark}"
              + (f" ({equivalent} equivalent)" if equivalent else "")
              + (f" (only {total - untried} tried so far)" if untried else ""))
    return 0


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


def _not_killed(folder: Path) -> list[str]:
    """The mutants to try again after new tests: survivors and untried ones (not those listed
    as equivalent, nor timeouts: a hang stays a hang)."""
    return [name for name, code in _codes(folder).items()
            if code not in KILLED and code not in TIMEOUT and name not in EQUIVALENT]


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
