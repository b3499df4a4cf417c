"""When: the time expressions of the lead, resolved calendar days first.

A duration ("five years", "the next five years") and a part of the day named alone ("the morning",
"the evening": the time layer pins it to the publication day, but the text names no day) are no
answers. A clock time or part of day only counts as dated when its text names the day ("Sunday
morning", "6.15am on Wednesday", "this morning"). The date line of an embedded post ("— Ann Lee
(@annlee) May 3, 2019") says when the post was made, which is not always when the news happened
(``post_date`` feature).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..doc_index import doc_ents, doc_text
from .candidates import Candidate
from .context import Context
from .cues import FULL_DATE, NAME_LABELS, cues, day_of, recency
from .main_event import trigger_token

_MONTH = re.compile(r"^\d{4}-\d{2}$")
_WEEK = re.compile(r"^\d{4}-W\d{2}")
_YEAR = re.compile(r"^\d{4}$")
_CLOCK = re.compile(r"T\d{2}(:\d{2})?")
_PART_OF_DAY = re.compile(r"T(MO|AF|EV|NI|DT)$")


def names_a_day(text: str) -> bool:
    """True when the words of a time expression name a day or date, not only a time of day."""
    return bool(re.search(cues()["day_words_pattern"], text))


def time_kind(text: str, kind: str, value: str) -> str | None:
    """The kind of a time expression as an answer; None when it cannot answer "when"."""
    if kind == "DURATION" or value.startswith("P"):
        return None
    if FULL_DATE.match(value):
        timed = bool(_CLOCK.search(value[10:]) or _PART_OF_DAY.search(value))
        if not timed:
            return "day" if names_a_day(text) or any(ch.isdigit() for ch in text) else "relative_day"
        if names_a_day(text):
            return "day_and_time"
        return None if _PART_OF_DAY.search(value) else "time_of_day"
    if _MONTH.match(value):
        return "month"
    if _WEEK.match(value):
        return "week"
    if _YEAR.match(value):
        return "year"
    if value.endswith("_REF"):
        return "reference"
    return "unresolved"


def _items(doc: Doc) -> list[tuple[int, int, str, str, str, str | None]]:
    times = doc._.times
    if times:
        return [
            (
                t["start"],
                t["end"],
                t.get("type") or "DATE",
                t.get("text", ""),
                t.get("value") or "",
                t.get("id"),
            )
            for t in times
        ]
    return [
        (e.start_char, e.end_char, e.label_, e.text, "", None)
        for e in doc_ents(doc)
        if e.label_ in ("DATE", "TIME")
    ]


def when(ctx: Context) -> list[Candidate]:
    """Time expressions of the lead (and, outside it, those falling on the publication day)."""
    doc = ctx.doc
    items = _items(doc)
    skip = [re.compile(p) for p in cues()["time_skip_patterns"]]
    post_dates = [re.compile(p) for p in cues()["post_date_patterns"]]
    days: dict[str, int] = {}
    for *_, value, _id in items:
        if FULL_DATE.match(value):
            days[value[:10]] = days.get(value[:10], 0) + 1
    main = ctx.main_event or {}
    event_times = {e.get("when") for e in ctx.events if e.get("when")}
    found = []
    for start, end, kind, text, value, tid in items:
        text = text or doc_text(doc)[start:end]
        if any(p.search(text) for p in skip):
            continue
        answer_kind = (
            time_kind(text, kind, value) if value else ("day" if names_a_day(text) else "unresolved")
        )
        if answer_kind is None:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span) and span[0].ent_type_ in NAME_LABELS:
            continue
        position, index = ctx.position(start)
        feats = {"position": position, "first_sentence": float(index == 0), "headline": ctx.on_headline(text)}
        outside = position == 0.0
        dated = answer_kind in ("day", "day_and_time")
        on_publication_day = ctx.published is not None and day_of(value) == ctx.published
        if outside and not (on_publication_day and answer_kind in ("day", "day_and_time", "time_of_day")):
            continue
        feats |= {
            f"kind_{answer_kind}": 1.0,
            "outside_lead": float(outside),
            "repeated_day": min(days.get(value[:10], 1) - 1, 3) / 3 if FULL_DATE.match(value) else 0.0,
            "recent": recency(value, ctx.published, bool(ctx.headline_future)) if dated else 0.0,
            "modifies_noun": modifies_noun(doc, span) if span is not None and len(span) else 0.0,
            "dates_a_statement": dates_a_statement(span) if span is not None and len(span) else 0.0,
            "event_when": float(tid is not None and tid == main.get("when")),
            "dates_main_action": dates_main_action(ctx, span),
            "spine": float(
                ctx.main_stated
                and tid is not None
                and tid == main.get("when")
                and dated
                and bool(dates_main_action(ctx, span))
            ),
            "any_event_when": float(tid is not None and tid in event_times),
            "post_date": float(any(p.search(doc_text(doc)[max(0, start - 40) : start]) for p in post_dates)),
        }
        feats |= tense_agreement(ctx, value if dated else "")
        start, text = _with_part_of_day(doc, start, text)
        found.append(Candidate(text, start, end, feats, value=value[:10] if dated else None))
    return found


def tense_agreement(ctx: Context, value: str) -> dict[str, float]:
    """Whether a calendar day agrees with the headline's tense: a day after publication for a headline
    announcing a coming event ("Mayor to open bridge"), a day up to publication for one reporting a done
    event (``tense_agrees``; ``tense_disagrees`` otherwise). Nothing without a day or a headline verb."""
    day = day_of(value)
    if day is None or ctx.published is None or ctx.headline_future is None:
        return {}
    agrees = (day > ctx.published) == ctx.headline_future
    return {"tense_agrees": float(agrees), "tense_disagrees": float(not agrees)}


def modifies_noun(doc: Doc, span: Span) -> float:
    """1 when a time dates a noun ("Tuesday's election", "the Sunday vote"), not the clause itself."""
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        return 1.0
    return 1.0 if span.root.dep_ in ("poss", "compound", "amod", "nmod") else 0.0


def dated_verb(span: Span) -> Token:
    """The word a time expression dates: up from its head through prepositions to a verb or noun."""
    head = span.root.head
    while head.dep_ in ("prep", "pobj", "npadvmod") and head.head is not head:
        head = head.head
    return head


def dates_a_statement(span: Span) -> float:
    """1 when the time dates a reporting verb ("..., she said on Sunday"): when it was said, not done."""
    head = dated_verb(span)
    return float(head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in cues()["reporting"])


def dates_main_action(ctx: Context, span: Span | None) -> float:
    """1 when the time modifies the main event's trigger verb ("... to meet X on Monday")."""
    if span is None or not len(span) or ctx.main_event is None:
        return 0.0
    verb = trigger_token(ctx.doc, ctx.main_event)
    return float(verb is not None and dated_verb(span).i == verb.i)


def _with_part_of_day(doc: Doc, start: int, text: str) -> tuple[int, str]:
    """A day with the part of it written before it: "the early hours of Thursday", "the night of May 3"."""
    before = doc_text(doc)[max(0, start - 40) : start]
    found = re.search(cues()["part_of_day_before_pattern"], before)
    if found is None:
        return start, text
    at = start - (len(before) - found.start())
    return at, doc_text(doc)[at:start] + text
