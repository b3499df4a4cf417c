"""A candidate answer: a phrase with its evidence span and its score."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Span


@dataclass
class Candidate:
    """One possible answer with its score."""

    text: str
    start: int | None
    end: int | None
    score: float
    source: str = "body"

    def answer(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "source": self.source}


def span_candidate(span: Span, score: float) -> Candidate:
    """A candidate quoting a body span."""
    return Candidate(span.text, span.start_char, span.end_char, score)
