"""Query parameters shared by the list routes: pagination and the CLI's filters."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import Depends, HTTPException, Query, Request, status

from ..ontology.event_confidence import min_confidence as min_confidence_or_default
from ..store.queries import Filters


class Paging:
    """``skip``/``limit`` of a list route; ``limit`` is capped by ``settings.api_max_limit``."""

    def __init__(
        self,
        request: Request,
        skip: Annotated[int, Query(ge=0, description="Items to skip.")] = 0,
        limit: Annotated[int, Query(ge=1, description="Items to return (at most api_max_limit).")] = 50,
    ) -> None:
        cap = request.app.state.settings.api_max_limit
        if limit > cap:
            raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, f"limit is at most {cap}")
        self.skip = skip
        self.limit = limit


def filters(
    actor: Annotated[str | None, Query(description="Actor code prefix (CAN, CANGOV) or name text.")] = None,
    type: Annotated[
        str | None, Query(description="PLOVER type (events), CAMEO code prefix, entity type or quote kind.")
    ] = None,
    since: Annotated[dt.date | None, Query(description="On or after this date (ISO).")] = None,
    until: Annotated[dt.date | None, Query(description="On or before this date (ISO).")] = None,
    country: Annotated[str | None, Query(description="Country: ISO alpha-2, alpha-3 or name.")] = None,
    speaker: Annotated[str | None, Query(description="Quote speaker name (quotes, articles).")] = None,
    text: Annotated[str | None, Query(description="Substring of the item's text.")] = None,
    article: Annotated[str | None, Query(description="Article id (or a prefix of it).")] = None,
    min_confidence: Annotated[
        float | None,
        Query(
            ge=0.0,
            le=1.0,
            description="Events at or above this confidence (default: the coder's threshold; 0: all).",
        ),
    ] = None,
) -> Filters:
    """The filters of the ``dateline`` query commands, as query parameters."""
    return Filters(
        actor=actor,
        type=type,
        since=since,
        until=until,
        country=country,
        speaker=speaker,
        text=text,
        article=article,
        min_confidence=min_confidence_or_default(min_confidence),
    )


PagingDep = Annotated[Paging, Depends()]
FiltersDep = Annotated[Filters, Depends(filters)]
