"""GDELT 2.0 actor columns (Actor1Code ... Actor1Type3Code) from a resolved actor."""

from __future__ import annotations

from functools import cache

from ..ontology import load_json
from ..ontology.cameo import international_codes

FIELDS = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)


@cache
def _sector_types() -> dict[str, str]:
    return {k: v["cameo"] for k, v in load_json("actor_sectors.json")["sectors"].items()}


@cache
def _religions() -> dict[str, str]:
    return load_json("actor_sectors.json").get("religion_codes", {})


def gdelt_actor_fields(actor: dict | None, name: str = "", *, prefix: str = "Actor1") -> dict[str, str]:
    """GDELT 2.0 columns for one actor of an event, every value a string ("" when unknown).

    ``actor`` is what ``resolve_actor`` returns (None gives empty columns); ``name`` is the actor's
    text as written (GDELT's ActorName, upper-cased). CountryCode is the ISO alpha-3 country (empty
    for IGOs and transnational groups); KnownGroupCode is the group part of IGO/IMG/NGO codes
    (``IGOWSTNAT`` -> ``NAT``); Type codes are CAMEO actor types (GOV, MIL, HLH for medical, MED for media).

    Example::

        >>> actor = {"code": "MEXGOV", "country": "MEX", "sector": "GOV"}
        >>> gdelt_actor_fields(actor, "Mexican authorities")["Actor1Type1Code"]
        'GOV'
    """
    out = {f"{prefix}{f}": "" for f in FIELDS}
    if not actor:
        return out
    code = actor.get("code") or ""
    country = actor.get("country") or ""
    types = []
    group = ""
    if code.startswith(international_codes()):
        types.append(code[:3])
        group = code[-3:] if len(code) >= 6 else ""
    cameo = _sector_types().get(actor.get("sector") or "", "")
    if cameo and cameo not in types:
        types.append(cameo)
    second = _sector_types().get(actor.get("sector2") or "", "")
    if second and second not in types:
        types.append(second)
    if group and cameo and code.endswith(cameo) and len(code) > 6:
        group = code[-6:-3]
    religion = _religions().get(((actor.get("name") or "") + " " + name).split(" ")[0].lower(), "")
    out.update(
        {
            f"{prefix}Code": code,
            f"{prefix}Name": (name or actor.get("name") or "").upper(),
            f"{prefix}CountryCode": country if len(country) == 3 and country != "IGO" else "",
            f"{prefix}KnownGroupCode": group,
            f"{prefix}Religion1Code": religion,
            f"{prefix}Type1Code": types[0] if types else "",
            f"{prefix}Type2Code": types[1] if len(types) > 1 else "",
            f"{prefix}Type3Code": types[2] if len(types) > 2 else "",
        }
    )
    return out
