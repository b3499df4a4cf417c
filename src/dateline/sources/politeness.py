"""Politeness of a follower: robots.txt per host and a minimum delay between requests to one host.

robots.txt is fetched through the safe fetcher (once per host per ``ttl``): a 4xx answer allows
everything, a 5xx or network failure disallows the host until the next try (RFC 9309, 2.3.1),
and a ``Crawl-delay`` longer than the configured per-host delay is honoured.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from ..errors import DatelineError, FetchError
from .fetch import fetch

LOGGER = logging.getLogger(__name__)

AGENT = "dateline"
ROBOTS_TYPES = ("text/plain", "text/html", "application/octet-stream")


def host_of(url: str) -> str:
    """``scheme://host:port`` of a URL (the unit robots.txt and the delay apply to)."""
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return f"{parts.scheme}://{(parts.hostname or '').lower()}:{port}"


class HostPacer:
    """Waits so that two requests to one host are at least ``delay`` seconds apart."""

    def __init__(
        self,
        delay: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.delay = delay
        self.clock = clock
        self.sleep = sleep
        self._last: dict[str, float] = {}
        self._extra: dict[str, float] = {}
        self._lock = threading.Lock()

    def set_delay(self, host: str, delay: float) -> None:
        """A longer delay for one host (its robots.txt Crawl-delay)."""
        with self._lock:
            self._extra[host] = delay

    def wait(self, url: str) -> None:
        """Sleep until the host of ``url`` may be asked again, and count this request."""
        host = host_of(url)
        with self._lock:
            delay = max(self.delay, self._extra.get(host, 0.0))
            last = self._last.get(host)
            now = self.clock()
            ready = now if last is None else max(now, last + delay)
            self._last[host] = ready
        if ready > now:
            self.sleep(ready - now)


@dataclass
class _Rules:
    parser: RobotFileParser | None
    allow_all: bool
    until: float


class Robots:
    """robots.txt rules per host, fetched politely and cached for ``ttl`` seconds."""

    def __init__(self, pacer: HostPacer, *, settings, ttl: float = 3600.0, clock=time.monotonic) -> None:
        self.pacer = pacer
        self.settings = settings
        self.ttl = ttl
        self.clock = clock
        self._rules: dict[str, _Rules] = {}

    def _load(self, host: str) -> _Rules:
        url = f"{host}/robots.txt"
        try:
            got = fetch(
                url,
                timeout=self.settings.fetch_timeout,
                max_bytes=500_000,
                allow_private=self.settings.allow_private_urls,
                accept=ROBOTS_TYPES,
                before_request=self.pacer.wait,
            )
        except FetchError as exc:
            if " HTTP 4" in str(exc):
                return _Rules(None, True, self.clock() + self.ttl)
            LOGGER.info("robots.txt of %s unavailable (%s): the host is skipped for now", host, exc)
            return _Rules(None, False, self.clock() + min(self.ttl, 300.0))
        except DatelineError as exc:
            LOGGER.info("robots.txt of %s refused (%s): the host is skipped for now", host, exc)
            return _Rules(None, False, self.clock() + min(self.ttl, 300.0))
        parser = RobotFileParser()
        parser.parse(got.data.decode("utf-8", "replace").splitlines())
        delay = parser.crawl_delay(AGENT)
        if delay:
            self.pacer.set_delay(host, float(delay))
        return _Rules(parser, False, self.clock() + self.ttl)

    def allowed(self, url: str) -> bool:
        """True when robots.txt lets dateline fetch ``url``."""
        host = host_of(url)
        rules = self._rules.get(host)
        if rules is None or rules.until <= self.clock():
            rules = self._rules[host] = self._load(host)
        if rules.allow_all:
            return True
        if rules.parser is None:
            return False
        return rules.parser.can_fetch(AGENT, url)
