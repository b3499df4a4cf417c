"""GET /search?q=: full-text search over headlines and bodies (DuckDB fts, else ILIKE)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from pydantic import TypeAdapter

from ...store import queries
from ..cache import json_answer
from ..deps import ReadAccess, StoreDep
from ..models import ArticleSummary, Page
from ..params import PagingDep

_PAGE = TypeAdapter(Page[ArticleSummary])

router = APIRouter(prefix="/search", tags=["search"], dependencies=[ReadAccess])


@router.get("", response_model=Page[ArticleSummary], summary="Full-text search of articles")
def search(
    request: Request,
    store: StoreDep,
    paging: PagingDep,
    q: Annotated[str, Query(min_length=1, max_length=500)],
) -> Response:
    """Articles matching ``q`` best first (BM25 when the fts index exists, else substring match)."""

    def compute() -> dict:
        data, count = queries.search_articles(store, q, limit=paging.limit, offset=paging.skip)
        return {"data": data, "count": count}

    return json_answer(request, _PAGE, compute)
