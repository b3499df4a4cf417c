"""GDELT 2.0 event rows (61 tab-separated columns) from stored events.

One row per de-duplicated event (an ``event_groups`` row when the corpus is linked, else one per
event). The column list and how each column is filled live in ``ontology/gdelt_event_columns.tsv``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from functools import cache
from typing import Any

import duckdb

from ..knowledge import fips_of_iso2
from ..ontology import load_tsv

COLUMNS_FILE = "gdelt_event_columns.tsv"


@cache
def gdelt_columns() -> tuple[str, ...]:
    """The 61 GDELT 2.0 event columns, in order."""
    return tuple(row["column"] for row in load_tsv(COLUMNS_FILE))


@cache
def _countries() -> dict[str, dict]:
    from ..knowledge import geonames

    return {c["iso"]: c for c in geonames.countries().values()}


def _admin1_code(geonameid: int) -> str:
    """The GeoNames admin1 code of a place of the shared index (towns of 500+ and divisions), or ""."""
    from ..knowledge import geonames

    entry = geonames.places().by_id(int(geonameid))
    return entry.admin1 if entry is not None else ""


def _actor(actor: dict | None, prefix: str) -> dict[str, str]:
    from ..actors.gdelt import gdelt_actor_fields

    if not actor:
        return gdelt_actor_fields(None, prefix=prefix)
    resolved = {
        "code": actor.get("code") or "",
        "country": actor.get("country") or "",
        "sector": actor.get("sector") or "",
    }
    return gdelt_actor_fields(resolved if resolved["code"] else None, actor.get("text") or "", prefix=prefix)


def _cameo_defaults(code: str | None) -> tuple[int | None, float | None]:
    if not code:
        return None, None
    from ..ontology.cameo import cameo_code

    row = cameo_code(code)
    return (row.quad_class, row.goldstein) if row else (None, None)


def _event_id(key: str) -> int:
    return int(hashlib.sha256(key.encode()).hexdigest()[:15], 16)


def _place_fields(place: dict | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if not place:
        return out
    country = _countries().get((place.get("country") or "").upper())
    feature = (place.get("feature") or "").upper()
    is_country = feature.startswith("PCL") or (
        country is not None and place.get("geonameid") == country["geonameid"]
    )
    if is_country:
        geo_type = 1
    elif (place.get("country") or "").upper() == "US":
        geo_type = 3
    else:
        geo_type = 4
    name = place.get("name") or ""
    full = name if is_country or not country else f"{name}, {country['name']}"
    fips = fips_of_iso2(place.get("country"))
    adm1 = fips
    admin1 = _admin1_code(place["geonameid"]) if place.get("geonameid") and not is_country else ""
    if admin1 and fips:
        adm1 = f"{fips}{admin1}"
    out.update(
        {
            "ActionGeo_Type": geo_type,
            "ActionGeo_FullName": full,
            "ActionGeo_CountryCode": fips,
            "ActionGeo_ADM1Code": adm1,
            "ActionGeo_Lat": place.get("lat"),
            "ActionGeo_Long": place.get("lon"),
            "ActionGeo_FeatureID": place.get("geonameid"),
        }
    )
    return out


def gdelt_row(
    event: dict[str, Any],
    *,
    event_date: dt.date | None,
    place: dict | None,
    first_paragraph_end: int | None,
    added: dt.datetime | None,
    url: str | None,
    counts: tuple[int, int, int] = (1, 1, 1),
    key: str = "",
) -> list[Any]:
    """The 61 GDELT values of one event item (``Event.gdelt`` values win); an event the headline
    tells (evidence ``source`` "headline") is a root event, as one in the first paragraph is."""
    cameo = (event.get("cameo") or {}).get("code") or ""
    quad, gold = _cameo_defaults(cameo)
    values: dict[str, Any] = {"GLOBALEVENTID": _event_id(key or json.dumps(event, sort_keys=True))}
    if event_date:
        doy = event_date.timetuple().tm_yday
        values.update(
            {
                "SQLDATE": event_date.strftime("%Y%m%d"),
                "MonthYear": event_date.strftime("%Y%m"),
                "Year": event_date.year,
                "FractionDate": f"{event_date.year + doy / 365:.4f}",
            }
        )
    values.update(_actor(event.get("source"), "Actor1"))
    values.update(_actor(event.get("target"), "Actor2"))
    evidence = event.get("evidence") or {}
    values.update(
        {
            "IsRootEvent": int(
                evidence.get("source") == "headline"
                or (first_paragraph_end is not None and (evidence.get("start") or 0) < first_paragraph_end)
            ),
            "EventCode": cameo,
            "EventBaseCode": cameo[:3],
            "EventRootCode": cameo[:2],
            "QuadClass": event.get("quad_class") if event.get("quad_class") is not None else quad,
            "GoldsteinScale": event.get("goldstein") if event.get("goldstein") is not None else gold,
            "NumMentions": counts[0],
            "NumSources": counts[1],
            "NumArticles": counts[2],
            "AvgTone": 0,
            "DATEADDED": added.strftime("%Y%m%d%H%M%S") if added else "",
            "SOURCEURL": url or "",
        }
    )
    values.update(_place_fields(place))
    values.update({k: v for k, v in (event.get("gdelt") or {}).items() if k in gdelt_columns()})
    return [values.get(c) for c in gdelt_columns()]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = str(value)
    return text.replace("\t", " ").replace("\n", " ").replace("\r", " ")


def gdelt_lines(con: duckdb.DuckDBPyConnection, min_confidence: float = 0.0) -> Iterator[str]:
    """Tab-separated GDELT lines (no header, as GDELT's own files), one per de-duplicated event at
    or above ``min_confidence`` (events stored without a confidence always count)."""
    grouped = con.execute("SELECT count(*) FROM event_groups").fetchone()[0] > 0
    if grouped:
        sql = (
            "SELECT g.id, v.item, v.event_date, p.item, a.paragraphs, a.ingested, coalesce(a.url, a.path), "
            "g.num_mentions, g.num_sources, g.num_articles FROM event_groups g "
            "JOIN events v ON v.article_id = g.article_id AND v.id = g.event_id "
            "JOIN articles a ON a.id = g.article_id "
            "LEFT JOIN places p ON p.article_id = v.article_id AND p.id = v.where_id "
            "WHERE coalesce(v.confidence, 1.0) >= ? "
            "ORDER BY g.event_date, g.id"
        )
    else:
        sql = (
            "SELECT v.article_id || '/' || v.id, v.item, v.event_date, p.item, a.paragraphs, a.ingested, "
            "coalesce(a.url, a.path), 1, 1, 1 FROM events v JOIN articles a ON a.id = v.article_id "
            "LEFT JOIN places p ON p.article_id = v.article_id AND p.id = v.where_id "
            "WHERE coalesce(v.confidence, 1.0) >= ? "
            "ORDER BY v.event_date, v.article_id, v.ord"
        )
    cursor = con.execute(sql, [min_confidence])
    while batch := cursor.fetchmany(2000):
        for key, item, day, place, paragraphs, added, url, n_m, n_s, n_a in batch:
            paras = json.loads(paragraphs) if paragraphs else []
            row = gdelt_row(
                json.loads(item),
                event_date=day,
                place=json.loads(place) if place else None,
                first_paragraph_end=paras[0]["end"] if paras else None,
                added=added,
                url=url,
                counts=(n_m, n_s, n_a),
                key=key,
            )
            yield "\t".join(_cell(v) for v in row)
