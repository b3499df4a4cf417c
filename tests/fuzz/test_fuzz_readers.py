"""Property and payload tests over every reader: text, JSON/JSONL(.gz), WARC(.gz), RSS/Atom.

``iter_documents`` must yield documents or ``ReadFailure``s carrying a DatelineError, never raise;
bombs (entity expansion, gzip, WARC) are refused within bounded time and memory.
"""

from __future__ import annotations

import gzip
import io
import json
import time

import pytest
from fuzz_cases import record
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import news_text, raw_bytes

from dateline.errors import DatelineError, TooLarge, UnsafeXML
from dateline.settings import Settings
from dateline.sources.feeds import feed_documents
from dateline.sources.inputs import ReadFailure, iter_documents
from dateline.sources.raw import RawDocument

SUFFIXES = [".txt", ".html", ".json", ".jsonl", ".jsonl.gz", ".warc", ".warc.gz", ".rss", ".xml"]
SMALL = Settings(max_bytes=200_000, max_decompressed_bytes=50_000_000)


def _read_all(path, settings=SMALL) -> list:
    out = list(iter_documents([path], settings))
    for item in out:
        assert isinstance(item, RawDocument | ReadFailure)
        if isinstance(item, ReadFailure):
            assert isinstance(item.error, DatelineError)
        record("iter_documents", item if isinstance(item, RawDocument) else item.error)
    return out


def _warc(records: list[tuple[str, bytes]], compress: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=compress)
    for url, body in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
        )
    return buf.getvalue()


@settings(settings.get_profile("fuzz"), max_examples=1800)
@given(raw_bytes, st.sampled_from(SUFFIXES))
def test_any_bytes_under_any_suffix(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("f", numbered=True) / f"input{suffix}"
    if suffix.endswith(".gz") and data[:1] == b"{":
        data = gzip.compress(data)
    path.write_bytes(data)
    _read_all(path)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | news_text,
    lambda c: (
        st.lists(c, max_size=4)
        | st.dictionaries(
            st.sampled_from(["text", "html", "title", "url", "published", "body", "date", "x"]), c, max_size=5
        )
    ),
    max_leaves=12,
)


@settings(settings.get_profile("fuzz"), max_examples=1200)
@given(st.lists(json_values, max_size=6), st.booleans(), st.integers(0, 400))
def test_jsonl_records_truncated_or_not(tmp_path_factory, objects, compress, cut):
    lines = "\n".join(json.dumps(o) for o in objects).encode()
    data = gzip.compress(lines) if compress else lines
    if cut:
        data = data[: max(0, len(data) - cut)]
    path = tmp_path_factory.mktemp("j", numbered=True) / ("dump.jsonl.gz" if compress else "dump.jsonl")
    path.write_bytes(data)
    _read_all(path)


@settings(settings.get_profile("fuzz"), max_examples=500)
@given(
    st.lists(news_text, min_size=1, max_size=3), st.booleans(), st.integers(0, 2000), st.binary(max_size=40)
)
def test_warc_truncated_or_corrupted(tmp_path_factory, bodies, compress, cut, junk):
    data = _warc([(f"https://example.com/{i}", b.encode()) for i, b in enumerate(bodies)], compress)
    if cut:
        at = len(data) - cut % len(data)
        data = data[:at] + junk
    path = tmp_path_factory.mktemp("w", numbered=True) / ("crawl.warc.gz" if compress else "crawl.warc")
    path.write_bytes(data)
    _read_all(path)


FEED = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>{t}</title>'
    "<item><title>{t}</title><link>{link}</link><description>{d}</description></item></channel></rss>"
)


