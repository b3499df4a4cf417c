"""The compact place index: built from its text file, and its binary cache."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from dateline.knowledge import geonames

ROWS = [
    "# made-up places for the tests",
    "geonameid\tfeature\tname\tcountry\tadmin1\tadmin2\tpopulation\tlat\tlon\tkeys",
    "101\tA1\tNorth Vale\tZZ\t01\t\t5000\t10.5\t-3.25\tnorth vale|vale province",
    "102\tP\tPort Amber\tZZ\t01\t7\t120000\t10.75\t-3.5\tport amber|amber",
    "103\tP\tAmber\tZY\t02\t\t800\t\t\tamber",
]


@pytest.fixture
def index_file(tmp_path: Path) -> Path:
    path = tmp_path / "index.tsv.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write("\n".join(ROWS) + "\n")
    return path


@pytest.fixture(autouse=True)
def cache_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    return folder / "dateline"


def _lookups(index: geonames.PlaceIndex) -> list:
    return [index.lookup(n) for n in ("Amber", "North Vale", "Vale Province", "Nowhere")] + [
        index.by_id(i) for i in (101, 102, 103, 999)
    ]


def test_index_file_is_read(index_file: Path) -> None:
    index = geonames.read_index_file(index_file)
    assert len(index) == 3
    amber = index.lookup("amber")
    assert [(e.geonameid, e.alternate) for e in amber] == [(102, True), (103, False)]
    assert amber[1].lat is None and amber[0].feature == "city"


def test_cache_gives_the_same_index(index_file: Path, cache_in_tmp: Path) -> None:
    built = geonames.load_index(index_file)
    assert geonames.index_cache_file(index_file).parent == cache_in_tmp
    assert geonames.index_cache_file(index_file).is_file()
    cached = geonames.load_index(index_file)
    assert _lookups(cached) == _lookups(built) == _lookups(geonames.read_index_file(index_file))
    assert cached.by_name == built.by_name and cached.row_of == built.row_of
    assert cached.lat.tobytes() == built.lat.tobytes()


def test_cache_is_named_by_the_file_content(index_file: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.tsv.gz"
    with gzip.open(other, "wt", encoding="utf-8") as handle:
        handle.write("\n".join(ROWS[:-1]) + "\n")
    assert geonames.index_cache_file(other) != geonames.index_cache_file(index_file)
    assert len(geonames.load_index(other)) == 2
    assert len(geonames.load_index(index_file)) == 3


def test_broken_cache_is_rebuilt(index_file: Path) -> None:
    target = geonames.index_cache_file(index_file)
    target.parent.mkdir(parents=True)
    target.write_bytes(b"not marshal data")
    assert len(geonames.load_index(index_file)) == 3
    assert len(geonames.PlaceIndex.from_bytes(target.read_bytes())) == 3


def test_other_layout_is_refused() -> None:
    import marshal

    with pytest.raises(ValueError):
        geonames.PlaceIndex.from_bytes(marshal.dumps((geonames.CACHE_FORMAT + 1, (), (), {})))


def test_unwritable_cache_still_gives_the_index(
    index_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker / "cache"))
    assert len(geonames.load_index(index_file)) == 3
