"""Batch inputs: paths, directories and globs expanded to files, each file read into documents.

``iter_documents`` yields a ``RawDocument`` per article, or a ``ReadFailure`` for a file (or a
line, a record, an item) that cannot be read; it never raises on bad input, so a batch goes on.
"""

from __future__ import annotations

import glob
import hashlib
import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DatelineError, InputError
from ..settings import Settings, load_settings
from .raw import RawDocument, read_bytes

LOGGER = logging.getLogger(__name__)

# File suffixes ingested from directories, by reader.
SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".html": "text",
    ".htm": "text",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonl.gz": "jsonl",
    ".json.gz": "jsonl",
    ".ndjson.gz": "jsonl",
    ".warc": "warc",
    ".warc.gz": "warc",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
}


@dataclass(frozen=True)
class ReadFailure:
    """A file, line or record that could not be read, with the error."""

    raw_id: str
    path: str
    error: DatelineError


@dataclass
class InputFile:
    """One file to read and the reader that reads it."""

    path: Path
    kind: str
    size: int = 0


@dataclass
class ReadProgress:
    """Bytes of input read so far (for a progress bar's ETA)."""

    total_bytes: int = 0
    done_bytes: int = 0
    files: int = 0
    skipped_files: list[str] = field(default_factory=list)


def failure(path: str, error: DatelineError, salt: str = "") -> ReadFailure:
    """A ReadFailure whose id is stable for the same path and fault (so a re-run skips it)."""
    digest = hashlib.sha256(f"unreadable\0{path}\0{salt or error.reason}".encode()).hexdigest()
    return ReadFailure(raw_id=digest, path=path, error=error)


def kind_of(path: Path) -> str | None:
    """The reader for a file name (by suffix), or None when dateline does not read that kind."""
    name = path.name.lower()
    for suffix in sorted(SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix):
            return SUFFIXES[suffix]
    return None


def expand(
    paths: Iterable[str | Path], progress: ReadProgress | None = None
) -> Iterator[InputFile | ReadFailure]:
    """Files named by paths: files as given, directories recursively, glob patterns expanded."""
    seen: set[str] = set()
    for given in paths:
        text = str(given)
        if any(ch in text for ch in "*?[") and not Path(text).exists():
            matches = sorted(glob.glob(text, recursive=True))
            if not matches:
                yield failure(text, InputError("no file matches this pattern", document=text))
            candidates = [(Path(m), False) for m in matches]
        else:
            candidates = [(Path(text), True)]
        for path, explicit in candidates:
            if path.is_dir():
                for root, dirs, files in os.walk(path):
                    dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                    for name in sorted(files):
                        if name.startswith("."):
                            continue
                        yield from _one(Path(root) / name, seen, progress, explicit=False)
            else:
                yield from _one(path, seen, progress, explicit=explicit)


def _one(path: Path, seen: set[str], progress: ReadProgress | None, *, explicit: bool):
    key = os.path.realpath(path)
    if key in seen:
        return
    seen.add(key)
    kind = kind_of(path)
    if kind is None:
        if not explicit:
            if progress:
                progress.skipped_files.append(str(path))
            return
        kind = "text"
    if not path.exists() and not path.is_symlink():
        yield failure(str(path), InputError("no such file or directory", document=str(path)))
        return
    if path.exists() and not path.is_file():
        yield failure(str(path), InputError("not a regular file (a device, a pipe?)", document=str(path)))
        return
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield failure(
            str(path), InputError(f"cannot read the file: {exc.strerror or exc}", document=str(path))
        )
        return
    if progress:
        progress.total_bytes += size
    yield InputFile(path=path, kind=kind, size=size)


def read_file(
    item: InputFile, settings: Settings, *, fetch: bool = False
) -> Iterator[RawDocument | ReadFailure]:
    """The documents of one input file, by its kind."""
    from . import feeds, jsonl, warc

    path = str(item.path)
    try:
        if item.kind == "text":
            if item.size > settings.max_bytes:
                from ..errors import TooLarge

                raise TooLarge(
                    f"{item.size:,} bytes is over the limit of {settings.max_bytes:,}; split the file or "
                    "raise DATELINE_MAX_BYTES",
                    document=path,
                )
            yield read_bytes(item.path.read_bytes(), path=path, max_bytes=settings.max_bytes)
        elif item.kind in ("json", "jsonl"):
            yield from jsonl.read_records(item.path, settings)
        elif item.kind == "warc":
            yield from warc.read_warc(item.path, settings)
        elif item.kind == "feed":
            yield from feeds.read_feed(item.path, settings, fetch=fetch)
    except DatelineError as exc:
        yield failure(path, exc)
    except OSError as exc:
        yield failure(path, InputError(f"cannot read the file: {exc.strerror or exc}", document=path))


def iter_documents(
    paths: Iterable[str | Path],
    settings: Settings | None = None,
    *,
    fetch: bool = False,
    progress: ReadProgress | None = None,
) -> Iterator[RawDocument | ReadFailure]:
    """Every document under the given paths, in order; failures are yielded, never raised."""
    settings = settings or load_settings()
    files = list(expand(paths, progress))
    for item in files:
        if isinstance(item, ReadFailure):
            yield item
            continue
        yield from read_file(item, settings, fetch=fetch)
        if progress:
            progress.done_bytes += item.size
            progress.files += 1
