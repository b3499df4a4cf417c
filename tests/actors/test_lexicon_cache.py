"""The actor lexicon's binary cache gives the lexicon its tables build, and only that one."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from dateline.actors import lexicon as lexicon_module
from dateline.actors import lexicon_cache


@pytest.fixture(autouse=True)
def cache_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "dateline"


@pytest.fixture(scope="module")
def built() -> lexicon_module.Lexicon:
    return lexicon_module.build_lexicon()


def _no_build() -> lexicon_module.Lexicon:
    raise AssertionError("the lexicon was built, not read from its cache")


def test_cached_lexicon_equals_the_built_one(built: lexicon_module.Lexicon, cache_in_tmp: Path) -> None:
    first = lexicon_cache.cached_lexicon(lambda: built)
    assert lexicon_cache.cache_file().parent == cache_in_tmp
    assert lexicon_cache.cache_file().is_file()
    cached = lexicon_cache.cached_lexicon(_no_build)
    assert cached is not first
    assert cached == built
    assert cached.entries == built.entries and cached.fuzzy == built.fuzzy
    assert cached.surnames == built.surnames and cached.given_names == built.given_names


def test_cache_keeps_entries_shared_between_keys(built: lexicon_module.Lexicon) -> None:
    lexicon_cache.cached_lexicon(lambda: built)
    cached = lexicon_cache.cached_lexicon(_no_build)
    key_of_entry = {id(e): key for key, items in built.entries.items() for e in items}
    shared = [
        (key_of_entry[id(e)], surname)
        for surname, items in built.surnames.items()
        for e in items
        if id(e) in key_of_entry
    ][:50]
    assert shared
    for key, surname in shared:
        assert any(x is y for x in cached.entries[key] for y in cached.surnames[surname])


def test_broken_cache_is_rebuilt(built: lexicon_module.Lexicon) -> None:
    target = lexicon_cache.cache_file()
    target.parent.mkdir(parents=True)
    target.write_bytes(b"not a pickle")
    assert lexicon_cache.cached_lexicon(lambda: built) is built
    assert lexicon_cache.from_bytes(target.read_bytes()) == built


def test_other_layout_is_refused(built: lexicon_module.Lexicon, monkeypatch: pytest.MonkeyPatch) -> None:
    data = lexicon_cache.to_bytes(built)
    monkeypatch.setattr(lexicon_cache, "CACHE_FORMAT", lexicon_cache.CACHE_FORMAT + 1)
    with pytest.raises(ValueError):
        lexicon_cache.from_bytes(data)


def test_unwritable_cache_still_gives_the_lexicon(
    built: lexicon_module.Lexicon, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker / "cache"))
    assert lexicon_cache.cached_lexicon(lambda: built) is built


def test_cache_is_named_by_every_table_the_build_reads(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    read: list[str] = []
    for name in ("load_json", "load_tsv"):
        original = getattr(lexicon_module, name)
        monkeypatch.setattr(
            lexicon_module, name, lambda file, original=original: read.append(file) or original(file)
        )
    lexicon_module.build_lexicon()
    assert read and set(read) <= set(lexicon_cache.ONTOLOGY_FILES)
    before = lexicon_cache.cache_file()
    table = tmp_path / read[0]
    table.write_bytes(b"{}")
    real_files = lexicon_cache.resources.files

    def files(package: str):
        return tmp_path if package == "dateline.ontology" else real_files(package)

    monkeypatch.setattr(lexicon_cache, "resources", SimpleNamespace(files=files))
    for name in lexicon_cache.ONTOLOGY_FILES:
        if not (tmp_path / name).exists():
            (tmp_path / name).write_bytes(real_files("dateline.ontology").joinpath(name).read_bytes())
    assert lexicon_cache.cache_file() != before
