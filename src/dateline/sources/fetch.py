"""A safe http(s) fetcher: pinned, checked addresses; timeouts; a size cap; a content-type check.

The host of every URL (the first and each redirect) is resolved here, each address is checked
(private, loopback, link-local, multicast, reserved and cloud-metadata addresses are refused
unless ``allow_private``), and the connection goes to the checked address itself, so a DNS
answer that changes between the check and the connection cannot bypass the check.
"""

from __future__ import annotations

import http.client
import ipaddress
import logging
import socket
import ssl
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

from ..errors import FetchError, TooLarge, UnsafeURL
from ..version import __version__
from .decode import looks_like_html
from .raw import RawDocument

LOGGER = logging.getLogger(__name__)

ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
REDIRECTS = (301, 302, 303, 307, 308)
MAX_REDIRECTS = 5
CHUNK = 65_536
USER_AGENT = f"dateline/{__version__} (+news event extraction)"

# Addresses that answer cloud instance-metadata requests; most are non-global anyway, but a
# few sit in ranges Python's ipaddress module does not flag.
_METADATA = {
    ipaddress.ip_address("169.254.169.254"),
    ipaddress.ip_address("169.254.170.2"),
    ipaddress.ip_address("100.100.100.200"),
    ipaddress.ip_address("192.0.0.192"),
    ipaddress.ip_address("fd00:ec2::254"),
}

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True)
class _Target:
    scheme: str
    host: str
    port: int
    path: str


