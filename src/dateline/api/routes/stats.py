"""GET /stats: counts over the database."""

from __future__ import annotations

from fastapi import APIRouter

from ...store import queries
from ..deps import ReadAccess, StoreDep
from ..models import Stats

router = APIRouter(prefix="/stats", tags=["stats"], dependencies=[ReadAccess])


@router.get("", response_model=Stats, summary="Counts of articles, events, quotes, entities")
def stats(store: StoreDep) -> dict:
    """Row counts, the publication date range and events per PLOVER type and QuadClass."""
    return queries.corpus_stats(store)
