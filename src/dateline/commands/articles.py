"""``dateline articles``: list stored articles, or print one record."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from ..errors import DatelineError
from ..settings import load_settings
from ..store.queries import Filters, get_article, list_articles
from ..store.snapshot import connect_reader
from . import store_filters as opt
from ._query import run_query
from .common import fail, write
from .options import Db, Format, Limit, TableFormat


def articles(
    db: Db = None,
    actor: opt.Actor = None,
    since: opt.Since = None,
    until: opt.Until = None,
    country: opt.Country = None,
    speaker: opt.Speaker = None,
    text: opt.Text = None,
    show: Annotated[
        str | None, typer.Option("--show", help="Print the full record of this article id.")
    ] = None,
    limit: Limit = 50,
    fmt: Format = TableFormat.table,
) -> None:
    """List stored articles (newest first) with their counts of entities, quotes and events.

    Example: dateline articles --since 2015-03-01 --text NATO --db news.duckdb
    """
    if show:
        settings = load_settings(db=db)
        try:
            con = connect_reader(settings.db)
        except DatelineError as exc:
            raise fail(str(exc), code=2) from None
        match = con.execute("SELECT id FROM articles WHERE id LIKE ? LIMIT 2", [f"{show}%"]).fetchall()
        if len(match) != 1:
            con.close()
            raise fail(f"{len(match) or 'no'} articles match the id {show!r}", code=1)
        record = get_article(con, match[0][0])
        con.close()
        write(json.dumps(record, ensure_ascii=False, indent=None if fmt is TableFormat.jsonl else 2))
        return
    filters = Filters(actor=actor, since=since, until=until, country=country, speaker=speaker, text=text)
    run_query(
        db,
        lambda con: list_articles(con, filters, limit=limit),
        fmt,
        columns=["id", "published", "headline", "dateline", "n_words", "n_entities", "n_quotes", "n_events"],
        title="articles",
    )


def register(app: typer.Typer) -> None:
    app.command("articles")(articles)
