"""GET /quotes: quotes across articles with their speaker."""

from __future__ import annotations

from fastapi import APIRouter

from ...store import queries
from ..deps import ReadAccess, StoreDep
from ..models import Page, Row
from ..params import FiltersDep, PagingDep

router = APIRouter(prefix="/quotes", tags=["quotes"], dependencies=[ReadAccess])


@router.get("", response_model=Page[Row], summary="List quotes")
def list_quotes(store: StoreDep, paging: PagingDep, filters: FiltersDep) -> dict:
    """Quote items (kind, text, offsets, speaker) with ``speaker_name`` and their article."""
    data = queries.list_quotes(store, filters, limit=paging.limit, offset=paging.skip)
    return {"data": data, "count": queries.count_quotes(store, filters)}
