"""Decompression caps: a gzip stream stops with ``TooLarge`` past a total size or an expansion ratio.

A gzip bomb (a few kilobytes that inflate to gigabytes) is refused as it inflates, after at most
``max_bytes`` of output, or as soon as the output outgrows ``max_ratio`` times the compressed
bytes read (checked once the output passes ``RATIO_GRACE``, so small files are never judged on it).
"""

from __future__ import annotations

import gzip
import io
from typing import BinaryIO

from ..errors import TooLarge

RATIO_GRACE = 10_000_000


class CappedGzip(io.RawIOBase):
    """A readable, decompressed view of a gzip file that enforces the caps."""

    def __init__(self, raw: BinaryIO, *, name: str, max_bytes: int, max_ratio: float) -> None:
        self._raw = raw
        self._gzip = gzip.GzipFile(fileobj=raw, mode="rb")
        self.name = name
        self.max_bytes = max_bytes
        self.max_ratio = max_ratio
        self.out = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self._gzip.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        self.out += n
        self.check()
        return n

    def check(self) -> None:
        """Raise TooLarge when the output so far breaks a cap."""
        if self.out > self.max_bytes:
            raise TooLarge(
                f"the compressed file inflates past {self.max_bytes:,} bytes; refused as a possible "
                "gzip bomb (raise DATELINE_MAX_DECOMPRESSED_BYTES for bigger dumps)",
                document=self.name,
            )
        if self.out > RATIO_GRACE:
            compressed = max(self._raw.tell(), 1)
            if self.out > self.max_ratio * compressed:
                raise TooLarge(
                    f"the compressed file inflates more than {self.max_ratio:g} times; refused as a "
                    "possible gzip bomb (raise DATELINE_MAX_COMPRESSION_RATIO if it is genuine)",
                    document=self.name,
                )

    def close(self) -> None:
        try:
            self._gzip.close()
        finally:
            super().close()


def read_line(stream: io.BufferedReader, limit: int) -> tuple[bytes, bool]:
    """The next line (at most ``limit`` bytes kept), and True when the line was longer.

    The rest of an over-long line is read through in bounded pieces and dropped, so one huge
    line never sits in memory whole.
    """
    line = stream.readline(limit + 1)
    if len(line) <= limit or line.endswith(b"\n"):
        return line, False
    while True:
        rest = stream.readline(1 << 20)
        if not rest or rest.endswith(b"\n"):
            return line[:limit], True
