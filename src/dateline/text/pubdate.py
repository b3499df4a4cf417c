"""Publication dates stated in text ("Published March 22, 2015")."""

from __future__ import annotations

import re

import dateparser

_PREFIX = re.compile(
    r"^(published|posted|updated|last updated|first published)( on| at)?\s*[:\u2013\u2014-]?\s*", re.I
)
_SETTINGS = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PREFER_DAY_OF_MONTH": "first",
    "STRICT_PARSING": True,
}


def date_from_line(line: str) -> str | None:
    """The ISO date a "Published …" line states, or None when it gives no full date."""
    rest = _PREFIX.sub("", line).strip()
    rest = re.split(r"\s+(?:\||·)\s+|\s+(?:updated|last updated)\b", rest, flags=re.I)[0]
    parsed = dateparser.parse(rest, languages=["en"], settings=_SETTINGS)
    return parsed.date().isoformat() if parsed else None
