"""Sources a follower polls: RSS/Atom feeds, folders and URL lists.

Each ``poll`` returns what is new since the items already taken (``seen``): a feed is fetched
conditionally (ETag / Last-Modified), each new entry's page through the safe fetcher when robots.txt
allows it (else, or when the page fails, the entry's own text); a folder yields its new and
changed files; a URL list yields the pages it names (a listed URL that is a feed becomes a feed
source of its own).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DatelineError, FetchError
from ..settings import Settings
from .feeds import entry_document, entry_published, parse_feed
from .fetch import ACCEPTED_TYPES, fetch, fetch_url
from .inputs import ReadFailure, expand, read_file
from .politeness import HostPacer, Robots
from .raw import RawDocument

LOGGER = logging.getLogger(__name__)

FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/xml",
    "text/xml",
    "application/rdf+xml",
    "application/feed+json",
)
LIST_SUFFIXES = (".txt", ".list", ".urls")

Seen = Callable[[str, str], bool]


@dataclass
class Found:
    """A new item (or a new version of one): its key in the source, its fingerprint, its documents."""

    key: str
    fingerprint: str
    docs: list[RawDocument | ReadFailure] = field(default_factory=list)


@dataclass
class PollResult:
    """What one poll of a source gave."""

    status: str = "ok"
    http_status: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None
    found: list[Found] = field(default_factory=list)
    new_feeds: list[str] = field(default_factory=list)
    new_folders: list[str] = field(default_factory=list)


@dataclass
class Context:
    """What every poll shares: settings, the per-host pacer, robots.txt rules, whether to fetch pages."""

    settings: Settings
    pacer: HostPacer
    robots: Robots
    fetch_pages: bool = True
    settle: float = 1.0


def _digest(*parts: object) -> str:
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False, default=str).encode()).hexdigest()


def is_url(text: str) -> bool:
    """True for an http(s) URL."""
    return text.startswith(("http://", "https://"))


def _polite_fetch(ctx: Context, url: str, **kwargs):
    if not ctx.robots.allowed(url):
        raise FetchError("robots.txt disallows this URL for dateline", document=url)
    return fetch(
        url,
        timeout=ctx.settings.fetch_timeout,
        max_bytes=ctx.settings.fetch_max_bytes,
        allow_private=ctx.settings.allow_private_urls,
        before_request=ctx.pacer.wait,
        **kwargs,
    )


def _page(ctx: Context, url: str) -> RawDocument:
    if not ctx.robots.allowed(url):
        raise FetchError("robots.txt disallows this URL for dateline", document=url)
    return fetch_url(
        url,
        timeout=ctx.settings.fetch_timeout,
        max_bytes=ctx.settings.fetch_max_bytes,
        allow_private=ctx.settings.allow_private_urls,
        before_request=ctx.pacer.wait,
    )


@dataclass
class FeedSource:
    """An RSS/Atom feed polled every ``interval`` seconds."""

    url: str
    interval: float
    kind: str = "feed"

    @property
    def name(self) -> str:
        return self.url

    def poll(self, ctx: Context, etag: str | None, last_modified: str | None, seen: Seen) -> PollResult:
        got = _polite_fetch(
            ctx, self.url, accept=FEED_TYPES + ACCEPTED_TYPES, etag=etag, last_modified=last_modified
        )
        if got.status == 304:
            return PollResult("not-modified", 304, etag, last_modified)
        return self.entries(ctx, got, seen)

    def entries(self, ctx: Context, got, seen: Seen) -> PollResult:
        """The new entries of a fetched feed."""
        result = PollResult("ok", got.status, got.etag, got.last_modified)
        errors = []
        for i, entry in enumerate(parse_feed(got.data, name=self.url), start=1):
            link = entry.get("link")
            key = link or entry.get("id") or f"#{i}:{entry.get('title')}"
            contents = [c.get("value", "") for c in entry.get("content", [])]
            fingerprint = _digest(
                link,
                entry.get("id"),
                entry.get("title"),
                entry.get("summary"),
                entry.get("updated"),
                contents,
            )
            if seen(key, fingerprint):
                continue
            own = entry_document(entry, f"{self.url}#{link or i}")
            doc: RawDocument | ReadFailure = own
            if ctx.fetch_pages and link and is_url(link):
                try:
                    doc = dataclasses.replace(_page(ctx, link), published=entry_published(entry))
                except DatelineError as exc:
                    errors.append(f"{link}: {exc.reason if hasattr(exc, 'reason') else exc}")
            result.found.append(Found(key, fingerprint, [doc]))
        if errors:
            result.error = f"{len(errors)} pages not fetched (their feed text was used): " + "; ".join(
                errors[:3]
            )
        return result


@dataclass
class FolderSource:
    """A folder whose new and changed files are read every ``interval`` seconds."""

    path: str
    interval: float
    kind: str = "folder"

    @property
    def name(self) -> str:
        return self.path

    def poll(self, ctx: Context, etag: str | None, last_modified: str | None, seen: Seen) -> PollResult:
        result = PollResult("ok")
        if not Path(self.path).is_dir():
            return PollResult("error", error=f"{self.path} is not a folder")
        now = time.time()
        for item in expand([self.path]):
            if isinstance(item, ReadFailure):
                continue
            try:
                stat = item.path.stat()
            except OSError:
                continue
            if now - stat.st_mtime < ctx.settle:
                continue
            key = os.path.relpath(item.path, self.path)
            fingerprint = f"{stat.st_size}:{stat.st_mtime_ns}"
            if seen(key, fingerprint):
                continue
            result.found.append(Found(key, fingerprint, list(read_file(item, ctx.settings))))
        return result


@dataclass
class ListSource:
    """A file of URLs (and folders), one a line (``#`` comments): listed pages are fetched once,
    listed feeds and folders become sources of their own. Re-read when it changes."""

    path: str
    interval: float
    kind: str = "list"

    @property
    def name(self) -> str:
        return self.path

    def poll(self, ctx: Context, etag: str | None, last_modified: str | None, seen: Seen) -> PollResult:
        result = PollResult("ok")
        try:
            stat = Path(self.path).stat()
            lines = Path(self.path).read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            return PollResult("error", error=f"cannot read {self.path}: {exc}")
        fingerprint = f"{stat.st_size}:{stat.st_mtime_ns}"
        if seen("", fingerprint):
            return result
        errors = []
        for line in lines:
            words = line.split("#", 1)[0].split()
            if not words:
                continue
            entry = words[0]
            if not is_url(entry):
                folder = str(Path(entry).expanduser().resolve())
                if not seen(folder, "folder"):
                    result.found.append(Found(folder, "folder"))
                    result.new_folders.append(folder)
                continue
            if seen(entry, "feed") or seen(entry, "page"):
                continue
            try:
                got = _polite_fetch(ctx, entry, accept=FEED_TYPES + ACCEPTED_TYPES)
            except DatelineError as exc:
                errors.append(f"{entry}: {exc}")
                continue
            if _looks_like_feed(got):
                result.found.append(Found(entry, "feed"))
                every = words[1] if len(words) > 1 and words[1].replace(".", "", 1).isdigit() else ""
                result.new_feeds.append(f"{entry} {every}".strip())
                continue
            doc = RawDocument(data=got.data, content_type=got.content_type or "text/html", url=got.url)
            result.found.append(Found(entry, "page", [doc]))
        if errors:
            result.error = f"{len(errors)} URLs not fetched (tried again later): " + "; ".join(errors[:3])
        else:
            result.found.append(Found("", fingerprint))
        return result


def _looks_like_feed(got) -> bool:
    mime = got.content_type.split(";")[0].strip().lower()
    if mime in FEED_TYPES:
        return True
    head = got.data[:500].lstrip().lower()
    return head.startswith(b"<?xml") and (
        b"<rss" in got.data[:2000].lower() or b"<feed" in got.data[:2000].lower()
    )


def make_source(spec: str, interval: float) -> FeedSource | FolderSource | ListSource:
    """The source a ``--follow`` argument names: an http(s) URL is a feed, a folder is a folder,
    a ``.txt`` / ``.list`` / ``.urls`` file is a URL list; each is polled every ``interval`` s."""
    if is_url(spec):
        return FeedSource(spec, interval)
    path = Path(spec).expanduser().resolve()
    if path.is_dir():
        return FolderSource(str(path), interval)
    if path.is_file() and path.name.lower().endswith(LIST_SUFFIXES):
        return ListSource(str(path), interval)
    from ..errors import InputError

    raise InputError(
        f"cannot follow {spec}: give a feed URL (http/https), a folder, or a list of URLs "
        "(.txt, .list, .urls)"
    )
