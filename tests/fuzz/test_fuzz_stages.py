"""Property tests over the byte and text stages: decode, HTML extraction, clean, prepare.

Each stage returns its documented type or raises a DatelineError subclass; anything else (a
crash, an unexpected exception, a deadline overrun) fails the property.
"""

from __future__ import annotations

import pytest
from fuzz_cases import record
from hypothesis import example, given, settings
from hypothesis import strategies as st
from strategies import html_pages, news_text, raw_bytes

from dateline.errors import DatelineError
from dateline.process import Prepared, prepare
from dateline.sources.decode import decode
from dateline.sources.html import extract_html
from dateline.sources.raw import RawDocument, read_bytes
from dateline.text import CleanDocument, clean_text

CONTENT_TYPES = st.sampled_from(
    [
        "text/plain",
        "text/html",
        "text/html; charset=utf-8",
        "text/html; charset=bogus-9",
        "text/plain; charset=koi8-r",
    ]
)


def _outcome(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except DatelineError as exc:
        return exc


@settings(settings.get_profile("fuzz"), max_examples=3000)
@given(raw_bytes, st.sampled_from([None, "utf-8", "latin-1", "shift_jis", "nonsense"]))
def test_decode_returns_text_or_a_dateline_error(data, declared):
    out = _outcome(decode, data, document="fuzz", declared=declared)
    assert isinstance(out, str | DatelineError)
    record("decode", out)


@settings(settings.get_profile("fuzz"), max_examples=2000)
@given(raw_bytes)
def test_read_bytes_wraps_or_refuses(data):
    out = _outcome(read_bytes, data, path="fuzz", max_bytes=1500)
    assert isinstance(out, RawDocument | DatelineError)
    if isinstance(out, RawDocument):
        assert out.data == data
    record("read_bytes", out)


@settings(settings.get_profile("fuzz"), max_examples=2500)
@given(news_text)
def test_clean_text_keeps_offsets_consistent(text):
    out = _outcome(clean_text, text)
    assert isinstance(out, CleanDocument | DatelineError)
    if isinstance(out, CleanDocument):
        for para in out.paragraphs:
            assert 0 <= para.start <= para.end <= len(out.body)
    record("clean_text", out)


@settings(settings.get_profile("fuzz"), max_examples=300)
@given(html_pages)
@example("<SVG><A0V></A0V><A>")
def test_extract_html_on_random_and_nested_markup(html):
    out = _outcome(extract_html, html, document="fuzz")
    assert not isinstance(out, Exception) or isinstance(out, DatelineError)
    record("extract_html", out)


@settings(settings.get_profile("fuzz"), max_examples=500)
@given(raw_bytes, CONTENT_TYPES)
def test_prepare_gives_a_clean_document_or_a_dateline_error(data, content_type):
    out = _outcome(prepare, RawDocument(data=data, content_type=content_type, path="fuzz"))
    assert isinstance(out, Prepared | DatelineError)
    if isinstance(out, Prepared):
        assert out.clean.body.strip()
    record("prepare", out)


@pytest.mark.parametrize("depth", [10_000, 200_000])
def test_deeply_nested_html_is_extracted_or_refused(depth):
    for tag in ("div", "b", "table"):
        html = f"<html><body>{f'<{tag}>' * depth}Text of the story here.{f'</{tag}>' * depth}</body></html>"
        out = _outcome(prepare, RawDocument(data=html.encode(), content_type="text/html", path="nested"))
        assert isinstance(out, Prepared | DatelineError)
        record("nested_html", out)
