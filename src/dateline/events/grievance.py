"""Displeasure said of an actor with whom or whose act it is aimed at
(``ontology/grievance_predicates.json``): "the ministry was disappointed with Ruritania's decision",
"farmers are angry with the minister", "leaders were outraged by the president's remarks", a
headline's "Teachers disappointed with governor's veto". The predicate is its subject's criticism
(CAMEO 111, ACCUSE/disapprove): the subject is the source and the object of the phrase, or its
owner, the target. Displeasure at no one or at a thing no actor owns ("disappointed with the
weather") is no event."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from ..ontology import load_json
from ..ontology.cameo import cameo_code
from .argument_kinds import names_actor
from .lexicon import Sense, verb_lemmas

GRIEVANCE_FILE = "grievance_predicates.json"
# kinship nouns: displeasure with one's own family ("disappointed by her son's grades") is private
LEISURE_FILE = "leisure_exchanges.json"
VERBS_FILE = "cameo_verbs.json"
# the rule prefix of a trigger read from a predicate of displeasure
GRIEVANCE_RULE = "grievance:"


@dataclass(frozen=True)
class GrievanceWords:
    """The verbs whose participles say displeasure, the plain adjectives, copulas and prepositions."""

    verbs: frozenset[str]
    adjectives: frozenset[str]
    copulas: frozenset[str]
    preps: tuple[str, ...]
    cameo: str
    kin: frozenset[str]


@cache
def grievance_words() -> GrievanceWords:
    """The predicates of displeasure, loaded once (the verbs those of the list that the CAMEO
    dictionary has in its blocks of displeasure)."""
    data = load_json(GRIEVANCE_FILE)
    blocks = set(data["blocks"])
    verbs = load_json(VERBS_FILE)["verbs"]
    return GrievanceWords(
        verbs=frozenset(v for v in data["verbs"] if any(e[0] in blocks for e in verbs.get(v, ()))),
        adjectives=frozenset(data["adjectives"]),
        copulas=frozenset(data["copulas"]),
        preps=tuple(data["preps"]),
        cameo=data["cameo"],
        kin=frozenset(load_json(LEISURE_FILE)["kinship_nouns"]),
    )


def _displeasure_word(token: Token) -> bool:
    words = grievance_words()
    if token.lower_ in words.adjectives:
        return True
    if token.tag_ not in ("VBN", "JJ") or not token.lower_.endswith("ed"):
        return False
    return any(lemma in words.verbs for lemma in verb_lemmas(token))


def _subject_of(token: Token) -> Token | None:
    """The one a predicate of displeasure is said of: a copula's complement's ("was disappointed"),
    a participle's with a copula's auxiliary ("were outraged by"), or a headline's participle's noun
    ("Teachers disappointed with ..."); None otherwise."""
    words = grievance_words()
    if token.dep_ == "acomp":
        copula = token.head
        # "why farmers are angry at the government": an explanation asked or given, no criticism
        if copula.lemma_.lower() not in words.copulas or any(c.tag_ == "WRB" for c in copula.children):
            return None
        return next((c for c in copula.children if c.dep_ == "nsubj"), None)
    children = list(token.children)
    copular = any(c.dep_ == "auxpass" and c.lemma_.lower() in words.copulas for c in children)
    if token.tag_ == "VBN" and copular:
        if any(c.tag_ == "WRB" for c in children):
            return None
        return next((c for c in children if c.dep_ == "nsubjpass"), None)
    headline = token.head.dep_ == "ROOT" and token.head.pos_ in ("NOUN", "PROPN")
    return token.head if token.tag_ == "VBN" and token.dep_ == "acl" and headline else None


def _said_of_actor(token: Token) -> bool:
    """Whether a predicate of displeasure is said of an actor ("the ministry was disappointed"; not
    "tensions were inflamed")."""
    subject = _subject_of(token)
    return subject is not None and (subject.tag_ in ("WP", "WDT") or names_actor(subject))


def aimed_at(token: Token) -> list[Token]:
    """The phrases a predicate of displeasure names its object in: each object of its prepositions
    (the ``by`` agent too) that names an actor or is owned by one ("Ruritania's decision")."""
    out: list[Token] = []
    for child in token.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in grievance_words().preps:
            for obj in (p for p in child.children if p.dep_ == "pobj"):
                owner = next((c for c in obj.children if c.dep_ == "poss"), None)
                # an owned thing is aimed at its owner ("the council's decision", "her son's grades")
                aimed = obj if owner is None else owner
                if names_actor(aimed) and aimed.lemma_.lower() not in grievance_words().kin:
                    out.append(obj)
    return out


def grievance_sense(token: Token) -> Sense | None:
    """The criticism a predicate of displeasure voices when it is said of its subject and aimed at an
    actor or an actor's act; None otherwise."""
    if not _displeasure_word(token) or not _said_of_actor(token) or not aimed_at(token):
        return None
    code = grievance_words().cameo
    row = cameo_code(code)
    if row is None or not row.plover_type:
        return None
    return Sense(
        key=token.lower_,
        cameo=code,
        plover=row.plover_type,
        mode=row.plover_mode or None,
        preps=grievance_words().preps,
    )
