from __future__ import annotations

import functools
import gc
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "sources"  # the project's copy of its shared inputs, see sources/SOURCES.md
EXAMPLE = ROOT / "examples" / "untoc-wg-2017.json"
COSP_EXAMPLE = ROOT / "examples" / "uncac-cosp-11.json"  # a session of a Conference (issue 13)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-goldens", action="store_true",
                     help="rewrite the golden files from the current output (read the diff!)")


@pytest.fixture(autouse=True)
def _no_imported_reference_data(tmp_path_factory: pytest.TempPathFactory,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test sees the shipped reference data only: lists a user imported on this machine
    (~/.local/share/sessional/refdata) are not read; a test that imports one gets a folder of
    its own. Nor is the user's cache (~/.cache/sessional): each test starts with an empty one."""
    monkeypatch.setenv("SESSIONAL_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.setenv("SESSIONAL_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture(autouse=True, scope="session")
def _caches_cold_under_mutation() -> None:
    """Under mutation testing (scripts/mutation.py), each mutant's tests run in a process forked
    from one that already ran the tests, so every functools cache of ours is warm and a mutated
    function behind a cache is never called: the mutant would survive untested. Empty them,
    the tests' own too (a test module's cached ingest of the seed would keep the result of the
    unmutated code)."""
    if os.environ.get("MUTANT_UNDER_TEST"):
        _empty_our_caches()


@pytest.fixture(autouse=True)
def _caches_cold_for_each_test_while_mutmut_maps_them() -> None:
    """First mutmut records which tests call each function ("stats"), and later runs a mutant
    with those tests only. A function behind a cache is called by the first test that needs it
    and by no other, so its mutants would be tried with one test: empty the caches before each
    test while the map is made."""
    if os.environ.get("MUTANT_UNDER_TEST") == "stats":
        _empty_our_caches()


def _empty_our_caches() -> None:
    for thing in gc.get_objects():
        if isinstance(thing, functools._lru_cache_wrapper) and \
                getattr(thing, "__module__", "").startswith(("sessional", "tests")):
            thing.cache_clear()


MUTATION_EXAMPLES = 20  # a property test's examples under mutation testing


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under mutation testing every surviving mutant reruns each property test it touches (the
    record round trip takes half a minute on a shared machine): a mutant tries at most
    MUTATION_EXAMPLES examples. Fewer examples can only let a mutant survive, never kill one
    that the full run would not."""
    if not os.environ.get("MUTANT_UNDER_TEST"):
        return
    for item in items:
        test = getattr(item, "obj", None)
        chosen = getattr(test, "_hypothesis_internal_use_settings", None)
        if chosen is not None and chosen.max_examples > MUTATION_EXAMPLES:
            test._hypothesis_internal_use_settings = settings(  # type: ignore[union-attr]
                chosen, max_examples=MUTATION_EXAMPLES)


def source_file(relative: str) -> Path:
    """A file of the project's copy of its inputs; a missing one fails the test, never skips it."""
    path = SOURCES / relative
    assert path.exists(), f"{path} is missing: the repository's sources/ copy is incomplete"
    return path


@pytest.fixture(scope="session")
def seed_facts() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(source_file("cases/untoc-wg-2017.seed-facts.json")
                                      .read_text(encoding="utf-8"))
    return data


@pytest.fixture()
def example_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    return data


def protocol_record(path: Path, treaty: str, name: str, parties: list[str],
                    signatories: list[str]) -> Path:
    """The embedded example as a meeting under `treaty` (named `name` in English), attended by
    `parties` and `signatories`, written to `path` for `sessional check`."""
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["convention"] = {"key": treaty, "name": {"en": name}}
    data["attendance"]["states_parties"]["items"] = parties
    data["attendance"]["signatories"]["items"] = signatories
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def cli(*args: str) -> tuple[int, str, str]:
    """Run the `sessional` command in-process: (exit code, stdout, stderr); no traceback."""
    from typer.testing import CliRunner

    from sessional.cli import app

    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        result.exception
    return result.exit_code, result.stdout, result.stderr
