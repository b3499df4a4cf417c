"""CAMEO label, Goldstein weight, QuadClass and the GDELT-style fields of a coded event."""

from __future__ import annotations

from typing import Any

from ..knowledge import cameo_country, fips_of_iso2
from ..ontology.cameo import cameo_code


def _cameo_row(code: str) -> Any | None:
    return cameo_code(code)


def quad_class_of_root(code: str) -> int | None:
    """GDELT QuadClass of a code's CAMEO root, from the CAMEO table (None for an unknown root)."""
    row = cameo_code(code[:2])
    return row.quad_class if row else None


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


def cameo_actor(actor: dict[str, Any] | None) -> dict[str, Any] | None:
    """An event actor with its country written as CAMEO writes it (the ISO "XKX" of the coder's
    tables as "KSV", "XKXGOV" as "KSVGOV"); the same actor when CAMEO and ISO agree."""
    country = str((actor or {}).get("country") or "")
    cameo = cameo_country(country)
    if actor is None or cameo == country:
        return actor
    code = str(actor.get("code") or "")
    return dict(actor, country=cameo, code=cameo + code[len(country) :] if code.startswith(country) else code)


def _actor_fields(prefix: str, actor: dict[str, Any] | None) -> dict[str, Any]:
    from ..actors.gdelt import gdelt_actor_fields

    resolved = (
        {"code": actor.get("code"), "country": actor.get("country"), "sector": actor.get("sector")}
        if actor
        else None
    )
    return dict(gdelt_actor_fields(resolved, (actor or {}).get("text") or "", prefix=prefix))


def action_geo(place: dict[str, Any] | None) -> dict[str, Any]:
    """GDELT ActionGeo columns of a place record (type 1 country, 3 US city, 4 world city; FIPS country)."""
    if not place:
        return {"ActionGeo_Type": 0}
    iso2 = (place.get("country") or "").upper()
    feature = (place.get("feature") or "").upper()
    if feature.startswith("PCL") or feature == "COUNTRY":
        geo_type = 1
    else:
        geo_type = 3 if iso2 == "US" else 4
    return {
        "ActionGeo_Type": geo_type,
        "ActionGeo_FullName": place.get("name"),
        "ActionGeo_CountryCode": fips_of_iso2(iso2) or None,
        "ActionGeo_CountryISO": iso2 or None,
        "ActionGeo_Lat": place.get("lat"),
        "ActionGeo_Long": place.get("lon"),
        "ActionGeo_FeatureID": place.get("geonameid"),
    }


def gdelt_fields(event: dict[str, Any], place: dict[str, Any] | None) -> dict[str, str | int | float | None]:
    """GDELT 2.0 event-table columns of one event: actors, event codes, QuadClass, Goldstein, ActionGeo."""
    code = event["cameo"]["code"] if event.get("cameo") else None
    fields: dict[str, Any] = {}
    fields.update(_actor_fields("Actor1", event.get("source")))
    fields.update(_actor_fields("Actor2", event.get("target")))
    fields.update(
        {
            "EventCode": code,
            "EventBaseCode": code[:3] if code else None,
            "EventRootCode": code[:2] if code else None,
            "QuadClass": event.get("quad_class"),
            "GoldsteinScale": event.get("goldstein"),
        }
    )
    fields.update(action_geo(place))
    return fields
