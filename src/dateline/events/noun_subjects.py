"""Event nouns as subjects: "talks between A and B collapsed", "relations between A and B improved".

The CAMEO verb dictionary writes patterns whose subject is an event noun (``TALKS *`` [164] under
COLLAPSE and FAIL, ``RELATIONS *`` [050] under IMPROVE, ``TENSIONS *`` [080] under EASE). The act
the verb tells is then one between the noun's parties: those of its "between" phrase (coded once,
the first-named as source, as a reciprocal event is), or its possessor or adjective of nationality
as source and its "with" phrase as target ("Chile's talks with Peru failed"). A noun that names
people ("troops", "protesters") is a doer, none of these.
"""

from __future__ import annotations

from spacy.tokens import Token

from .argument_kinds import names_actor
from .patterns import Pattern

PARTY_PREPS = ("between", "with")
# the nouns of a relation between parties among the dictionary's event-noun subjects (TALKS, its
# &NEGOTIATION set, RELATIONS, TIES, TENSIONS, STANDOFF, ENMITY, DISTRUST); "crisis", "attack",
# "strife" name no two sides' relation, and their patterns keep the verb's own reading
RELATION_NOUNS = frozenset(
    {
        "talks",
        "negotiation",
        "negotiations",
        "dialogue",
        "dialogues",
        "discussion",
        "discussions",
        "relations",
        "relationship",
        "ties",
        "tension",
        "tensions",
        "standoff",
        "enmity",
        "distrust",
    }
)
# marks an event coded between an event noun's parties until the private-party test has read it
PARTY_KEY = "_party"
# the type whose private-party test the fate of talks takes ("merger talks between two banks failed")
MEETING_TYPE = "CONSULT"


def _party_words(noun: Token) -> bool:
    """Whether a noun carries a phrase that may name its parties: "between" two joined phrases
    ("between A and B", not "between the two leaders", which names neither apart) or "with" an
    actor (not an instrument: "an attack with drones")."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in PARTY_PREPS:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if prep.lower_ == "between" and any(c.dep_ == "conj" for c in obj.children):
                return True
            if prep.lower_ == "with" and names_actor(obj):
                return True
    return False


def party_subject(verb: Token) -> Token | None:
    """A verb's noun subject of a relation (``RELATION_NOUNS``) with a phrase that may name its parties
    (cheap test before a match)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ == "xcomp" for c in verb.children):
        # "talks failed to produce a deal": the act is the complement's, the talks were held
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if (
        subject is None
        or subject.pos_ != "NOUN"
        or RELATION_NOUNS.isdisjoint((subject.lower_, subject.lemma_.lower()))
    ):
        return None
    if not _party_words(subject) or names_actor(subject):
        # "troops with the mission", "police with dogs": a doer's own pattern, no event noun
        return None
    return subject


def party_noun(verb: Token, pattern: Pattern | None) -> Token | None:
    """The event noun subject of a verb that a dictionary pattern names as the verb's subject
    ("talks" in "talks between A and B collapsed" by ``TALKS *``), when the noun has a phrase that
    may name its parties (``party_subject``); else None."""
    if pattern is None or pattern.code is None or not pattern.subj:
        return None
    if not pattern.obj and any(c.dep_ == "dobj" for c in verb.children):
        # "an attack with drones damaged two tankers": the object the pattern leaves open is the target
        return None
    subject = party_subject(verb)
    if subject is None:
        return None
    words = {subject.lower_, subject.lemma_.lower()}
    return subject if any(words & slot for slot in pattern.subj) else None


def noun_parties(noun: Token) -> tuple[Token | None, Token | None]:
    """The source and target heads an event noun names: the first object of its "between" phrase
    (its conjuncts are the other side; no target head), else its possessor or adjective of
    nationality and the object of its "with" phrase."""
    source: Token | None = None
    target: Token | None = None
    for child in noun.children:
        objects = [p for p in child.children if p.dep_ == "pobj"]
        if child.dep_ == "prep" and child.lower_ == "between" and objects:
            return objects[0], None
        if child.dep_ == "prep" and child.lower_ == "with" and objects:
            target = objects[0]
        elif child.dep_ == "poss" or (child.dep_ in ("amod", "compound") and child.ent_type_ == "NORP"):
            source = child
    return source, target