def blocked_reason(ip: Address) -> str | None:
    """Why an address must not be fetched from (``None`` when it is a public address)."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip in _METADATA:
        return "a cloud metadata address"
    for attr, label in (
        ("is_loopback", "a loopback address"),
        ("is_link_local", "a link-local address"),
        ("is_multicast", "a multicast address"),
        ("is_unspecified", "the unspecified address"),
        ("is_private", "a private address"),
        ("is_reserved", "a reserved address"),
    ):
        if getattr(ip, attr):
            return label
    if not ip.is_global:
        return "a non-public address"
    return None


def _parse(url: str) -> _Target:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise FetchError(f"not a valid URL: {exc}", document=url) from exc
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(
            f"only http and https URLs can be fetched, not {scheme or 'no'} scheme", document=url
        )
    if not parts.hostname:
        raise FetchError("the URL has no host name", document=url)
    if parts.username or parts.password:
        raise FetchError("URLs with a user name or password are not fetched", document=url)
    path = parts.path or "/"
    if parts.query:
        path = f"{path}?{parts.query}"
    return _Target(scheme, parts.hostname, port or (443 if scheme == "https" else 80), path)


def _resolve(host: str, port: int) -> list[Address]:
    """Every address the host name resolves to (a literal address resolves to itself)."""
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"the host name {host!r} does not resolve: {exc}") from exc
    seen: dict[Address, None] = {}
    for info in infos:
        seen[ipaddress.ip_address(info[4][0].split("%")[0])] = None
    return list(seen)


def _checked_address(target: _Target, url: str, allow_private: bool) -> Address:
    addresses = _resolve(target.host, target.port)
    if not addresses:
        raise FetchError(f"the host name {target.host!r} resolves to no address", document=url)
    if not allow_private:
        for ip in addresses:
            reason = blocked_reason(ip)
            if reason:
                raise UnsafeURL(
                    f"{target.host} resolves to {ip}, {reason}; such URLs are refused "
                    "(pass --allow-private-urls to fetch them anyway)",
                    document=url,
                )
    return addresses[0]


def _open_socket(ip: Address, port: int, timeout: float) -> socket.socket:
    """A TCP connection to exactly this address."""
    return socket.create_connection((str(ip), port), timeout=timeout)


def _connection(target: _Target, ip: Address, timeout: float) -> http.client.HTTPConnection:
    if target.scheme == "https":
        conn: http.client.HTTPConnection = http.client.HTTPSConnection(
            target.host, target.port, timeout=timeout, context=ssl.create_default_context()
        )
    else:
        conn = http.client.HTTPConnection(target.host, target.port, timeout=timeout)
    # http.client connects through this hook; pin it to the checked address. The Host header,
    # TLS server name and certificate check still use the host name.
    conn._create_connection = lambda _addr, t, _src=None: _open_socket(ip, target.port, t)  # type: ignore[attr-defined]
    return conn


def _read_body(
    resp: http.client.HTTPResponse, url: str, max_bytes: int, deadline: float, timeout: float
) -> bytes:
    encoding = (resp.getheader("Content-Encoding") or "identity").lower().strip()
    if encoding in ("gzip", "x-gzip", "deflate"):
        inflater = zlib.decompressobj(zlib.MAX_WBITS | 32)
    elif encoding == "identity":
        inflater = None
    else:
        raise FetchError(f"the server sent an unsupported content encoding {encoding!r}", document=url)
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise FetchError(f"the download took longer than {timeout:g} s; try again later", document=url)
        try:
            chunk = resp.read1(CHUNK) if hasattr(resp, "read1") else resp.read(CHUNK)
        except TimeoutError as exc:
            raise FetchError(f"the server stopped sending for {timeout:g} s (timeout)", document=url) from exc
        except (OSError, http.client.HTTPException) as exc:
            raise FetchError(f"the download failed: {exc}", document=url) from exc
        if not chunk:
            break
        if inflater is not None:
            try:
                chunk = inflater.decompress(chunk, max_bytes + 1 - size)
            except zlib.error as exc:
                raise FetchError(f"the compressed body is corrupt: {exc}", document=url) from exc
        size += len(chunk)
        if size > max_bytes:
            raise TooLarge(
                f"the page is over the limit of {max_bytes:,} bytes; raise DATELINE_FETCH_MAX_BYTES "
                "to fetch it",
                document=url,
            )
        chunks.append(chunk)
    return b"".join(chunks)


def _check_type(resp: http.client.HTTPResponse, url: str, accept: tuple[str, ...]) -> str:
    header = resp.getheader("Content-Type") or ""
    mime = header.split(";")[0].strip().lower()
    if mime and mime not in accept:
        raise FetchError(
            f"the server sent {mime!r}, not HTML or text; only article pages can be extracted"
            if accept == ACCEPTED_TYPES
            else f"the server sent {mime!r}, not one of {', '.join(accept)}",
            document=url,
        )
    return header


@dataclass(frozen=True)
class Fetched:
    """One answer of the safe fetcher: the final URL, the status (200, or 304 for an unchanged
    resource asked for conditionally), the body and the validators to send next time."""

    url: str
    status: int
    data: bytes
    content_type: str
    etag: str | None
    last_modified: str | None
    address: str


def fetch(
    url: str,
    *,
    timeout: float = 15.0,
    max_bytes: int = 10_000_000,
    allow_private: bool = False,
    max_redirects: int = MAX_REDIRECTS,
    accept: tuple[str, ...] = ACCEPTED_TYPES,
    etag: str | None = None,
    last_modified: str | None = None,
    before_request: Callable[[str], None] | None = None,
) -> Fetched:
    """GET an http(s) URL through the safe fetcher, conditionally when ``etag`` or
    ``last_modified`` is given (a 304 answer comes back with ``status=304`` and no body).

    Same checks as ``fetch_url``; ``accept`` lists the content types taken; ``before_request``
    is called with the URL before each request (the first and each redirect), e.g. to pace them.
    """
    deadline = time.monotonic() + timeout
    current = url
    headers = {
        "User-Agent": USER_AGENT,
        "Accept": ",".join(accept)
        if accept != ACCEPTED_TYPES
        else "text/html,application/xhtml+xml,text/plain;q=0.9",
        "Accept-Encoding": "gzip, identity",
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    for _hop in range(max_redirects + 1):
        if time.monotonic() > deadline:
            raise FetchError(f"no page within {timeout:g} s (timeout)", document=current)
        target = _parse(current)
        ip = _checked_address(target, current, allow_private)
        if before_request is not None:
            before_request(current)
        conn = _connection(target, ip, timeout)
        try:
            try:
                conn.request("GET", target.path, headers=headers)
                resp = conn.getresponse()
            except TimeoutError as exc:
                raise FetchError(f"no answer within {timeout:g} s (timeout)", document=current) from exc
            except ssl.SSLError as exc:
                raise FetchError(f"the TLS connection failed: {exc}", document=current) from exc
            except (OSError, http.client.HTTPException) as exc:
                raise FetchError(f"the connection failed: {exc}", document=current) from exc
            if resp.status in REDIRECTS:
                location = resp.getheader("Location")
                if not location:
                    raise FetchError(f"HTTP {resp.status} redirect without a Location", document=current)
                LOGGER.info("%s redirects to %s", current, location)
                current = urljoin(current, location)
                continue
            if resp.status == 304 and (etag or last_modified):
                return Fetched(current, 304, b"", "", etag, last_modified, str(ip))
            if resp.status >= 400:
                raise FetchError(f"the server answered HTTP {resp.status} {resp.reason}", document=current)
            if resp.status != 200:
                raise FetchError(f"unexpected HTTP status {resp.status} {resp.reason}", document=current)
            length = resp.getheader("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise TooLarge(
                    f"the page is {int(length):,} bytes, over the limit of {max_bytes:,}; raise "
                    "DATELINE_FETCH_MAX_BYTES to fetch it",
                    document=current,
                )
            header = _check_type(resp, current, accept)
            data = _read_body(resp, current, max_bytes, deadline, timeout)
            return Fetched(
                current, 200, data, header, resp.getheader("ETag"), resp.getheader("Last-Modified"), str(ip)
            )
        finally:
            conn.close()
    raise FetchError(f"more than {max_redirects} redirects; giving up", document=url)


def fetch_url(
    url: str,
    *,
    timeout: float = 15.0,
    max_bytes: int = 10_000_000,
    allow_private: bool = False,
    max_redirects: int = MAX_REDIRECTS,
    before_request: Callable[[str], None] | None = None,
) -> RawDocument:
    """Fetch an http(s) URL as a RawDocument, refusing unsafe addresses, big bodies and non-HTML.

    ``timeout`` bounds each network wait and the whole download. Raises ``UnsafeURL`` for a
    private/loopback/link-local/multicast/reserved/metadata address (also after a redirect),
    ``TooLarge`` past ``max_bytes`` and ``FetchError`` for every other failure.

    Example: ``fetch_url("https://example.com/story.html", timeout=10).content_type``
    """
    got = fetch(
        url,
        timeout=timeout,
        max_bytes=max_bytes,
        allow_private=allow_private,
        max_redirects=max_redirects,
        before_request=before_request,
    )
    header = got.content_type or ("text/html" if looks_like_html(got.data) else "text/plain")
    return RawDocument(
        data=got.data,
        content_type=header,
        url=got.url,
        meta={
            "requested_url": url,
            "fetched": datetime.now(UTC).isoformat(timespec="seconds"),
            "address": got.address,
        },
    )
