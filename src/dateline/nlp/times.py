"""``dateline_times``: time expressions found by a data-driven grammar and resolved to TIMEX3 values.

The grammar (``ontology/time_rules.json``) finds candidate expressions; each rule names a resolver
(``time_resolvers.RESOLVERS``) that turns the match into a type (DATE, TIME, DURATION, SET), a value
("2015-03-23", "2014-10", "2015-W12", "P1Y", "PRESENT_REF", "XXXX-WXX-1") and a mod, using the
publication date ``doc._.published`` as the anchor and the tense of the governing verb for direction.
With no anchor, relative expressions keep a null value and the doc gets a warning.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from functools import cache
from typing import Any

from spacy.attrs import DEP
from spacy.language import Language
from spacy.tokens import Doc

from . import tense
from .contract import dateline_component
from .doc_index import doc_ents, doc_text, fixed_ents, token_indices
from .numbers import number_words
from .time_grammar import Candidate, find_candidates, lexicon, select
from .time_resolvers import RESOLVERS, Context, Resolution

LOGGER = logging.getLogger(__name__)

NUMERIC_LABELS = frozenset({"CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL"})
NAME_LABELS = frozenset({"ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "FAC", "LAW"})
_ANCHOR = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_CAPS_WORD = re.compile(r"[A-Z]{2,}")
NO_ANCHOR_WARNING = (
    "{n} relative time expression(s) left unresolved: there is no publication date to anchor them"
)
ALL_CAPS_WARNING = (
    "the text is in capitals: time expressions were matched case-blind and may be less reliable"
)


def parse_anchor(value: Any) -> date | None:
    """The date part of an ISO date or datetime string, or None."""
    if isinstance(value, date):
        return value
    match = _ANCHOR.match(str(value or ""))
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def mostly_capitals(text: str) -> bool:
    """True when almost every letter of a text of some length is upper case."""
    letters = list(filter(str.isalpha, text[:20000]))
    return len(letters) >= 20 and sum(map(str.isupper, letters)) / len(letters) > 0.8


class TimeTagger:
    """Find and resolve time expressions; sets ``doc._.times``."""

    def __init__(self, nlp: Language, name: str, ner_fallback: bool) -> None:
        self.name = name
        self.ner_fallback = ner_fallback

    def __call__(self, doc: Doc) -> Doc:
        with fixed_ents(doc):
            times, warnings = self.predict(doc)
        self.set_annotations(doc, times, warnings)
        return doc

    def set_annotations(self, doc: Doc, times: list[dict[str, Any]], warnings: list[str]) -> None:
        """Store the times and append the warnings."""
        doc._.times = times
        if warnings:
            doc._.warnings = list(doc._.warnings or []) + warnings

    def predict(self, doc: Doc) -> tuple[list[dict[str, Any]], list[str]]:
        """The time expressions of a doc as record dicts, and warnings."""
        text = full_text = doc_text(doc)
        if not text.strip():
            return [], []
        warnings = []
        if mostly_capitals(text):
            text = _CAPS_WORD.sub(lambda m: m.group(0).capitalize(), text)
            warnings.append(ALL_CAPS_WARNING)
        published = doc._.published
        anchor = parse_anchor(published)
        numeric = _numeric_mask(doc)
        tenses: dict[tuple[int, int], int] = {}

        def tense_at(start: int, end: int) -> int:
            key = (start, end)
            if key not in tenses:
                tenses[key] = tense.direction(doc, start, end)
            return tenses[key]

        def numeric_at(start: int, end: int) -> bool:
            return any(numeric[start:end])

        def context() -> Context:
            return Context(text=text, anchor=anchor, tense=tense_at, numeric_at=numeric_at)

        names = _name_spans(doc)
        probe = context()
        accepted = [
            c for c in find_candidates(text) if not _inside_name(c, names) and _resolve(c, probe) is not None
        ]
        chosen = select(accepted)
        ctx = context()
        times: list[dict[str, Any]] = []
        unresolved = 0
        for cand in chosen:
            res = _resolve(cand, ctx)
            if res is None:
                continue
            cand.start = trimmed_start(text, cand)
            if res.relative and res.value is None:
                unresolved += 1
            times.append(_record(full_text, cand.start, cand.end, res, cand.rule.name, anchor, published))
        if self.ner_fallback:
            times.extend(_ner_times(doc, chosen))
            times.sort(key=lambda t: t["start"])
        for i, item in enumerate(times, 1):
            item["id"] = f"T{i}"
        if unresolved and anchor is None:
            warnings.append(NO_ANCHOR_WARNING.format(n=unresolved))
        return times, warnings


_LEADING_WORD = re.compile(r"([A-Za-z]+)\s+")
_UNITS = "(?:year|month|week|day|hour|minute|quarter)"


@cache
def _adjective_unit() -> re.Pattern[str]:
    """A time adjective: a hyphenated unit ("third-quarter", "two-year") or a count with a singular
    unit ("five year")."""
    counts = "|".join(sorted(number_words(), key=len, reverse=True))
    return re.compile(rf"\w-{_UNITS}\b|(?:\d|\b(?:{counts}|several))\s+{_UNITS}\b(?!s)", re.I)


def trimmed_start(text: str, cand: Candidate) -> int:
    """The start of an expression without the words TimeML leaves out of the span: a bounding
    preposition ("within a week"), and the determiner of the noun that a time adjective modifies
    ("a third-quarter loss", "its fourth quarter", "the two-year term")."""
    trim = lexicon()["span_trimming"]
    start = cand.start
    for _ in range(2):
        match = _LEADING_WORD.match(text, start, cand.end)
        if not match:
            break
        word = match.group(1).lower()
        rest = text[match.end() : cand.end]
        if word in trim["prepositions"] and cand.groups.get("amt") and cand.rule.resolve == "duration":
            start = match.end()
        elif word in trim["possessive_determiners"] and cand.rule.resolve in ("duration", "quarter"):
            if word in ("a", "an") and not _adjective_unit().search(rest) and cand.rule.resolve == "duration":
                break
            start = match.end()
        elif word in trim["adjectival_determiners"] and _adjective_unit().search(rest):
            start = match.end()
        else:
            break
    return start


def _resolve(cand: Candidate, ctx: Context) -> Resolution | None:
    return RESOLVERS[cand.rule.resolve](cand, ctx)


def _name_spans(doc: Doc) -> dict[int, int]:
    """Start -> end of every name entity token span, by character (a time inside a name is no time)."""
    spans: dict[int, int] = {}
    for ent in doc_ents(doc):
        if ent.label_ in NAME_LABELS:
            for token in ent:
                spans[token.idx] = ent.end_char
    return spans


def _inside_name(cand: Candidate, names: dict[int, int]) -> bool:
    end = names.get(cand.start)
    return end is not None and cand.end <= end


def _numeric_mask(doc: Doc) -> bytearray:
    """Characters that the parse says are counts or amounts, not dates: numeric entities, and numbers
    modifying a plural noun ("2000 troops")."""
    mask = bytearray(len(doc_text(doc)) if len(doc) else 0)
    for ent in doc_ents(doc):
        if ent.label_ in NUMERIC_LABELS:
            mask[ent.start_char : ent.end_char] = b"\x01" * (ent.end_char - ent.start_char)
    for i in token_indices(doc, DEP, ("nummod",)):
        token = doc[i]
        if token.like_num and token.head.tag_ == "NNS":
            mask[token.idx : token.idx + len(token)] = b"\x01" * len(token)
    return mask


def _record(
    text: str, start: int, end: int, res: Resolution, rule: str, anchor: date | None, published: Any
) -> dict[str, Any]:
    relative = res.relative
    return {
        "id": "",
        "text": text[start:end],
        "start": start,
        "end": end,
        "type": res.type,
        "value": res.value,
        "mod": res.mod,
        "anchor": anchor.isoformat() if relative and anchor else None,
        "anchor_source": ("published" if anchor else "none") if relative else None,
        "rule": rule,
    }


def _ner_times(doc: Doc, chosen: list[Candidate]) -> list[dict[str, Any]]:
    """spaCy DATE/TIME entities the grammar did not cover, kept with a null value."""
    extra = []
    for ent in doc_ents(doc):
        if ent.label_ not in ("DATE", "TIME"):
            continue
        if any(c.start < ent.end_char and ent.start_char < c.end for c in chosen):
            continue
        extra.append(
            {
                "id": "",
                "text": ent.text,
                "start": ent.start_char,
                "end": ent.end_char,
                "type": ent.label_,
                "value": None,
                "mod": None,
                "anchor": None,
                "anchor_source": None,
                "rule": "ner",
            }
        )
    return extra


@Language.factory(
    "dateline_times",
    default_config={"ner_fallback": False},
    assigns=["doc._.times"],
    requires=["token.dep", "doc.ents"],
)
def make_times(nlp: Language, name: str, ner_fallback: bool) -> TimeTagger:
    """Factory for the time tagger."""
    return dateline_component(TimeTagger(nlp, name, ner_fallback))
