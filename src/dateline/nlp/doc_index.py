"""Per-doc lookups computed once (spaCy's ``Token.sent`` and ``Doc.text`` cost O(n) per call)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection, Container, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.attrs import DEP, ENT_TYPE, IDX, LEMMA, LOWER, POS, TAG
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

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


def text_doc(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)`` with ``doc_text`` known from the start: the tokenizer loses no
    character, so the doc's text is ``text`` (and stays it: merges and splits keep the characters)."""
    doc = nlp.make_doc(text)
    doc.user_data[_TEXT_KEY] = text
    return doc


def token_strings(doc: Doc | Span, attr: int) -> list[str]:
    """The string of a string attribute (``ORTH``, ``LOWER``, ``LEMMA``, ``ENT_TYPE``...) of every
    token of a doc or span, read off ``to_array``: no ``Token`` made, each distinct value looked up once."""
    strings = doc.vocab.strings
    known: dict[int, str] = {}
    out = []
    for value in doc.to_array([attr]).reshape(-1).tolist():
        found = known.get(value)
        if found is None:
            found = known[value] = strings[value]
        out.append(found)
    return out


def token_indices(doc: Doc, attr: int, values: Collection[str | int]) -> list[int]:
    """The indices of the tokens of a doc whose attribute ``attr`` is one of ``values`` (strings
    of a string attribute such as ``LOWER`` or ``DEP``, symbol ids of ``POS``), found by comparing
    ``to_array``'s column: no ``Token`` made."""
    if not len(doc) or not values:
        return []
    column = doc.to_array(attr)
    mask = None
    for value in values:
        hit = column == (value if isinstance(value, int) else get_string_id(value))
        mask = hit if mask is None else mask | hit
    return np.flatnonzero(mask).tolist()


@dataclass(frozen=True, slots=True)
class TokenRows:
    """The strings of some tokens' attributes, one list per attribute, in token order: ``pos_``,
    ``tag_``, ``dep_``, ``ent_type_``, ``lower_`` and ``lemma_.lower()``."""

    start: int
    pos: list[str]
    tag: list[str]
    dep: list[str]
    ent_type: list[str]
    lower: list[str]
    lemma: list[str]


_ROW_ATTRS = (POS, TAG, DEP, ENT_TYPE, LOWER, LEMMA)
_ROWS_KEY = "dateline.token_rows"


def _read_rows(tokens: Doc | Span, start: int) -> TokenRows:
    """The ``TokenRows`` of a doc or span, read off one ``to_array`` call."""
    strings = tokens.vocab.strings
    known: dict[int, str] = {}
    columns = []
    for values in tokens.to_array(list(_ROW_ATTRS)).T.tolist():
        column = []
        for value in values:
            found = known.get(value)
            if found is None:
                found = known[value] = strings[value]
            column.append(found)
        columns.append(column)
    lowered: dict[str, str] = {}
    lemmas = []
    for lemma in columns[5]:
        found = lowered.get(lemma)
        if found is None:
            found = lowered[lemma] = lemma.lower()
        lemmas.append(found)
    pos, tag, dep, ent_type, lower, _ = columns
    return TokenRows(start, pos, tag, dep, ent_type, lower, lemmas)


_MEMO_KEY = "dateline.memo"


@contextmanager
def cached_rows(doc: Doc) -> Iterator[None]:
    """Within the block, ``span_rows`` slices one table of the doc's token attributes read on entry
    and ``doc_memo`` holds what is read of the doc once (the doc must not change inside it);
    re-entrant, both dropped when the outermost block ends."""
    if _ROWS_KEY in doc.user_data:
        yield
        return
    doc.user_data[_ROWS_KEY] = _read_rows(doc, 0)
    doc.user_data[_MEMO_KEY] = {}
    try:
        yield
    finally:
        doc.user_data.pop(_ROWS_KEY, None)
        doc.user_data.pop(_MEMO_KEY, None)


def doc_memo(doc: Doc) -> dict[Any, Any] | None:
    """A dict for results read off the doc that hold while it does not change: the one of the
    ``cached_rows`` block the doc is in, else None (nothing is kept)."""
    return doc.user_data.get(_MEMO_KEY)


