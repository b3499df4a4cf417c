"""``dateline quotes``: who said what, across stored articles."""

from __future__ import annotations

from typing import Annotated

import typer

from ..store.queries import Filters, list_quotes
from . import store_filters as opt
from ._query import run_query
from .options import Db, Format, Limit, TableFormat


def quotes(
    db: Db = None,
    speaker: opt.Speaker = None,
    type_: Annotated[str | None, typer.Option("--type", help="Quote kind: direct, indirect, mixed.")] = None,
    since: opt.Since = None,
    until: opt.Until = None,
    text: opt.Text = None,
    article: opt.Article = None,
    limit: Limit = 50,
    fmt: Format = TableFormat.table,
) -> None:
    """List quotes with their speakers, newest articles first.

    Example: dateline quotes --speaker Harper --format json --db news.duckdb
    """
    filters = Filters(speaker=speaker, type=type_, since=since, until=until, text=text, article=article)
    run_query(
        db,
        lambda con: list_quotes(con, filters, limit=limit),
        fmt,
        columns=["published", "speaker_name", "kind", "cue", "text", "headline"],
        title="quotes",
    )


def register(app: typer.Typer) -> None:
    app.command("quotes")(quotes)
