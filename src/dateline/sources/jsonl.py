"""JSON and JSON Lines dumps (optionally gzip-compressed): one article per object.

An object gives the article as ``html`` (or ``raw_html``) or as ``text`` (or ``body``,
``content``, ``maintext``), with optional ``title``, ``url`` and ``published`` (or ``date``,
``date_publish``, ``published_at``).
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import EmptyInput, InputError, TooLarge
from ..isodates import to_date
from ..settings import Settings
from .capped import CappedGzip, read_line
from .raw import UNREAD_DATE, RawDocument, read_bytes

HTML_KEYS = ("html", "raw_html", "content_html")
TEXT_KEYS = ("text", "body", "content", "maintext", "article")
DATE_KEYS = ("published", "date", "date_publish", "published_at", "pubdate")
TITLE_KEYS = ("title", "headline")


def _first(obj: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return None


def record_to_raw(obj: Any, *, name: str, settings: Settings) -> RawDocument:
    """One JSON object to a RawDocument; raises an InputError when it holds no article."""
    if not isinstance(obj, dict):
        raise InputError(f"expected a JSON object, got {type(obj).__name__}", document=name)
    url = _first(obj, ("url", "link", "source_url"))
    published = _first(obj, DATE_KEYS)
    html = _first(obj, HTML_KEYS)
    if html is not None:
        raw = read_bytes(html, url=url, path=name, content_type="text/html", max_bytes=settings.max_bytes)
    else:
        text = _first(obj, TEXT_KEYS)
        if text is None:
            raise EmptyInput(
                f"the object has none of the fields {', '.join(HTML_KEYS + TEXT_KEYS)}", document=name
            )
        title = _first(obj, TITLE_KEYS)
        if title and not text.lstrip().startswith(title.strip()):
            text = f"{title.strip()}\n\n{text}"
        raw = read_bytes(text, url=url, path=name, content_type="text/plain", max_bytes=settings.max_bytes)
    day = _date(published)
    return RawDocument(
        data=raw.data,
        content_type=raw.content_type,
        url=url,
        path=name,
        published=day,
        meta={UNREAD_DATE: published.strip()[:80]} if published and day is None else {},
    )


def _date(value: str | None) -> str | None:
    if not value:
        return None
    day = to_date(value.strip())
    return day.isoformat() if day else None


def _fail(name: str, error: InputError, line: bytes | str):
    from .inputs import ReadFailure

    data = line.encode("utf-8", "replace") if isinstance(line, str) else line
    return ReadFailure(
        raw_id=hashlib.sha256(b"record\0" + name.encode() + b"\0" + data).hexdigest(), path=name, error=error
    )


def read_records(path: Path, settings: Settings) -> Iterator[RawDocument]:
    """The articles of a .json / .jsonl file (gzip when the name ends in .gz)."""
    from .inputs import failure

    gz = path.name.lower().endswith(".gz")
    if path.name.lower().endswith((".json", ".json.gz")) and not gz:
        if path.stat().st_size > settings.max_bytes:
            raise TooLarge("the JSON file is over the size limit; use JSON Lines", document=str(path))
        try:
            data = json.loads(path.read_bytes())
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise InputError(f"not valid JSON: {exc}", document=str(path)) from None
        items = data if isinstance(data, list) else [data]
        for i, obj in enumerate(items):
            name = f"{path}:{i + 1}" if isinstance(data, list) else str(path)
            try:
                yield record_to_raw(obj, name=name, settings=settings)
            except InputError as exc:
                yield _fail(name, exc, json.dumps(obj, sort_keys=True)[:10_000])
        return
    number = 0
    try:
        with path.open("rb") as raw:
            handle: io.RawIOBase | BinaryIO = raw
            if gz:
                handle = CappedGzip(
                    raw,
                    name=str(path),
                    max_bytes=settings.max_decompressed_bytes,
                    max_ratio=settings.max_compression_ratio,
                )
            stream = io.BufferedReader(handle)  # type: ignore[arg-type]
            while True:
                line, too_long = read_line(stream, settings.max_bytes)
                if not line:
                    break
                number += 1
                if not line.strip():
                    continue
                name = f"{path}:{number}"
                if too_long or len(line) > settings.max_bytes:
                    yield _fail(name, TooLarge("the line is over the size limit", document=name), line[:4096])
                    continue
                try:
                    obj = json.loads(line)
                except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                    yield _fail(name, InputError(f"the line is not valid JSON: {exc}", document=name), line)
                    continue
                try:
                    yield record_to_raw(obj, name=name, settings=settings)
                except InputError as exc:
                    yield _fail(name, exc, line)
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield failure(
            str(path),
            InputError(
                f"the compressed file is truncated or corrupt after line {number} ({exc}); "
                "the lines before were read",
                document=str(path),
            ),
        )
