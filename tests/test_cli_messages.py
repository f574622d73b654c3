"""`sessional validate`, `render` and `check` say what is wrong with a record in words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import cli
from .fault_cases import CASES, PYDANTIC_WORDS, changed


@pytest.mark.parametrize("name", list(CASES))
def test_validate_says_in_words_what_is_wrong_and_what_is_right(tmp_path: Path,
                                                                 name: str) -> None:
    case = CASES[name]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(changed(case)), encoding="utf-8")
    code, out, err = cli("validate", str(bad))
    assert (code, out) == (2, "")
    lines = err.splitlines()
    if len(lines) == 1:  # one fault: one line
        assert lines == [f"error: {bad}: {case.line}"]
    else:
        assert lines[0].startswith(f"error: {bad}: ") and lines[0].endswith(" in the record")
        assert f"  {case.line}" in lines
    assert not [word for word in PYDANTIC_WORDS if word in err]


def test_render_and_check_refuse_with_the_same_words(tmp_path: Path) -> None:
    case = CASES["state name in English"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(changed(case)), encoding="utf-8")
    expected = [f"error: {bad}: {case.line}"]
    for command in (["render", str(bad), "-o", str(tmp_path / "out")], ["check", str(bad)]):
        code, _, err = cli(*command)
        assert (code, err.splitlines()) == (2, expected), command
