"""POST /extract: one article (text or HTML) in, its record out; nothing is stored."""

from __future__ import annotations

import threading

from fastapi import APIRouter

from ...api_extract import extract as extract_article
from ...errors import DatelineError
from ...schema import Article
from ..deps import ReadAccess, SettingsDep
from ..errors import http_error
from ..models import ExtractRequest

router = APIRouter(prefix="/extract", tags=["extract"], dependencies=[ReadAccess])
NLP_LOCK = threading.Lock()


@router.post("", response_model=Article, summary="Extract the record of one article")
def extract(body: ExtractRequest, settings: SettingsDep) -> Article:
    """Run the pipeline on ``text`` (plain text or HTML) and return the record; 422 on unusable input.

    Example: ``curl -X POST localhost:8000/extract -H 'Content-Type: application/json'
    -d '{"text": "OTTAWA – ...", "published": "2015-03-22"}'``
    """
    try:
        with NLP_LOCK:
            return extract_article(body.text, published=body.published, url=body.url, settings=settings)
    except DatelineError as exc:
        raise http_error(exc) from exc
