"""Who may call what: writes need the API token; reads are open to loopback clients by default."""

from __future__ import annotations

import hmac
import ipaddress

from fastapi import HTTPException, Request, status

from ..settings import Settings

TOKEN_HEADER = "X-API-Token"


def presented_token(request: Request) -> str | None:
    """The token a request carries: ``Authorization: Bearer <token>`` or the ``X-API-Token`` header."""
    auth = request.headers.get("authorization", "")
    scheme, _, value = auth.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return request.headers.get(TOKEN_HEADER) or None


def token_matches(settings: Settings, token: str | None) -> bool:
    """True when a token is configured and ``token`` equals it (constant-time comparison)."""
    if not settings.api_token or not token:
        return False
    return hmac.compare_digest(settings.api_token.encode("utf-8"), token.encode("utf-8"))


def is_loopback(host: str | None) -> bool:
    """True for a loopback client address (127.0.0.0/8, ::1) or the in-process test client."""
    if host in ("testclient", "localhost"):
        return True
    try:
        return ipaddress.ip_address(host or "").is_loopback
    except ValueError:
        return False


def require_token(request: Request) -> None:
    """Dependency of write endpoints: 401 unless the request carries the configured token."""
    settings: Settings = request.app.state.settings
    if not settings.api_token:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "writes are disabled: start the server with DATELINE_API_TOKEN set, then send "
            "'Authorization: Bearer <token>'",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if not token_matches(settings, presented_token(request)):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "missing or wrong API token: send 'Authorization: Bearer <token>'",
            headers={"WWW-Authenticate": "Bearer"},
        )


def read_allowed(settings: Settings, request: Request) -> bool:
    """True when ``request`` may read: public reads, a loopback client, or the valid token."""
    if settings.api_public_reads:
        return True
    client = request.client.host if request.client else None
    return is_loopback(client) or token_matches(settings, presented_token(request))


def allow_read(request: Request) -> None:
    """Dependency of read endpoints: loopback clients, ``api_public_reads``, or a valid token."""
    if read_allowed(request.app.state.settings, request):
        return
    raise HTTPException(
        status.HTTP_401_UNAUTHORIZED,
        "reads from other hosts need the API token (or start the server with DATELINE_API_PUBLIC_READS=1)",
        headers={"WWW-Authenticate": "Bearer"},
    )
