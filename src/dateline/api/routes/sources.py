"""GET /sources: the sources a follower polls, with the time of their last fetch and their errors."""

from __future__ import annotations

from fastapi import APIRouter

from ...store.queries.sources import list_sources
from ..deps import ReadAccess, StoreDep
from ..models import Page, SourceRow

router = APIRouter(prefix="/sources", tags=["sources"], dependencies=[ReadAccess])


@router.get("", response_model=Page[SourceRow], summary="Followed sources and their last fetch")
def sources(store: StoreDep) -> dict:
    """Each source followed by ``--follow`` (feed, folder, URL list): last fetch, status, HTTP
    status, error, failures in a row (the back-off), next due time, last success, items taken."""
    rows = list_sources(store)
    return {"data": rows, "count": len(rows)}
