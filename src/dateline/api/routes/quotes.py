"""GET /quotes: quotes across articles with their speaker."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from pydantic import TypeAdapter

from ...store import queries
from ..cache import json_answer
from ..deps import ReadAccess, StoreDep, StoreHandleDep
from ..models import Page, Row
from ..params import FiltersDep, PagingDep

_PAGE = TypeAdapter(Page[Row])

router = APIRouter(prefix="/quotes", tags=["quotes"], dependencies=[ReadAccess])


@router.get("", response_model=Page[Row], summary="List quotes")
def list_quotes(
    request: Request, store: StoreDep, handle: StoreHandleDep, paging: PagingDep, filters: FiltersDep
) -> Response:
    """Quote items (kind, text, offsets, speaker) with ``speaker_name`` and their article."""

    def compute() -> dict:
        return {
            "data": queries.list_quotes(store, filters, limit=paging.limit, offset=paging.skip),
            "count": handle.count("quotes", filters, lambda: queries.count_quotes(store, filters)),
        }

    return json_answer(request, _PAGE, compute)
