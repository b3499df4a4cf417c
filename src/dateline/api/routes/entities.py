"""GET /entities: people, organisations and places named across articles."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from pydantic import TypeAdapter

from ...store import queries
from ..cache import json_answer
from ..deps import ReadAccess, StoreDep, StoreHandleDep
from ..models import Page, Row
from ..params import FiltersDep, PagingDep

_PAGE = TypeAdapter(Page[Row])

router = APIRouter(prefix="/entities", tags=["entities"], dependencies=[ReadAccess])


@router.get("", response_model=Page[Row], summary="List entities, most frequent first")
def list_entities(
    request: Request, store: StoreDep, handle: StoreHandleDep, paging: PagingDep, filters: FiltersDep
) -> Response:
    """One row per name and type: ``name, type, country, actor_code, n_articles, n_mentions``."""

    def compute() -> dict:
        return {
            "data": queries.list_entities(store, filters, limit=paging.limit, offset=paging.skip),
            "count": handle.count("entities", filters, lambda: queries.count_entities(store, filters)),
        }

    return json_answer(request, _PAGE, compute)
