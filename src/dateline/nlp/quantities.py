"""``dateline_quantities``: numbers with what they count ("45,000 northern troops", "$1.2 billion").

A quantity is a run of number tokens (digits, number words, scale words) with its value normalised,
its unit (an ISO 4217 code for money, "percent", or the head noun of the counted phrase from the parse)
and the modifier before it ("more than", "about"). Dates, times, durations (``doc._.times``), ordinals and
numbers inside names are not quantities. Words are data (``ontology/quantity_lexicon.json``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from spacy.attrs import LIKE_NUM, LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..ontology import load_json
from .contract import dateline_component
from .doc_index import doc_ents, doc_text, fixed_ents, token_strings
from .numbers import parse_number

BLOCKING_LABELS = frozenset(
    {"DATE", "TIME", "ORDINAL", "PERSON", "ORG", "PRODUCT", "LAW", "FAC", "WORK_OF_ART", "EVENT"}
)
HEAD_DEPS = frozenset({"nummod", "quantmod", "compound", "amod"})
_ORDINAL_DIGITS = re.compile(r"^\d+(st|nd|rd|th)$", re.I)
_MAX_MODIFIER_WORDS = 3


@cache
def lexicon() -> dict[str, Any]:
    """The quantity lexicon."""
    return load_json("quantity_lexicon.json")


@cache
def _ordinal_words() -> frozenset[str]:
    return frozenset(load_json("numbers.json")["ordinals"])


def is_number(token: Token) -> bool:
    """A cardinal number token (digits or a number word), not an ordinal."""
    lower = token.lower_
    if lower in _ordinal_words() or _ORDINAL_DIGITS.match(lower):
        return False
    if lower in lexicon()["scales"] and lower not in ("m", "hundred", "thousand", "dozen"):
        return False
    return bool(token.like_num) and any(ch.isalnum() for ch in lower)


class QuantityTagger:
    """Find quantities; sets ``doc._.quantities``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        with fixed_ents(doc):
            doc._.quantities = self.predict(doc)
        return doc

    def predict(self, doc: Doc) -> list[dict[str, Any]]:
        """Quantities as record dicts, in text order."""
        blocked = _blocked_mask(doc)
        found: list[dict[str, Any]] = []
        i = 0
        n = len(doc)
        # a quantity opens with a number-like word (``is_number``) or a vague plural's first word
        lower = token_strings(doc, LOWER)
        like_num = doc.to_array([LIKE_NUM]).reshape(-1).tolist()
        first_words = _vague_first_words()
        while i < n:
            if not like_num[i] and lower[i] not in first_words:
                i += 1
                continue
            token = doc[i]
            vague = _vague_plural(doc, i)
            if vague is None and not is_number(token) or blocked[token.idx]:
                i += 1
                continue
            if vague is not None:
                j, value = vague
            else:
                j = _run_end(doc, i)
                value = _run_value(doc[i:j])
            item = _quantity(doc, i, j, value, vague is not None)
            if item is not None:
                found.append(item)
            i = max(j, i + 1)
        return found


def _blocked_mask(doc: Doc) -> bytearray:
    mask = bytearray(len(doc_text(doc)) + 1)
    for ent in doc_ents(doc):
        if ent.label_ in BLOCKING_LABELS:
            mask[ent.start_char : ent.end_char] = b"\x01" * (ent.end_char - ent.start_char)
    for item in doc._.times or []:
        mask[item["start"] : item["end"]] = b"\x01" * (item["end"] - item["start"])
    return mask


@cache
def _vague_first_words() -> frozenset[str]:
    return frozenset(phrase.split()[0] for phrase in lexicon()["vague_plurals"])


def _vague_plural(doc: Doc, i: int) -> tuple[int, float] | None:
    """ "hundreds of", "tens of thousands of": (end token, lower-bound value) or None."""
    if doc[i].lower_ not in _vague_first_words():
        return None
    plurals = lexicon()["vague_plurals"]
    for width in (3, 1):
        if i + width >= len(doc):
            continue
        words = doc[i : i + width].text.lower()
        if words in plurals and doc[i + width].lower_ == "of":
            return i + width, float(plurals[words])
    return None


def _run_end(doc: Doc, i: int) -> int:
    scales = lexicon()["scales"]
    money = _currency_before(doc, i) is not None
    j = i + 1
    while j < len(doc):
        token = doc[j]
        if is_number(token) and not token.text[0].isdigit() and not doc[j - 1].text[0].isdigit():
            j += 1
        elif (word := token.lower_.rstrip(".")) in scales and (
            word not in lexicon()["money_only_scales"] or money
        ):
            j += 1
        elif (
            token.text == "-"
            and j + 1 < len(doc)
            and is_number(doc[j + 1])
            and not doc[j + 1].text[0].isdigit()
        ):
            j += 1
        else:
            break
    return j


