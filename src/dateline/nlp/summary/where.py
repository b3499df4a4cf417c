"""Where: the place mentions of the lead (towns and buildings before countries), the dateline, and
the places the headline names."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...ontology import load_json
from ..doc_index import doc_text
from .candidates import Candidate
from .context import Context
from .cues import cues
from .headline import HeadlineReading

_QUALIFIER = re.compile(r"(,\s+)(?:([A-Za-z-]+)\s+)?")
_DATELINE = re.compile(load_json("summary_cues.json")["dateline_pattern"])


def where(ctx: Context) -> list[Candidate]:
    """Place mentions of the lead, with what kind of place each is; the dateline place too."""
    doc = ctx.doc
    found = []
    places = doc._.places
    if places:
        mentions = [
            (
                m["start"],
                m["end"],
                p.get("feature") or "place",
                len(p["mentions"]),
                p.get("country"),
                p.get("id"),
            )
            for p in places
            for m in p.get("mentions") or []
        ]
    else:
        mentions = [
            (e.start_char, e.end_char, "place", 1, None, None)
            for e in doc.ents
            if e.label_ in ("GPE", "LOC", "FAC")
        ]
    starts = {start: end for start, end, *_ in mentions}
    specific = specific_countries(doc)
    main = ctx.main_event or {}
    event_places = {e.get("where") for e in ctx.events if e.get("where")}
    for start, end, feature, count, country, pid in mentions:
        text = doc_text(doc)[start:end]
        feats = ctx.base(start, end, text)
        if feats["position"] == 0.0:
            continue
        whole = qualified(doc, end, starts)
        feats |= {
            f"feature_{feature}": 1.0,
            "country_of_a_town": float(feature == "country" and country in specific),
            "mentions": min(count, 5) / 5,
            "locative": float(locative(doc, start, end) > 0),
            "modifier": float(locative(doc, start, end) < 0),
            "qualified": float(whole > end),
            "event_where": float(
                pid is not None and pid == main.get("where") and not main.get("where_assumed")
            ),
            "any_event_where": float(pid is not None and pid in event_places),
            "headline_names": float(bool(ctx.headline) and ctx.on_headline(text) > 0),
            "kind_mention": 1.0,
        }
        found.append(Candidate(doc_text(doc)[start:whole], start, whole, feats))
    dateline = doc._.dateline if isinstance(doc._.dateline, dict) else None
    if dateline and dateline.get("text"):
        text = str(dateline["text"])
        feats = {"kind_dateline": 1.0, "headline": ctx.on_headline(text)}
        feats["headline_names"] = float(feats["headline"] > 0)
        place = next((p for p in places or [] if p.get("id") == dateline.get("place")), None)
        if place is not None:
            feats[f"feature_{place.get('feature') or 'place'}"] = 1.0
            feats["mentions"] = min(len(place.get("mentions") or []), 5) / 5
        found.append(Candidate(text, None, None, feats))
    elif ctx.scan:
        found += body_dateline(ctx, ctx.scan[0].start_char)
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


def body_dateline(ctx: Context, before: int) -> list[Candidate]:
    """A dateline left at the head of the story ("WASHINGTON, Nov 6 (Reuters) - ..."), as a body span."""
    doc = ctx.doc
    window = doc_text(doc)[: max(before, 0) + cues()["dateline_window"]]
    for found in _DATELINE.finditer(window):
        place = found.group("place")
        if place.lower() in cues()["furniture_prefixes"] or sum(c.isalpha() for c in place) < 3:
            continue
        start = found.start("place")
        feats = {"kind_dateline": 1.0, "headline": ctx.on_headline(place)}
        return [Candidate(place, start, start + len(place), feats)]
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


def headline_where(ctx: Context, headline: str, reading: HeadlineReading | None) -> list[Candidate]:
    """Places of the article the headline names (as a body mention); a place the headline names but
    the body does not is answered from the headline."""
    doc = ctx.doc
    found = []
    low = headline.lower()
    covered = set()
    specific = specific_countries(doc)
    for place in doc._.places or []:
        mentions = place.get("mentions") or []
        names = {str(place.get("name", "")), *(str(a) for a in place.get("aliases") or [])}
        names |= {str(m.get("text", "")) for m in mentions}
        feature = place.get("feature") or "place"
        if feature == "place":
            continue
        named = [n for n in names if n and re.search(r"(?<!\w)" + re.escape(n.lower()) + r"(?!\w)", low)]
        if not named:
            continue
        covered |= {n.lower() for n in names}
        feats = {
            "kind_headline_place": 1.0,
            f"feature_{feature}": 1.0,
            "country_of_a_town": float(feature == "country" and place.get("country") in specific),
            "mentions": min(len(mentions), 5) / 5,
            "headline": 1.0,
            "headline_names": 1.0,
        }
        if mentions:
            m = mentions[0]
            found.append(Candidate(doc_text(doc)[m["start"] : m["end"]], m["start"], m["end"], feats))
        else:
            at = low.find(max(named, key=len).lower())
            end = at + len(max(named, key=len))
            found.append(Candidate(headline[at:end], at, end, feats, "headline"))
    if reading is not None:
        for ent in reading.doc.ents:
            if ent.label_ in ("GPE", "LOC", "FAC") and ent.text.lower() not in covered:
                start, end = reading.offset + ent.start_char, reading.offset + ent.end_char
                feats = {"kind_headline_unknown_place": 1.0, "headline": 1.0}
                found.append(Candidate(headline[start:end], start, end, feats, "headline"))
    return found
