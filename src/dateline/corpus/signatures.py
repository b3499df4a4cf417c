"""MinHash signatures of articles: body shingles (near-duplicates) and title + lead words (stories)."""

from __future__ import annotations

import hashlib
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


# datasketch's "affine32" scheme: each token's sha1 (first 4 bytes, little-endian), mixed by the
# MurmurHash3 finalizer, then h -> a * h + b modulo 2**32 with permutations drawn from seed 1
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


@cache
def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """The (a, b) of the permutations of seed 1, drawn as ``datasketch.MinHash`` draws them."""
    gen = np.random.RandomState(1)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def minhash(tokens: set[bytes], num_perm: int = NUM_PERM) -> np.ndarray | None:
    """The MinHash signature (uint64 array) of a token set, or None for an empty set: the values of
    ``datasketch.MinHash(num_perm, seed=1, scheme="affine32")`` updated with the tokens, computed
    without importing datasketch (which imports scipy)."""
    if not tokens:
        return None
    sha1 = hashlib.sha1
    hv = np.frombuffer(b"".join([sha1(t).digest()[:4] for t in tokens]), dtype="<u4").astype(np.uint32)
    s1, m1, s2, m2, s3 = _FMIX32
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    hv = hv ^ (hv >> s3)
    a, b = _permutations(num_perm)
    return (hv[:, None] * a + b).min(axis=0).astype(np.uint64)


def article_signatures(headline: str | None, body: str) -> tuple[list[int] | None, list[int] | None]:
    """The two signatures of an article as the ``signatures`` table keeps them: of its body's
    shingles and of its title and lead words."""
    b = minhash(body_shingles(body))
    t = minhash(lead_terms(headline, body))
    return (None if b is None else b.tolist()), (None if t is None else t.tolist())


def load() -> None:
    """Load what signing needs once per process (the stop words and the permutations), ahead of
    the first signature."""
    _stop_words()
    _permutations(NUM_PERM)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(a == b))
