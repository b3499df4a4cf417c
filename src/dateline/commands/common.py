"""Options and helpers shared by commands."""

from __future__ import annotations

import sys
from enum import StrEnum

import typer
from rich.console import Console

err_console = Console(stderr=True)


class OutputFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    text = "text"


def error(message: str) -> None:
    """Print an error line on stderr."""
    err_console.print("[bold red]error:[/]", message, highlight=False, soft_wrap=True)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print an error on stderr and return the Exit to raise."""
    error(message)
    return typer.Exit(code)


def write(text: str) -> None:
    """Data to stdout."""
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
