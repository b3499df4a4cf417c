"""An investigation that reports what it found (``ontology/finding_verbs.json``): "an FBI probe
found that the sheriff took bribes", "a Senate inquiry concluded that the ministry misled
parliament". The investigation noun is the subject of a verb of finding; the institution named
before it ("FBI", "Senate") is its doer, and the subject of the clause found ("the sheriff") the
one it is aimed at."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from ..ontology import load_json

FINDING_FILE = "finding_verbs.json"
# words of state bodies' names ("Department", "Senate", "Commission")
STATE_WORDS_FILE = "places_demonym_state_words.json"
INVESTIGATE_MODE = "investigate"


@dataclass(frozen=True)
class FindingWords:
    """The verbs of finding and the entity labels of an institution named before the noun."""

    verbs: frozenset[str]
    doer_entities: frozenset[str]
    state_words: frozenset[str]


@cache
def finding_words() -> FindingWords:
    """The verbs of finding, loaded once."""
    data = load_json(FINDING_FILE)
    return FindingWords(
        verbs=frozenset(data["verbs"]),
        doer_entities=frozenset(data["doer_entities"]),
        state_words=frozenset(load_json(STATE_WORDS_FILE)["words"]),
    )


def _finding_verb(noun: Token) -> Token | None:
    """The verb of finding an investigation noun is the subject of, with the clause found ("found
    that the sheriff took bribes"; not "found no evidence of fraud"), or None."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in finding_words().verbs:
        return None
    return verb if any(c.dep_ == "ccomp" for c in verb.children) else None


def finding_doer(noun: Token, mode: str | None) -> Token | None:
    """The institution an investigation that reports a finding is named by ("FBI" of "an FBI probe
    found ..."): the last word of an institution's name compounded before the noun; None when the
    noun is no investigation reporting a finding or names no institution."""
    if mode != INVESTIGATE_MODE or _finding_verb(noun) is None:
        return None
    words = finding_words()
    names = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    named = [c for c in names if c.ent_type_ in words.doer_entities]
    # an institution's name: an acronym ("FBI") or a name with a word of state bodies ("Justice
    # Department"); a person's or a company's name before the noun is the one investigated
    acronym = any(c.text.isupper() and c.text.isalpha() and len(c.text) > 1 for c in named)
    institution = acronym or any(c.text in words.state_words for c in named)
    return named[-1] if named and institution else None


def found_subjects(noun: Token) -> list[Token]:
    """The subjects of the clauses an investigation noun found ("the sheriff" of "an FBI probe found
    that the sheriff took bribes")."""
    verb = _finding_verb(noun)
    if verb is None:
        return []
    return [
        s
        for clause in verb.children
        if clause.dep_ == "ccomp"
        for s in clause.children
        if s.dep_ in ("nsubj", "nsubjpass")
    ]
