"""Dissent against a country's own measure: the country that owns the policy, decision, law or
other measure a protest, strike or boycott is aimed at ("workers protested against France's
pension reform") is where the protesters live, when nothing else places them
(``protested_measures_about`` of ``actor_sectors.json``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from ..ontology import load_json
from .argument_kinds import OWNER_DEPS

# prepositions by which an event reaches the word of dissent it is told with ("went on strike",
# "staged a protest"), not a call for one ("called for a rally")
DISSENT_PREPS = frozenset({"on", "in"})
# dependencies by which a word of dissent hangs on the event it tells ("blocked roads in protest")
ADJUNCT_DEPS = frozenset({"dobj", "pobj", "prep"})


@dataclass(frozen=True)
class ProtestWords:
    """The word lists of ``actor_sectors.json`` for protested measures."""

    dissent: frozenset[str]
    measures: frozenset[str]
    preps: frozenset[str]
    officeholders: frozenset[str]
    outsiders: frozenset[str]


@cache
def protest_words() -> ProtestWords:
    """The protested-measure word lists, loaded once."""
    data = load_json("actor_sectors.json")
    return ProtestWords(
        dissent=frozenset(data["dissent_words"]),
        measures=frozenset(data["measure_nouns"]),
        preps=frozenset(data["measure_preps"]),
        officeholders=frozenset(data["officeholder_sectors"]),
        outsiders=frozenset(data["outsider_words"]),
    )


def _is_dissent(token: Token) -> bool:
    words = protest_words().dissent
    return token.lemma_.lower() in words or token.lower_ in words


def names_dissent(noun: Token) -> bool:
    """Whether a noun, alone or with the words hyphenated to it, is a word of dissent ("a strike",
    "a sit-in", "a boycott"): the dissent itself, not a thing it is aimed at."""
    if _is_dissent(noun):
        return True
    start = noun.i
    while start > noun.left_edge.i and not noun.doc[start - 1].whitespace_:
        start -= 1
    return noun.doc[start : noun.i + 1].text.lower() in protest_words().dissent


def _tells_dissent(event: Token) -> bool:
    """Whether an event is told by a word of dissent: itself, its object or the object of its
    ``DISSENT_PREPS`` phrase ("protested", "held a sit-in", "went on strike", "blocked
    roads in protest")."""
    if _is_dissent(event):
        return True
    for child in event.children:
        if child.dep_ == "dobj" and _is_dissent(child):
            return True
        if child.dep_ == "prep" and child.lower_ in DISSENT_PREPS:
            if any(p.dep_ == "pobj" and _is_dissent(p) for p in child.children):
                return True
    return False


def _adjunct_of(token: Token, event: Token) -> bool:
    """Whether a word hangs on an event by objects and ``DISSENT_PREPS`` phrases only ("blocked
    roads in protest"), not in a clause of its own ("arrested workers who protested") nor as what
    is called for ("called for a rally")."""
    current = token
    while current.i != event.i:
        if current.dep_ not in ADJUNCT_DEPS or current.head.i == current.i:
            return False
        if current.dep_ == "prep" and current.lower_ not in DISSENT_PREPS:
            return False
        current = current.head
    return True


def _measure(noun: Token) -> bool:
    """Whether a noun names a measure ("the reform", "the import rules", "a fuel tax increase")."""
    measures = protest_words().measures
    words = [noun] + [c for c in noun.children if c.dep_ == "compound"]
    return any(w.lemma_.lower() in measures or w.lower_ in measures for w in words)


def _owned_object(event: Token, noun: Token) -> bool:
    """Whether the event's object, other than the measure, is a country's ("boycotted Israeli
    goods"): a boycott of a country's things is waged from outside it."""
    for child in event.children:
        if child.dep_ == "dobj" and child.i != noun.i and not _is_dissent(child):
            measure = {t.i for t in noun.subtree}
            if any(t.ent_type_ in ("NORP", "GPE") for t in child.subtree if t.i not in measure):
                return True
    return False


def protested_measure(place: Token, event: Token | None) -> bool:
    """Whether a place names the country that owns a measure an event of dissent is aimed at, as
    the object of the event or of its ``measure_preps`` phrase ("protested against France's pension
    reform", "boycotted Kenya's new fees", "demonstrated against the Czech government's cuts"); not
    a country protested itself ("protested against Israel") nor one that owns no measure ("against
    Russia's invasion")."""
    if event is None or place.dep_ not in OWNER_DEPS:
        return False
    noun = place.head
    if noun.dep_ == "poss" and not _measure(noun):
        noun = noun.head  # "the Czech government's pension cuts"
    if noun.pos_ not in ("NOUN", "PROPN") or not _measure(noun):
        return False
    if noun.dep_ == "conj" or any(c.dep_ == "conj" for c in noun.children):
        return False  # "against France's pension reform and Germany's budget cuts": whose?
    prep = noun.head
    if noun.dep_ == "pobj" and (prep.dep_ == "conj" or any(c.dep_ == "conj" for c in prep.children)):
        return False  # "against France's reform and against Germany's cuts"
    if _owned_object(event, noun):
        return False  # "boycotted Israeli goods over Israel's policy": outsiders boycott them
    if noun.dep_ == "pobj" and noun.head.lower_ in protest_words().preps:
        aimed = noun.head.head
    elif noun.dep_ == "dobj":
        aimed = noun.head
    else:
        return False
    if aimed.i == event.i or (aimed.dep_ == "dobj" and aimed.head.i == event.i):
        return _tells_dissent(event)  # "boycotted the market over Poland's import rules"
    return _is_dissent(aimed) and _adjunct_of(aimed, event)
