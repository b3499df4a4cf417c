"""The cue lexicon (``ontology/quote_cues.json``) and the test of whether a token is a cue.

A cue is a verb that reports speech or writing. Which complement a verb takes decides what it
reports: a clause ("said that …"), an object ("cited the poll"), a to-clause ("vowed to …") or a
prepositional object ("called for …").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from ..ontology import load_json


@dataclass(frozen=True)
class Cues:
    """The cue lexicon."""

    clausal: frozenset[str]
    particles: dict[str, str]
    naming: frozenset[str]
    object: frozenset[str]
    infinitive: frozenset[str]
    prepositional: dict[str, frozenset[str]]
    media: frozenset[str]
    labels: frozenset[str]

    def any(self, lemma: str) -> bool:
        """Whether a lemma is a cue of any class."""
        return (
            lemma in self.clausal
            or lemma in self.object
            or lemma in self.infinitive
            or lemma in self.prepositional
        )

    def is_cue(self, token: Token) -> bool:
        """Whether a token is a verb of the lexicon, with its particle when it needs one."""
        if token.pos_ not in ("VERB", "AUX") and not token.tag_.startswith("VB"):
            return False
        lemma = token.lemma_.lower()
        if not self.any(lemma):
            return False
        particle = self.particles.get(lemma)
        return particle is None or any(c.dep_ == "prt" and c.lower_ == particle for c in token.children)

    def is_speech_cue(self, token: Token) -> bool:
        """Whether a token is a cue that can introduce a quotation or a reported clause."""
        return self.is_cue(token) and token.lemma_.lower() in self.clausal


@cache
def cues() -> Cues:
    """The cue lexicon from ``ontology/quote_cues.json``."""
    data = load_json("quote_cues.json")
    return Cues(
        clausal=frozenset(data["clausal"]),
        particles=dict(data["needs_particle"]),
        naming=frozenset(data["naming"]),
        object=frozenset(data["object"]),
        infinitive=frozenset(data["infinitive"]),
        prepositional={k: frozenset(v) for k, v in data["prepositional"].items()},
        media=frozenset(data["media"]),
        labels=frozenset(data["labels"]),
    )
