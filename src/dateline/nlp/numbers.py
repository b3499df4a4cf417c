"""Numbers in digits or words ("45,000", "twenty-four", "a couple of"), from ``ontology/numbers.json``."""

from __future__ import annotations

import re
from fractions import Fraction
from functools import cache
from typing import Any

from ..ontology import load_json

_SPACES = re.compile(r"[\s-]+")


@cache
def _numbers() -> dict[str, Any]:
    return load_json("numbers.json")


def norm(text: str | None) -> str:
    """Lower case with runs of spaces and hyphens made single spaces."""
    return _SPACES.sub(" ", (text or "").strip().lower())


@cache
def number_words() -> dict[str, int]:
    """Number words (ones, teens, tens) to their values."""
    numbers = _numbers()["numbers"]
    return {**numbers["ones"], **numbers["teens"], **numbers["tens"]}


def parse_number(text: str | None) -> Fraction | None:
    """A number written in digits or words ("45,000", "twenty-four", "a", "2 1/2"); None when vague."""
    if not text:
        return None
    raw = norm(text)
    articles = _numbers()["numbers"]["articles"]
    if raw in articles:
        value = articles[raw]
        return Fraction(value) if value is not None else None
    digits = raw.replace(",", "")
    match = re.fullmatch(r"(\d+(?:\.\d+)?)(?: (\d)/(\d))?", digits)
    if match:
        value = Fraction(match.group(1))
        if match.group(2):
            value += Fraction(int(match.group(2)), int(match.group(3)))
        return value
    return words_to_number(raw)


def words_to_number(raw: str) -> Fraction | None:
    """A number spelled out in words ("two thousand and five"), or None."""
    words = number_words()
    scales = _numbers()["numbers"]["scales"]
    total, current = 0, 0
    seen = False
    for word in raw.replace(" and ", " ").split():
        if word in words:
            current += words[word]
            seen = True
        elif word in scales:
            current = max(current, 1) * scales[word]
            if scales[word] >= 1000:
                total, current = total + current, 0
            seen = True
        else:
            return None
    return Fraction(total + current) if seen else None
