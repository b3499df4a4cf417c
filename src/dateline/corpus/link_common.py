"""Small helpers shared by the linking steps."""

from __future__ import annotations

import os
from urllib.parse import urlsplit


def outlet(site: str | None, url: str | None, path: str | None) -> str:
    """The outlet of an article: its site name, else its URL's host, else its folder."""
    if site:
        return site.lower()
    if url:
        host = urlsplit(url).hostname or ""
        return host.removeprefix("www.")
    return os.path.dirname(path or "") or "local"
