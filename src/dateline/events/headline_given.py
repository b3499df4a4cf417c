"""A headline's reduced passive of a verb of giving that keeps its object ("Journalists granted
asylum by Ecuador", "Rebels offered amnesty by the junta").

Headlines drop the auxiliary of a passive ("Envoy expelled by Peru"), and the parse reads such a
line right when the participle has no object. A verb of giving or refusing (``retained_object_verbs``
of ``event_cues.json``) keeps its object in the passive ("were granted asylum"), so the parse reads
the participle as active with the receivers as its doers. When a headline's root is such a
verb in the past tense or participle with no auxiliary, a subject before it, a direct object after it and a
"by" phrase after the object that names an actor, the line is read as the passive it is: the
subject receives, the "by" phrase gives.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .argument_kinds import names_actor
from .doc_copy import copy_parse
from .lexicon import cues

# links the parse may give a "by" phrase it reads as an active verb's
BY_DEPS = frozenset({"agent", "dative", "prep"})


def _given_by(verb: Token) -> Token | None:
    """The "by" preposition of a headline's verb of giving read as active (module docstring)."""
    if (
        verb.dep_ != "ROOT"
        or verb.tag_ not in ("VBD", "VBN")
        or verb.lemma_.lower() not in cues().retained_object_verbs
    ):
        return None
    children = list(verb.children)
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in children):
        return None
    subjects = [c for c in children if c.dep_ == "nsubj" and c.i < verb.i]
    objects = [c for c in children if c.dep_ == "dobj" and c.i > verb.i]
    if not subjects or not objects or not names_actor(subjects[0]):
        return None
    for holder in (verb, objects[0]):
        for prep in holder.children:
            if prep.dep_ in BY_DEPS and prep.lower_ == "by" and prep.i > objects[0].i:
                if any(p.dep_ == "pobj" and names_actor(p) for p in prep.children):
                    return prep
    return None


def with_given_passive(parsed: Doc) -> Doc:
    """``parsed``, or a copy with a headline's verb of giving read as active (``_given_by``) read
    as the reduced passive it is: the subject a passive subject, the "by" phrase its agent."""
    verb = next((t for t in parsed if t.dep_ == "ROOT"), None)
    prep = _given_by(verb) if verb is not None else None
    if verb is None or prep is None:
        return parsed
    deps = [t.dep_ for t in parsed]
    tags = [t.tag_ for t in parsed]
    for child in verb.children:
        if child.dep_ == "nsubj" and child.i < verb.i:
            deps[child.i] = "nsubjpass"
    if prep.head.i == verb.i:
        deps[prep.i] = "agent"
    tags[verb.i] = "VBN"
    return copy_parse(parsed, tags=tags, deps=deps)
