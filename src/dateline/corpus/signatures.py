"""MinHash signatures of articles: body shingles (near-duplicates) and title + lead words (stories)."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import numpy as np

NUM_PERM = 64
SCHEME = "affine32"
SHINGLE_WORDS = 5
LEAD_WORDS = 80
_WORD = re.compile(r"\w+")


@cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def words(text: str) -> list[str]:
    """Lower-cased word tokens of a text (Unicode-normalised)."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).lower())


def body_shingles(body: str, k: int = SHINGLE_WORDS) -> set[bytes]:
    """The k-word shingles of a body (one shingle for a body shorter than k words)."""
    tokens = words(body)
    if not tokens:
        return set()
    if len(tokens) <= k:
        return {" ".join(tokens).encode()}
    return {" ".join(tokens[i : i + k]).encode() for i in range(len(tokens) - k + 1)}


def lead_terms(headline: str | None, body: str, lead_words: int = LEAD_WORDS) -> set[bytes]:
    """What a story is about: the names (capitalised words) of the headline and the body's first
    words, lower-cased, stop words dropped; all content words when the lead names fewer than three.
    """
    stop = _stop_words()
    raw = (
        _WORD.findall(unicodedata.normalize("NFKC", headline or ""))
        + _WORD.findall(unicodedata.normalize("NFKC", body))[:lead_words]
    )
    content = [t for t in raw if t.lower() not in stop and len(t) > 2 and not t.isdigit()]
    names = {t.lower().encode() for t in content if t[0].isupper()}
    if len(names) >= 3:
        return names
    return {t.lower().encode() for t in content}


@cache
def _permutations(num_perm: int):
    """The hash permutations of seed 1 (drawn once: MinHash draws them again for every signature)."""
    from datasketch import MinHash

    return MinHash(num_perm=num_perm, seed=1, scheme=SCHEME).permutations


def minhash(tokens: set[bytes], num_perm: int = NUM_PERM) -> np.ndarray | None:
    """The MinHash signature (uint64 array) of a token set, or None for an empty set."""
    if not tokens:
        return None
    from datasketch import MinHash

    m = MinHash(num_perm=num_perm, seed=1, scheme=SCHEME, permutations=_permutations(num_perm))
    m.update_batch(sorted(tokens))
    return m.hashvalues.astype(np.uint64)


def load() -> None:
    """Load what signing needs once per process (the stop words, the MinHash library and its
    permutations), ahead of the first signature."""
    _stop_words()
    _permutations(NUM_PERM)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(a == b))
