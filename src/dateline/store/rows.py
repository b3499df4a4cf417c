"""Record <-> rows: an Article flattened into the store's tables, and read back losslessly.

Each item row keeps the full item as JSON; the flattened columns beside it are derived for
querying only, so reading a record back uses the JSON and never loses a field.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from ..isodates import to_date
from ..schema import Article

ITEM_TABLES = ("removed", "entities", "quotes", "quantities", "times", "places", "events")

# Column order of every table the writer fills.
COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": (
        "id",
        "raw_id",
        "run_id",
        "ingested",
        "pipeline_version",
        "headline",
        "dateline_text",
        "dateline_place",
        "published_value",
        "published_date",
        "published_source",
        "url",
        "path",
        "site_name",
        "language",
        "n_chars",
        "n_words",
        "body",
        "dateline",
        "published",
        "bylines",
        "paragraphs",
        "summary",
        "source",
        "warnings",
        "extra",
    ),
    "sources": ("raw_id", "article_id", "path", "url", "content_type", "run_id", "seen"),
    "removed": ("article_id", "ord", "kind", "text", "line", "item"),
    "entities": ("article_id", "ord", "id", "name", "type", "country", "actor_code", "n_mentions", "item"),
    "mentions": ("article_id", "entity_id", "ord", "char_start", "char_end", "text"),
    "quotes": (
        "article_id",
        "ord",
        "kind",
        "text",
        "char_start",
        "char_end",
        "speaker",
        "speaker_text",
        "speaker_name",
        "cue",
        "item",
    ),
    "quantities": ("article_id", "ord", "value", "unit", "text", "char_start", "char_end", "item"),
    "times": ("article_id", "ord", "id", "text", "char_start", "char_end", "type", "value", "item"),
    "places": (
        "article_id",
        "ord",
        "id",
        "name",
        "country",
        "lat",
        "lon",
        "geonameid",
        "feature",
        "item",
    ),
    "events": (
        "article_id",
        "ord",
        "id",
        "source_entity",
        "source_text",
        "source_code",
        "source_country",
        "target_entity",
        "target_text",
        "target_code",
        "target_country",
        "plover_type",
        "plover_mode",
        "cameo_code",
        "goldstein",
        "quad_class",
        "modality",
        "when_id",
        "when_value",
        "event_date",
        "where_id",
        "where_name",
        "where_country",
        "where_lat",
        "where_lon",
        "char_start",
        "char_end",
        "rule",
        "item",
        "confidence",
        "evidence_source",
    ),
    "errors": ("raw_id", "path", "url", "code", "kind", "reason", "run_id", "failed_at"),
}

# Article fields kept as their own JSON column (the rest are scalar columns or item tables).
_JSON_FIELDS = ("dateline", "published", "bylines", "paragraphs", "summary", "source", "warnings")
_SCALAR_FIELDS = ("id", "pipeline_version", "headline", "body")
_KNOWN_FIELDS = set(_JSON_FIELDS) | set(_SCALAR_FIELDS) | set(ITEM_TABLES)


def _dumps(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def article_rows(
    article: Article, *, raw_id: str | None = None, run_id: str | None = None
) -> dict[str, list[tuple]]:
    """The rows of one record, table by table, in ``COLUMNS`` order."""
    data = article.model_dump(mode="json")
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    published = data.get("published") or {}
    dateline = data.get("dateline") or {}
    source = data.get("source") or {}
    extra = {k: v for k, v in data.items() if k not in _KNOWN_FIELDS}
    rows: dict[str, list[tuple]] = {name: [] for name in COLUMNS if name not in ("sources", "errors")}
    rows["articles"].append(
        (
            data["id"],
            raw_id or source.get("raw_id"),
            run_id,
            now,
            data["pipeline_version"],
            data.get("headline"),
            dateline.get("text"),
            dateline.get("place"),
            published.get("value"),
            to_date(published.get("value")),
            published.get("source"),
            source.get("url"),
            source.get("path"),
            source.get("site_name"),
            source.get("language"),
            len(data["body"]),
            len(data["body"].split()),
            data["body"],
            *(_dumps(data.get(name)) for name in _JSON_FIELDS),
            _dumps(extra) if extra else None,
        )
    )
    aid = data["id"]
    for i, item in enumerate(data.get("removed") or []):
        rows["removed"].append((aid, i, item.get("kind"), item.get("text"), item.get("line"), _dumps(item)))
    names = {}
    for i, item in enumerate(data.get("entities") or []):
        names[item["id"]] = item.get("name")
        mentions = item.get("mentions") or []
        rows["entities"].append(
            (
                aid,
                i,
                item["id"],
                item.get("name"),
                item.get("type"),
                item.get("country"),
                item.get("actor_code"),
                len(mentions),
                _dumps(item),
            )
        )
        for j, m in enumerate(mentions):
            rows["mentions"].append((aid, item["id"], j, m.get("start"), m.get("end"), m.get("text")))
    for i, item in enumerate(data.get("quotes") or []):
        rows["quotes"].append(
            (
                aid,
                i,
                item.get("kind"),
                item.get("text"),
                item.get("start"),
                item.get("end"),
                item.get("speaker"),
                item.get("speaker_text"),
                names.get(item.get("speaker")) or item.get("speaker_text"),
                item.get("cue"),
                _dumps(item),
            )
        )
    for i, item in enumerate(data.get("quantities") or []):
        rows["quantities"].append(
            (
                aid,
                i,
                item.get("value"),
                item.get("unit"),
                item.get("text"),
                item.get("start"),
                item.get("end"),
                _dumps(item),
            )
        )
    times = {}
    for i, item in enumerate(data.get("times") or []):
        times[item["id"]] = item.get("value")
        rows["times"].append(
            (
                aid,
                i,
                item["id"],
                item.get("text"),
                item.get("start"),
                item.get("end"),
                item.get("type"),
                item.get("value"),
                _dumps(item),
            )
        )
    places = {}
    for i, item in enumerate(data.get("places") or []):
        places[item["id"]] = item
        rows["places"].append(
            (
                aid,
                i,
                item["id"],
                item.get("name"),
                item.get("country"),
                item.get("lat"),
                item.get("lon"),
                item.get("geonameid"),
                item.get("feature"),
                _dumps(item),
            )
        )
    for i, item in enumerate(data.get("events") or []):
        rows["events"].append(_event_row(aid, i, item, times, places, published.get("value")))
    return rows


def _event_row(
    aid: str,
    i: int,
    item: dict,
    times: Mapping[str, str | None],
    places: Mapping[str, dict],
    published: str | None,
) -> tuple:
    src = item.get("source") or {}
    tgt = item.get("target") or {}
    plover = item.get("plover") or {}
    cameo = item.get("cameo") or {}
    evidence = item.get("evidence") or {}
    when_value = times.get(item.get("when")) if item.get("when") else None
    place = places.get(item.get("where")) or {} if item.get("where") else {}
    return (
        aid,
        i,
        item["id"],
        src.get("entity"),
        src.get("text"),
        src.get("code"),
        src.get("country"),
        tgt.get("entity"),
        tgt.get("text"),
        tgt.get("code"),
        tgt.get("country"),
        plover.get("type"),
        plover.get("mode"),
        cameo.get("code"),
        item.get("goldstein"),
        item.get("quad_class"),
        item.get("modality"),
        item.get("when"),
        when_value,
        to_date(when_value) or to_date(published),
        item.get("where"),
        place.get("name"),
        place.get("country"),
        place.get("lat"),
        place.get("lon"),
        evidence.get("start"),
        evidence.get("end"),
        item.get("rule"),
        _dumps(item),
        item.get("confidence"),
        evidence.get("source") or "body",
    )


def _loads(value: Any) -> Any:
    if value is None or not isinstance(value, str):
        return value
    return json.loads(value)


def record_from_rows(article_row: Mapping[str, Any], items: Mapping[str, list[Any]]) -> dict[str, Any]:
    """The record dict of one article from its ``articles`` row and its items' JSON (in order)."""
    record: dict[str, Any] = {name: article_row[name] for name in _SCALAR_FIELDS}
    for name in _JSON_FIELDS:
        value = _loads(article_row.get(name))
        if value is not None:
            record[name] = value
    for name in ITEM_TABLES:
        record[name] = [_loads(x) for x in items.get(name, [])]
    record.update(_loads(article_row.get("extra")) or {})
    return record


def article_from_rows(article_row: Mapping[str, Any], items: Mapping[str, list[Any]]) -> Article:
    """The Article of one ``articles`` row and its items' JSON."""
    return Article.model_validate(record_from_rows(article_row, items))
