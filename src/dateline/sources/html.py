"""HTML pages to article text and metadata.

trafilatura (precision settings, no comments) gives the body and the metadata (title, author,
site name, language); readability-lxml gives a second, more generous reading of the body, and
the two are combined by their agreement (``agreement.merge``); htmldate reads the publication
date from the page's markup.
"""

from __future__ import annotations

import copy
import logging
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import trafilatura
from lxml import html as lxml_html
from lxml.etree import ParserError, XMLSyntaxError

from ..errors import BadMarkup, EmptyInput
from .agreement import merge
from .readable import TextDocument

LOGGER = logging.getLogger(__name__)

_TITLE_SEPARATOR = re.compile(r"\s+[|\u2013\u2014\u00b7\u00bb:-]\s+")

# Fewer words than this is a page without an article (a menu, an error page, a login wall).
MIN_ARTICLE_WORDS = 8

# Elements whose text starts a new paragraph in readability's output.
_BLOCKS = (
    "p",
    "div",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "br",
    "tr",
    "blockquote",
    "pre",
    "figcaption",
)


@dataclass
class HtmlExtract:
    """The article text of a page and its metadata."""

    text: str
    title: str | None = None
    date: str | None = None
    authors: list[str] = field(default_factory=list)
    site_name: str | None = None
    language: str | None = None


# Control characters lxml refuses in element text (a stray one in a page must not break extraction).
_XML_INCOMPATIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def extract_html(html: str, *, url: str | None = None, document: str | None = None) -> HtmlExtract:
    """Article body (one paragraph per line) and metadata of an HTML page.

    Raises ``BadMarkup`` when the page cannot be parsed and ``EmptyInput`` when it holds no
    article text.

    Example: ``extract_html(page, url="https://example.com/story").title``
    """
    html = _XML_INCOMPATIBLE.sub(" ", html)
    tree = _parse(html, document)
    try:
        # trafilatura works on its own copy of a tree it is given (lxml's copy is a deep copy).
        result = trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=True,
            include_comments=False,
            favor_precision=True,
        )
    # lxml asserts (drop_tree on a parentless element) when htmldate cleans some odd trees.
    except (ValueError, TypeError, AssertionError) as exc:
        raise BadMarkup(
            f"the HTML could not be parsed: {exc or type(exc).__name__}", document=document
        ) from exc
    meta = result.as_dict() if result is not None else {}
    precise = (meta.get("text") or "").strip()
    generous = readability_text(html)
    text = merge(precise, generous)
    if len(text.split()) < MIN_ARTICLE_WORDS:
        raise EmptyInput(
            f"the HTML page holds no article text (found only {text.strip()[:60]!r})", document=document
        )
    author = meta.get("author") or ""
    return HtmlExtract(
        text=text,
        title=page_title(meta.get("title"), meta.get("sitename"), url),
        date=_find_date(tree, url) or meta.get("date") or None,
        authors=[a.strip() for a in author.split(";") if a.strip()],
        site_name=meta.get("sitename") or None,
        language=meta.get("language") or None,
    )


def page_title(title: str | None, site_name: str | None, url: str | None = None) -> str | None:
    """The page title without the site name that pages append ("Story title | The Site").

    Example: ``page_title("Budget passes - Example News", "Example News")`` is ``"Budget passes"``.
    """
    if not title:
        return None
    title = title.strip()
    if site_name:
        for m in _TITLE_SEPARATOR.finditer(title):
            if _fold(title[m.end() :]) == _fold(site_name):
                return title[: m.start()].strip()
    names = {_fold(site_name)} if site_name else set()
    if url:
        host = (urlsplit(url).hostname or "").removeprefix("www.")
        names |= {_fold(host), _fold(host.rsplit(".", 1)[0])}
    names.discard("")
    parts = _TITLE_SEPARATOR.split(title)
    while len(parts) > 1 and _fold(parts[-1]) in names:
        parts.pop()
    while len(parts) > 1 and _fold(parts[0]) in names:
        parts.pop(0)
    return " ".join(_rejoin(title, parts)).strip() or title.strip()


def _fold(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _rejoin(title: str, parts: list[str]) -> list[str]:
    """The span of the original title from the first kept part to the last (separators kept)."""
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return [title[start:end]] if start >= 0 and end >= start else parts


def _parse(html: str, document: str | None) -> lxml_html.HtmlElement:
    tree = trafilatura.utils.load_html(html)
    if tree is None:
        raise BadMarkup("the HTML could not be parsed (no document element)", document=document)
    return tree


def publication_date(tree: lxml_html.HtmlElement, url: str | None = None) -> str | None:
    """The original publication date (ISO) in the page's markup and URL, or None.

    Only markup is searched (no guessing from running text), so a page that does not state its
    date gets none rather than a wrong one.
    """
    return _find_date(copy.deepcopy(tree), url)


def _find_date(tree: lxml_html.HtmlElement, url: str | None) -> str | None:
    """``publication_date`` on a tree the caller no longer needs (htmldate may prune it)."""
    from htmldate import find_date

    try:
        return find_date(tree, url=url, original_date=True, extensive_search=False)
    except (ValueError, TypeError, AssertionError):
        LOGGER.debug("htmldate found no date")
        return None


def readability_text(html: str) -> str:
    """The article body readability-lxml finds, one block element per line ("" when none)."""
    try:
        summary = TextDocument(html).summary(html_partial=True)
        tree = lxml_html.fromstring(summary)
    except (ParserError, XMLSyntaxError, ValueError, TypeError):
        return ""
    except Exception:  # readability raises bare Exceptions on odd pages
        LOGGER.debug("readability found nothing")
        return ""
    for el in tree.iter(*_BLOCKS):
        el.tail = "\n" + el.tail if el.tail else "\n"
        if el.text:
            el.text = "\n" + el.text
    lines = (" ".join(line.split()) for line in tree.text_content().split("\n"))
    return "\n".join(line for line in lines if line)
