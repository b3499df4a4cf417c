"""dateline errors as HTTP answers: bad input -> 422 (too large -> 413), store faults -> 503."""

from __future__ import annotations

from fastapi import HTTPException, status

from ..errors import DatelineError, InputError, StoreError, TooLarge


def http_error(exc: DatelineError) -> HTTPException:
    """The HTTPException for a dateline error, its code and reason in ``detail``."""
    detail = {"code": exc.code, "error": type(exc).__name__, "message": getattr(exc, "reason", str(exc))}
    if isinstance(exc, TooLarge):
        return HTTPException(status.HTTP_413_CONTENT_TOO_LARGE, detail)
    if isinstance(exc, InputError):
        return HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, detail)
    if isinstance(exc, StoreError):
        return HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, detail)
    return HTTPException(status.HTTP_500_INTERNAL_SERVER_ERROR, detail)
