"""Confidence of a coded event and the discard phrases that mark non-political text.

Confidence is a product of factors read from ``ontology/event_confidence.json``: the strength of
the trigger's pattern, how well the source and target resolve, the clause (a question is not a
report of an event), the modality and the genre (PETRARCH2's discard phrases for sports,
entertainment and history). The default threshold lives in the same file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..ontology import load_json
from .patterns import discards

WEIGHTS_FILE = "event_confidence.json"
# CAMEO code prefixes of actors with no country of their own that still count as resolved groups
GROUP_PREFIXES = ("IGO", "IMG", "NGO", "NGM", "MNC")
INFERRED_SOURCES = frozenset({"sentence", "dateline"})


@dataclass(frozen=True)
class Weights:
    """The factors of each confidence component and the default threshold."""

    threshold: float
    source: dict[str, float]
    target: dict[str, float]
    clause: dict[str, float]
    modality: dict[str, float]
    genre: dict[str, float]


@cache
def weights() -> Weights:
    """The confidence weights, loaded once."""
    data = load_json(WEIGHTS_FILE)
    return Weights(
        float(data["threshold"]),
        data["source"],
        data["target"],
        data["clause"],
        data["modality"],
        data["genre"],
    )


def default_threshold() -> float:
    """The minimum confidence shown by default (exports, queries, API)."""
    return weights().threshold


def resolution(actor: dict[str, Any] | None) -> str:
    """ "resolved" (a country, IGO or known group from the text), "inferred" (a country taken from
    the sentence or the dateline), "unresolved" (an actor with no country) or "none"."""
    if not actor:
        return "none"
    code = str(actor.get("code") or "")
    if actor.get("country"):
        return "inferred" if actor.get("country_source") in INFERRED_SOURCES else "resolved"
    if code.startswith(GROUP_PREFIXES):
        return "resolved"
    return "unresolved"


def confidence(
    strength: float,
    source: dict[str, Any] | None,
    target: dict[str, Any] | None,
    modality: str,
    question: bool,
    genre: str | None,
) -> float:
    """The confidence of one event (0-1, three decimals)."""
    w = weights()
    value = strength
    value *= w.source[resolution(source)]
    value *= w.target[resolution(target)]
    value *= w.clause["question" if question else "main"]
    value *= w.modality.get(modality, 1.0)
    if genre:
        value *= w.genre[genre]
    return round(min(1.0, max(0.0, value)), 3)


@cache
def _discard_patterns() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    def compile_all(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
        if not phrases:
            return None
        body = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
        return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)

    d = discards()
    return compile_all(d.story), compile_all(d.sentence)


def story_discarded(text: str) -> bool:
    """Whether a story-level discard phrase (sports, entertainment) occurs in the text."""
    story, _ = _discard_patterns()
    return bool(story and story.search(text))


def sentence_discarded(text: str) -> bool:
    """Whether a sentence-level discard phrase (history anniversaries, sports results) occurs in it."""
    _, sentence = _discard_patterns()
    return bool(sentence and sentence.search(text))
