"""``dateline ingest``: many documents into the DuckDB store, resumable, with a progress bar."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import sys
from typing import TYPE_CHECKING, Annotated

import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from ..errors import DatelineError
from ..settings import load_settings
from .common import err_console, fail
from .options import Db, HostDelay, Interval

if TYPE_CHECKING:
    from ..runners.local import IngestStats


def _progress_bar(enabled: bool):
    if not enabled:
        return None, None
    bar = Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        TextColumn("{task.fields[docs]} docs"),
        TextColumn("{task.fields[rate]:.1f} docs/s"),
        TextColumn("[red]{task.fields[errors]} errors"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=err_console,
        transient=False,
    )
    task = bar.add_task("ingest", total=None, docs=0, rate=0.0, errors=0)

    def update(stats: IngestStats) -> None:
        total = stats.read.total_bytes or None
        bar.update(
            task,
            total=total,
            completed=stats.read.done_bytes,
            docs=stats.processed,
            rate=stats.docs_per_second,
            errors=stats.failed,
        )

    return bar, update


def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (recursive) or glob patterns.")],
    db: Db = None,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Worker processes.")] = 1,
    fetch: Annotated[
        bool, typer.Option("--fetch", help="Fetch the page of each feed item's link (safe fetcher).")
    ] = False,
    batch_size: Annotated[
        int | None, typer.Option("--batch-size", min=1, help="Documents per transaction.")
    ] = None,
    published: Annotated[
        str | None,
        typer.Option("--published", help="Publication date (ISO) of documents that state none."),
    ] = None,
    link: Annotated[
        bool,
        typer.Option("--link/--no-link", help="Link the corpus (duplicates, clusters, actors) at the end."),
    ] = True,
    follow: Annotated[
        bool,
        typer.Option(
            "--follow", help="Keep polling PATHS (feed URLs, folders, URL lists) for new items until Ctrl-C."
        ),
    ] = False,
    once: Annotated[
        bool, typer.Option("--once", help="With --follow: poll every source once, then exit.")
    ] = False,
    interval: Interval = 300.0,
    host_delay: HostDelay = 1.0,
    quiet: Annotated[bool, typer.Option("--quiet", help="No progress bar and no summary.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the run summary as JSON on stdout.")] = False,
) -> None:
    """Ingest text, HTML, JSON/JSONL(.gz), WARC(.gz) files and RSS/Atom feeds into the store.

    A second run over the same files inserts nothing; a killed run resumes where it stopped.
    Failing documents are recorded in the ``errors`` table and the batch goes on (exit 1).

    With --follow, PATHS are sources to keep polling: feed URLs (ETag/Last-Modified, back-off on
    errors), folders (new and changed files) and URL lists (.txt); see docs/live.md.

    Example: dateline ingest crawl/ news.warc.gz feed.xml dump.jsonl --db news.duckdb --workers 2
    """
    from ..runners.local import ingest as run_ingest

    settings = load_settings(db=db, batch_size=batch_size)
    if follow:
        _follow(paths, settings, interval=interval, host_delay=host_delay, once=once, as_json=as_json)
        return
    bar, update = _progress_bar(not quiet and err_console.is_terminal and sys.stderr.isatty())
    try:
        with bar or contextlib.nullcontext():
            stats = run_ingest(
                paths,
                db=settings.db,
                workers=workers,
                fetch=fetch,
                published=published,
                settings=settings,
                progress=update,
                link=link,
            )
    except DatelineError as exc:
        raise fail(str(exc), code=2) from None
    except (KeyboardInterrupt, RuntimeError) as exc:
        # DuckDB turns Ctrl-C during a query into RuntimeError("Query interrupted").
        if isinstance(exc, RuntimeError) and not isinstance(exc.__cause__, KeyboardInterrupt):
            raise
        raise fail(
            "interrupted: the batches written so far are kept; run the same command again to resume",
            code=130,
        ) from None
    if as_json:
        print(json.dumps(stats.to_dict()))
    if not quiet:
        for where, reason in stats.errors[:20]:
            err_console.print(f"[red]failed[/] {where}: {reason}", highlight=False, soft_wrap=True)
        err_console.print(
            f"{stats.inserted} inserted, {stats.duplicates} duplicates linked, "
            f"{stats.skipped} already seen, {stats.failed} failed "
            f"({stats.processed} processed in {stats.elapsed:.1f}s, "
            f"{stats.docs_per_second:.1f} docs/s) -> {settings.db}",
            highlight=False,
            soft_wrap=True,
        )
    if stats.failed:
        raise typer.Exit(1)


def _follow(paths, settings, *, interval: float, host_delay: float, once: bool, as_json: bool) -> None:
    from ..runners.follow import FollowOptions, follow

    options = FollowOptions(tuple(paths), interval=interval, host_delay=host_delay)
    try:
        stats = follow(options, db=settings.db, settings=settings, once=once)
    except DatelineError as exc:
        raise fail(str(exc), code=2) from None
    except KeyboardInterrupt:
        raise fail(
            "stopped: every poll finished so far is stored; run the same command to resume", code=130
        ) from None
    if as_json:
        print(json.dumps(dataclasses.asdict(stats)))
    err_console.print(
        f"{stats.polls} polls, {stats.items} new items, {stats.inserted} inserted, {stats.errors} errors",
        highlight=False,
    )


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
