"""The filters every list query shares, and the small helpers that build its WHERE clause."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import duckdb

from ...errors import InputError


@dataclass
class Filters:
    """Query filters shared by the list functions; unset fields do not filter."""

    actor: str | None = None
    type: str | None = None
    since: dt.date | str | None = None
    until: dt.date | str | None = None
    country: str | None = None
    speaker: str | None = None
    text: str | None = None
    article: str | None = None
    # events at or above this confidence (None: all; events stored without one always show)
    min_confidence: float | None = None


def parse_date(value: dt.date | str | None, name: str) -> dt.date | None:
    """A filter date from ISO text (``name`` is the option, for the error message)."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise InputError(f"--{name} {value!r} is not an ISO date (YYYY-MM-DD)") from None


def country_codes(value: str) -> list[str]:
    """The ISO alpha-2 and alpha-3 forms of a country given by either code or by name; a state that
    no longer exists by its code or one of its names ("Soviet Union" -> ["SUN"])."""
    import pycountry

    from ...knowledge import historic_states

    value = value.strip()
    try:
        country = pycountry.countries.lookup(value)
    except LookupError:
        folded = value.casefold()
        for state in historic_states():
            if folded == state.cameo.casefold() or folded in {n.casefold() for n in state.names}:
                return [state.cameo]
        return [value.upper()]
    return [country.alpha_2, country.alpha_3]


def like(value: str) -> str:
    """A LIKE pattern matching ``value`` anywhere, its wildcards escaped."""
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class Where:
    """The conditions of a WHERE clause and their parameters, in order."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.params: list[Any] = []

    def add(self, sql: str, *params: Any) -> None:
        self.parts.append(sql)
        self.params.extend(params)

    def add_dates(self, f: Filters, column: str) -> None:
        """``column`` within the filters' ``since`` and ``until`` (each optional, inclusive)."""
        if since := parse_date(f.since, "since"):
            self.add(f"{column} >= ?", since)
        if until := parse_date(f.until, "until"):
            self.add(f"{column} <= ?", until)

    @property
    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.parts)) if self.parts else ""


def fetch_dicts(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any]) -> list[dict[str, Any]]:
    """The rows of a query as dicts keyed by column name."""
    cursor = con.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def iso(value: Any) -> Any:
    """A date or datetime as ISO text; anything else as it is."""
    return value.isoformat() if isinstance(value, dt.date | dt.datetime) else value
