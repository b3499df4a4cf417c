"""Answers read from the headline: its actor (who), its action (what) and its verb (a weak how)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..doc_index import doc_text, entity_at
from .candidates import Candidate
from .clauses import VERB_GROUP_DEPS, what_shape, who_shape
from .cues import cues, headline_cues
from .headline import HeadlineReading


def in_body(doc: Doc, cand: Candidate) -> Candidate:
    """The same phrase as a body span when the body repeats it (body evidence is preferred)."""
    at = doc_text(doc).lower().find(cand.text.lower())
    if at < 0:
        return cand
    feats = dict(cand.features, in_body=1.0)
    return Candidate(doc_text(doc)[at : at + len(cand.text)], at, at + len(cand.text), feats)


def from_headline(
    headline: str, reading: HeadlineReading, span: Span, features: dict[str, float]
) -> Candidate:
    """A candidate quoting the original headline (not its truecased parse) at a span of the parse."""
    start, end = reading.offset + span.start_char, reading.offset + span.end_char
    return Candidate(headline[start:end], start, end, dict(features, headline=1.0), "headline")


def headline_what(doc: Doc, headline: str, reading: HeadlineReading) -> list[Candidate]:
    """The headline's action: its main verb with the object and complements, up to a new clause.

    A headlinese passive ("Bridge closed after storm") keeps its subject, which is what happened to;
    a headline without a verb ("Fatal fire at warehouse") is a weaker candidate.
    """
    table = headline_cues()
    hdoc, segment, verb = reading.doc, reading.segment, reading.verb
    if verb is None:
        span = _nominal(segment)
        if span is None:
            return []
        return [in_body(doc, from_headline(headline, reading, span, {"kind_headline_nominal": 1.0}))]
    if verb.lemma_.lower() in cues()["reporting"]:
        inner = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
        if inner is not None and inner.pos_ in ("VERB", "AUX"):
            verb = inner
    start = verb.i
    for child in verb.lefts:
        if child.dep_ in VERB_GROUP_DEPS and child.i >= segment.start:
            start = min(start, child.i)
    feats = {"kind_headline_action": 1.0}
    if reading.headlinese_passive and reading.subject is not None and verb is reading.verb:
        start = reading.subject.start
        feats["headline_passive"] = 1.0
    end = verb.i + 1
    core: int | None = None
    stops = set(table["clause_stops"])
    while end < segment.end and end - start < table["what_max_tokens"]:
        tok = hdoc[end]
        if tok.text in (",", ";", ":", "\u2014", "--", "...") or (tok.lower_ in stops and tok.dep_ != "prt"):
            break
        if tok.ent_type_ in ("DATE", "TIME") and tok.ent_iob_ == "B" and _adverbial_time(tok):
            break
        if tok.lower_ == "to" and tok.head.pos_ == "VERB" and tok.head.i > end and end > verb.i + 1:
            break
        if end > verb.i + 1 and tok.dep_ == "prep" and _names_place(tok):
            break
        if tok.lower_ in ("and", "but", "&") and any(t.pos_ == "VERB" for t in hdoc[end + 1 : segment.end]):
            break
        if core is None and end > verb.i + 1 and tok.dep_ == "prep" and _has_complement(verb, end):
            core = end
        end += 1
    found = []
    for stop, extended in ((core, 0.0), (end, 1.0)):
        span = trim(hdoc[start:stop]) if stop is not None else None
        if span is None or any(span.text == c.text for c in found):
            continue
        shape = dict(feats, **what_shape(span, verb), extended_action=extended)
        found.append(in_body(doc, from_headline(headline, reading, span, shape)))
    return found


def _has_complement(verb: Token, before: int) -> bool:
    """True when the verb has an object or complement before token ``before`` (a core action is complete)."""
    return any(
        c.dep_ in ("dobj", "attr", "acomp", "oprd", "xcomp", "ccomp", "dative") and c.i < before
        for c in verb.children
    ) or any(t.dep_ in ("dobj", "attr", "acomp") and verb.i < t.i < before for t in verb.doc[verb.i : before])


def _names_place(prep: Token) -> bool:
    """True when a preposition's object is a place ("in Leeds"): the where, not the action."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("GPE", "LOC", "FAC") for c in prep.children)


def _adverbial_time(tok: Token) -> bool:
    """True when the time expression opening at ``tok`` dates the clause ("two days before the vote")."""
    ent = entity_at(tok.doc, tok.i)
    ent = ent if ent is not None and ent.start == tok.i else None
    if ent is None:
        return False
    return ent.root.dep_ not in ("pobj", "compound", "amod", "nummod", "nmod", "dobj")


def _nominal(segment: Span) -> Span | None:
    """A verbless headline's phrase ("Fatal fire at warehouse") up to a new clause."""
    table = headline_cues()
    if any(t.pos_ == "VERB" for t in segment):
        return None
    end = segment.start
    while end < min(segment.end, segment.start + table["what_max_tokens"]):
        if segment.doc[end].lower_ in table["clause_stops"] or segment.doc[end].text == ",":
            break
        end += 1
    span = trim(segment.doc[segment.start : end])
    return span if span is not None and any(t.pos_ == "NOUN" for t in span) else None


