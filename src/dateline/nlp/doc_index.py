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
