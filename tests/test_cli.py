"""The `sessional` command as a user runs it: output, exit codes, no tracebacks."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from sessional import __version__

from .conftest import EXAMPLE, cli

run = cli


def test_version_and_help() -> None:
    code, out, _ = run("--version")
    assert (code, out.strip()) == (0, f"sessional {__version__}")
    for command in ([], ["schema"], ["validate"], ["demo"], ["refdata"], ["refdata", "lookup"]):
        code, out, _ = run(*command, "--help")
        assert code == 0 and "Usage" in out


@pytest.mark.parametrize("args", [
    ["--version"], ["--help"], ["render", "--help"], ["render"], ["rendr", "x"],
    ["refdata", "treaty", "--help"], ["translate", "memory", "--help"], ["user", "--help"],
    ["--version", "render"], ["--help", "--version"],
])
def test_the_command_run_alone_answers_as_in_the_whole_app(args: list[str]) -> None:
    """The command starts with only the command it runs built (cli.command_app): the same
    help, messages and exit codes as with every command."""
    from typer.testing import CliRunner

    from sessional.cli import app, command_app

    whole, alone = (CliRunner().invoke(one, args) for one in (app, command_app(args)))
    assert (alone.exit_code, alone.stdout, alone.stderr) == \
        (whole.exit_code, whole.stdout, whole.stderr)
    assert whole.exit_code in (0, 2) and (whole.stdout or whole.stderr)


def test_a_command_starts_without_the_parameters_of_the_others() -> None:
    from sessional.cli import app, command_app

    assert [c.callback.__name__ for c in command_app(["render", "x.json"]).registered_commands
            if c.callback] == ["render"]
    assert [g.name for g in command_app(["refdata", "lookup"]).registered_groups] == ["refdata"]
    assert command_app(["--version"]).registered_commands == []
    assert command_app(["rendr"]) is app and command_app([]) is app


def test_version_loads_no_record_store_or_password_hasher() -> None:
    """`--version` (and `--help`) answer at once: nothing of the record model, the database
    or the password hashing is imported for them (nor Rich for `--version`: the consoles are
    made on first use)."""
    probe = ("import sys\nfrom sessional.cli import app\ntry:\n    app(['--version'])\n"
             "except SystemExit:\n    pass\nprint(' '.join(sorted(sys.modules)))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True)
    loaded = set(done.stdout.split())
    assert done.stdout.startswith(f"sessional {__version__}")
    assert not {"pydantic", "rich", "sqlalchemy", "alembic", "argon2", "docx", "typst"} & loaded


def test_markdown_of_one_language_loads_no_other_renderer_ingest_or_store(
        tmp_path: Path) -> None:
    """`render --format md` imports what Markdown needs: not the PDF, DOCX, HTML or AKN
    renderers, the ingest pipeline, the checks, the store or the web app; nor Babel, once the
    catalogue is compiled in the cache."""
    probe = ("import sys\nfrom sessional.cli import app\ntry:\n"
             f"    app(['render', {str(EXAMPLE)!r}, '--format', 'md', '--lang', 'en', '-o', "
             f"{str(tmp_path)!r}])\nexcept SystemExit:\n    pass\n"
             "print('MODULES', ' '.join(sorted(sys.modules)))")
    for _cold_then_warm in range(2):  # the second run finds the compiled catalogue cached
        done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                              check=True)
    loaded = set(done.stdout.split("MODULES ")[1].split())
    assert (tmp_path / "report.en.md").read_text(encoding="utf-8").startswith(
        "<!-- sessional report, language en")
    assert "sessional.render.markdown" in loaded
    assert not {"sessional.render.pdf", "sessional.render.typst_pool", "sessional.render.docx",
                "sessional.render.html", "sessional.render.akn", "sessional.ingest.pipeline",
                "sessional.check", "sessional.store", "sessional.web", "typst", "docx",
                "jinja2", "sqlalchemy", "argon2", "babel"} & loaded


def test_the_help_lists_the_formats_and_roles_there_are() -> None:
    from sessional import services

    _, out, _ = run("render", "--help")
    assert "md,html,docx,pdf,akn" in out
    assert services.REPORT_FORMATS == ("md", "html", "docx", "pdf", "akn")
    _, out, _ = run("user", "add", "--help")
    words = " ".join(re.sub("[│╭╮╰╯─]", " ", out).split())  # without the help's box
    assert "admin, secretariat, chair, delegate, observer" in words
    assert services.ROLES == ("admin", "secretariat", "chair", "delegate", "observer")


def test_schema_is_a_json_schema_that_accepts_the_example() -> None:
    code, out, _ = run("schema")
    assert code == 0
    schema = json.loads(out)
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(json.loads(EXAMPLE.read_text(encoding="utf-8")), schema)


def test_validate_accepts_the_example() -> None:
    code, out, _ = run("validate", str(EXAMPLE))
    assert code == 0
    assert "valid record" in out and "22 facts unknown, partial or tentative" in out


def test_a_name_suggested_for_a_wrong_code_is_the_name_of_the_meeting_date(
        tmp_path: Path) -> None:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))  # a meeting of October 2017
    data["attendance"]["states_parties"]["items"].append("Eswatini")  # its name since 2018
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    code, _, err = run("validate", str(bad))
    assert code == 2
    assert "'Eswatini' is not a code of the reference data; did you mean SWZ (Swaziland)?" \
        in err


def test_validate_lists_faults_in_words_with_paths_and_exits_2(tmp_path: Path) -> None:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["sessions"][0]["dates"]["end"] = "13 October 2017"
    data["attendance"]["states_parties"]["items"][3] = "Austria"
    data["attendance"]["observers"] = {"items": []}
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = run("validate", str(bad))
    assert code == 2 and out == ""
    assert err.splitlines() == [
        f"error: {bad}: 3 fault(s) in the record",
        "  session of IC › dates › last day: '13 October 2017' is not a date; write it as "
        "2017-10-13 ($.sessions[0].dates.end)",
        "  attendance › States parties › entry 4: 'Austria' is not a code of the reference "
        "data; did you mean AUT (Austria)? ($.attendance.states_parties.items[3])",
        "  attendance › observers: 'observers' is not a field of attendance; the fields are: "
        "states_parties, signatories, observer_states, "
        "regional_economic_integration_organizations, un_secretariat_units, "
        "un_funds_and_programmes, specialized_agencies, intergovernmental_organizations, "
        "non_governmental_organizations ($.attendance.observers)"]
    code, out, _ = run("validate", str(bad), "--json")
    assert code == 2
    faults = json.loads(out)["faults"]
    assert [f["path"] for f in faults] == ["$.sessions[0].dates.end",
                                           "$.attendance.states_parties.items[3]",
                                           "$.attendance.observers"]
    assert faults[1] == {"path": "$.attendance.states_parties.items[3]",
                         "label": "attendance › States parties › entry 4",
                         "message": "'Austria' is not a code of the reference data; did you "
                                    "mean AUT (Austria)?", "kind": "state_code"}


@pytest.mark.parametrize(("content", "message"), [
    (b"", "not JSON"), (b"\xff\xfe\x00garbage", "not UTF-8"),
    (b"[1, 2]", "the record: [1, 2] is not an object; a record is an object"),
])
def test_validate_refuses_unreadable_input_cleanly(tmp_path: Path, content: bytes,
                                                   message: str) -> None:
    path = tmp_path / "record.json"
    path.write_bytes(content)
    code, _, err = run("validate", str(path))
    assert code == 2 and message in err and "Traceback" not in err


def test_validate_names_a_missing_file() -> None:
    code, _, err = run("validate", "no/such/record.json")
    assert code == 2 and "no/such/record.json: no such file" in err


def test_lookup_swaziland_then_eswatini() -> None:
    code, out, _ = run("refdata", "lookup", "斯威士兰", "--date", "2017-10-09")
    assert code == 0
    assert out.startswith("SWZ  member_state  iso3 SWZ  iso2 SZ  m49 748")
    assert "Swaziland" in out and "Swazilandia" in out and "Eswatini" not in out
    code, out, _ = run("refdata", "lookup", "斯威士兰", "--date", "2019-01-01", "--json")
    entry = json.loads(out)["entries"][0]
    assert entry["code"] == "SWZ"
    assert entry["names"] == {"ar": "إسواتيني", "zh": "斯威士兰", "en": "Eswatini",
                              "fr": "Eswatini", "es": "Eswatini", "ru": "Эсватини"}


def test_lookup_turkey_around_2022() -> None:
    _, out, _ = run("refdata", "lookup", "Turquía", "--date", "2022-05-31", "--json")
    assert json.loads(out)["entries"][0]["names"]["en"] == "Turkey"
    _, out, _ = run("refdata", "lookup", "Turquía", "--date", "2022-06-01", "--json")
    entry = json.loads(out)["entries"][0]
    assert entry["names"]["es"] == "Türkiye" and entry["how"] == "historical"


def test_lookup_of_an_organization_shows_missing_names() -> None:
    code, out, _ = run("refdata", "lookup", "欧洲司法组织")  # Eurojust: zh and en sourced only
    assert code == 0
    assert "fr    [missing]" in out
    assert "note: fr: no sourced name (never translated by us)" in out


def test_lookup_errors() -> None:
    code, _, err = run("refdata", "lookup", "Swaziland", "--date", "2017-02-30")
    assert code == 2 and "--date: '2017-02-30' is not a date" in err
    code, out, _ = run("refdata", "lookup", "Atlantis")
    assert code == 1 and "no State, area, organization or city" in out


def test_demo_writes_the_reports_and_prints_the_example_summary(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, _ = run("demo")
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == sorted(f"report.{lang}.{fmt}" for lang in ("ar", "zh", "en", "fr", "es", "ru")
                             for fmt in ("md", "html", "docx", "pdf", "akn.xml"))
    assert "out/report.zh.md" in out
    # unknowns 12-14: the job number of the zh version (page 1, foot), the symbol and the date
    # of issue (page 1, masthead)
    assert ("zh: 18 gaps (4 partial, 1 tentative, 13 unknown); in paragraphs 15-18, 22, 25-26; "
            "placeholders after paragraphs 6-7, 13; on page 1: masthead, foot") in out
    assert code == 0
    assert "IC  Working Group on International Cooperation (CTOC/COP/WG.3): 2017-10-09 to " \
        "2017-10-13, meetings held: 8, agenda items: 7" in out
    assert "states parties: 76 + [more to come]" in out
    assert "fr: Afghanistan, Afrique du Sud, Algérie, Allemagne" in out
    assert "Joint items: J1 = IC 5, TA 2; J2 = IC 6, TA 4; J3 = IC 7, TA 5" in out
    assert "unknown   $.sessions[1].meetings_held" in out
    code, out, _ = run("demo", "--json")
    assert json.loads(out)["statement_groups"] == 4


def test_installed_command_runs_without_traceback() -> None:
    result = subprocess.run([sys.executable, "-m", "sessional", "validate", "/nonexistent.json"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 2
    assert result.stderr.strip() == "error: /nonexistent.json: no such file"


def test_render_writes_one_file_per_language_and_format(tmp_path: Path) -> None:
    code, out, _ = run("render", str(EXAMPLE), "--lang", "zh,en", "--format", "md", "-o",
                       str(tmp_path), "--json")
    assert code == 0
    result = json.loads(out)
    assert [Path(f["path"]).name for f in result["files"]] == ["report.zh.md", "report.en.md"]
    assert (tmp_path / "report.zh.md").read_text(encoding="utf-8").count("[……]") >= 6
    gaps = {g["path"]: g["paragraph"] for g in result["gaps"]["zh"]}
    assert gaps["$.attendance.states_parties"] == 22


@pytest.mark.parametrize(("args", "message"), [
    (["--lang", "de"], "--lang: de not among ar, zh, en, fr, es, ru"),
    (["--format", "odt"], "--format: odt not among"),
])
def test_render_refuses_unknown_choices(tmp_path: Path, args: list[str], message: str) -> None:
    code, _, err = run("render", str(EXAMPLE), "-o", str(tmp_path), *args)
    assert code == 2 and message in err


def test_refdata_lookup_finds_a_city_of_the_usual_venues() -> None:
    code, out, _ = run("refdata", "lookup", "Vienna")
    assert code == 0
    assert "vienna  city  key vienna" in out
    for name in ("فيينا", "维也纳", "Vienne", "Viena", "Вена"):
        assert name in out
    code, out, _ = run("refdata", "lookup", "Sharm el-Sheikh")
    assert code == 0 and "fr: no sourced name (never translated by us)" in out
