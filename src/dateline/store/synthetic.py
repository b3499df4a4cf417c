"""Synthetic records for benchmarks and tests: plausible events between real country actors.

Codes and places come from dateline's tables (CAMEO codes, the knowledge countries with a seat) and
GeoNames (knowledge.geonames), so the records pass the schema and exercise every column the store
and the exports fill.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections.abc import Iterator
from functools import cache

from ..schema import Article
from ..version import PIPELINE_VERSION

_SECTORS = ("GOV", "MIL", "", "GOV", "COP", "CVL")


@cache
def _countries() -> list[dict]:
    from ..knowledge import countries

    return [{"iso2": c.iso2, "iso3": c.iso3, "name": c.name} for c in countries() if c.seats]


@cache
def _cities() -> dict[str, dict]:
    from ..knowledge import geonames

    best: dict[str, dict] = {}
    for city in geonames.cities():
        code = city["countrycode"]
        if code not in best or city["population"] > best[code]["population"]:
            best[code] = city
    return best


@cache
def _codes() -> list:
    from ..ontology.cameo import cameo_codes

    return [c for c in cameo_codes().values() if c.plover_type and len(c.code) == 3]


def synthetic_articles(n: int, *, events_per_article: int = 5, seed: int = 7) -> Iterator[Article]:
    """``n`` synthetic articles, each with ``events_per_article`` coded events (deterministic)."""
    rng = random.Random(seed)
    countries = _countries()
    cities = _cities()
    codes = _codes()
    start = dt.date(2015, 1, 1)
    for i in range(n):
        day = start + dt.timedelta(days=rng.randrange(365))
        parts: list[str] = []
        entities: list[dict] = []
        events: list[dict] = []
        places: list[dict] = []
        times = [{"id": "T1", "text": day.strftime("%B %d"), "start": 0, "end": 0, "value": day.isoformat()}]
        offset = 0
        for j in range(events_per_article):
            src, tgt = rng.sample(countries, 2)
            code = rng.choice(codes)
            s_sector, t_sector = rng.choice(_SECTORS), rng.choice(_SECTORS)
            city = cities.get(tgt["iso2"])
            sentence = f"{src['name']} officials {code.label.lower()} with {tgt['name']}"
            if city:
                sentence += f" in {city['name']}"
            sentence += "."
            s_start, t_start = offset, offset + sentence.index(" with ") + 6
            for ent, at in ((src, s_start), (tgt, t_start)):
                entities.append(
                    {
                        "id": f"E{len(entities) + 1}",
                        "name": ent["name"],
                        "type": "GPE",
                        "country": ent["iso2"],
                        "actor_code": ent["iso3"],
                        "mentions": [{"start": at, "end": at + len(ent["name"]), "text": ent["name"]}],
                    }
                )
            where = None
            if city:
                at = offset + sentence.rindex(city["name"])
                where = f"P{len(places) + 1}"
                places.append(
                    {
                        "id": where,
                        "name": city["name"],
                        "country": city["countrycode"],
                        "lat": city["latitude"],
                        "lon": city["longitude"],
                        "geonameid": city["geonameid"],
                        "feature": "PPL",
                        "mentions": [{"start": at, "end": at + len(city["name"])}],
                    }
                )
            events.append(
                {
                    "id": f"V{j + 1}",
                    "source": {
                        "entity": entities[-2]["id"],
                        "text": src["name"],
                        "code": src["iso3"] + s_sector,
                        "country": src["iso3"],
                        "sector": s_sector or None,
                    },
                    "target": {
                        "entity": entities[-1]["id"],
                        "text": tgt["name"],
                        "code": tgt["iso3"] + t_sector,
                        "country": tgt["iso3"],
                        "sector": t_sector or None,
                    },
                    "plover": {"type": code.plover_type, "mode": code.plover_mode or None},
                    "cameo": {"code": code.code, "label": code.label},
                    "goldstein": code.goldstein,
                    "quad_class": code.quad_class,
                    "when": "T1",
                    "where": where,
                    "evidence": {"start": offset, "end": offset + len(sentence) - 1},
                    "rule": "synthetic",
                }
            )
            parts.append(sentence)
            offset += len(sentence) + 1
        body = " ".join(parts)
        yield Article.model_validate(
            {
                "id": hashlib.sha256(f"synthetic {seed} {i} {body}".encode()).hexdigest(),
                "pipeline_version": PIPELINE_VERSION,
                "headline": parts[0].rstrip("."),
                "published": {"value": day.isoformat(), "source": "argument"},
                "body": body,
                "paragraphs": [{"start": 0, "end": len(body)}],
                "entities": entities,
                "places": places,
                "times": times,
                "events": events,
                "source": {"url": f"https://example.org/synthetic/{seed}/{i}"},
            }
        )
