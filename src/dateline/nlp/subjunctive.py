"""Subjunctive that-clauses the parser reads as one noun phrase.

In "demanded that the minister resign" the verb of the clause is a bare base form with no
auxiliary, and the small model often tags it a noun and hangs the subject on it as a compound
("the minister resign" read like "the minister resignation"). A clause marked by "that" cannot be
headed by a bare noun, so when a complement noun (``ccomp``, or ``dobj`` as in "asked that the
council reconsider") with a "that" marker is a word WordNet lists as a verb and a compound noun or
a subject stands right before it, the noun is read as the clause's base-form verb and that noun as
its subject (the words before it go with the subject).
"""

from __future__ import annotations

from spacy.attrs import DEP, TAG
from spacy.tokens import Doc, Token

from .doc_index import token_indices

_NOUN_TAGS = frozenset({"NN", "NNP"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_BASE_FORM = "VerbForm=Inf"
# the clause may be read as the verb's object ("asked that the council reconsider")
_CLAUSE_DEPS = frozenset({"ccomp", "dobj"})


class SubjunctiveClauses:
    """Reads "that the minister resign" as subject + base-form verb (run by the pipeline's
    ``dateline_verb_forms`` component, after the lemmatizer), with ``verbs`` the verbs of WordNet."""

    def __init__(self, verbs: frozenset[str]) -> None:
        self.verbs = verbs

    def misread(self, token: Token) -> Token | None:
        """The compound noun that is really the subject when ``token`` is a subjunctive verb read
        as the head noun of its that-clause, else None."""
        if token.dep_ not in _CLAUSE_DEPS or token.tag_ not in _NOUN_TAGS or token.lower_ not in self.verbs:
            return None
        if token.head.i == token.i or token.head.pos_ not in ("VERB", "AUX"):
            return None
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in token.lefts):
            return None
        if any(c.i > token.i for c in token.children if c.dep_ not in ("punct", "prep", "advmod")):
            return None
        subject = token.doc[token.i - 1] if token.i else None
        if subject is None or subject.head.i != token.i or subject.dep_ not in ("compound", "nsubj"):
            return None
        return subject if subject.pos_ in _NOUN_POS else None

    def __call__(self, doc: Doc) -> Doc:
        """Repairs the subjunctive clauses of ``doc``."""
        # ``misread`` asks first for a noun tag and a clause's dependency: no other word's Token is made
        tagged = set(token_indices(doc, TAG, _NOUN_TAGS))
        for i in token_indices(doc, DEP, _CLAUSE_DEPS):
            if i not in tagged:
                continue
            token = doc[i]
            subject = self.misread(token)
            if subject is None:
                continue
            for child in [c for c in token.lefts if c.i < subject.i and c.dep_ != "mark"]:
                child.head = subject
            subject.dep_ = "nsubj"
            token.dep_ = "ccomp"
            token.tag_ = "VB"
            token.pos_ = "VERB"
            token.lemma_ = token.lower_
            token.set_morph(_BASE_FORM)
        return doc
