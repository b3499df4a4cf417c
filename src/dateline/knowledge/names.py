"""The one name-folding function every lookup key is built on."""

from __future__ import annotations

import unicodedata

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})


def fold(text: str) -> str:
    """Lower-case, accent-free form of a name with one kind of apostrophe.

    Example: ``fold("Benítez’s") == "benitez's"``.
    """
    text = text.translate(_APOSTROPHES)
    if not text.isascii():  # ASCII has no accents to drop
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.lower()
