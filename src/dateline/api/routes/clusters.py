"""GET /clusters: stories (clusters of articles about the same events)."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from pydantic import TypeAdapter

from ...store import queries
from ..cache import json_answer
from ..deps import ReadAccess, StoreDep, StoreHandleDep
from ..models import Page, Row
from ..params import FiltersDep, PagingDep

_PAGE = TypeAdapter(Page[Row])

router = APIRouter(prefix="/clusters", tags=["clusters"], dependencies=[ReadAccess])


@router.get("", response_model=Page[Row], summary="List story clusters, largest first")
def list_clusters(
    request: Request, store: StoreDep, handle: StoreHandleDep, paging: PagingDep, filters: FiltersDep
) -> Response:
    """Each cluster: ``cluster_id``, ``n_articles``, first/last date and its articles' ids and headlines."""

    def compute() -> dict:
        return {
            "data": queries.list_clusters(store, filters, limit=paging.limit, offset=paging.skip),
            "count": handle.count("clusters", filters, lambda: queries.count_clusters(store, filters)),
        }

    return json_answer(request, _PAGE, compute)
