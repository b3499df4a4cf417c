"""Per-doc lookups computed once (spaCy's ``Token.sent`` and ``Doc.text`` cost O(n) per call)."""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "dateline.sentence_bounds"


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """For each token index, the (start, end) token range of its sentence; cached on the doc."""
    cached = doc.user_data.get(_KEY)
    if cached is not None and len(cached) == len(doc):
        return cached
    bounds: list[tuple[int, int]] = []
    for sent in doc.sents:
        bounds.extend([(sent.start, sent.end)] * (sent.end - sent.start))
    doc.user_data[_KEY] = bounds
    return bounds


_TEXT_KEY = "dateline.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per doc (spaCy rebuilds it from the tokens on every access)."""
    cached = doc.user_data.get(_TEXT_KEY)
    if cached is None:
        cached = doc.user_data[_TEXT_KEY] = doc.text
    return cached