def trim(span: Span) -> Span | None:
    """The span without edge punctuation (a balanced quote kept), conjunctions, articles or prepositions."""
    doc = span.doc
    start, end = span.start, span.end
    while end > start + 1 and (
        doc[end - 1].is_punct
        and not (doc[end - 1].is_quote and doc[start : end - 1].text.count(doc[end - 1].text) % 2)
        or doc[end - 1].pos_ in ("CCONJ", "DET", "ADP")
    ):
        end -= 1
    while start < end and (doc[start].is_punct and not doc[start].is_quote):
        start += 1
    if end <= start or not any(t.is_alpha for t in doc[start:end]):
        return None
    return doc[start:end]


def headline_how(doc: Doc, headline: str, reading: HeadlineReading) -> list[Candidate]:
    """The headline's main verb alone, a weak "how" (the manner coders name when no cue gives one)."""
    if reading.verb is None:
        return []
    verb = reading.doc[reading.verb.i : reading.verb.i + 1]
    return [in_body(doc, from_headline(headline, reading, verb, {"kind_headline_verb": 1.0}))]


def headline_who(doc: Doc, headline: str, reading: HeadlineReading) -> list[Candidate]:
    """The headline's subject: the article's entity it names (full name), else the phrase itself."""
    table = headline_cues()
    subject = reading.subject
    if subject is None:
        return []
    hdoc = reading.doc
    end = subject.start
    while end < subject.end and hdoc[end].dep_ != "cc" and hdoc[end].text not in (",", "&", ";"):
        end += 1
    first = hdoc[subject.start : end]
    cut = next((t.i for t in first if t.pos_ == "ADP" and t.tag_ != "POS"), first.end)
    nominal = hdoc[first.start : cut]
    if not len(nominal) or not any(t.pos_ in ("NOUN", "PROPN") for t in nominal):
        return []
    head = nominal[-1]
    if head.lower_ in table["event_nouns"] or head.lemma_.lower() in table["event_nouns"]:
        return []
    if head.pos_ == "PROPN" or head.text.istitle():
        entity = named_in(doc, {t.lower_ for t in nominal if t.is_alpha}, head.lower_)
        if entity is not None:
            return [entity]
    feats = dict(who_shape(first), kind_headline_phrase=1.0)
    return [in_body(doc, from_headline(headline, reading, first, feats))]


def named_in(doc: Doc, words: set[str], head: str) -> Candidate | None:
    """The most mentioned PERSON / ORG entity whose name (or an alias) the headline words contain and
    that ends in the phrase's head word ("Smith" in "Jane Smith", not "Leeds" in "Leeds bus crash
    victims")."""
    best = _entity_named(doc, words, head)
    if best is None:
        return None
    best_n = len(best.get("mentions") or [])
    name = str(best["name"])
    top = max((len(e.get("mentions") or []) for e in doc._.entities or []), default=1) or 1
    feats = {
        "kind_headline_entity": 1.0,
        "headline": 1.0,
        "named": 1.0,
        "person": float(best.get("type") == "PERSON"),
        "organisation": float(best.get("type") == "ORG"),
        "frequency": best_n / top,
    }
    found = re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", doc_text(doc))
    if found is not None:
        return Candidate(name, found.start(), found.end(), feats)
    low = name.lower()
    mention = next((m for m in best["mentions"] if low in str(m.get("text", "")).lower()), None)
    if mention is None:
        return None
    start, end = mention["start"], mention["end"]
    return Candidate(doc_text(doc)[start:end], start, end, feats)


def _entity_named(doc: Doc, words: set[str], head: str) -> dict | None:
    """The most mentioned PERSON / ORG entity whose name (or an alias) the words hold, ending in ``head``."""
    best, best_n = None, 0
    for entity in doc._.entities or []:
        if entity.get("type") not in ("PERSON", "ORG"):
            continue
        mentions = entity.get("mentions") or []
        names = [str(entity.get("name", "")), *(str(a) for a in entity.get("aliases") or [])]
        for name in names:
            parts = re.findall(r"[a-z0-9]+", name.lower())
            if parts and parts[-1] == head and all(p in words for p in parts) and len(mentions) > best_n:
                best, best_n = entity, len(mentions)
                break
    return best


def subject_entity(doc: Doc, reading: HeadlineReading) -> str | None:
    """The id of the article's entity the headline's subject names, None when it names none."""
    subject = reading.subject
    if subject is None or not (subject.root.pos_ == "PROPN" or subject.root.text.istitle()):
        return None
    entity = _entity_named(doc, {t.lower_ for t in subject if t.is_alpha}, subject.root.lower_)
    return str(entity.get("id")) if entity is not None else None