@settings(settings.get_profile("fuzz"), max_examples=1000)
@given(
    news_text,
    news_text,
    st.sampled_from(["https://example.com/a", "javascript:alert(1)", "", "file:///etc/passwd"]),
)
def test_feeds_with_random_items(title, description, link):
    esc = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
    data = FEED.format(
        t="".join(esc.get(c, c) for c in title), d="".join(esc.get(c, c) for c in description), link=link
    ).encode("utf-8", "surrogatepass")
    try:
        out = list(feed_documents(data, name="fuzz.rss", settings=SMALL))
    except DatelineError as exc:
        out = [exc]
    for item in out:
        assert isinstance(item, RawDocument | ReadFailure | DatelineError)
        record("feed_documents", item)


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<rss version="2.0"><channel><item><title>&lol9;</title>
<description>&lol9;</description></item></channel></rss>"""
XXE_FILE = b"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><item><title>t</title>
<description>&xxe;</description></item></channel></rss>"""
XXE_URL = b"""<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY % p SYSTEM "http://169.254.169.254/latest/meta-data/"> %p;]>
<rss version="2.0"><channel><item><title>t</title><description>d</description></item></channel></rss>"""
EXTERNAL_DTD = b"""<?xml version="1.0"?><!DOCTYPE rss SYSTEM "http://127.0.0.1:1/evil.dtd">
<rss version="2.0"><channel><item><title>t</title>
<description>d &amp; more</description></item></channel></rss>"""


@pytest.mark.parametrize(
    "payload", [BILLION_LAUGHS, XXE_FILE, XXE_URL, EXTERNAL_DTD], ids=["laughs", "xxe-file", "xxe-url", "dtd"]
)
def test_hostile_xml_feeds_are_refused(tmp_path, payload):
    path = tmp_path / "feed.xml"
    path.write_bytes(payload)
    started = time.perf_counter()
    out = _read_all(path)
    assert time.perf_counter() - started < 5
    texts = b"".join(d.data for d in out if isinstance(d, RawDocument))
    assert b"root:" not in texts and b"lollol" not in texts
    if payload is not EXTERNAL_DTD:
        assert len(out) == 1 and isinstance(out[0].error, UnsafeXML)


def test_gzip_bomb_jsonl_is_refused_by_ratio(tmp_path):
    path = tmp_path / "bomb.jsonl.gz"
    with gzip.open(path, "wb", compresslevel=9) as f:
        f.write(json.dumps({"text": "A real story about the council."}).encode() + b"\n")
        zeros = b" " * 1_000_000
        for _ in range(300):
            f.write(zeros)
    assert path.stat().st_size < 1_000_000
    started = time.perf_counter()
    out = _read_all(path, Settings(max_bytes=200_000))
    assert time.perf_counter() - started < 20
    assert isinstance(out[0], RawDocument)
    assert isinstance(out[-1], ReadFailure) and isinstance(out[-1].error, TooLarge)
    assert "bomb" in out[-1].error.reason


def test_gzip_output_capped_by_size(tmp_path):
    path = tmp_path / "big.jsonl.gz"
    line = json.dumps({"text": "Story " * 20}).encode() + b"\n"
    path.write_bytes(gzip.compress(line * 2000))
    out = _read_all(path, Settings(max_decompressed_bytes=50_000))
    assert isinstance(out[-1], ReadFailure) and isinstance(out[-1].error, TooLarge)
    assert 0 < sum(isinstance(d, RawDocument) for d in out) < 2000


def test_warc_bomb_is_refused_by_ratio(tmp_path):
    body = b"<html><body>" + b"<p>" + b"a" * 60_000_000 + b"</p></body></html>"
    data = _warc([("https://example.com/bomb", body)], compress=True)
    path = tmp_path / "bomb.warc.gz"
    path.write_bytes(data)
    del body
    out = _read_all(path, Settings(max_bytes=200_000))
    assert isinstance(out[-1], ReadFailure) and isinstance(out[-1].error, TooLarge)


@pytest.mark.parametrize("suffix", [".txt", ".html", ".jsonl", ".jsonl.gz"])
def test_ten_megabyte_single_line(tmp_path, suffix):
    line = b"word " * 2_000_000
    data = json.dumps({"text": line.decode()}).encode() if "json" in suffix else line
    path = tmp_path / f"line{suffix}"
    path.write_bytes(gzip.compress(data) if suffix.endswith(".gz") else data)
    started = time.perf_counter()
    out = _read_all(path, Settings(max_bytes=5_000_000))
    assert time.perf_counter() - started < 30
    assert len(out) == 1 and isinstance(out[0], ReadFailure) and isinstance(out[0].error, TooLarge)
