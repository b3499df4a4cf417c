"""The people/organisation knowledge the entity and quote components share, loaded from ontology/."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cache

from ..knowledge import demonym_countries, name_countries, regions, titles, titles_table
from ..ontology import load_json

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
    region_countries: dict[str, str] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    first_names: dict[str, str] = field(default_factory=dict)

    def alias(self, text: str) -> AliasEntry | None:
        """The alias entry a name refers to, if any (case-sensitive, then case-insensitive for long names)."""
        entry = self.aliases.get(text)
        if entry is None and len(text) > 4:
            entry = self.aliases.get(text.lower())
        return entry

    def country_of_name(self, text: str) -> str | None:
        """ISO alpha-2 of a country name ("Norway", "U.S.") or of a first-level division ("Scotland")."""
        return (
            self.country_names.get(text)
            or self.country_names.get(text.lower())
            or self.region_countries.get(text)
            or self.region_countries.get(text.lower())
        )

    def country_of_demonym(self, text: str) -> str | None:
        """ISO alpha-2 of a nationality adjective or demonym ("Norwegian", "Russians"), or None."""
        return self.demonyms.get(text) or self.demonyms.get(text.lower())


@cache
def people_data() -> PeopleData:
    """The tables, built once per process."""
    data = PeopleData()
    table: dict[str, TitleEntry] = {}
    for item in titles():
        entry = TitleEntry(title=item.title, sector=item.sector, kind=item.kind, national=item.national)
        for text in item.texts:
            table[text.lower()] = entry
    words = titles_table()
    for gender, honorifics in words["honorifics"].items():
        for text in honorifics:
            table[text.lower()] = TitleEntry(
                title=text, sector=None, kind="honorific", gender=None if gender == "any" else gender
            )
    data.titles = table
    data.former = frozenset(w.lower() for w in words["modifiers"]["former"])
    data.qualifiers = frozenset(w.lower() for w in words["modifiers"]["qualifier"])
    data.gendered_titles = {w: g for g, ws in words["gendered_titles"].items() for w in ws}
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
    for table, written in ((data.country_names, name_countries()), (data.demonyms, demonym_countries())):
        for text, (iso, *_) in written.items():
            table.setdefault(text, iso)
            table.setdefault(text.lower(), iso)
    for region in regions():
        if region.country and region.feature == "admin":
            data.region_countries.setdefault(region.name, region.country)
            data.region_countries.setdefault(region.name.lower(), region.country)
    names = load_json("people_first_names.json")
    data.first_names = {n: "female" for n in names["female"]} | {n: "male" for n in names["male"]}
    return data


@cache
def city_country(name: str) -> str | None:
    """ISO alpha-2 of the most populous GeoNames city called ``name`` (the shared index), or None."""
    from ..knowledge.geonames import places

    found = [e for e in places().lookup(name.title() if name.isupper() else name) if e.feature == "city"]
    primary = [e for e in found if not e.alternate]
    if not primary:
        return None
    return max(primary, key=lambda e: e.population).country or None
