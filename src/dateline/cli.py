"""The ``dateline`` command. Each command lives in ``dateline.commands.<name>``."""

from __future__ import annotations

import importlib
import inspect
import logging

import typer
from rich.logging import RichHandler

from .version import __version__

COMMAND_MODULES = (
    "extract",
    "schema",
    "evaluate",
    "ingest",
    "articles",
    "events",
    "entities",
    "quotes",
    "sql",
    "serve",
    "export",
    "spark",
    "import-parquet",
    "relink",
)

app = typer.Typer(
    name="dateline",
    no_args_is_help=True,
    add_completion=False,
    help="Raw news in, structured source-grounded event data out.",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"dateline {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    verbose: int = typer.Option(0, "--verbose", "-v", count=True, help="More log output (-vv: debug)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Only errors on stderr."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True),
) -> None:
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    logging.basicConfig(
        level=level,
        format="%(message)s",
        handlers=[RichHandler(show_time=False, show_path=False, markup=False)],
        force=True,
    )


for _name in COMMAND_MODULES:
    importlib.import_module(f".commands.{_name.replace('-', '_')}", __package__).register(app)


def plain_help(doc: str | None) -> str | None:
    """A command docstring as terminal help: reStructuredText literals (``--actor CAN``) as plain text."""
    return inspect.cleandoc(doc).replace("``", "") if doc else doc


for _command in app.registered_commands:
    _command.help = plain_help(_command.help or inspect.getdoc(_command.callback))


def main() -> None:
    """Console entry point."""
    app()


if __name__ == "__main__":
    main()
