"""``dateline.extract``: one article in, one Article record out."""

from __future__ import annotations

from .errors import DatelineError
from .process import Failure, process_many
from .schema import Article
from .settings import Settings, load_settings
from .sources.raw import read_bytes


def extract(
    text_or_html: str | bytes,
    *,
    published: str | None = None,
    url: str | None = None,
    settings: Settings | None = None,
) -> Article:
    """Extract the record of one article given as plain text or HTML.

    Raises a ``dateline.errors.InputError`` subclass when the input cannot be processed.

    Example: ``dateline.extract(open("story.txt").read(), published="2015-03-22").headline``
    """
    settings = settings or load_settings()
    raw = read_bytes(text_or_html, url=url, max_bytes=settings.max_bytes)
    (result,) = process_many([raw], settings=settings, published=published)
    if isinstance(result, Failure):
        raise result.error
    return result


__all__ = ["DatelineError", "extract"]
