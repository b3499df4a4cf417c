"""The countries table: ISO 3166 alpha-2/alpha-3, FIPS 10-4, CAMEO code, names, demonyms and seats.

One row per country or territory in ``countries.tsv``. A demonym or a name points to one country
unless ``ambiguous.tsv`` lists it ("Congolese", "Congo").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ._tables import load_table, split_list
from .names import fold


@dataclass(frozen=True)
class Country:
    """One row of the countries table."""

    iso2: str
    iso3: str
    fips: str
    cameo: str
    name: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    seats: tuple[str, ...]


@dataclass(frozen=True)
class HistoricState:
    """One row of ``historic_states.tsv``: a state that no longer exists, under its CAMEO code (which
    is also its ISO 3166-3 alpha-3: SUN, CSK, DDR, SCG, YUG), and the current country of its territory."""

    cameo: str
    iso4: str
    name: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    seats: tuple[str, ...]
    successor: str


@cache
def historic_states() -> tuple[HistoricState, ...]:
    """Every state of ``historic_states.tsv`` (the Soviet Union, Czechoslovakia, East Germany, ...)."""
    return tuple(
        HistoricState(
            cameo=row["cameo"],
            iso4=row["iso4"],
            name=row["name"],
            names=split_list(row["names"]),
            demonyms=split_list(row["demonyms"]),
            seats=split_list(row["seats"]),
            successor=row["successor"],
        )
        for row in load_table("historic_states.tsv")
    )


@cache
def _historic_by_code() -> dict[str, HistoricState]:
    return {h.cameo: h for h in historic_states()}


def historic_state(code: str | None) -> HistoricState | None:
    """The state that no longer exists written with this code ("SUN": the Soviet Union), or None."""
    return _historic_by_code().get((code or "").upper())


@cache
def _historic_by_name() -> dict[str, HistoricState]:
    return {fold(text): h for h in historic_states() for text in (*h.names, *h.demonyms, *h.seats)}


def historic_state_named(text: str | None) -> HistoricState | None:
    """The state that no longer exists a name, demonym or seat written with a capital stands for
    ("the Soviet Union", "East German", "Soviets": SUN, DDR), or None ("soviets", councils, is none)."""
    words = (text or "").strip().split(" ")
    if words and words[0].lower() == "the":
        words = words[1:]
    name = " ".join(words)
    if not name[:1].isupper():
        return None
    return _historic_by_name().get(fold(name))


@cache
def countries() -> tuple[Country, ...]:
    """Every country, in table order (by ISO alpha-3)."""
    return tuple(
        Country(
            iso2=row["iso2"],
            iso3=row["iso3"],
            fips=row["fips"],
            cameo=row["cameo"],
            name=row["name"],
            names=split_list(row["names"]),
            demonyms=split_list(row["demonyms"]),
            seats=split_list(row["seats"]),
        )
        for row in load_table("countries.tsv")
    )


@cache
def _by_iso2() -> dict[str, Country]:
    return {c.iso2: c for c in countries()}


@cache
def _by_iso3() -> dict[str, Country]:
    return {c.iso3: c for c in countries()}


def country_by_iso2(iso2: str | None) -> Country | None:
    """The country of an ISO alpha-2 code (any case), or None."""
    return _by_iso2().get((iso2 or "").upper())


def country_by_iso3(iso3: str | None) -> Country | None:
    """The country of an ISO alpha-3 code (any case), or None."""
    return _by_iso3().get((iso3 or "").upper())


@cache
def _cameo_codes() -> dict[str, str]:
    """ISO alpha-3 -> CAMEO country code, where CAMEO writes a country with another three letters
    (Kosovo XKX -> KSV, East Timor TLS -> TMP, a territory coded as its state: Jersey JEY -> GBR)."""
    return {c.iso3: c.cameo for c in countries() if len(c.cameo) == 3 and c.cameo != c.iso3}


@cache
def _cameo_only() -> dict[str, str]:
    """CAMEO country code -> ISO alpha-3, for the CAMEO codes that are no ISO code (KSV, TMP)."""
    iso = set(_by_iso3())
    return {cameo: iso3 for iso3, cameo in _cameo_codes().items() if cameo not in iso}


def cameo_country(iso3: str | None) -> str:
    """The CAMEO country code of an ISO alpha-3 code ("XKX" -> "KSV"; the code itself when CAMEO
    writes the country as ISO does, or the code is no country: "USA", "IGO")."""
    code = (iso3 or "").upper()
    return _cameo_codes().get(code, code)


def iso3_of_code(code: str | None) -> str:
    """The ISO alpha-3 code of a country written with its ISO or its CAMEO code ("KSV" -> "XKX"; a
    state that no longer exists keeps its code, ISO 3166-3's as CAMEO's: "SUN"), "" when neither."""
    code = (code or "").upper()
    if code in _by_iso3() or code in _historic_by_code():
        return code
    return _cameo_only().get(code, "")


def iso3_of_iso2(iso2: str | None) -> str:
    """ISO 3166 alpha-3 code of an alpha-2 code ("" when unknown)."""
    country = country_by_iso2(iso2)
    return country.iso3 if country else ""


def iso2_of_iso3(iso3: str | None) -> str:
    """ISO 3166 alpha-2 code of an alpha-3 code ("" when unknown)."""
    country = country_by_iso3(iso3)
    return country.iso2 if country else ""


def fips_of_iso2(iso2: str | None) -> str:
    """FIPS 10-4 code (GDELT's geographic country code) of an alpha-2 code ("" when unknown)."""
    country = country_by_iso2(iso2)
    return country.fips if country else ""


def country_name(iso3: str | None) -> str:
    """The English short name of an alpha-3 code, or of a state that no longer exists ("SUN": "Soviet
    Union"); "" when unknown."""
    country = country_by_iso3(iso3)
    if country:
        return country.name
    state = historic_state(iso3)
    return state.name if state else ""


def demonym_countries() -> dict[str, tuple[str, ...]]:
    """Demonym as written -> ISO alpha-2 codes of the countries it names, most likely first."""
    return _written("demonym")


def name_countries() -> dict[str, tuple[str, ...]]:
    """Country name or alias as written -> ISO alpha-2 codes, most likely first."""
    return _written("name")


@cache
def _written(field: str) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for country in countries():
        for text in country.demonyms if field == "demonym" else country.names:
            out.setdefault(text, (country.iso2,))
    for row in ambiguous():
        if row["field"] == field:
            out[row["text"]] = split_list(row["countries"])
    return out


def ambiguous() -> tuple[dict[str, str], ...]:
    """The rows of ``ambiguous.tsv``: text, field (demonym | name) and countries, most likely first."""
    return load_table("ambiguous.tsv")


def folded(mapping: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """A written-form mapping keyed by ``fold`` (the first form wins on a clash)."""
    out: dict[str, tuple[str, ...]] = {}
    for text, codes in mapping.items():
        out.setdefault(fold(text), codes)
    return out
