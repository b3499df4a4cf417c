"""A local HTTP server on 127.0.0.1 for the fetcher's tests (no traffic leaves the machine)."""

from __future__ import annotations

import gzip
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

ARTICLE = (
    b"<html><head><title>Council passes budget</title></head><body><article>"
    + b"".join(b"<p>The city council passed the budget on Monday, paragraph %d.</p>" % i for i in range(8))
    + b"</article></body></html>"
)


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def _send(
        self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8", **headers
    ) -> None:
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        if "Content_Length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        port = self.server.server_address[1]
        routes = {
            "/article": lambda: self._send(200, ARTICLE),
            "/host": lambda: self._send(200, self.headers["Host"].encode(), ctype="text/plain"),
            "/gzip": lambda: self._send(200, gzip.compress(ARTICLE), Content_Encoding="gzip"),
            "/pdf": lambda: self._send(200, b"%PDF-1.4", ctype="application/pdf"),
            "/missing": lambda: self._send(404, b"not here"),
            "/to-article": lambda: self._send(302, Location=f"http://127.0.0.1:{port}/article"),
            "/to-loopback": lambda: self._send(302, Location=f"http://127.0.0.2:{port}/article"),
            "/to-metadata": lambda: self._send(302, Location="http://169.254.169.254/latest/meta-data/"),
            "/loop": lambda: self._send(302, Location="/loop"),
            "/declared-huge": lambda: self._send(200, b"", Content_Length=str(10**9)),
        }
        if self.path == "/slow":
            time.sleep(1.5)
            try:
                self._send(200, ARTICLE)
            except OSError:
                pass
        elif self.path == "/stream-huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(64):
                    self.wfile.write(b"<p>" + b"x" * 16_000 + b"</p>")
            except OSError:
                pass
        else:
            routes.get(self.path, lambda: self._send(404))()


@pytest.fixture(scope="module")
def server():
    """Base URL of a threaded HTTP server on 127.0.0.1 with test routes."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="session")
def page() -> bytes:
    """The article page the server sends at /article."""
    return ARTICLE
