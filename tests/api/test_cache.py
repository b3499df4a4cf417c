"""The answer cache: least-recently-used eviction within its byte budget."""

from __future__ import annotations

from dateline.api.cache import ResponseCache


def test_lru_eviction_and_budget():
    cache = ResponseCache(max_bytes=40)
    cache.put(("a",), b"x" * 10)
    cache.put(("b",), b"y" * 10)
    assert cache.get(("a",)) == b"x" * 10
    cache.put(("c",), b"z" * 10)
    cache.put(("d",), b"w" * 10)
    cache.put(("e",), b"v" * 10)
    assert cache.get(("b",)) is None
    assert cache.get(("a",)) is not None and cache.get(("e",)) is not None
    cache.put(("big",), b"q" * 11)
    assert cache.get(("big",)) is None
    cache.clear()
    assert cache.get(("a",)) is None
