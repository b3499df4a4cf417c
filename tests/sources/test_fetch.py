"""The safe fetcher against a local server on 127.0.0.1 (no traffic leaves the machine)."""

from __future__ import annotations

import ipaddress
import time

import pytest

from dateline.errors import FetchError, TooLarge, UnsafeURL
from dateline.sources import fetch


@pytest.fixture
def only_server_allowed(monkeypatch):
    """A policy under which 127.0.0.1 (the test server) counts as public and all else as usual."""
    real = fetch.blocked_reason
    monkeypatch.setattr(fetch, "blocked_reason", lambda ip: None if str(ip) == "127.0.0.1" else real(ip))


def test_loopback_refused_by_default(server):
    with pytest.raises(UnsafeURL, match="loopback"):
        fetch.fetch_url(f"{server}/article")


def test_loopback_allowed_with_flag(server, page):
    raw = fetch.fetch_url(f"{server}/article", allow_private=True)
    assert raw.data == page and raw.is_html
    assert raw.url == f"{server}/article"


def test_gzip_body_is_inflated(server, page):
    assert fetch.fetch_url(f"{server}/gzip", allow_private=True).data == page


def test_redirect_followed(server):
    raw = fetch.fetch_url(f"{server}/to-article", allow_private=True)
    assert raw.url.endswith("/article") and raw.meta["requested_url"].endswith("/to-article")


def test_redirect_to_loopback_refused(server, page, only_server_allowed):
    assert fetch.fetch_url(f"{server}/article").data == page
    with pytest.raises(UnsafeURL, match="127.0.0.2.*loopback"):
        fetch.fetch_url(f"{server}/to-loopback")


def test_redirect_to_metadata_refused(server, only_server_allowed):
    with pytest.raises(UnsafeURL, match="metadata"):
        fetch.fetch_url(f"{server}/to-metadata")


def test_redirect_loop_capped(server):
    with pytest.raises(FetchError, match="redirects"):
        fetch.fetch_url(f"{server}/loop", allow_private=True)


def test_connects_to_the_checked_address(server, monkeypatch):
    """The name is resolved once, by dateline; the connection goes to that address."""
    calls = []

    def resolve(host, port):
        calls.append(host)
        return [ipaddress.ip_address("127.0.0.1")]

    monkeypatch.setattr(fetch, "_resolve", resolve)
    port = server.rsplit(":", 1)[1]
    raw = fetch.fetch_url(f"http://news.invalid:{port}/host", allow_private=True)
    assert raw.data == f"news.invalid:{port}".encode()
    assert calls == ["news.invalid"]


def test_timeout(server):
    start = time.monotonic()
    with pytest.raises(FetchError, match="timeout"):
        fetch.fetch_url(f"{server}/slow", timeout=0.3, allow_private=True)
    assert time.monotonic() - start < 1.4


def test_too_large_streamed(server):
    with pytest.raises(TooLarge, match="100,000"):
        fetch.fetch_url(f"{server}/stream-huge", max_bytes=100_000, allow_private=True)


def test_too_large_declared(server):
    with pytest.raises(TooLarge, match="1,000,000,000 bytes"):
        fetch.fetch_url(f"{server}/declared-huge", allow_private=True)


def test_wrong_content_type(server):
    with pytest.raises(FetchError, match="application/pdf"):
        fetch.fetch_url(f"{server}/pdf", allow_private=True)


def test_http_error(server):
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch.fetch_url(f"{server}/missing", allow_private=True)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://example.com/a", "only http and https"),
        ("file:///etc/passwd", "only http and https"),
        ("http:///nohost", "no host"),
        ("http://user:pw@example.com/", "user name"),
        ("http://[::1]:80/", "loopback"),
        ("http://10.0.0.5/", "private"),
        ("http://169.254.169.254/latest/", "metadata"),
        ("http://[::ffff:127.0.0.1]/", "loopback"),
        ("http://224.0.0.1/", "multicast"),
        ("http://0.0.0.0/", "unspecified"),
    ],
)
def test_refused_before_any_connection(url, message, monkeypatch):
    def no_socket(*args, **kwargs):
        raise AssertionError("no connection may be opened")

    monkeypatch.setattr(fetch, "_open_socket", no_socket)
    with pytest.raises(FetchError, match=message):
        fetch.fetch_url(url)


@pytest.mark.parametrize(
    ("ip", "blocked"),
    [("8.8.8.8", False), ("2606:4700::1111", False), ("192.168.1.1", True), ("100.100.100.200", True)],
)
def test_blocked_reason(ip, blocked):
    assert (fetch.blocked_reason(ipaddress.ip_address(ip)) is not None) is blocked
