"""Domain knowledge as versioned data files, with one cached loader."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from ..errors import ResourceError

ONTOLOGY_VERSION = "2026.12.8.1"


@cache
def load_json(name: str) -> Any:
    """Load ``ontology/<name>`` (JSON) from the installed package, cached."""
    try:
        return json.loads(resources.files(__name__).joinpath(name).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ResourceError(f"ontology file {name} is missing or invalid: {exc}") from exc


@cache
def load_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Load ``ontology/<name>`` (TSV with a header row; ``#`` lines are comments), cached."""
    try:
        text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    except OSError as exc:
        raise ResourceError(f"ontology file {name} is missing: {exc}") from exc
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    header = lines[0].split("\t")
    return tuple(dict(zip(header, ln.split("\t"), strict=False)) for ln in lines[1:])


def data_files() -> list[str]:
    """Names of every data file shipped under ``ontology/``."""
    root = resources.files(__name__)
    return sorted(p.name for p in root.iterdir() if p.name.endswith((".json", ".tsv")) and p.is_file())
