"""A headline whose event noun is the subject of a verb of taking place or ending that the tagger
read as a noun ("Peace talks resume in Doha", "Negotiations between Chile and Peru resume",
"Miners' walkout ends after pay offer").

In such a line the verb's present form ("resume", "ends") is also a noun, so the parse of the
sentence-cased line may find no verb at all and hang the verb on the noun phrase before it. When
the line has no verb as its root, a word after an event noun of the lexicon that is the present
tense of one of ``occurrence_verbs``, ``ending_verbs`` or ``held_meeting_subject_verbs``
(``event_cues.json``), agreeing with that noun in number and followed by a preposition, a
particle, an adverb or the end of the line, is read as the line's verb with the noun as its
subject, so that the talks, the strike or the fighting is told as taking place or ending.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from .doc_copy import copy_parse
from .lexicon import cues, match_noun

# what may follow the verb: its phrase, its particle, an adverb, or nothing
AFTER_VERB_POS = frozenset({"ADP", "PART", "ADV", "PUNCT", "SPACE"})
NOMINAL_POS = frozenset({"NOUN", "PROPN"})


@cache
def _verbs() -> frozenset[str]:
    """The verbs of taking place or ending (``event_cues.json``) a headline may hide as nouns."""
    c = cues()
    return c.occurrence_verbs | c.ending_verbs | c.held_meeting_subject_verbs


def _verb_lemma(word: str, plural_subject: bool) -> str | None:
    """The lemma of a present-tense form agreeing with a plural or a singular subject."""
    if plural_subject:
        return word if word in _verbs() else None
    if not word.endswith("s"):
        return None
    stems = [word[:-1], word[:-2]] if word.endswith("es") else [word[:-1]]
    return next((s for s in stems if s in _verbs()), None)


def _subject_noun(parsed: Doc, at: int) -> Token | None:
    """The first event noun of the lexicon before ``at`` that no preposition precedes."""
    for token in parsed[:at]:
        if token.pos_ == "ADP":
            return None
        if token.pos_ in NOMINAL_POS and match_noun(token) is not None:
            return token
    return None


def _is_tree(heads: list[int]) -> bool:
    """Whether every index reaches the one root (its own head) without a cycle."""
    roots = [i for i, h in enumerate(heads) if h == i]
    if len(roots) != 1:
        return False
    for start in range(len(heads)):
        seen, i = 0, start
        while heads[i] != i:
            i, seen = heads[i], seen + 1
            if seen > len(heads):
                return False
    return True


def occurrence_verb(parsed: Doc) -> tuple[int, int, str] | None:
    """(verb index, subject index, verb lemma) of a headline's verb of taking place or ending read
    as a noun (module docstring); else None."""
    if any(t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") for t in parsed):
        return None
    for token in parsed:
        if token.i == 0 or token.pos_ == "VERB":
            continue
        after = parsed[token.i + 1] if token.i + 1 < len(parsed) else None
        if after is not None and after.pos_ not in AFTER_VERB_POS:
            continue
        subject = _subject_noun(parsed, token.i)
        if subject is None:
            continue
        plural = subject.tag_ in ("NNS", "NNPS")
        lemma = _verb_lemma(token.lower_, plural)
        if lemma is not None:
            return token.i, subject.i, lemma
    return None


def with_occurrence_verb(parsed: Doc) -> Doc:
    """``parsed``, or a copy with a headline's verb of taking place or ending read as a noun
    (``occurrence_verb``) as its root, its event noun as subject and the phrases after it as its."""
    found = occurrence_verb(parsed)
    if found is None:
        return parsed
    at, subject, lemma = found
    heads = [t.head.i for t in parsed]
    deps = [t.dep_ for t in parsed]
    tags = [t.tag_ for t in parsed]
    pos = [t.pos_ for t in parsed]
    lemmas = [t.lemma_ for t in parsed]
    for t in parsed[:at]:
        if t.i == subject or (heads[t.i] < at and heads[t.i] != t.i):
            continue
        before = parsed[t.i - 1] if t.i else None
        if before is not None and before.pos_ == "ADP" and heads[before.i] < at:
            # the name of a phrase the parse split off ("between Chile ...")
            heads[t.i], deps[t.i] = before.i, "pobj"
        elif before is not None and before.dep_ == "cc" and before.head.i < at:
            # the second of two names joined before the verb ("between Chile and Peru")
            heads[t.i], deps[t.i] = before.head.i, "conj"
        else:
            heads[t.i] = subject
            deps[t.i] = "compound" if t.i < subject else "prep" if t.pos_ == "ADP" else "dep"
    for t in parsed[at + 1 :]:
        if heads[t.i] < at and deps[t.i] in ("prep", "prt", "advmod") and heads[t.i] != t.i:
            heads[t.i] = at
        elif heads[t.i] == t.i:
            heads[t.i], deps[t.i] = at, "dep"
    heads[subject], deps[subject] = at, "nsubj"
    heads[at], deps[at] = at, "ROOT"
    tags[at] = "VBZ" if parsed[at].lower_ != lemma else "VBP"
    pos[at], lemmas[at] = "VERB", lemma
    if not _is_tree(heads):
        return parsed
    return copy_parse(parsed, tags=tags, pos=pos, deps=deps, heads=heads, lemmas=lemmas)
