"""GET /codes: the code tables the web UI labels and colours events with (from ontology/plover.json)."""

from __future__ import annotations

from functools import cache

from fastapi import APIRouter
from pydantic import BaseModel

from ...ontology import load_json

router = APIRouter(prefix="/codes", tags=["codes"])


class Codes(BaseModel):
    """PLOVER event types in codebook order, the QuadClass of each and the QuadClass labels."""

    plover_types: list[str]
    plover_quad: dict[str, int]
    quad_classes: dict[str, str]


@cache
def codes() -> Codes:
    """The tables, read once from the ontology."""
    plover = load_json("plover.json")
    return Codes(
        plover_types=list(plover["types"]),
        plover_quad={name: t["quad_class"] for name, t in plover["types"].items()},
        quad_classes=dict(plover["quad_classes"]),
    )


@router.get("", response_model=Codes, summary="PLOVER types and QuadClass labels")
def get_codes() -> Codes:
    """The code tables the UI needs, served from the ontology so no copy lives in the JavaScript."""
    return codes()
