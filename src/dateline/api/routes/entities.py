"""GET /entities: people, organisations and places named across articles."""

from __future__ import annotations

from fastapi import APIRouter

from ...store import queries
from ..deps import ReadAccess, StoreDep
from ..models import Page, Row
from ..params import FiltersDep, PagingDep

router = APIRouter(prefix="/entities", tags=["entities"], dependencies=[ReadAccess])


@router.get("", response_model=Page[Row], summary="List entities, most frequent first")
def list_entities(store: StoreDep, paging: PagingDep, filters: FiltersDep) -> dict:
    """One row per name and type: ``name, type, country, actor_code, n_articles, n_mentions``."""
    data = queries.list_entities(store, filters, limit=paging.limit, offset=paging.skip)
    return {"data": data, "count": queries.count_entities(store, filters)}