def doc_rows(doc: Doc) -> TokenRows | None:
    """The ``TokenRows`` of the whole doc inside ``cached_rows``, else None."""
    return doc.user_data.get(_ROWS_KEY)


def span_rows(span: Span) -> TokenRows:
    """The ``TokenRows`` of a span's tokens: a slice of the doc's table inside ``cached_rows``, else
    read off the span alone."""
    rows: TokenRows | None = span.doc.user_data.get(_ROWS_KEY)
    if rows is None:
        return _read_rows(span, span.start)
    start, end = span.start, span.end
    return TokenRows(
        start,
        rows.pos[start:end],
        rows.tag[start:end],
        rows.dep[start:end],
        rows.ent_type[start:end],
        rows.lower[start:end],
        rows.lemma[start:end],
    )


def tokens_where(span: Span, label: str, value: str, words: str, wanted: Container[str]) -> list[Token]:
    """The tokens of a span whose ``label`` column of ``TokenRows`` ("pos", "tag", "dep") is
    ``value`` and whose ``words`` column ("lower", "lemma") is in ``wanted``, read off
    ``span_rows``: no ``Token`` is made of the others."""
    rows = span_rows(span)
    pairs = zip(getattr(rows, label), getattr(rows, words), strict=True)
    return [span.doc[rows.start + n] for n, (a, w) in enumerate(pairs) if a == value and w in wanted]


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


_ENTS_KEY = "dateline.ents"


class _Ents:
    """The doc's entities read once, with the token-to-entity index and the starts built on demand."""

    __slots__ = ("at", "ents", "starts")

    def __init__(self, ents: tuple[Span, ...]) -> None:
        self.ents = ents
        self.at: dict[int, Span] | None = None
        self.starts: list[int] | None = None


@contextmanager
def fixed_ents(doc: Doc) -> Iterator[None]:
    """Within the block, ``doc_ents``, ``entity_at`` and ``ents_within`` read ``doc.ents`` (a new
    ``Span`` of every entity on each access) once; nothing may set the doc's entities inside it.
    Re-entrant; dropped when the outermost block ends."""
    if _ENTS_KEY in doc.user_data:
        yield
        return
    doc.user_data[_ENTS_KEY] = None
    try:
        yield
    finally:
        doc.user_data.pop(_ENTS_KEY, None)


def _fixed(doc: Doc) -> _Ents | None:
    """The entities of the ``fixed_ents`` block the doc is in (read on first use), else None."""
    user_data = doc.user_data
    if _ENTS_KEY not in user_data:
        return None
    fixed = user_data[_ENTS_KEY]
    if fixed is None:
        fixed = user_data[_ENTS_KEY] = _Ents(doc.ents)
    return fixed


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, read once per ``fixed_ents`` block."""
    fixed = _fixed(doc)
    return doc.ents if fixed is None else fixed.ents


def entity_at(doc: Doc, i: int) -> Span | None:
    """The entity token ``i`` lies in, if any (inside ``fixed_ents`` off one index per doc)."""
    fixed = _fixed(doc)
    if fixed is None:
        return next((e for e in doc.ents if e.start <= i < e.end), None)
    if fixed.at is None:
        fixed.at = {n: ent for ent in fixed.ents for n in range(ent.start, ent.end)}
    return fixed.at.get(i)


def ents_within(span: Span) -> list[Span]:
    """``span.ents``: the doc's entities from the first that starts in the span, up to the first
    that ends past it (inside ``fixed_ents`` found by bisection, else ``entities_within``)."""
    fixed = _fixed(span.doc)
    if fixed is None:
        return entities_within(span)
    if fixed.starts is None:
        fixed.starts = [ent.start for ent in fixed.ents]
    found: list[Span] = []
    ents, end = fixed.ents, span.end
    for n in range(bisect_left(fixed.starts, span.start), len(ents)):
        if ents[n].end > end:
            break
        found.append(ents[n])
    return found
