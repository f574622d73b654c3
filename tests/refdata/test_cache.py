"""What is worked out once from the shipped data and kept in the user's cache folder: the
compiled catalogues and the language names. Made again when their source changes, the same
as made fresh, and made anyway where no cache folder can be written."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo

from sessional.model import LANGUAGES
from sessional.refdata import _files, languages, phrases


def test_kept_while_the_key_is_the_same_made_again_when_it_changes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SESSIONAL_CACHE_DIR", str(tmp_path))
    assert _files.cached("thing", "source 1", lambda: b"one") == b"one"
    assert _files.cached("thing", "source 1", lambda: b"two") == b"one"  # from the cache
    assert _files.cached("thing", "source 2", lambda: b"two") == b"two"
    assert _files.cached("thing", "source 2", lambda: b"three") == b"two"
    assert len(list(tmp_path.iterdir())) == 1  # the file of source 1 is gone


def test_made_each_time_without_a_cache_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SESSIONAL_CACHE_DIR", "/proc/self/no-cache")  # cannot be made
    assert _files.cached("thing", "source", lambda: b"one") == b"one"
    assert _files.cached("thing", "source", lambda: b"two") == b"two"


def test_made_each_time_where_a_file_stands_in_place_of_the_cache_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "file").write_text("not a folder")
    monkeypatch.setenv("SESSIONAL_CACHE_DIR", str(tmp_path / "file" / "cache"))
    assert _files.cached("thing", "source", lambda: b"one") == b"one"
    assert _files.cached("thing", "source", lambda: b"two") == b"two"


def test_a_catalogue_from_the_cache_is_the_catalogue_compiled_fresh(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SESSIONAL_CACHE_DIR", str(tmp_path))
    for lang in LANGUAGES:
        fresh = io.BytesIO()
        write_mo(fresh, phrases.catalog(lang))
        assert phrases.compiled(lang) == fresh.getvalue()  # made and kept
        assert phrases.compiled(lang) == fresh.getvalue()  # read back
    assert len(list(tmp_path.glob("report.*.mo.*"))) == 6


def test_a_changed_catalogue_is_compiled_again(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SESSIONAL_CACHE_DIR", str(tmp_path / "cache"))
    phrases.compiled("fr")
    changed = tmp_path / "report.po"
    changed.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                       'msgctxt "masthead"\nmsgid "Original:"\nmsgstr "D\'origine :"\n',
                       encoding="utf-8")
    monkeypatch.setattr(phrases, "catalog_path", lambda lang: str(changed))
    phrases.catalog.cache_clear()
    try:
        assert b"D'origine :" in phrases.compiled("fr")
    finally:
        phrases.catalog.cache_clear()


def test_language_names_as_cldr_writes_them_from_the_cache_too(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SESSIONAL_CACHE_DIR", str(tmp_path))
    for _cold_then_warm in range(2):
        languages._names.cache_clear()
        assert (languages.language_name("fr", "en"), languages.language_name("en", "zh"),
                languages.language_name("es", "fr"), languages.language_name("ru", "ar")) == \
            ("anglais", "Chinese", "francés", "арабский")
        assert len(list(tmp_path.glob("language-names.json.*"))) == 1
    assert languages.language_name("en", "de") == "German"  # not one of the six


def test_the_folders_of_imported_data_and_of_the_cache_follow_the_environment(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """$SESSIONAL_DATA_DIR / $SESSIONAL_CACHE_DIR first, else the XDG folders, else the
    usual ones under the home folder."""
    monkeypatch.setenv("SESSIONAL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SESSIONAL_CACHE_DIR", str(tmp_path / "cache"))
    assert _files.imported_folder() == tmp_path / "data" / "refdata"
    assert _files.cache_folder() == tmp_path / "cache"
    monkeypatch.delenv("SESSIONAL_DATA_DIR")
    monkeypatch.delenv("SESSIONAL_CACHE_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    assert _files.imported_folder() == tmp_path / "xdg-data" / "sessional" / "refdata"
    assert _files.cache_folder() == tmp_path / "xdg-cache" / "sessional"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert _files.imported_folder() == tmp_path / "home" / ".local" / "share" / "sessional" / \
        "refdata"
    assert _files.cache_folder() == tmp_path / "home" / ".cache" / "sessional"


def test_an_imported_file_is_read_and_a_broken_one_counts_as_none(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SESSIONAL_DATA_DIR", str(tmp_path))
    folder = tmp_path / "refdata"
    folder.mkdir()
    assert _files.load_imported("list.json") is None
    (folder / "list.json").write_text('{"treaty": "UNTOC", "name": "Côte d’Ivoire"}',
                                      encoding="utf-8")
    assert _files.load_imported("list.json") == {"treaty": "UNTOC", "name": "Côte d’Ivoire"}
    (folder / "list.json").write_text('{"treaty": ', encoding="utf-8")
    assert _files.load_imported("list.json") is None


def test_a_cached_file_is_named_by_its_key_and_written_whole(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import hashlib

    monkeypatch.setenv("SESSIONAL_CACHE_DIR", str(tmp_path / "made" / "here"))
    assert _files.cached("thing", "source 1", lambda: b"one") == b"one"
    digest = hashlib.sha256(b"source 1").hexdigest()[:20]
    assert [p.name for p in (tmp_path / "made" / "here").iterdir()] == [f"thing.{digest}"]
    _files.cached("other", "source 1", lambda: b"two")  # another name keeps the first
    assert len(list((tmp_path / "made" / "here").iterdir())) == 2
