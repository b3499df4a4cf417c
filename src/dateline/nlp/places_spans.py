"""Entity spans that hold place names in another shape than one whole name.

The small NER often merges a list of towns into one entity ("Afrin and Jarablus", "Hama, Homs, Aleppo"),
cuts a name that has lower-case particles inside it ("Deir" of "Deir ez-Zor", "Ras" of "Ras al-Ain"), or
gives a transliterated name written with the Arabic article ("al-Bab", "el-Arish") a person's label. These
helpers read such spans; the resolver asks the gazetteer whether the parts are places.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

LIST_JOINTS = frozenset({",", "and", "or", "&"})
HYPHENS = frozenset({"-", "\u2013"})
MAX_PART = 3
ARTICLE_NAME = re.compile(r"^(?i:al|el|ad|ar|as|ash|at|az|an)-[A-Z][\w'\u2018\u2019]+(?:-\w+)*$")
_FOLLOWING = re.compile(r"[ -](?:[a-z]{1,3}-?|[A-Z][\w'\u2018\u2019]*)")
MAX_EXTENSION = 3
POSSESSIVES = ("'s", "\u2019s")


def list_parts(ent: Span) -> list[tuple[int, int]] | None:
    """The token spans of the names of a coordinated list inside one entity ("Qamishli, Raqqa and
    Palmyra", "the Baghdad-Damascus highway"): at least two parts split by commas, "and", "or", "&" or
    a hyphen or dash between two names, each of one to three capitalised tokens (an Arabic article may
    open one: "al-Bab"). None when the entity is no such list."""
    parts: list[tuple[int, int]] = []
    start = ent.start
    for token in ent:
        if token.lower_ in LIST_JOINTS or attached_hyphen(token):
            if token.i > start:
                parts.append((start, token.i))
            start = token.i + 1
    if start < ent.end:
        parts.append((start, ent.end))
    if len(parts) < 2:
        return None
    doc = ent.doc
    for s, e in parts:
        if e - s > MAX_PART or not _capitalised(doc[s:e]):
            return None
    return parts


def attached_hyphen(token: Token) -> bool:
    """A hyphen or dash written between two words with no space ("Baghdad-Damascus"), not a dash set off
    by spaces ("SANA - Shells")."""
    doc = token.doc
    return (
        token.text in HYPHENS
        and not token.whitespace_
        and token.i > 0
        and not doc[token.i - 1].whitespace_
        and token.i + 1 < len(doc)
    )


def _capitalised(span: Span) -> bool:
    """A name's tokens: capitalised words, hyphens and apostrophes, or one Arabic-article name."""
    if ARTICLE_NAME.match(span.text):
        return True
    return all(t.is_title or t.is_upper or t.text in ("-", "'", "\u2019") for t in span) and span[0].is_alpha


def article_name(ent: Span) -> bool:
    """A name written with the Arabic article as one word ("al-Bab", "El-Arish")."""
    return bool(ARTICLE_NAME.match(ent.text))


def following_ends(text: str, end: int) -> list[int]:
    """The ends of the longer names a cut name may open ("Deir" + " ez-Zor"), longest first: up to three
    following words joined by spaces or hyphens, lower-case (a particle such as "ez-" or "al-", but any
    lower-case word: the gazetteer decides) or capitalised; a possessive ("'s") ends the name before it."""
    ends = []
    stop = end
    for _ in range(MAX_EXTENSION):
        match = _FOLLOWING.match(text, stop)
        if match is None:
            break
        stop = match.end()
        while stop < len(text) and (text[stop].isalpha() or text[stop] in "'\u2018\u2019"):
            stop += 1
        if text[stop - 2 : stop] in POSSESSIVES:
            # "the City of Richmond's mayor": the name ends before its possessive, and with it
            if text[stop - 3].isalpha():
                ends.append(stop - 2)
            break
        if text[stop - 1].isalpha():
            ends.append(stop)
    return ends[::-1]
