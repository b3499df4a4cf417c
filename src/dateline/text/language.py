"""A cheap check that a text is English: the share of English function words among its words."""

from __future__ import annotations

import re
from functools import lru_cache

from ..ontology import load_json

_WORD = re.compile(r"[^\W\d_]+")
MIN_WORDS = 20
MIN_SHARE = 0.15
SAMPLE_WORDS = 2000


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """The most frequent English function words (``ontology/english.json``)."""
    return frozenset(load_json("english.json")["function_words"])


@lru_cache(maxsize=1)
def plural_nouns() -> frozenset[str]:
    """Nouns that take a plural verb with no plural ending ("police", "people";
    ``ontology/english.json``)."""
    return frozenset(load_json("english.json")["plural_nouns"])


def english_share(text: str) -> float | None:
    """Share of the (first 2,000) words that are English function words; None for under 20 words."""
    words = [m.group(0).lower() for m in _WORD.finditer(text[:50_000])][:SAMPLE_WORDS]
    if len(words) < MIN_WORDS:
        return None
    common = function_words()
    return sum(w in common for w in words) / len(words)


def language_warning(text: str) -> str | None:
    """A warning for the record when the text does not look like English, else None.

    Example: ``language_warning("Der Bundestag hat am Montag ...")`` names the measured share.
    """
    share = english_share(text)
    if share is None or share >= MIN_SHARE:
        return None
    return (
        f"the text does not look like English (only {share:.0%} of its words are common English "
        "function words); dateline's models are for English, so expect poor results"
    )
