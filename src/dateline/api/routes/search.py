"""GET /search?q=: full-text search over headlines and bodies (DuckDB fts, else ILIKE)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ...store import queries
from ..deps import ReadAccess, StoreDep
from ..models import ArticleSummary, Page
from ..params import PagingDep

router = APIRouter(prefix="/search", tags=["search"], dependencies=[ReadAccess])


@router.get("", response_model=Page[ArticleSummary], summary="Full-text search of articles")
def search(
    store: StoreDep, paging: PagingDep, q: Annotated[str, Query(min_length=1, max_length=500)]
) -> dict:
    """Articles matching ``q`` best first (BM25 when the fts index exists, else substring match)."""
    data, count = queries.search_articles(store, q, limit=paging.limit, offset=paging.skip)
    return {"data": data, "count": count}
