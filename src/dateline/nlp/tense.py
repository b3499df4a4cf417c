"""Which way a time expression points from the anchor, read from the tense of the verb that governs it.

+1: forward (future, modal, "is scheduled to", "plans to"); -1: back (past tense, perfect);
0: present or unknown. Cue words are data (``time_lexicon.json`` "tense").
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from .time_grammar import lexicon

_MAX_HOPS = 8


@cache
def _cues() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    tense = lexicon()["tense"]
    return (
        frozenset(tense["future_modals"]),
        frozenset(tense["future_verbs"]),
        frozenset(tense["perfect_aux"]),
    )


def governing_verb(doc: Doc, start: int, end: int) -> Token | None:
    """The nearest verb above the tokens of ``[start, end)`` in the dependency tree, if any."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span.root
    for _ in range(_MAX_HOPS):
        if token.pos_ in ("VERB", "AUX") and token not in span:
            return token
        if token.head is token:
            return token if token.pos_ in ("VERB", "AUX") else None
        token = token.head
    return None


def verb_direction(verb: Token) -> int:
    """+1 for future or modal, -1 for past or perfect, 0 for present."""
    modals, future_verbs, perfect = _cues()
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & modals or verb.lower_ in modals:
        return 1
    if verb.dep_ == "xcomp" and (verb.head.lemma_ in future_verbs or verb.head.lower_ == "going"):
        return 1
    if verb.lemma_ in future_verbs and any(c.dep_ == "xcomp" for c in verb.children):
        return 1
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return -1
    if verb.tag_ == "VBN" and words & perfect:
        return -1
    return 0


def direction(doc: Doc, start: int, end: int) -> int:
    """The direction of the time expression at ``[start, end)``; 0 when the parse says nothing."""
    if not doc.has_annotation("DEP"):
        return 0
    verb = governing_verb(doc, start, end)
    return verb_direction(verb) if verb is not None else 0
