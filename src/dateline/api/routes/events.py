"""GET /events: coded events across articles, with their date and place."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response
from pydantic import TypeAdapter

from ...store import queries
from ..cache import json_answer
from ..deps import ReadAccess, StoreDep, StoreHandleDep
from ..models import EventRow, Page
from ..params import FiltersDep, PagingDep

_PAGE = TypeAdapter(Page[EventRow])

router = APIRouter(prefix="/events", tags=["events"], dependencies=[ReadAccess])

_ROW_EXTRA = ("published", "event_date", "where_name", "where_country", "where_lat", "where_lon")


def event_row(row: dict[str, Any]) -> dict[str, Any]:
    """A store event row shaped as ``EventRow``: the event item, its article, date and place."""
    extra = {k: row.pop(k, None) for k in _ROW_EXTRA}
    place = None
    if row.get("where") or extra["where_name"]:
        place = {
            "id": row.get("where"),
            "name": extra["where_name"],
            "country": extra["where_country"],
            "lat": extra["where_lat"],
            "lon": extra["where_lon"],
        }
    return {**row, "date": extra["event_date"], "place": place}


@router.get("", response_model=Page[EventRow], summary="List events, newest first")
def list_events(
    request: Request, store: StoreDep, handle: StoreHandleDep, paging: PagingDep, filters: FiltersDep
) -> Response:
    """Events filtered as ``dateline events`` (actor, type = PLOVER type or CAMEO prefix, country, dates)."""

    def compute() -> dict:
        return {
            "data": [
                event_row(r)
                for r in queries.list_event_rows(store, filters, limit=paging.limit, offset=paging.skip)
            ],
            "count": handle.count("events", filters, lambda: queries.count_events(store, filters)),
        }

    return json_answer(request, _PAGE, compute)
