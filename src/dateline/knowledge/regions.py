"""The regions table: world regions, divisions, landmark buildings and a few actor-location cities/peoples."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ._tables import load_table


@dataclass(frozen=True)
class Region:
    """One row of ``regions.tsv``; ``lat``/``lon`` are set on the rows the place gazetteer reads."""

    name: str
    feature: str  # region | admin | facility | city | people
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    admin1: str | None

    @property
    def has_point(self) -> bool:
        """Whether the row gives a centre point (a place the gazetteer can put on the map)."""
        return self.lat is not None and self.lon is not None


def _float(value: str) -> float | None:
    return float(value) if value else None


@cache
def regions() -> tuple[Region, ...]:
    """Every region, in table order."""
    return tuple(
        Region(
            name=row["name"],
            feature=row["feature"],
            country=row["country"] or None,
            lat=_float(row["lat"]),
            lon=_float(row["lon"]),
            geonameid=int(row["geonameid"]) if row["geonameid"] else None,
            admin1=row["admin1"] or None,
        )
        for row in load_table("regions.tsv")
    )


@cache
def division_demonyms() -> dict[str, tuple[str, str]]:
    """Demonyms of first-level divisions ("Minnesotans", "Albertan") -> (ISO alpha-2 country, GeoNames
    admin1 code), from ``division_demonyms.tsv``; keys as written."""
    return {r["demonym"]: (r["country"], r["admin1"]) for r in load_table("division_demonyms.tsv")}
