"""CAMEO label, Goldstein weight, QuadClass and the GDELT-style fields of a coded event."""

from __future__ import annotations

from typing import Any


def _cameo_row(code: str) -> Any | None:
    try:
        from ..ontology.cameo import cameo_code
    except ImportError:
        return None
    return cameo_code(code)


def quad_class_of_root(code: str) -> int | None:
    """GDELT QuadClass from the CAMEO root: 01-05 verbal cooperation (1), 06-08 material
    cooperation (2), 09-13 verbal conflict (3), 14-20 material conflict (4)."""
    try:
        root = int(code[:2])
    except ValueError:
        return None
    if 1 <= root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4 if root <= 20 else None


def describe(code: str) -> dict[str, Any]:
    """Label, Goldstein, QuadClass and crosswalk PLOVER mode of a CAMEO code (None where unknown)."""
    row = _cameo_row(code)
    if row is None:
        return {"label": None, "goldstein": None, "quad_class": quad_class_of_root(code), "mode": None}
    return {
        "label": row.label,
        "goldstein": row.goldstein,
        "quad_class": row.quad_class,
        "mode": row.plover_mode or None,
    }


def _actor_fields(prefix: str, actor: dict[str, Any] | None) -> dict[str, Any]:
    if not actor:
        return {
            f"{prefix}Code": None,
            f"{prefix}Name": None,
            f"{prefix}CountryCode": None,
            f"{prefix}Type1Code": None,
        }
    country = actor.get("country")
    code = actor.get("code")
    return {
        f"{prefix}Code": code,
        f"{prefix}Name": actor.get("text"),
        f"{prefix}CountryCode": country if country and len(country) == 3 else None,
        f"{prefix}Type1Code": actor.get("sector"),
    }


def gdelt_fields(
    event: dict[str, Any], place: dict[str, Any] | None, *, is_root: bool
) -> dict[str, str | int | float | None]:
    """GDELT 2.0 event-table columns for one event (actor, event code and action-geo columns)."""
    code = event["cameo"]["code"] if event.get("cameo") else None
    fields: dict[str, Any] = {}
    fields.update(_actor_fields("Actor1", event.get("source")))
    fields.update(_actor_fields("Actor2", event.get("target")))
    fields.update(
        {
            "IsRootEvent": int(is_root),
            "EventCode": code,
            "EventBaseCode": code[:3] if code else None,
            "EventRootCode": code[:2] if code else None,
            "QuadClass": event.get("quad_class"),
            "GoldsteinScale": event.get("goldstein"),
        }
    )
    if place:
        fields.update(
            {
                "ActionGeo_Type": 4 if place.get("feature", "") not in ("country", "A.PCLI") else 1,
                "ActionGeo_FullName": place.get("name"),
                "ActionGeo_CountryCode": None,
                "ActionGeo_CountryISO": place.get("country"),
                "ActionGeo_Lat": place.get("lat"),
                "ActionGeo_Long": place.get("lon"),
                "ActionGeo_FeatureID": place.get("geonameid"),
            }
        )
    else:
        fields.update({"ActionGeo_Type": 0, "ActionGeo_FullName": None})
    return fields
