"""ISO date strings: the calendar day a date or datetime string starts with."""

from __future__ import annotations

import datetime as dt
import re

_DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def to_date(value: str | None) -> dt.date | None:
    """The calendar date an ISO date/datetime string starts with, or None.

    Example: ``to_date("2015-03-22T10:00") == datetime.date(2015, 3, 22)``.
    """
    if not value:
        return None
    match = _DATE_RE.match(value)
    if not match:
        return None
    try:
        return dt.date(*map(int, match.groups()))
    except ValueError:
        return None
