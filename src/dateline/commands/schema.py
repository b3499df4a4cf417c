"""``dateline schema``: print the JSON Schema of the Article record."""

from __future__ import annotations

import json

import typer

from ..schema import Article
from .common import write


def schema() -> None:
    """Print the JSON Schema of the record ``dateline extract`` writes.

    Example: dateline schema > article.schema.json
    """
    write(json.dumps(Article.model_json_schema(), indent=2))


def register(app: typer.Typer) -> None:
    app.command("schema")(schema)
