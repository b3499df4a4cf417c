"""When: the time expressions of the lead, resolved calendar days first."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..doc_index import doc_text
from .candidates import Candidate
from .cues import FULL_DATE, NAME_LABELS, cues, day_of, lead_position, recency, specificity


def when(doc: Doc, sents: list[Span], main: Span | None) -> list[Candidate]:
    """Time expressions of the lead, dates first."""
    times = doc._.times
    items: list[tuple[int, int, str, str, str]] = []
    if times:
        items = [
            (t["start"], t["end"], t.get("type") or "DATE", t.get("text", ""), t.get("value") or "")
            for t in times
        ]
    else:
        items = [
            (e.start_char, e.end_char, e.label_, e.text, "") for e in doc.ents if e.label_ in ("DATE", "TIME")
        ]
    found = []
    table = cues()
    skip = [re.compile(p) for p in table["time_skip_patterns"]]
    days: dict[str, int] = {}
    for *_, value in items:
        if FULL_DATE.match(value):
            days[value[:10]] = days.get(value[:10], 0) + 1
    published = day_of(doc._.published)
    for start, end, kind, text, value in items:
        position, sent = lead_position(sents, start)
        if any(p.search(text) for p in skip):
            continue
        if sent is None:
            if published is not None and day_of(value) == published:
                found.append(
                    Candidate(text or doc_text(doc)[start:end], start, end, table["when_published_score"])
                )
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span) and span[0].ent_type_ in NAME_LABELS:
            continue
        typed = 1.0 if kind in ("DATE", "TIME") else 0.0
        score = 0.4 * position + 0.2 * typed + 0.2 * (sent is main) + 0.5 * specificity(text, value)
        if span is not None and len(span):
            score -= table["time_modifier_penalty"] * modifies_noun(doc, span)
        if FULL_DATE.match(value):
            score += table["time_repeat_weight"] * min(days[value[:10]] - 1, 3) / 3
        score += table["time_recency_weight"] * recency(value, published)
        found.append(Candidate(text or doc_text(doc)[start:end], start, end, score))
    return found


def modifies_noun(doc: Doc, span: Span) -> float:
    """1 when a time dates a noun ("Tuesday's election", "the Sunday vote"), not the clause itself."""
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        return 1.0
    return 1.0 if span.root.dep_ in ("poss", "compound", "amod", "nmod") else 0.0
