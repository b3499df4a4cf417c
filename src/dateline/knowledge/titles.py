"""The titles table: titles, ranks and honorifics of people, each title with its sector (``titles.json``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from ..errors import ResourceError


@dataclass(frozen=True)
class Title:
    """One title or rank and the forms it is written in."""

    title: str
    kind: str  # "title" | "rank"
    sector: str
    sector2: str | None
    national: bool
    texts: tuple[str, ...]
    actor_texts: tuple[str, ...]  # the forms that alone name an actor ("the general", "a reporter")


@cache
def titles_table() -> dict[str, Any]:
    """The whole table: titles, ranks, honorifics, modifiers and gendered titles."""
    try:
        return json.loads(resources.files(__package__).joinpath("titles.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ResourceError(f"knowledge table titles.json is missing or invalid: {exc}") from exc


@cache
def titles() -> tuple[Title, ...]:
    """Every title and rank, in table order."""
    table = titles_table()
    return tuple(
        Title(
            title=item["title"],
            kind=kind,
            sector=item["sector"],
            sector2=item.get("sector2"),
            national=item.get("national", False),
            texts=tuple(item["text"]),
            actor_texts=tuple(item.get("actor", ())),
        )
        for kind, key in (("title", "titles"), ("rank", "ranks"))
        for item in table[key]
    )


def title_sectors() -> dict[str, str]:
    """Lower-cased form of every title -> its sector."""
    return {text.lower(): t.sector for t in titles() for text in t.texts}


@cache
def form_countries() -> dict[str, tuple[str, ...]]:
    """Lower-cased title form -> the countries (ISO alpha-3) whose legislatures alone write it, the
    usual one first ("sen." -> USA, PHL)."""
    return {form.lower(): tuple(codes) for form, codes in titles_table().get("form_countries", {}).items()}
