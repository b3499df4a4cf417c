"""GET /stats: counts over the database."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from pydantic import TypeAdapter

from ...store import queries
from ..cache import json_answer
from ..deps import ReadAccess, StoreDep
from ..models import Stats

_STATS = TypeAdapter(Stats)

router = APIRouter(prefix="/stats", tags=["stats"], dependencies=[ReadAccess])


@router.get("", response_model=Stats, summary="Counts of articles, events, quotes, entities")
def stats(request: Request, store: StoreDep) -> Response:
    """Row counts, the publication date range and events per PLOVER type and QuadClass."""
    return json_answer(request, _STATS, lambda: queries.corpus_stats(store))
