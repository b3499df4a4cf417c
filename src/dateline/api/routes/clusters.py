"""GET /clusters: stories (clusters of articles about the same events)."""

from __future__ import annotations

from fastapi import APIRouter

from ...store import queries
from ..deps import ReadAccess, StoreDep
from ..models import Page, Row
from ..params import FiltersDep, PagingDep

router = APIRouter(prefix="/clusters", tags=["clusters"], dependencies=[ReadAccess])


@router.get("", response_model=Page[Row], summary="List story clusters, largest first")
def list_clusters(store: StoreDep, paging: PagingDep, filters: FiltersDep) -> dict:
    """Each cluster: ``cluster_id``, ``n_articles``, first/last date and its articles' ids and headlines."""
    data = queries.list_clusters(store, filters, limit=paging.limit, offset=paging.skip)
    return {"data": data, "count": queries.count_clusters(store, filters)}
