"""``dateline entities``: people, organisations and places across stored articles."""

from __future__ import annotations

from typing import Annotated

import typer

from ..store.queries import Filters, list_entities
from . import store_filters as opt
from ._query import run_query
from .options import Db, Format, Limit, TableFormat


def entities(
    db: Db = None,
    actor: opt.Actor = None,
    type_: Annotated[
        str | None, typer.Option("--type", help="Entity type: PERSON, ORG, GPE, NORP...")
    ] = None,
    since: opt.Since = None,
    until: opt.Until = None,
    country: opt.Country = None,
    text: opt.Text = None,
    article: opt.Article = None,
    limit: Limit = 50,
    fmt: Format = TableFormat.table,
) -> None:
    """List entities by the number of articles they appear in (one row per canonical actor).

    Example: dateline entities --type PERSON --text Harper --db news.duckdb
    """
    filters = Filters(
        actor=actor, type=type_, since=since, until=until, country=country, text=text, article=article
    )
    run_query(
        db,
        lambda con: list_entities(con, filters, limit=limit),
        fmt,
        columns=["name", "type", "country", "actor_code", "actor_id", "n_articles", "n_mentions"],
        title="entities",
    )


def register(app: typer.Typer) -> None:
    app.command("entities")(entities)
