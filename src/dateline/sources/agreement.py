"""Combine two article-body extractions of the same page by their agreement.

The primary extraction (trafilatura, precise) is kept as it is unless the secondary one
(readability, generous) agrees with it on almost all of its text. Then:

- leading and trailing paragraphs of the primary that the secondary does not contain are
  dropped (page furniture one extractor took for the story: a repeated title, an "about us"
  block, a list of related links);
- when the secondary holds the whole primary and much more, the primary has missed part of
  the story, and the secondary is taken instead.

Agreement is measured on sets of lower-cased 4-word shingles, as the body-extraction
benchmark scores them.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r"\w+")

# Share of the primary's shingles the secondary must hold before either is trusted to edit it.
CORE_AGREEMENT = 0.9
# Share of a paragraph's shingles found in the other text for the paragraph to count as shared.
PARAGRAPH_SUPPORT = 0.5
# The secondary replaces the primary when it holds this many times the primary's shingles.
RECALL_FACTOR = 2.0


def shingle_set(text: str, n: int = 4) -> set[tuple[str, ...]]:
    """Lower-cased n-word shingles of a text (a text under n words is one shingle)."""
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    if len(tokens) < n:
        return {tuple(tokens)} if tokens else set()
    # The k-th shifted list is k shorter; zip stops with the last whole shingle.
    return set(zip(*(tokens[i:] for i in range(n)), strict=False))


def paragraphs(text: str) -> list[str]:
    """Non-empty lines of a text, stripped."""
    return [line.strip() for line in text.split("\n") if line.strip()]


def merge(primary: str, secondary: str) -> str:
    """The body text agreed from two extractions, one paragraph per line.

    Example: ``merge("Menu\\nThe story goes on here today.", "The story goes on here today.")``
    gives ``"The story goes on here today."``.
    """
    first = paragraphs(primary)
    second = paragraphs(secondary)
    ours = [shingle_set(p) for p in first]
    theirs = set().union(*(shingle_set(p) for p in second)) if second else set()
    mine = set().union(*ours) if ours else set()
    if not mine or not theirs:
        return "\n".join(first or second)
    if len(mine & theirs) < CORE_AGREEMENT * len(mine):
        return "\n".join(first)
    if len(theirs) >= RECALL_FACTOR * len(mine):
        return "\n".join(second)
    shared = [bool(s) and len(s & theirs) >= PARAGRAPH_SUPPORT * len(s) for s in ours]
    start, end = 0, len(first)
    while start < end and not shared[start]:
        start += 1
    while end > start and not shared[end - 1]:
        end -= 1
    return "\n".join(first[start:end] or first)
