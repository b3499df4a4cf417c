"""GET /articles (list, filtered) and GET /articles/{id} (the full record)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, status

from ...schema import Article
from ...store import queries
from ..deps import ReadAccess, StoreDep
from ..models import ArticleSummary, Page
from ..params import FiltersDep, PagingDep

router = APIRouter(prefix="/articles", tags=["articles"], dependencies=[ReadAccess])


@router.get("", response_model=Page[ArticleSummary], summary="List articles, newest first")
def list_articles(store: StoreDep, paging: PagingDep, filters: FiltersDep) -> dict:
    """Articles with their headline, date and item counts; filters as ``dateline articles``."""
    data = queries.list_articles(store, filters, limit=paging.limit, offset=paging.skip)
    return {"data": data, "count": queries.count_articles(store, filters)}


@router.get("/{article_id}", response_model=Article, summary="The full record of one article")
def get_article(article_id: str, store: StoreDep) -> Article:
    """The record exactly as ``dateline extract`` prints it; 404 when the id is not stored."""
    article = queries.get_article_model(store, article_id)
    if article is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no article with id {article_id}")
    return article
