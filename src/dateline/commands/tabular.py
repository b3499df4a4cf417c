"""Rendering query results as a rich table, JSON, JSON Lines or CSV (on stdout)."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table

from .options import TableFormat


def flatten(row: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested dicts as dotted keys; lists as JSON text."""
    flat: dict[str, Any] = {}
    for key, value in row.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, f"{name}."))
        elif isinstance(value, list):
            flat[name] = json.dumps(value, ensure_ascii=False, default=str)
        else:
            flat[name] = value
    return flat


def _cell(value: Any, width: int = 80) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def render(
    rows: Sequence[dict[str, Any]],
    fmt: TableFormat,
    *,
    columns: Sequence[str] | None = None,
    title: str | None = None,
) -> None:
    """Print rows: ``columns`` (dotted paths into each row) choose what a table or CSV shows."""
    if fmt is TableFormat.json:
        sys.stdout.write(json.dumps(list(rows), ensure_ascii=False, indent=2, default=str) + "\n")
        return
    if fmt is TableFormat.jsonl:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        return
    flat = [flatten(r) for r in rows]
    if columns is None or fmt is TableFormat.csv:
        names: list[str] = list(columns or [])
        for r in flat:
            names.extend(k for k in r if k not in names)
        if fmt is TableFormat.table and columns is None:
            names = names[:12]
    else:
        names = list(columns)
    if fmt is TableFormat.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(names)
        for r in flat:
            writer.writerow(["" if r.get(n) is None else _cell(r.get(n), 10**9) for n in names])
        return
    table = Table(title=title, show_lines=False)
    for name in names:
        table.add_column(name.replace("_", " "), overflow="fold")
    for r in flat:
        table.add_row(*(_cell(r.get(n), 14 if n == "id" else 60) for n in names))
    Console(width=max(Console().width, 160) if not sys.stdout.isatty() else None).print(table)


def render_columns(names: Sequence[str], rows: Sequence[Sequence[Any]], fmt: TableFormat) -> None:
    """Print a SQL result (column names and row tuples)."""
    render([dict(zip(names, row, strict=True)) for row in rows], fmt, columns=list(names))
