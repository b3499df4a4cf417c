"""What a cue verb reports: the tokens of its reported clause, object, to-clause or prepositional object."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .quote_cues import Cues
from .quote_speakers import Attributor

_MAX_CONTENT = 160
# What follows a reported object and belongs to it: "criticized X for Y", "cited X on Tuesday".
_OBJECT_TAIL = ("prep", "oprd")
_RELATIVE = ("who", "which", "whose", "whom")
_AS_CLAUSE_DEPS = frozenset(
    {"mark", "nsubj", "nsubjpass", "aux", "auxpass", "advmod", "prt", "punct", "npadvmod", "neg"}
)


def content_of(attributor: Attributor, cue: Token, object_cues: bool) -> tuple[int, int, int] | None:
    """Token range of what a cue verb reports, and a rank (0 clause, 1 other): clause first."""
    lexicon = attributor.cues
    doc = cue.doc
    lemma = cue.lemma_.lower()
    clauses = [
        c
        for c in cue.children
        if (c.dep_ == "ccomp" and lemma in lexicon.clausal)
        or (c.dep_ in ("xcomp", "oprd") and lemma in lexicon.naming)
    ]
    rank = 0
    if clauses and lemma in lexicon.naming:
        clauses += [c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i]
    if not clauses and object_cues:
        rank = 1
        clauses = _other_complements(attributor, cue, lemma)
    if not clauses:
        return None
    objects = [c for c in clauses if c.dep_ == "dobj"]
    if objects:
        tail = [c for c in cue.children if c.dep_ in _OBJECT_TAIL and c.i > objects[0].i]
        clauses += [c for c in tail if c not in clauses and not _names_medium(lexicon, c)]
    after = [c for c in clauses if c.i > cue.i]
    side = after or clauses
    lo = min(c.left_edge.i for c in side)
    hi = max(c.right_edge.i for c in side) + 1
    if lo <= cue.i < hi:
        if after:
            lo = cue.i + 1
        else:
            hi = cue.i
    subject = attributor.subject_of(cue)
    if subject is not None and lo <= subject.i < hi:
        if subject.i < side[0].i:
            lo = subject.right_edge.i + 1
        else:
            hi = subject.left_edge.i
    if lo > cue.i:
        hi = next((t.i for t in doc[lo:hi] if t.text == ";"), hi)
        hi = _before_aside(doc, lo, hi)
    if hi - lo > _MAX_CONTENT:
        lo, hi = (lo, lo + _MAX_CONTENT) if after else (hi - _MAX_CONTENT, hi)
    return (lo, hi, rank) if hi - lo >= 2 else None


def parenthetical_of(attributor: Attributor, cue: Token) -> tuple[int, int, int, int] | None:
    """A sentence reported around a parenthetical cue clause ("Acts of protest, she said, are …",
    "As the mayor noted, the bridge is old").

    Returns the sentence's token range and the range of the cue clause inside it, which is not
    part of what was said; None unless the cue is a speech verb hung on the sentence by parataxis,
    with its own subject and no reported clause of its own.
    """
    lexicon = attributor.cues
    if cue.lemma_.lower() not in lexicon.clausal:
        return None
    if cue.dep_ != "parataxis" and not (cue.dep_ == "advcl" and _marked_as(cue)):
        return None
    if any(c.dep_ == "ccomp" for c in cue.children) or attributor.subject_of(cue) is None:
        return None
    lo, hi = attributor.geometry.sents[cue.i]
    hole_lo, hole_hi = cue.left_edge.i, cue.right_edge.i + 1
    if not lo <= hole_lo < hole_hi <= hi or hi - lo - (hole_hi - hole_lo) < 3:
        return None
    return lo, hi, hole_lo, hole_hi


def _marked_as(cue: Token) -> bool:
    """Whether a cue is a bare "as" clause on its sentence's main verb ("As experts have pointed out, …").

    The clause has its own subject and reports nothing itself ("as promised" has no speaker, "as
    he went on about taxes" reports through its object).
    """
    deps = {c.dep_ for c in cue.children}
    return (
        cue.head.dep_ == "ROOT"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)
        and bool(deps & {"nsubj", "nsubjpass"})
        and deps <= _AS_CLAUSE_DEPS
    )


def _before_aside(doc: Doc, lo: int, hi: int) -> int:
    """End of a reported span before a closing aside set off by a comma (", who …", ", which …")."""
    for t in doc[lo:hi]:
        if t.dep_ == "relcl" and t.i > lo:
            first = t.left_edge
            if (
                first.lower_ in _RELATIVE
                and first.i > lo
                and doc[first.i - 1].text == ","
                and t.right_edge.i + 1 >= hi
            ):
                return first.i - 1
    return hi


def _names_medium(lexicon: Cues, prep: Token) -> bool:
    """Whether a prepositional phrase says where something was said ("in a statement")."""
    return any(c.dep_ == "pobj" and c.lemma_.lower() in lexicon.media for c in prep.children)


def _other_complements(attributor: Attributor, cue: Token, lemma: str) -> list[Token]:
    """The object, to-clause or prepositional object a non-clausal cue reports through."""
    lexicon = attributor.cues
    if attributor.subject_of(cue) is None:
        return []
    found = []
    preps = lexicon.prepositional.get(lemma, frozenset())
    for child in cue.children:
        if child.i < cue.i:
            continue
        if child.dep_ == "dobj" and lemma in lexicon.object:
            found.append(child)
        elif child.dep_ == "xcomp" and lemma in lexicon.infinitive:
            found.append(child)
        elif child.dep_ == "prep" and child.lower_ in preps:
            found.extend(c for c in child.children if c.dep_ in ("pobj", "pcomp"))
    if found and lemma in lexicon.infinitive:
        found.extend(c for c in cue.children if c.dep_ == "xcomp" and c not in found and c.i > cue.i)
    return found
