"""What the article says about each reading of a place name: the features the place scorer weighs.

A reading (one GeoNames entry a name may mean) is described by its own priors (population, feature class,
reached through an alternate name, the news default for the name) and by the article's evidence for it (a
landmark listed in the knowledge regions table, "White House", counts as the news default for its name, like
the entries of ``places_preferred.tsv``): the countries the article is about (country names, demonyms, the
dateline, the countries of its other places), the states, provinces and counties it names (or may name: a
town's state among the article's names, a province's towns among them), the other
places in the same sentence, the distance to the article's other places, and a qualifier right after the
name ("Springfield, Ohio", "Alexandria, La."). The weights live in ``ontology/places_scoring.json``,
fitted on the tune half of the places dev set by ``scripts/fit_place_weights.py``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cache

from ..ontology import load_json
from .gazetteer import Reading

FEATURES = (
    "population",
    "is_country",
    "is_admin",
    "is_admin2",
    "is_city",
    "is_region",
    "alternate",
    "preferred",
    "country_share",
    "top_country",
    "admin_named",
    "admin2_named",
    "same_sentence",
    "near",
    "no_points",
    "qualifier",
    "suffix_admin",
    "admin_possible",
    "contains_possible",
    "dateline_country",
    "dateline_admin",
)


@dataclass
class Context:
    """The article's evidence, from the mentions resolved so far (a reading never counts for itself, nor
    does a name's own earlier reading: "New York" read as the state in one round is no state named for
    its city reading in the next; other names of the state still count, ``own_admins`` holding the
    name's own count to subtract)."""

    countries: dict[str, float] = field(default_factory=dict)
    admins: dict[tuple[str, str], float] = field(default_factory=dict)
    admin2s: dict[int, float] = field(default_factory=dict)
    points: list[tuple[float, float, str]] = field(default_factory=list)
    dateline_country: str | None = None
    dateline_admin: tuple[str, str] | None = None
    # the countries the article names as scenes: by name, in its dateline, or by the demonym of their
    # agents ("Mexican police"; not a person's nationality)
    named_countries: frozenset[str] = frozenset()
    admin_candidates: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    contained: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    own: dict[str, dict[str, float]] = field(default_factory=dict)
    own_admins: dict[str, dict[tuple[str, str], float]] = field(default_factory=dict)
    own_admin2s: dict[str, dict[int, float]] = field(default_factory=dict)

    @property
    def top_country(self) -> str | None:
        return max(self.countries, key=lambda c: self.countries[c]) if self.countries else None

    def countries_without(self, key: str) -> tuple[dict[str, float], str | None]:
        """The country evidence of the article without what the name ``key`` itself gave (a name's
        earlier reading is no evidence for its reading), and the top country of what is left."""
        own = self.own.get(key)
        if not own:
            return self.countries, self.top_country
        left = {c: w - own.get(c, 0.0) for c, w in self.countries.items()}
        left = {c: w for c, w in left.items() if w > 1e-9}
        return left, max(left, key=lambda c: left[c]) if left else None


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def features(
    reading: Reading,
    context: Context,
    surface_key: str,
    sentence_admins: set[tuple[str, str, str]],
    qualified: bool,
    admin_suffix: bool,
    preferred: int | None,
    largest_town: int = 0,
) -> list[float]:
    """The feature vector of one reading (order of ``FEATURES``). ``largest_town`` is the population of
    the most populous town the name is the primary name of: a division of fewer people than that town
    (Toledo District, Belize, beside Toledo, Ohio) loses its class prior and is weighed by its people
    against the town, as any two towns are, unless the article backs it."""
    feature = reading.feature
    countries, top_country = context.countries_without(surface_key)
    total = sum(countries.values()) or 1.0
    country = reading.country or ""
    admin = (country, reading.admin1 or "")
    own_admin = feature == "admin"
    outweighed = 0 < reading.population < largest_town
    near = 0.0
    no_points = 1.0
    if reading.lat is not None and reading.lon is not None and feature not in ("country", "region"):
        others = [(lat, lon) for lat, lon, key in context.points if key != surface_key]
        if others:
            no_points = 0.0
            closest = min(distance_km(reading.lat, reading.lon, lat, lon) for lat, lon in others)
            near = 1.0 - min(1.0, math.log10(1.0 + closest) / 4.0)
    return [
        math.log10(reading.population + 1) / 7.0,
        float(feature == "country"),
        float(own_admin and not outweighed),
        float(feature == "admin2" and not outweighed),
        float(feature == "city"),
        float(feature in ("region", "facility")),
        float(reading.alternate),
        float((preferred is not None and reading.geonameid == preferred) or feature == "facility"),
        countries.get(country, 0.0) / total,
        float(bool(country) and country == top_country),
        float(
            not own_admin
            and context.admins.get(admin, 0.0) - context.own_admins.get(surface_key, {}).get(admin, 0.0) > 0
        ),
        float(
            feature == "city"
            and reading.admin2 is not None
            and context.admin2s.get(reading.admin2, 0.0)
            - context.own_admin2s.get(surface_key, {}).get(reading.admin2, 0.0)
            > 0
        ),
        float(not own_admin and any((c, a) == admin and k != surface_key for c, a, k in sentence_admins)),
        near,
        no_points,
        float(qualified),
        float(admin_suffix and feature in ("admin", "admin2")),
        float(not own_admin and bool(context.admin_candidates.get(admin, set()) - {surface_key})),
        float(own_admin and bool(context.contained.get(admin, set()) - {surface_key})),
        float(bool(country) and country == context.dateline_country),
        float(context.dateline_admin is not None and admin == context.dateline_admin and not own_admin),
    ]


SUPPORT = ("admin_named", "admin2_named", "same_sentence", "qualifier")
NEAR_SUPPORT = 1.0 - math.log10(31.0) / 4.0


def supported(vector: list[float]) -> bool:
    """Whether the article itself backs a reading: its state or county named, a place in the same
    sentence inside the same state, a qualifier, or another place within about 30 km."""
    named = any(vector[FEATURES.index(name)] > 0 for name in SUPPORT)
    return named or vector[FEATURES.index("near")] >= NEAR_SUPPORT


@cache
def weights() -> tuple[float, ...]:
    """The fitted weights, in the order of ``FEATURES`` (missing ones are 0)."""
    table = load_json("places_scoring.json")["weights"]
    return tuple(float(table.get(name, 0.0)) for name in FEATURES)


def score(vector: list[float], w: tuple[float, ...] | None = None) -> float:
    """The linear score of a feature vector."""
    w = w or weights()
    return sum(a * b for a, b in zip(vector, w, strict=True))


def softmax(scores: list[float]) -> list[float]:
    """Probabilities of the scores."""
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]
