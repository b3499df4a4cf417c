"""``dateline serve``: the REST API and the web UI over a DuckDB store."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated

import typer

from ..errors import DatelineError
from ..settings import load_settings
from ..sources.watch import make_source
from .common import fail
from .options import HostDelay, Interval

LOGGER = logging.getLogger(__name__)


def serve(
    db: Annotated[
        Path | None,
        typer.Option("--db", help="The DuckDB file written by dateline ingest (default: DATELINE_DB)."),
    ] = None,
    host: Annotated[
        str, typer.Option("--host", help="Interface to listen on (loopback by default).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port.")] = 8000,
    public_reads: Annotated[
        bool, typer.Option("--public-reads", help="Let clients on other hosts read without the API token.")
    ] = False,
    follow: Annotated[
        list[str] | None,
        typer.Option(
            "--follow", help="Keep polling this feed URL, folder or URL list into the store (repeatable)."
        ),
    ] = None,
    interval: Interval = 300.0,
    host_delay: HostDelay = 1.0,
    read_only: Annotated[
        bool,
        typer.Option(
            "--read-only", help="Open the store read-only: no local hand-off, other processes open the file."
        ),
    ] = False,
) -> None:
    """Serve the REST API (OpenAPI at /docs) and the web UI at http://HOST:PORT/.

    The server owns the store: `dateline ingest` on the same database hands its documents to it,
    and the read commands read the snapshot it publishes (docs/live.md). Reads are open to
    loopback clients; POST /ingest from clients needs the token in DATELINE_API_TOKEN.

    With --follow it also polls feeds, folders or URL lists into the store (docs/live.md).

    Example: dateline serve --db news.duckdb --port 8000 --follow feeds.txt
    """
    import uvicorn

    from ..api import create_app

    settings = load_settings(db=str(db) if db else None, api_public_reads=public_reads or None)
    db = Path(settings.db)
    if not db.exists():
        raise fail(f"no database at {db}; create one with: dateline ingest FILES --db {db}", code=2)
    try:
        from ..api.deps import Store

        Store(db, writable=bool(settings.api_token) or not read_only).close()
    except DatelineError as exc:
        raise fail(str(exc)) from exc
    if host not in ("127.0.0.1", "localhost", "::1") and not settings.api_token:
        LOGGER.warning("listening on %s with no DATELINE_API_TOKEN: only loopback clients can read", host)
    typer.echo(f"dateline: serving {db} at http://{host}:{port}/ (API docs at /docs)", err=True)
    owner_url = None if read_only else f"http://{_local_host(host)}:{port}"
    if follow and read_only:
        raise fail("--follow writes to the store: drop --read-only", code=2)
    from ..runners.follow import FollowOptions

    options = FollowOptions(tuple(follow), interval=interval, host_delay=host_delay) if follow else None
    if options:
        try:
            for spec in options.specs:
                make_source(spec, interval)
        except DatelineError as exc:
            raise fail(str(exc), code=2) from None
    app = create_app(settings, db=db, owner_url=owner_url, follow=options)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def _local_host(host: str) -> str:
    """The address a process on this machine reaches a server listening on ``host`` at."""
    if host in ("0.0.0.0", "", "localhost"):
        return "127.0.0.1"
    if host == "::":
        return "[::1]"
    return f"[{host}]" if ":" in host else host


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
