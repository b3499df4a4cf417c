"""GET /articles (list, filtered) and GET /articles/{id} (the full record)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request, Response, status
from pydantic import TypeAdapter

from ...schema import Article
from ...store import queries
from ..cache import json_answer
from ..deps import ReadAccess, StoreDep, StoreHandleDep
from ..models import ArticleSummary, Page
from ..params import FiltersDep, PagingDep

_PAGE = TypeAdapter(Page[ArticleSummary])

router = APIRouter(prefix="/articles", tags=["articles"], dependencies=[ReadAccess])


@router.get("", response_model=Page[ArticleSummary], summary="List articles, newest first")
def list_articles(
    request: Request, store: StoreDep, handle: StoreHandleDep, paging: PagingDep, filters: FiltersDep
) -> Response:
    """Articles with their headline, date and item counts; filters as ``dateline articles``."""

    def compute() -> dict:
        return {
            "data": queries.list_articles(store, filters, limit=paging.limit, offset=paging.skip),
            "count": handle.count("articles", filters, lambda: queries.count_articles(store, filters)),
        }

    return json_answer(request, _PAGE, compute)


@router.get("/{article_id}", response_model=Article, summary="The full record of one article")
def get_article(article_id: str, store: StoreDep) -> Article:
    """The record exactly as ``dateline extract`` prints it; 404 when the id is not stored."""
    article = queries.get_article_model(store, article_id)
    if article is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no article with id {article_id}")
    return article
