"""A feed server on 127.0.0.1 for the follower's tests: a feed that changes, 304s, robots.txt,
a slow host, 500s, a redirect loop, and an access log to check politeness against."""

from __future__ import annotations

import hashlib
import random
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

ROBOTS = "User-agent: *\nDisallow: /private/\n"


@dataclass
class Hit:
    at: float
    path: str
    status: int
    headers: dict


@dataclass
class FeedState:
    """What the server serves; tests change it between polls."""

    items: list[str] = field(default_factory=list)
    feed_faults: float = 0.0
    page_faults: float = 0.0
    slow: float = 0.0
    rng: random.Random = field(default_factory=lambda: random.Random(5))
    log: list[Hit] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def feed(self) -> bytes:
        entries = "".join(
            f"<item><title>{escape(self.title(path))}</title><link>{self.base}{path}</link>"
            f"<guid>{self.base}{path}</guid><description>{escape(self.summary(path))}</description></item>"
            for path in self.items
        )
        return (
            '<?xml version="1.0"?><rss version="2.0"><channel><title>Test wire</title>'
            f"<link>{self.base}/</link><description>test</description>{entries}</channel></rss>"
        ).encode()

    @staticmethod
    def title(path: str) -> str:
        n = path.rsplit("/", 1)[-1].split(".")[0]
        return f"Ministers meet over trade dispute number {n}"

    @classmethod
    def summary(cls, path: str) -> str:
        n = path.rsplit("/", 1)[-1].split(".")[0]
        return (
            f"GENEVA - Trade ministers met on Monday to settle dispute number {n}, officials said, "
            f"after weeks of talks about tariffs on steel and grain (item {n})."
        )

    base: str = ""


def page(path: str) -> bytes:
    n = path.rsplit("/", 1)[-1].split(".")[0]
    return (
        f"<html><head><title>Story {n}</title></head><body><article><h1>Story {n}</h1>"
        f"<p>BRUSSELS - European officials announced on Tuesday a new agreement on fishing quotas "
        f"for the North Sea, the text of story {n} said. Norway welcomed the deal.</p>"
        f"<p>The agreement, numbered {n}, runs until the end of next year, a spokesman said.</p>"
        "</article></body></html>"
    ).encode()


class Handler(BaseHTTPRequestHandler):
    state: FeedState

    def log_message(self, *args) -> None:
        pass

    def _send(self, status: int, body: bytes = b"", ctype: str = "text/html", headers: dict | None = None):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        with self.state.lock:
            self.state.log.append(Hit(self.arrived, self.path, status, dict(self.headers)))
        if body:
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

    def do_GET(self) -> None:
        self.arrived = time.monotonic()
        state = self.state
        path = self.path
        if path == "/robots.txt":
            return self._send(200, ROBOTS.encode(), "text/plain")
        if path.startswith("/feed"):
            with state.lock:
                fault = state.rng.random() < state.feed_faults
                body = state.feed()
            if fault:
                return self._send(500, b"oops")
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                return self._send(304, headers={"ETag": etag})
            return self._send(200, body, "application/rss+xml", {"ETag": etag, "Last-Modified": formatdate()})
        if path.startswith("/loop/"):
            other = "/loop/b" if path.endswith("a") else "/loop/a"
            return self._send(302, headers={"Location": other})
        if path.startswith("/slow/"):
            time.sleep(state.slow)
            return self._send(200, page(path))
        if path.startswith("/error/"):
            return self._send(500, b"server error")
        if path.startswith(("/articles/", "/private/")):
            with state.lock:
                fault = state.rng.random() < state.page_faults
            if fault:
                return self._send(500, b"flaky")
            return self._send(200, page(path))
        return self._send(404, b"no")


class FeedServer:
    """``with FeedServer() as server: server.url("/feed.xml")``"""

    def __init__(self) -> None:
        self.state = FeedState()
        handler = type("BoundHandler", (Handler,), {"state": self.state})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.state.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def hits_by_arrival(self) -> list[Hit]:
        with self.state.lock:
            return sorted(self.state.log, key=lambda h: h.at)

    def url(self, path: str) -> str:
        return self.state.base + path

    def hits(self, prefix: str = "") -> list[Hit]:
        with self.state.lock:
            return [h for h in self.state.log if h.path.startswith(prefix)]

    def __enter__(self) -> FeedServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
