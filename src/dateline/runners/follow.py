"""The follower behind ``--follow``: poll sources when due, ingest what is new, remember it all.

Each poll of a source is one store transaction: the new articles, the items taken (source, key,
fingerprint, version) and the poll itself (status, validators, failures, next due time) are
written together, so a follower killed at any point loses nothing and, restarted, neither takes
an item twice nor fetches again what it already took (a poll cut short is simply done again).
Errors back off exponentially (``interval * 2**failures``, at most ``max_backoff``).
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..errors import DatelineError
from ..settings import Settings
from ..sources.inputs import ReadFailure
from ..sources.politeness import HostPacer, Robots
from ..sources.raw import RawDocument
from ..sources.watch import Context, FeedSource, FolderSource, PollResult, make_source
from ..store.follow import Item, Poll
from ..store.writer import DocRef, ErrorInfo

LOGGER = logging.getLogger(__name__)

Process = Callable[[list[RawDocument]], Iterable]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


@dataclass
class FollowStats:
    """Counts of a follower's life so far."""

    polls: int = 0
    errors: int = 0
    not_modified: int = 0
    items: int = 0
    inserted: int = 0
    failed: int = 0


class FollowSink:
    """Where a follower reads its state and writes: a writable connection (``StoreSink``) or the
    server owning the store (``RemoteSink``)."""

    def state(self) -> tuple[dict[str, Poll], dict[tuple[str, str], Item], set[str]]:
        raise NotImplementedError

    def write(self, done: Sequence, failed: Sequence, extra: dict[str, list[tuple]]) -> int:
        raise NotImplementedError

    def link(self) -> None:
        raise NotImplementedError


class StoreSink(FollowSink):
    """A connection this process may write, with an optional lock; ``changed`` runs after each
    write and ``linked`` after each link (both under the lock)."""

    def __init__(
        self,
        con,
        lock: threading.Lock | None = None,
        changed: Callable[[], None] | None = None,
        linked: Callable[[], None] | None = None,
    ):
        from ..store.writer import StoreWriter

        self.con = con
        self.lock = lock or threading.Lock()
        self.changed = changed
        self.linked = linked
        self.writer = StoreWriter(con)

    def state(self):
        from ..store.follow import last_polls, seen_items

        with self.lock:
            return last_polls(self.con), seen_items(self.con), self.writer.known_raw_ids()

    def write(self, done, failed, extra) -> int:
        with self.lock:
            inserted = self.writer.write_batch(done, failed, extra=extra).inserted
            if self.changed:
                self.changed()
        return inserted

    def link(self) -> None:
        from ..corpus import link_corpus

        with self.lock:
            link_corpus(self.con)
            if self.linked:
                self.linked()


class RemoteSink(FollowSink):
    """The server that owns the store, through its local credential."""

    def __init__(self, writer) -> None:
        self.writer = writer

    def state(self):
        return self.writer.follow_state()

    def write(self, done, failed, extra) -> int:
        return self.writer.write_batch(done, failed, extra=extra).inserted

    def link(self) -> None:
        self.writer.link()


