"""What every question's candidates are measured against: the lead, the headline, the body's word
counts, the entities, the events and the story's main event."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from spacy.tokens import Doc, Span

from ..doc_index import doc_text
from .cues import cues, day_of, headline_overlap, stems


@dataclass
class Context:
    """One article as the summary reads it."""

    doc: Doc
    scan: list[Span]
    lead: list[Span]
    headline: set[str]
    body_stems: Counter
    published: date | None
    events: list[dict[str, Any]] = field(default_factory=list)
    main_event: dict[str, Any] | None = None
    headline_entities: set[str] = field(default_factory=set)
    headline_subject: str | None = None
    headline_future: bool | None = None
    main_stated: bool = False
    _sentence_stems: dict[int, set[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, doc: Doc, scan: list[Span]) -> Context:
        headline = stems(doc._.headline) if isinstance(doc._.headline, str) else set()
        counts: Counter = Counter()
        # each word's stems are found once per document (a text repeats most of its words)
        known: dict[str, set[str]] = {}
        for word in doc_text(doc).lower().split():
            found = known.get(word)
            if found is None:
                found = known[word] = stems(word)
            counts.update(found)
        events = [e for e in doc._.events or [] if isinstance(e, dict)]
        ctx = cls(
            doc, scan, scan[: cues()["lead_sentences"]], headline, counts, day_of(doc._.published), events
        )
        if isinstance(doc._.headline, str):
            ctx.headline_entities = named_in_headline(doc, doc._.headline)
        return ctx

    def position(self, start: int | None) -> tuple[float, int | None]:
        """How early in the scanned sentences an offset lies (1 = first, 0 = outside) and their index."""
        if start is None:
            return 0.0, None
        n = max(len(self.scan), 1)
        for i, sent in enumerate(self.scan):
            if sent.start_char <= start < sent.end_char:
                return 1.0 - i / (n + 1), i
        return 0.0, None

    def on_headline(self, text: str) -> float:
        """Share of the phrase's content words the headline repeats."""
        return headline_overlap(text, self.headline)

    def repetition(self, text: str) -> float:
        """How often the body repeats the phrase's content words (0 = once each, 1 = five times or more)."""
        words = stems(text)
        if not words:
            return 0.0
        return sum(min(self.body_stems.get(w, 1) - 1, 5) / 5 for w in words) / len(words)

    def in_main_event(self, start: int | None, end: int | None) -> float:
        """1 when the span lies in the main event's evidence."""
        if self.main_event is None or start is None or end is None:
            return 0.0
        evidence = self.main_event.get("evidence") or {}
        return float(evidence.get("start", -1) <= start and end <= evidence.get("end", -1))

    def in_any_event(self, start: int | None, end: int | None) -> float:
        """1 when the span overlaps an event's source or target actor."""
        if start is None or end is None:
            return 0.0
        for event in self.events:
            for role in ("source", "target"):
                actor = event.get(role) or {}
                if actor.get("start") is not None and actor["start"] < end and start < actor["end"]:
                    return 1.0
        return 0.0

    def sentence_headline(self, index: int | None) -> float:
        """Share of the headline's content words that the scanned sentence ``index`` repeats."""
        if index is None or not self.headline:
            return 0.0
        if index not in self._sentence_stems:
            self._sentence_stems[index] = stems(self.scan[index].text)
        return len(self._sentence_stems[index] & self.headline) / len(self.headline)

    def base(self, start: int | None, end: int | None, text: str) -> dict[str, float]:
        """The features every body candidate shares."""
        position, index = self.position(start)
        return {
            "position": position,
            "first_sentence": float(index == 0),
            "sentence_headline": self.sentence_headline(index),
            "headline": self.on_headline(text),
            "repetition": self.repetition(text),
            "main_event": self.in_main_event(start, end),
        }


def named_in_headline(doc: Doc, headline: str) -> set[str]:
    """Ids of the article's entities the headline names: the last word of their name or of an alias, or
    a current role by its title and organisation ("NATO secretary general")."""
    words = set(re.findall(r"[a-z0-9]+", headline.lower()))
    found = set()
    for entity in doc._.entities or []:
        names = [str(entity.get("name") or ""), *(str(a) for a in entity.get("aliases") or [])]
        for name in names:
            parts = re.findall(r"[a-z0-9]+", name.lower())
            if parts and parts[-1] in words and parts[-1] not in cues()["stopwords"]:
                found.add(str(entity.get("id")))
                break
        for role in entity.get("roles") or []:
            title = re.findall(r"[a-z0-9]+", str(role.get("title") or "").lower())
            org = re.findall(r"[a-z0-9]+", str(role.get("organization") or "").lower())
            if role.get("former") or not title or not set(title) <= words:
                continue
            if (org and set(org) <= words) or (not org and len(title) >= 2):
                found.add(str(entity.get("id")))
    return found
