"""RSS and Atom feeds: one article per item, from its content or summary (or, with
``fetch``, from the page its link points at).

The XML is parsed with defusedxml first: a feed that declares entities (billion laughs) or refers
to external resources is refused with ``UnsafeXML`` before feedparser sees it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import logging
from collections.abc import Iterator
from pathlib import Path

from ..errors import BadMarkup, DatelineError, EmptyInput, TooLarge, UnsafeXML
from ..settings import Settings
from .raw import RawDocument

LOGGER = logging.getLogger(__name__)


def check_xml(data: bytes, *, document: str) -> None:
    """Refuse XML with entity declarations, a DTD with external references, or none that parses."""
    from xml.etree.ElementTree import ParseError

    import defusedxml.ElementTree as SafeET
    from defusedxml import DefusedXmlException

    try:
        SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise UnsafeXML(
            f"the XML declares entities or external resources ({type(exc).__name__}); refused for safety",
            document=document,
        ) from None
    except ParseError as exc:
        raise BadMarkup(f"the feed is not well-formed XML: {exc}", document=document) from None


def _html_to_text(html: str) -> str:
    from lxml import html as lxml_html
    from lxml.etree import ParserError

    if "<" not in html:
        return html.strip()
    try:
        tree = lxml_html.fromstring(f"<div>{html}</div>")
    except (ParserError, ValueError):
        return html.strip()
    blocks = [" ".join(el.text_content().split()) for el in tree.iter("p", "li", "h2", "h3", "blockquote")]
    text = "\n\n".join(b for b in blocks if b)
    return text or " ".join(tree.text_content().split())


def _published(entry) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return dt.datetime.fromtimestamp(calendar.timegm(parsed), dt.UTC).date().isoformat()


def read_feed(path: Path, settings: Settings, *, fetch: bool = False) -> Iterator[RawDocument]:
    """The items of an RSS/Atom file as documents."""
    if path.stat().st_size > settings.max_bytes:
        raise TooLarge("the feed is over the size limit", document=str(path))
    data = path.read_bytes()
    yield from feed_documents(data, name=str(path), settings=settings, fetch=fetch)


def feed_documents(
    data: bytes, *, name: str, settings: Settings, fetch: bool = False
) -> Iterator[RawDocument]:
    """The items of a feed (bytes) as documents; raises UnsafeXML / BadMarkup for the whole feed."""
    from .inputs import failure

    for i, entry in enumerate(parse_feed(data, name=name), start=1):
        link = entry.get("link")
        item_name = f"{name}#{link or i}"
        published = _published(entry)
        if fetch and link:
            try:
                yield _fetch(link, settings, published)
                continue
            except DatelineError as exc:
                yield failure(item_name, exc, salt=link)
                continue
        yield entry_document(entry, item_name)


def parse_feed(data: bytes, *, name: str) -> list:
    """The entries of a feed (feedparser's), after the XML safety check; raises UnsafeXML / BadMarkup."""
    import feedparser

    check_xml(data, document=name)
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    if not parsed.entries and parsed.get("bozo"):
        raise BadMarkup(f"not an RSS or Atom feed: {parsed.get('bozo_exception')}", document=name)
    return list(parsed.entries)


def entry_published(entry) -> str | None:
    """The publication date (ISO) of a feed entry, or None."""
    return _published(entry)


def entry_document(entry, item_name: str):
    """A feed entry's own text (title, then content or summary) as a document, or a ReadFailure."""
    from .inputs import failure

    link = entry.get("link")
    contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    html = max(contents, key=len) if contents else entry.get("summary", "")
    text = _html_to_text(html or "")
    title = (entry.get("title") or "").strip()
    if not text:
        return failure(
            item_name,
            EmptyInput("the feed item has no content or summary", document=item_name),
            salt=title,
        )
    body = f"{title}\n\n{text}" if title and not text.startswith(title) else text
    return RawDocument(
        data=body.encode("utf-8"),
        content_type="text/plain",
        url=link,
        path=item_name,
        published=_published(entry),
    )


def _fetch(link: str, settings: Settings, published: str | None) -> RawDocument:
    from .fetch import fetch_url

    raw = fetch_url(
        link,
        timeout=settings.fetch_timeout,
        max_bytes=settings.fetch_max_bytes,
        allow_private=settings.allow_private_urls,
    )
    return RawDocument(
        data=raw.data, content_type=raw.content_type, url=raw.url or link, path=raw.path, published=published
    )