@dataclass
class Follower:
    """Polls ``specs`` (feed URLs, folders, URL lists) into a sink."""

    specs: Sequence[str]
    sink: FollowSink
    settings: Settings = field(default_factory=Settings)
    interval: float = 300.0
    host_delay: float = 1.0
    max_backoff: float = 6 * 3600.0
    fetch_pages: bool = True
    settle: float = 1.0
    process: Process | None = None
    stats: FollowStats = field(default_factory=FollowStats)

    def __post_init__(self) -> None:
        self.sources = {}
        for spec in self.specs:
            source = make_source(spec, self.interval)
            self.sources[source.name] = source
        pacer = HostPacer(self.host_delay)
        self.ctx = Context(
            self.settings, pacer, Robots(pacer, settings=self.settings), self.fetch_pages, self.settle
        )
        self.polls, self.items, self.known = self.sink.state()
        for (source, key), item in self.items.items():
            if source in self.sources and item.fingerprint == "feed":
                self.sources.setdefault(key, FeedSource(key, self.interval))
            elif source in self.sources and item.fingerprint == "folder":
                self.sources.setdefault(key, FolderSource(key, self.interval))

    def next_due(self, name: str) -> dt.datetime:
        """When a source is due (now when it was never polled)."""
        poll = self.polls.get(name)
        return poll.next_due if poll and poll.next_due else dt.datetime.min

    def poll_due(self, now: dt.datetime | None = None) -> int:
        """Poll every source that is due; returns how many new articles were stored."""
        now = now or _now()
        inserted = 0
        for name in list(self.sources):
            if self.next_due(name) <= now:
                inserted += self.poll(name)
        if inserted:
            self.sink.link()
        return inserted

    def _seen(self, name: str) -> Callable[[str, str], bool]:
        def seen(key: str, fingerprint: str) -> bool:
            item = self.items.get((name, key))
            return item is not None and item.fingerprint == fingerprint

        return seen

    def poll(self, name: str) -> int:
        """Poll one source and write what it gave in one transaction; returns articles inserted."""
        source = self.sources[name]
        prev = self.polls.get(name)
        started = _now()
        try:
            result = source.poll(
                self.ctx, prev.etag if prev else None, prev.last_modified if prev else None, self._seen(name)
            )
        except DatelineError as exc:
            result = PollResult("error", error=str(exc))
        failures = (prev.failures if prev else 0) + 1 if result.status == "error" else 0
        delay = min(
            source.interval * (2**failures if failures else 1), max(self.max_backoff, source.interval)
        )
        next_due = started + dt.timedelta(seconds=delay)
        etag, last_modified = result.etag, result.last_modified
        if result.status == "error":
            etag, last_modified = (prev.etag, prev.last_modified) if prev else (None, None)
        done, failed, item_rows = self._process(name, result, started)
        poll_row = (
            name,
            source.kind,
            started,
            result.status,
            result.http_status,
            etag,
            last_modified,
            failures,
            next_due,
            len(result.found),
            result.error,
        )
        inserted = self.sink.write(done, failed, {"follow_items": item_rows, "follow_polls": [poll_row]})
        self.polls[name] = Poll(*poll_row)
        for row in item_rows:
            self.items[(row[0], row[1])] = Item(row[2], row[3], row[4], row[6])
        for spec in result.new_feeds:
            url, _, every = spec.partition(" ")
            self.sources.setdefault(url, FeedSource(url, float(every) if every else source.interval))
        for folder in result.new_folders:
            self.sources.setdefault(folder, FolderSource(folder, source.interval))
        self._count(result, inserted, len(failed))
        LOGGER.info("%s: %s, %s new items, %s stored", name, result.status, len(result.found), inserted)
        return inserted

    def _count(self, result: PollResult, inserted: int, failed: int) -> None:
        self.stats.polls += 1
        self.stats.errors += result.status == "error"
        self.stats.not_modified += result.status == "not-modified"
        self.stats.items += len(result.found)
        self.stats.inserted += inserted
        self.stats.failed += failed

    def _process(self, name: str, result: PollResult, now: dt.datetime):
        raws: list[RawDocument] = []
        failed: list[tuple[DocRef, ErrorInfo]] = []
        for found in result.found:
            for doc in found.docs:
                doc_id = doc.raw_id if isinstance(doc, ReadFailure) else doc.id
                if doc_id in self.known:
                    continue
                self.known.add(doc_id)
                if isinstance(doc, ReadFailure):
                    failed.append((DocRef(raw_id=doc.raw_id, path=doc.path), ErrorInfo.from_error(doc.error)))
                else:
                    raws.append(doc)
        articles: dict[str, str] = {}
        done = []
        if raws:
            for raw, outcome in zip(raws, self._run(raws), strict=True):
                ref = DocRef(raw_id=raw.id, path=raw.path, url=raw.url, content_type=raw.content_type)
                error = getattr(outcome, "error", None)
                if error is not None:
                    failed.append((ref, ErrorInfo.from_error(error)))
                else:
                    done.append((ref, outcome))
                    articles[raw.id] = outcome.id
        rows = []
        for found in result.found:
            prev = self.items.get((name, found.key))
            first = next((d for d in found.docs if isinstance(d, RawDocument)), None)
            article = articles.get(first.id) if first else None
            rows.append(
                (
                    name,
                    found.key,
                    found.fingerprint,
                    first.id if first else None,
                    article,
                    prev.article_id if prev else None,
                    (prev.version + 1) if prev else 1,
                    now,
                )
            )
        return done, failed, rows

    def _run(self, raws: list[RawDocument]) -> Iterable:
        if self.process is not None:
            return self.process(raws)
        from ..process import process_many

        return process_many(raws, settings=self.settings)

    def wait_time(self, now: dt.datetime | None = None) -> float:
        """Seconds until the next source is due."""
        now = now or _now()
        soonest = min((self.next_due(n) for n in self.sources), default=now + dt.timedelta(seconds=60))
        return max(0.0, (soonest - now).total_seconds())

    def run(self, stop: threading.Event | None = None, *, max_wait: float = 60.0) -> FollowStats:
        """Poll until ``stop`` is set (or forever)."""
        stop = stop or threading.Event()
        while not stop.is_set():
            try:
                self.poll_due()
            except DatelineError as exc:
                LOGGER.error("follow: %s", exc)
                stop.wait(min(max_wait, 5.0))
                continue
            stop.wait(min(max_wait, max(0.05, self.wait_time())))
        return self.stats


@dataclass(frozen=True)
class FollowOptions:
    """What ``--follow`` was given: the sources and how to poll them."""

    specs: tuple[str, ...]
    interval: float = 300.0
    host_delay: float = 1.0
    fetch_pages: bool = True

    def follower(self, sink: FollowSink, *, settings: Settings, **extra: Any) -> Follower:
        """A follower of these sources into ``sink`` (``extra``: Follower fields such as process)."""
        return Follower(
            self.specs,
            sink,
            settings=settings,
            interval=self.interval,
            host_delay=self.host_delay,
            fetch_pages=self.fetch_pages,
            **extra,
        )


def follow(
    options: FollowOptions,
    *,
    db: str,
    settings: Settings,
    once: bool = False,
    stop: threading.Event | None = None,
) -> FollowStats:
    """Follow ``options.specs`` into the store ``db`` (through its server when one owns it) until
    ``stop`` is set, or for one round of polls with ``once`` (which takes a folder's files as they
    are: a continuous follower waits for a file to settle, a single round has no later poll).

    Example: ``follow(FollowOptions(("https://example.com/feed.xml",)), db="n.duckdb", settings=Settings())``
    """
    from ..store.db import connect
    from ..store.owner import find_server
    from ..store.remote import RemoteWriter

    server = find_server(db)
    con = None
    if server:
        sink: FollowSink = RemoteSink(RemoteWriter(server))
    else:
        con = connect(db)
        sink = StoreSink(con)
    try:
        follower = options.follower(sink, settings=settings, settle=0.0 if once else Follower.settle)
        if once:
            follower.poll_due()
        else:
            follower.run(stop)
        return follower.stats
    finally:
        if con is not None:
            con.close()
