"""Where: the place mentions of the lead (towns and buildings before countries), the dateline, and
the places the headline names."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ...ontology import load_json
from ..doc_index import doc_text
from .candidates import Candidate
from .cues import FEATURE_WEIGHT, cues, headline_cues, lead_position
from .headline import HeadlineReading

_QUALIFIER = re.compile(r"(,\s+)(?:([A-Za-z-]+)\s+)?")
_DATELINE = re.compile(load_json("summary_cues.json")["dateline_pattern"])


def where(doc: Doc, sents: list[Span], main: Span | None) -> list[Candidate]:
    """Place mentions of the lead, towns and buildings first; the dateline place too."""
    found = []
    places = doc._.places
    if places:
        mentions = [
            (
                m["start"],
                m["end"],
                m.get("text", ""),
                p.get("feature") or "place",
                len(p["mentions"]),
                p.get("country"),
            )
            for p in places
            for m in p.get("mentions") or []
        ]
    else:
        mentions = [
            (e.start_char, e.end_char, e.text, "place", 1, None)
            for e in doc.ents
            if e.label_ in ("GPE", "LOC", "FAC")
        ]
    starts = {start: end for start, end, *_ in mentions}
    weight = cues()["where_feature_weight"]
    specific = specific_countries(doc)
    for start, end, _text, feature, count, country in mentions:
        position, sent = lead_position(sents, start)
        if sent is None:
            continue
        score = 0.45 * position + weight * FEATURE_WEIGHT.get(feature, 0.7) + 0.2 * (sent is main)
        if feature == "country" and country in specific:
            score -= cues()["where_country_penalty"]
        score += 0.1 * min(count, 5) / 5 + 0.25 * locative(doc, start, end)
        end = qualified(doc, end, starts)
        found.append(Candidate(doc_text(doc)[start:end], start, end, score))
    dateline = doc._.dateline if isinstance(doc._.dateline, dict) else None
    if dateline and dateline.get("text"):
        found.append(Candidate(str(dateline["text"]), None, None, headline_cues()["dateline_score"]))
    elif sents:
        found += body_dateline(doc, sents[0].start_char)
    return found


def qualified(doc: Doc, end: int, starts: dict[int, int]) -> int:
    """The end of "Springfield, Sangamon county" / "a town, south Wales" for a town with its qualifier."""
    found = _QUALIFIER.match(doc_text(doc), end)
    if found is None:
        return end
    if found.end(1) in starts:
        at = found.end(1)
    elif found.group(2) and found.group(2).lower() in cues()["compass_words"] and found.end() in starts:
        at = found.end()
    else:
        return end
    tail = starts[at]
    word = re.match(r"\s+([A-Za-z]+)\b", doc_text(doc)[tail : tail + 16])
    if word and word.group(1).lower() in cues()["qualifier_words"]:
        return tail + word.end()
    return tail


def body_dateline(doc: Doc, before: int) -> list[Candidate]:
    """A dateline left at the head of the story ("WASHINGTON, Nov 6 (Reuters) - ..."), as a body span."""
    window = doc_text(doc)[: max(before, 0) + cues()["dateline_window"]]
    for found in _DATELINE.finditer(window):
        place = found.group("place")
        if place.lower() in cues()["furniture_prefixes"] or sum(c.isalpha() for c in place) < 3:
            continue
        start = found.start("place")
        return [Candidate(place, start, start + len(place), headline_cues()["dateline_score"])]
    return []


def locative(doc: Doc, start: int, end: int) -> float:
    """1 when the mention is the object of a locative preposition, -1 when it only modifies a noun."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return 0.0
    head = span.root
    if head.dep_ in ("compound", "amod", "nmod", "poss") or head.head.i in range(span.start, span.end):
        return -1.0
    if head.dep_ == "pobj" and head.head.lower_ in cues()["locative"]:
        return 1.0
    return 0.0


def specific_countries(doc: Doc) -> set[str]:
    """Countries of the towns, landmarks and provinces the story's first paragraphs name."""
    limit = cues()["where_specific_chars"]
    return {
        str(p.get("country"))
        for p in doc._.places or []
        if p.get("feature") in ("city", "facility", "admin")
        and p.get("country")
        and any(m["start"] < limit for m in p.get("mentions") or [])
    }


def headline_where(doc: Doc, headline: str, reading: HeadlineReading | None) -> list[Candidate]:
    """Places of the article the headline names, towns and landmarks before countries; a place the
    headline names but the body does not is answered from the headline."""
    found = []
    low = headline.lower()
    covered = set()
    for place in doc._.places or []:
        mentions = place.get("mentions") or []
        names = {str(place.get("name", "")), *(str(a) for a in place.get("aliases") or [])}
        names |= {str(m.get("text", "")) for m in mentions}
        if not mentions or (place.get("feature") or "place") == "place":
            continue
        if not any(n and re.search(r"(?<!\w)" + re.escape(n.lower()) + r"(?!\w)", low) for n in names):
            continue
        weight = FEATURE_WEIGHT.get(place.get("feature") or "place", 0.7)
        score = headline_cues()["where_score"] * weight
        if place.get("feature") == "country" and place.get("country") in specific_countries(doc):
            score -= cues()["where_country_penalty"]
        m = mentions[0]
        covered |= {n.lower() for n in names}
        found.append(Candidate(doc_text(doc)[m["start"] : m["end"]], m["start"], m["end"], score))
    if reading is not None:
        for ent in reading.doc.ents:
            if ent.label_ in ("GPE", "LOC", "FAC") and ent.text.lower() not in covered:
                start, end = reading.offset + ent.start_char, reading.offset + ent.end_char
                score = headline_cues()["where_unknown_score"]
                found.append(Candidate(headline[start:end], start, end, score, "headline"))
    return found
