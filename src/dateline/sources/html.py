"""HTML pages to article text and metadata (trafilatura, with readability-lxml as fallback)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import trafilatura

from ..errors import BadMarkup, EmptyInput

LOGGER = logging.getLogger(__name__)


@dataclass
class HtmlExtract:
    """The article text of a page and its metadata."""

    text: str
    title: str | None = None
    date: str | None = None
    authors: list[str] = field(default_factory=list)
    site_name: str | None = None
    language: str | None = None


def extract_html(html: str, *, url: str | None = None, document: str | None = None) -> HtmlExtract:
    """Article body and metadata of an HTML page; raises when the page holds no article."""
    try:
        result = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_recall=True,
        )
    except (ValueError, TypeError) as exc:
        raise BadMarkup(f"the HTML could not be parsed: {exc}", document=document) from exc
    result = result.as_dict() if result is not None else {}
    text = (result.get("text") or "").strip()
    if not text:
        text = _readability_text(html)
    if not text:
        raise EmptyInput("the HTML page holds no article text", document=document)
    author = result.get("author") or ""
    return HtmlExtract(
        text=text,
        title=result.get("title") or None,
        date=result.get("date") or None,
        authors=[a.strip() for a in author.split(";") if a.strip()],
        site_name=result.get("sitename") or None,
        language=result.get("language") or None,
    )


def _readability_text(html: str) -> str:
    from lxml import html as lxml_html
    from readability import Document

    try:
        summary = Document(html).summary(html_partial=True)
        tree = lxml_html.fromstring(summary)
    except Exception:  # readability raises bare Exceptions on odd pages
        LOGGER.debug("readability found nothing")
        return ""
    blocks = [" ".join(el.text_content().split()) for el in tree.iter("p", "h2", "h3", "li")]
    return "\n\n".join(b for b in blocks if b)
