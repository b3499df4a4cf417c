"""Per-doc lookups computed once (spaCy's ``Token.sent`` and ``Doc.text`` cost O(n) per call)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.attrs import IDX
from spacy.tokens import Doc, Span

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


def token_strings(doc: Doc, attr: int) -> list[str]:
    """The string of a string attribute (``ORTH``, ``LOWER``, ``LEMMA``, ``ENT_TYPE``...) of every token,
    read off ``Doc.to_array``: no ``Token`` made, each distinct value looked up once."""
    strings = doc.vocab.strings
    known: dict[int, str] = {}
    out = []
    for value in doc.to_array([attr]).reshape(-1).tolist():
        found = known.get(value)
        if found is None:
            found = known[value] = strings[value]
        out.append(found)
    return out


_NEWLINES_KEY = "dateline.newline_tokens"


def newline_within(doc: Doc, start: int, end: int) -> bool:
    """Whether a token from ``start`` to ``end`` (exclusive) holds a line break; the tokens that
    hold one are found once per doc (again after a merge of tokens changes its length, as for
    ``sentence_bounds``)."""
    size, found = doc.user_data.get(_NEWLINES_KEY, (None, None))
    if size != len(doc) or found is None:
        found = _newline_tokens(doc)
        doc.user_data[_NEWLINES_KEY] = (len(doc), found)
    at = bisect_left(found, start)
    return at < len(found) and found[at] < end


def _newline_tokens(doc: Doc) -> list[int]:
    """The indices of the tokens whose text holds a line break: a token's trailing whitespace is at
    most one space, so every line break of the text lies inside a token."""
    text = doc_text(doc)
    starts = doc.to_array([IDX]).reshape(-1).tolist()
    found: list[int] = []
    at = text.find("\n")
    while at >= 0:
        i = bisect_right(starts, at) - 1
        if not found or found[-1] != i:
            found.append(i)
        at = text.find("\n", at + 1)
    return found


def entities_within(span: Span) -> list[Span]:
    """``span.ents`` (the named entities wholly inside the span), read off the span's own tokens:
    spaCy's ``Span.ents`` makes a ``Span`` of every entity of the Doc to choose among them."""
    doc = span.doc
    found: list[Span] = []
    i, end, length = span.start, span.end, len(doc)
    while i < end:
        token = doc[i]
        if token.ent_iob != 3 or token.ent_type == 0:
            i += 1
            continue
        j = i + 1
        while j < length and doc[j].ent_iob == 1:
            j += 1
        if j > end:
            break
        found.append(Span(doc, i, j, label=token.ent_type, kb_id=token.ent_kb_id, span_id=token.ent_id))
        i = j
    return found
