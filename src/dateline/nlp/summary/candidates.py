"""A candidate answer: a phrase with its evidence span, the features it is ranked by and its score."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Span


@dataclass
class Candidate:
    """One possible answer: its text and span, its ranking features, and its score once ranked."""

    text: str
    start: int | None
    end: int | None
    features: dict[str, float] = field(default_factory=dict)
    source: str = "body"
    score: float = 0.0
    value: str | None = None
    place: dict[str, Any] | None = None

    def answer(self) -> dict[str, Any]:
        found: dict[str, Any] = {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "source": self.source,
        }
        if self.value:
            found["value"] = self.value
        return found

    def overlaps(self, start: int | None, end: int | None) -> bool:
        """True when the candidate's body span and ``[start, end)`` share a character."""
        if self.source != "body" or None in (self.start, self.end, start, end):
            return False
        return self.start < end and start < self.end  # type: ignore[operator]


def span_candidate(span: Span, features: dict[str, float]) -> Candidate:
    """A candidate quoting a body span."""
    return Candidate(span.text, span.start_char, span.end_char, features)
