"""RawDocument and the readers for local bytes, files and stdin."""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError, TooLarge
from .decode import looks_like_html

HTML_TYPES = ("text/html", "application/xhtml+xml")
# meta key of a date the input gave that is no date ("None", "last week"): the record warns of it
UNREAD_DATE = "unread_date"


@dataclass(frozen=True)
class RawDocument:
    """One document as read: its bytes and what is known of where it came from."""

    data: bytes
    content_type: str = "text/plain"
    url: str | None = None
    path: str | None = None
    published: str | None = None
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def id(self) -> str:
        """Content hash of the raw bytes."""
        return hashlib.sha256(self.data).hexdigest()

    @property
    def name(self) -> str:
        """A short name for messages: the path, the URL or the hash prefix."""
        return self.path or self.url or f"document {self.id[:12]}"

    @property
    def is_html(self) -> bool:
        return self.content_type.split(";")[0].strip().lower() in HTML_TYPES


def read_bytes(
    data: bytes | str,
    *,
    url: str | None = None,
    path: str | None = None,
    content_type: str | None = None,
    max_bytes: int = 20_000_000,
) -> RawDocument:
    """Wrap bytes (or a str) as a RawDocument, sniffing HTML when no content type is given."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    if len(data) > max_bytes:
        raise TooLarge(
            f"{len(data):,} bytes is over the limit of {max_bytes:,}; split the file or raise "
            "DATELINE_MAX_BYTES",
            document=path or url,
        )
    if content_type is None:
        is_html = looks_like_html(data) or (path or "").lower().endswith((".html", ".htm"))
        content_type = "text/html" if is_html else "text/plain"
    return RawDocument(data=data, content_type=content_type, url=url, path=path)


def read_path(path: str | Path, *, max_bytes: int = 20_000_000) -> RawDocument:
    """Read a local file, or stdin when ``path`` is ``-``; the size is checked before reading.

    Raises ``FileNotFoundError`` for a missing file, ``TooLarge`` past ``max_bytes`` and
    ``InputError`` for a folder or a file that cannot be read.
    """
    if str(path) == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise TooLarge(
                f"stdin holds more than the limit of {max_bytes:,} bytes; split the input or raise "
                "DATELINE_MAX_BYTES",
                document="<stdin>",
            )
        return read_bytes(data, path="<stdin>", max_bytes=max_bytes)
    p = Path(path)
    if p.is_dir():
        raise InputError(
            "this is a folder, not a file; name its files, or use dateline ingest", document=str(p)
        )
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise TooLarge(
                f"{size:,} bytes is over the limit of {max_bytes:,}; split the file or raise "
                "DATELINE_MAX_BYTES",
                document=str(p),
            )
        with p.open("rb") as f:
            data = f.read(max_bytes + 1)
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise InputError(f"the file cannot be read: {exc.strerror or exc}", document=str(p)) from exc
    return read_bytes(data, path=str(p), max_bytes=max_bytes)
