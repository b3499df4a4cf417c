"""``dateline extract``: one or more articles to records on stdout."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from ..errors import DatelineError
from ..settings import load_settings
from ..sources.raw import RawDocument, read_path
from .common import OutputFormat, error, write

Published = Annotated[
    str | None,
    typer.Option("--published", help="Publication date (ISO), the anchor for relative dates."),
]


def _read(source: str, settings, allow_private: bool) -> RawDocument:
    if source.startswith(("http://", "https://")):
        from ..sources.fetch import fetch_url

        return fetch_url(
            source,
            timeout=settings.fetch_timeout,
            max_bytes=settings.fetch_max_bytes,
            allow_private=allow_private or settings.allow_private_urls,
        )
    if source != "-" and not Path(source).exists():
        raise FileNotFoundError(source)
    return read_path(source, max_bytes=settings.max_bytes)


def extract(
    sources: Annotated[list[str], typer.Argument(help="Files, http(s) URLs, or - for stdin.")],
    published: Published = None,
    fmt: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="json, jsonl or text.")
    ] = OutputFormat.json,
    allow_private: Annotated[
        bool,
        typer.Option("--allow-private-urls", help="Allow URLs on private/loopback addresses."),
    ] = False,
) -> None:
    """Extract the record of each article (text or HTML) and print it.

    Example: dateline extract story.txt --published 2015-03-22 --format json
    """
    from ..process import Failure, process_many
    from ..render import render_text

    settings = load_settings()
    raws: list[RawDocument] = []
    failed = 0
    for source in sources:
        try:
            raws.append(_read(source, settings, allow_private))
        except FileNotFoundError:
            error(f"{source}: no such file")
            failed += 1
        except DatelineError as exc:
            error(str(exc))
            failed += 1
    for result in process_many(raws, settings=settings, published=published):
        if isinstance(result, Failure):
            error(str(result.error))
            failed += 1
            continue
        if fmt is OutputFormat.text:
            write(render_text(result))
        elif fmt is OutputFormat.jsonl or len(sources) > 1:
            write(json.dumps(result.model_dump(mode="json"), ensure_ascii=False))
        else:
            write(json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=2))
    if failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)
