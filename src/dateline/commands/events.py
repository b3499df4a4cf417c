"""``dateline events``: query stored events (who did what to whom, where and when)."""

from __future__ import annotations

import typer

from ..ontology.event_confidence import min_confidence as min_confidence_or_default
from ..store.queries import Filters, list_events
from . import store_filters as opt
from ._query import run_query
from .options import Db, Format, Limit, TableFormat


def events(
    db: Db = None,
    actor: opt.Actor = None,
    type_: opt.EventType = None,
    since: opt.Since = None,
    until: opt.Until = None,
    country: opt.Country = None,
    text: opt.Text = None,
    article: opt.Article = None,
    min_confidence: opt.MinConfidence = None,
    limit: Limit = 50,
    fmt: Format = TableFormat.table,
) -> None:
    """List events, newest first; ``--actor CAN`` matches CAN, CANGOV, ... as source or target.

    Only confident events show by default; ``--min-confidence 0`` shows every coded event.

    Example: dateline events --actor CAN --since 2015-03-01 --format csv --db news.duckdb
    """
    filters = Filters(
        actor=actor,
        type=type_,
        since=since,
        until=until,
        country=country,
        text=text,
        article=article,
        min_confidence=min_confidence_or_default(min_confidence),
    )
    run_query(
        db,
        lambda con: list_events(con, filters, limit=limit),
        fmt,
        columns=[
            "event_date",
            "source.code",
            "source.text",
            "plover.type",
            "cameo.code",
            "target.code",
            "target.text",
            "modality",
            "where_name",
            "headline",
        ],
        title="events",
    )


def register(app: typer.Typer) -> None:
    app.command("events")(events)
