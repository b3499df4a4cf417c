"""WARC crawls (optionally gzip-compressed): the HTML response records, one article each."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError, TooLarge
from ..settings import Settings
from .capped import RATIO_GRACE
from .raw import HTML_TYPES, RawDocument

LOGGER = logging.getLogger(__name__)


def _check_inflation(inflated: int, compressed: int, settings: Settings, *, name: str) -> None:
    """Refuse a WARC whose records declare more bytes than the caps allow (a decompression bomb)."""
    if inflated > settings.max_decompressed_bytes:
        raise TooLarge(
            f"the WARC records add up to more than {settings.max_decompressed_bytes:,} bytes; refused "
            "(raise DATELINE_MAX_DECOMPRESSED_BYTES for bigger crawls)",
            document=name,
        )
    if inflated > RATIO_GRACE and inflated > settings.max_compression_ratio * max(compressed, 1):
        raise TooLarge(
            f"the WARC records inflate more than {settings.max_compression_ratio:g} times the file; "
            "refused as a possible decompression bomb (raise DATELINE_MAX_COMPRESSION_RATIO if genuine)",
            document=name,
        )


def read_warc(path: Path, settings: Settings) -> Iterator[RawDocument]:
    """The HTML responses of a WARC file; other records (requests, metadata, images) are skipped.

    A truncated or corrupt file yields a failure after the records read before the damage.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from .inputs import ReadFailure, failure

    count = 0
    try:
        with path.open("rb") as handle:
            inflated = 0
            for record in ArchiveIterator(handle):
                inflated += record.length or 0
                _check_inflation(inflated, handle.tell(), settings, name=str(path))
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                ctype = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
                if ctype not in HTML_TYPES:
                    continue
                status = record.http_headers.get_statuscode() or ""
                url = record.rec_headers.get_header("WARC-Target-URI")
                name = f"{path}#{url or count}"
                if not status.startswith("2"):
                    continue
                data = record.content_stream().read(settings.max_bytes + 1)
                count += 1
                if len(data) > settings.max_bytes:
                    yield ReadFailure(
                        raw_id=hashlib.sha256(data[: settings.max_bytes]).hexdigest(),
                        path=name,
                        error=InputError("the response is over the size limit", document=name),
                    )
                    continue
                yield RawDocument(data=data, content_type="text/html", url=url, path=name)
    # warcio fails on malformed headers with whatever the parse hit (e.g. AttributeError on a
    # response record without a target URI).
    except (ArchiveLoadFailed, EOFError, OSError, ValueError, AttributeError, KeyError, IndexError) as exc:
        yield failure(
            str(path),
            InputError(
                f"the WARC file is truncated or corrupt after {count} HTML records ({exc}); "
                "the records before were read",
                document=str(path),
            ),
        )
