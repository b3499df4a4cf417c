"""Reports closed by an inverted cue that the parse misread as a modifier of the name after it.

"Entry is free for children, added Marsh." is a report with its cue and speaker inverted after
the clause (as "…, said Marsh."); the tagger may read the past form as a participle modifying
the name ("added" as in "added value"), so no clause hangs on the cue. The clause before the
comma is then what was said, and the name after the cue, to the end of the sentence, who said it.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import DEP
from spacy.tokens import Span, Token

from .doc_index import token_indices
from .quote_geometry import strip_span
from .quote_speakers import Attributor

_MISREAD = frozenset(("amod", "compound", "nmod", "acl"))
_NAME_PARTS = frozenset(("PROPN", "NOUN", "DET", "ADJ"))
_FINITE = frozenset(("VBD", "VBZ", "VBP", "MD"))
_MAX_NAME = 6


def misread_inversions(attributor: Attributor, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Reports of sentences ending ", CUE Name." whose cue the parse made a modifier."""
    geo = attributor.geometry
    doc = geo.doc
    cues = attributor.cues
    results: list[dict[str, Any]] = []
    for index in token_indices(doc, DEP, _MISREAD):
        token = doc[index]
        if token.tag_ not in ("VBD", "VBN") or index == 0:
            continue
        lemma = token.lemma_.lower()
        if doc[token.i - 1].text != "," or lemma not in cues.clausal:
            continue
        if lemma in cues.attributive_participles and doc[token.i + 1].pos_ == "NOUN":
            # ", noted historian Ana Cruz.": an adjective of the person, not an inverted cue.
            continue
        first, end = geo.sents[token.i]
        name = _name_to_sentence_end(attributor, token, end)
        if name is None or token.i - 1 <= first:
            continue
        clause = doc[first : token.i - 1]
        if not any(t.tag_ in _FINITE for t in clause):
            continue
        start, stop = strip_span(geo.text, clause[0].idx, doc[token.i - 2].idx + len(doc[token.i - 2]))
        if geo.alpha_count(start, stop) < 3 or geo.inside_any_quote(start) or geo.inside_covered(start):
            continue
        if any(q["start"] < stop and q["end"] > start for q in found):
            continue
        head = next((t for t in reversed(name) if not name.start <= t.head.i < name.end), name[-1])
        if head.pos_ != "PROPN" and head.i not in attributor.mention_at:
            continue
        quote: dict[str, Any] = {
            "kind": "indirect",
            "text": geo.text[start:stop],
            "start": start,
            "end": stop,
        }
        quote.update({"parts": None, **attributor.speaker_from(head, name)})
        quote.update({"cue": token.text, "cue_start": token.idx, "cue_end": token.idx + len(token)})
        quote.update({"medium": None, "_rank": 1})
        results.append(quote)
    return results


def _name_to_sentence_end(attributor: Attributor, cue: Token, end: int) -> Span | None:
    """The name phrase from after the cue to the sentence's closing punctuation, if it names someone."""
    doc = cue.doc
    stop = end
    while stop > cue.i + 1 and (doc[stop - 1].is_punct or doc[stop - 1].is_space):
        stop -= 1
    if stop <= cue.i + 1 or stop - cue.i - 1 > _MAX_NAME:
        return None
    if stop < len(doc) and doc[stop].text not in (".", "!"):
        return None
    span = doc[cue.i + 1 : stop]
    if any(t.pos_ not in _NAME_PARTS for t in span):
        return None
    if not any(t.pos_ == "PROPN" or t.i in attributor.mention_at for t in span):
        return None
    return span