def _run_value(run: Span) -> float | None:
    scales = lexicon()["scales"]
    words = [t.lower_.rstrip(".") if t.i > run.start else t.lower_ for t in run if t.text != "-"]
    head = words[0].replace(",", "")
    try:
        value = float(head)
        rest = words[1:]
    except ValueError:
        number = parse_number(" ".join(w for w in words if w not in scales or w in ("hundred", "thousand")))
        if number is None:
            return None
        value = float(number)
        rest = [w for w in words if w in scales and w not in ("hundred", "thousand")]
    for word in rest:
        if word in scales:
            value *= scales[word]
    return value


def _currency_before(doc: Doc, i: int) -> tuple[int, str] | None:
    symbols = lexicon()["currency_symbols"]
    for width in (2, 1):
        if i - width < 0:
            continue
        text = "".join(t.text for t in doc[i - width : i]).lower()
        if text in symbols:
            return i - width, symbols[text]
    return None


def _unit_after(doc: Doc, j: int) -> tuple[int, str] | None:
    lex = lexicon()
    for word in sorted(lex["percent_words"], key=len, reverse=True):
        width = len(word.split())
        if j + width <= len(doc) and doc[j : j + width].text.lower() == word:
            return j + width, "percent" if "point" not in word else "percentage points"
    if j < len(doc):
        qualifiers = lex["dollar_qualifiers"]
        if doc[j].lower_ in qualifiers and j + 1 < len(doc) and doc[j + 1].lower_ in ("dollar", "dollars"):
            return j + 2, qualifiers[doc[j].lower_]
        if doc[j].lower_ in lex["currency_words"] and doc[j].lower_ not in ("p", "won", "real", "marks"):
            return j + 1, lex["currency_words"][doc[j].lower_]
    return None


def _counted_noun(doc: Doc, i: int, j: int) -> tuple[Token, bool] | None:
    """The head noun of the counted phrase and whether the span reaches it: the noun the number
    modifies ("45,000 northern troops", in the span), or the object of its "of" ("6,000 of the
    residents", unit only)."""
    for token in doc[i:j]:
        head = token.head
        if token.dep_ in HEAD_DEPS and head.i >= j and head.pos_ in ("NOUN", "PROPN") and head.i - j < 5:
            return head, True
    root = doc[i:j].root
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
            if objects:
                return objects[0], False
    return None


def _modifier(doc: Doc, start: int) -> tuple[int, str] | None:
    modifiers = lexicon()["modifiers"]
    for width in range(_MAX_MODIFIER_WORDS, 0, -1):
        if start - width < 0:
            continue
        words = doc[start - width : start].text.lower()
        if words in modifiers:
            return start - width, modifiers[words]
    return None


def _quantity(doc: Doc, i: int, j: int, value: float | None, vague: bool) -> dict[str, Any] | None:
    first = doc[i]
    if first.lower_ == "one" and first.dep_ != "nummod" and j == i + 1:
        return None
    start_tok, end_tok = i, j
    unit = None
    currency = _currency_before(doc, i)
    after = _unit_after(doc, j)
    if currency is not None:
        start_tok, unit = currency
        if after is not None and after[1] not in ("percent", "percentage points"):
            end_tok, unit = after
    elif after is not None:
        end_tok, unit = after
        if unit.endswith(("-cent", "-pence")) and value is not None:
            unit, value = unit.split("-")[0], value / 100
    else:
        counted = _counted_noun(doc, i, j if not vague else j + 1)
        if counted is not None:
            noun, reached = counted
            unit = noun.lower_
            if reached or vague:
                end_tok = max(end_tok, noun.i + 1)
    modifier = _modifier(doc, start_tok)
    mod = None
    if modifier is not None:
        start_tok, mod = modifier
    if vague:
        mod = mod or "AT_LEAST"
    span = doc[start_tok:end_tok]
    exact = lexicon()["exact_modifiers"]
    return {
        "value": value,
        "unit": unit,
        "text": span.text,
        "start": span.start_char,
        "end": span.end_char,
        "approximate": bool(mod and mod not in exact),
        "modifier": mod,
    }


@Language.factory(
    "dateline_quantities",
    default_config={},
    assigns=["doc._.quantities"],
    requires=["token.dep", "doc.ents", "doc._.times"],
)
def make_quantities(nlp: Language, name: str) -> QuantityTagger:
    """Factory for the quantity tagger."""
    return dateline_component(QuantityTagger(nlp, name))
