"""The cue tables of the summary (``ontology/summary_cues.json``) and the small text helpers every
question shares: content-word stems, headline overlap, time values and web furniture."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span

from ...ontology import load_json

WS = ("who", "what", "when", "where", "why", "how")
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
ENTITY_LABELS = {"PERSON", "ORG", "NORP", "GPE"}
ACTOR_LABELS = {"PERSON", "ORG", "NORP", "GPE"}
NAME_LABELS = {"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "FAC", "EVENT", "LAW"}
FEATURE_WEIGHT = {"city": 1.0, "facility": 1.0, "admin": 0.9, "region": 0.6, "country": 0.5, "place": 0.4}
MAX_PHRASE = 16


@cache
def cues() -> dict[str, Any]:
    """The cue tables, with compiled skip patterns and tokenised cues."""
    data = dict(load_json("summary_cues.json"))
    data["skip"] = [re.compile(p) for p in data["skip_sentence_patterns"]]
    for w in ("why", "how"):
        data[w] = [dict(c, words=c["cue"].lower().split()) for c in data[w]]
    data["weak"] = set(data["weak_subjects"])
    data["reporting"] = set(data["reporting_verbs"])
    data["locative"] = set(data["locative_prepositions"])
    data["stopwords"] = set(data["stopwords"])
    data["furniture"] = sorted((p.split() for p in data["furniture_prefixes"]), key=len, reverse=True)
    return data


def headline_cues() -> dict[str, Any]:
    """The headline part of the summary cue tables."""
    return load_json("summary_cues.json")["headline"]


FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_MONTH = re.compile(r"^\d{4}-(\d{2}|W\d{2})$")
_YEAR = re.compile(r"^\d{4}$")
_DAYS = re.compile(r"(?i)\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(today|tonight|yesterday)\b")


def day_of(value: object) -> date | None:
    """The calendar day of an ISO date or datetime string (None when there is none)."""
    if not isinstance(value, str) or not FULL_DATE.match(value):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def recency(value: str, published: date | None, ahead: bool = False) -> float:
    """1 for a day in the few days up to publication (news reports what just happened), 0.5 for one
    within a week, -1 for a day far off; with ``ahead`` (a story announcing a coming event) the days
    are counted forward from publication instead."""
    day = day_of(value)
    if day is None or published is None:
        return 0.0
    before = (day - published).days if ahead else (published - day).days
    if 0 <= before <= 3:
        return 1.0
    if -1 <= before <= 7:
        return 0.5
    return -1.0


def specificity(text: str, value: str) -> float:
    """How precisely a time expression dates an event: a day or a time beats a month, a year or "now"."""
    if value:
        if FULL_DATE.match(value):
            return 1.0
        if _MONTH.match(value):
            return 0.6
        if _YEAR.match(value):
            return 0.3
        return 0.0 if value.endswith("_REF") else 0.2
    if _DAYS.search(text) or any(ch.isdigit() for ch in text):
        return 0.8
    return 0.1


def skip_furniture(doc: Doc, start: int, end: int) -> int:
    """The first token after photo credits and captions ("Photo", "EPA 6", "Media caption") at a start."""
    moved = True
    while moved and start < end:
        moved = False
        for words in cues()["furniture"]:
            if [t.lower_ for t in doc[start : start + len(words)]] == words and start + len(words) < end:
                start += len(words)
                while start < end - 1 and (doc[start].like_num or doc[start].is_punct):
                    start += 1
                moved = True
                break
    return start


_WORD = re.compile(r"[a-z0-9]+")
_SUFFIX = re.compile(r"(ing|ed|es|s)$")


def stems(text: str) -> set[str]:
    """Crude content-word stems of a phrase, for comparing body phrases with the headline."""
    stop = cues()["stopwords"]
    found = set()
    for word in _WORD.findall(text.lower()):
        if word in stop:
            continue
        found.add(_SUFFIX.sub("", word) if len(word) > 4 else word)
    return found


def headline_overlap(text: str, headline: set[str]) -> float:
    """Share of a phrase's content words that the headline repeats (0 without a headline)."""
    words = stems(text)
    if not words or not headline:
        return 0.0
    return len(words & headline) / len(words)


def lead_position(sents: list[Span], start: int) -> tuple[float, Span | None]:
    """How early in the lead a character offset lies (1 = first sentence, 0 = outside) and its sentence."""
    n = max(len(sents), 1)
    for i, sent in enumerate(sents):
        if sent.start_char <= start < sent.end_char:
            return 1.0 - i / (n + 1), sent
    return 0.0, None


@cache
def agent_nouns() -> frozenset[str]:
    """Words naming a kind of actor (the CAMEO-style sector terms of ``ontology/actor_sectors.json``)."""
    terms = load_json("actor_sectors.json")["terms"]
    return frozenset(w for words in terms.values() for w in words if " " not in w)
