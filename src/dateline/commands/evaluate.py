"""``dateline evaluate TASK``: scores on the annotated development sets."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from ..evaluate import TASKS, default_eval_dir, task_module
from ..evaluate.split import HALVES
from .common import fail


def evaluate(
    task: Annotated[str, typer.Argument(help=f"One of: {', '.join(TASKS)}.")],
    eval_dir: Annotated[Path | None, typer.Option("--eval-dir", help="Folder of *.dev.jsonl files.")] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="Score only the first N records.")] = None,
    half: Annotated[
        str,
        typer.Option("--half", help="all, tune (read errors and fit here) or check (report; gates hold it)."),
    ] = "all",
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    source: Annotated[
        str | None,
        typer.Option(
            "--source",
            help="events-news only: score the gold articles of these dev files (comma-separated); "
            "quotes.dev.jsonl,html.dev.jsonl is the first 109-article set, places.dev.jsonl annotator E's, "
            "time.dev.jsonl annotator F's.",
        ),
    ] = None,
) -> None:
    """Print precision / recall / F1 (or the task's metrics) on an annotated set.

    Each dev set splits into a tune and a check half by a hash of the record id
    (``dateline.evaluate.split``); report both.

    Example: dateline evaluate events --half check

    Example: dateline evaluate events-news --half tune --source quotes.dev.jsonl,html.dev.jsonl
    """
    if task not in TASKS:
        raise fail(f"unknown task {task!r}; choose one of: {', '.join(TASKS)}", code=2)
    eval_dir = eval_dir or default_eval_dir()
    if not eval_dir.is_dir():
        raise fail(f"{eval_dir} is not a folder; pass --eval-dir", code=2)
    if half not in ("all", *HALVES):
        raise fail(f"unknown half {half!r}; choose one of: all, {', '.join(HALVES)}", code=2)
    chosen = None if half == "all" else half
    if source is None:
        report = task_module(task).run(eval_dir, limit, chosen)
    elif task != "events-news":
        raise fail("--source applies to events-news only", code=2)
    else:
        from ..evaluate.events_news import UnknownSource

        sources = [name.strip() for name in source.split(",") if name.strip()]
        if not sources:
            raise fail("--source names no dev file", code=2)
        try:
            report = task_module(task).run(eval_dir, limit, chosen, sources=sources)
        except UnknownSource as error:
            raise fail(str(error), code=2) from error
    if half != "all":
        report.dataset = f"{report.dataset} [{half} half]"
    if as_json:
        print(json.dumps(report.to_dict(), indent=2))
        return
    metrics = sorted(
        {m for row in report.rows.values() for m in row},
        key=list(dict.fromkeys(m for row in report.rows.values() for m in row)).index,
    )
    table = Table(title=f"{task}: {report.dataset} ({report.n} records)")
    table.add_column("system")
    for m in metrics:
        table.add_column(m, justify="right")
    for system, row in report.rows.items():
        table.add_row(system, *(f"{row[m]:.3f}" if m in row else "" for m in metrics))
    Console().print(table)
    for note in report.notes:
        print(note)


def register(app: typer.Typer) -> None:
    app.command("evaluate")(evaluate)
