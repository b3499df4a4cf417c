"""doc_timeout is enforced by the worker: a slow document fails alone with DocumentTimeout."""

from __future__ import annotations

import time

from dateline.errors import EmptyInput
from dateline.process import Failure
from dateline.runners import work
from dateline.runners.deadline import time_limit
from dateline.settings import Settings
from dateline.sources.raw import RawDocument


def _fake_process_many(raws, settings=None):
    for raw in raws:
        if b"slow" in raw.data:
            time.sleep(30)
        yield Failure(raw=raw, error=EmptyInput("nothing here", document=raw.name))


def test_a_slow_document_times_out_and_the_others_go_on(monkeypatch):
    monkeypatch.setattr(work, "process_many", _fake_process_many)
    chunk = [(str(i), RawDocument(data=data, path=f"doc{i}")) for i, data in enumerate([b"a", b"slow", b"c"])]
    started = time.perf_counter()
    result = work.process_chunk(chunk, Settings(doc_timeout=0.3))
    assert time.perf_counter() - started < 5
    codes = {ref.path: info.code for ref, info in result.failed}
    assert codes == {"doc0": "E101", "doc1": "E110", "doc2": "E101"}


def test_time_limit_interrupts_a_runaway_regex():
    import re

    from dateline.errors import DocumentTimeout

    started = time.perf_counter()
    try:
        with time_limit(0.3, document="evil"):
            re.match(r"(a+)+$", "a" * 40 + "b")
    except DocumentTimeout as exc:
        assert "evil" in str(exc) and "DATELINE_DOC_TIMEOUT" in str(exc)
    else:
        raise AssertionError("the regex was not interrupted")
    assert time.perf_counter() - started < 5


def test_time_limit_is_cleared_after_the_block():
    with time_limit(0.2):
        pass
    time.sleep(0.4)
