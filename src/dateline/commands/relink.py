"""``dateline relink``: rebuild the cross-article tables of a store from all its articles."""

from __future__ import annotations

import json
import time

import typer

from ..errors import DatelineError
from ..settings import load_settings
from ..store.db import connect
from ..store.owner import find_server
from .common import err_console, fail
from .options import Db


def relink(db: Db = None) -> None:
    """Rebuild duplicates, clusters, canonical actors and event groups from every article.

    Each ingest links only its new articles (the same tables a rebuild gives); run this after
    changing the linking rules or to check a store. When a server owns the store, it does the work.

    Example: dateline relink --db news.duckdb
    """
    from ..corpus.link import relink_corpus
    from ..store.remote import RemoteWriter

    settings = load_settings(db=db)
    started = time.perf_counter()
    try:
        server = find_server(settings.db)
        if server:
            stats = RemoteWriter(server).relink()
        else:
            con = connect(settings.db)
            try:
                stats = relink_corpus(con).__dict__
            finally:
                con.close()
    except DatelineError as exc:
        raise fail(str(exc), code=2) from None
    print(json.dumps(stats))
    err_console.print(
        f"relinked {stats['articles']} articles in {time.perf_counter() - started:.1f}s", highlight=False
    )


def register(app: typer.Typer) -> None:
    app.command("relink")(relink)
