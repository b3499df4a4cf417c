"""Country code look-ups over ``actor_countries.json``."""

from __future__ import annotations

from functools import cache

from ..ontology import load_json


@cache
def _by_iso2() -> dict[str, str]:
    return {c["iso2"]: c["iso3"] for c in load_json("actor_countries.json")["countries"]}


@cache
def _by_iso3() -> dict[str, dict]:
    return {c["iso3"]: c for c in load_json("actor_countries.json")["countries"]}


def iso3_of_iso2(iso2: str) -> str:
    """ISO 3166 alpha-3 code of an alpha-2 code ("" when unknown)."""
    return _by_iso2().get((iso2 or "").upper(), "")


def iso2_of_iso3(iso3: str) -> str:
    """ISO 3166 alpha-2 code of an alpha-3 code ("" when unknown)."""
    country = _by_iso3().get((iso3 or "").upper())
    return country["iso2"] if country else ""


def country_name(iso3: str) -> str:
    """The English short name of a country code ("" when unknown)."""
    country = _by_iso3().get((iso3 or "").upper())
    return country["name"] if country else ""
