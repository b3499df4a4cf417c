"""Who as the article first tells it: a person answered by part of a name ("Okonjo", "Mr Lee") is given the
fullest form of that name the article writes ("Marta Okonjo"), and a bare definite noun ("the boy") the
description that introduced it ("a five-year-old boy"), each with the evidence span of that mention."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..doc_index import doc_text
from .candidates import Candidate
from .cues import cues

_WORD = re.compile(r"\w+")
NAME_KINDS = ("name", "alias")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def written_names(doc: Doc) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(mention, mention of the full name) for every name mention of a person of the entity layer whose
    full name (the entity's name) the article writes and contains all the mention's words. A part of a
    name that two people of the article share ("Obama", "Trump" in a story on a couple) is left as it is."""
    people = []
    for entity in doc._.entities or []:
        if entity.get("type") != "PERSON":
            continue
        mentions = [m for m in entity.get("mentions") or [] if m.get("kind", "name") in NAME_KINDS]
        name = str(entity.get("name") or "")
        full = next((m for m in mentions if str(m.get("text") or "") == name), None)
        people.append((mentions, set(_words(name)), full))
    found = []
    for mentions, name_words, full in people:
        if full is None:
            continue
        for mention in mentions:
            words = set(_words(str(mention.get("text") or "")))
            if not words or not words <= name_words:
                continue
            if sum(words <= other for _, other, _ in people) > 1:
                continue
            found.append((mention, full))
    return found


def by_full_name(doc: Doc, candidates: list[Candidate]) -> None:
    """Rewrite, in place, each body candidate that is only a person's name (with at most articles and
    honorifics around it) to the fullest written form of that name; its features are kept."""
    names = written_names(doc)
    if not names:
        return
    filler = set(cues()["stopwords"])
    text = doc_text(doc)
    for cand in candidates:
        if cand.source != "body" or cand.start is None or cand.end is None:
            continue
        for mention, best in names:
            if not (cand.start <= mention["start"] and mention["end"] <= cand.end):
                continue
            rest = text[cand.start : mention["start"]] + " " + text[mention["end"] : cand.end]
            if any(w not in filler for w in _words(rest)):
                continue
            written = _words(text[mention["start"] : mention["end"]])
            if len(_words(str(best.get("text") or ""))) <= len(written):
                break
            cand.text = text[best["start"] : best["end"]]
            cand.start, cand.end = int(best["start"]), int(best["end"])
            break


def by_first_description(doc: Doc, candidates: list[Candidate]) -> None:
    """Rewrite, in place, each body candidate that is only a definite noun ("the boy", "The driver") to
    the fuller description that introduced it earlier in the article ("a five-year-old boy"): the first
    earlier noun phrase with the same head noun and words of its own before it."""
    if not doc.has_annotation("DEP"):
        return
    for cand in candidates:
        if cand.source != "body" or cand.start is None or cand.end is None:
            continue
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is None or len(span) != 2 or span[0].dep_ != "det" or span[1].pos_ != "NOUN":
            continue
        if span[0].lower_ not in DEFINITE:
            continue
        head = span[1]
        earlier = _introduction(doc, head)
        if earlier is not None:
            cand.text, cand.start, cand.end = earlier.text, earlier.start_char, earlier.end_char


DEFINITE = ("the", "this", "that")


def by_demonym(doc: Doc, candidates: list[Candidate]) -> None:
    """Rewrite, in place, each body candidate that is a definite demonym standing for a person ("The
    Brazilian", "the 19-year-old Dutchman") to the full written name of the person the article named
    last before it."""
    if not doc.has_annotation("DEP"):
        return
    names = [(int(m["start"]), best) for m, best in written_names(doc)]
    people = sorted(
        (int(m["start"]), m)
        for entity in doc._.entities or []
        if entity.get("type") == "PERSON"
        for m in entity.get("mentions") or []
        if m.get("kind", "name") in NAME_KINDS
    )
    if not people:
        return
    for cand in candidates:
        if cand.source != "body" or cand.start is None or cand.end is None:
            continue
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is None or len(span) < 2 or span[0].lower_ not in DEFINITE:
            continue
        head = span.root
        if head.i != span.end - 1 or head.pos_ not in ("NOUN", "PROPN") or not _demonym(head.text):
            continue
        before = [m for start, m in people if start < cand.start]
        if not before:
            continue
        last = before[-1]
        full = next((best for start, best in names if start == int(last["start"])), last)
        cand.text = doc_text(doc)[int(full["start"]) : int(full["end"])]
        cand.start, cand.end = int(full["start"]), int(full["end"])


def _demonym(word: str) -> bool:
    """True for a word the gazetteer knows as a demonym ("Brazilian", "Dutchman")."""
    from ..gazetteer import get_gazetteer

    return get_gazetteer().demonym(word) is not None


def _introduction(doc: Doc, head: Token) -> Span | None:
    """The first noun phrase before ``head`` whose head is the same noun, with modifiers of its own."""
    for tok in doc[: head.i]:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() != head.lemma_.lower() or tok.ent_type_:
            continue
        mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nummod")]
        if not mods:
            continue
        start = min([tok.i, *(c.left_edge.i for c in tok.lefts if c.dep_ != "punct")])
        return doc[start : tok.i + 1]
    return None
