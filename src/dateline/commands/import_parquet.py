"""``dateline import-parquet``: load the Spark runner's Parquet output into the store."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from ..errors import StoreError
from ..settings import load_settings
from ..store.db import connect
from .common import fail
from .options import Db


def import_parquet(
    folder: Annotated[str, typer.Argument(help="The --out folder of dateline spark.")],
    db: Db = None,
    link: Annotated[
        bool, typer.Option("--link/--no-link", help="Link the corpus (duplicates, clusters, actors).")
    ] = True,
) -> None:
    """Load Spark output (records and errors) into the DuckDB store; a second import inserts nothing.

    Example: dateline import-parquet out/ --db news.duckdb
    """
    from ..store.parquet_import import import_parquet as run_import

    settings = load_settings(db=db)
    try:
        con = connect(settings.db)
        try:
            stats = run_import(con, folder, link=link)
        finally:
            con.close()
    except StoreError as exc:
        raise fail(str(exc)) from exc
    print(json.dumps(stats.to_dict()))


def register(app: typer.Typer) -> None:
    app.command("import-parquet")(import_parquet)
