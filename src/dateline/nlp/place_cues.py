"""Capitalised names the NER missed or mislabelled that the words around them mark as places.

A run of capitalised tokens is a candidate only through a cue (``ontology/places_cues.json``): a word
after it ("Dayton resident", "a Brookville man", "Millbrook police"), a public body's word inside it ("Grand
Falls Police Chief"), words before it ("the town of Kinsale", "near Lismore"), a legislator's party
tag ("Rep. Jane Doe, D-Springfield"), a person's home town ("Jane Doe of Millbrook"), the end of an
organisation's name ("the University of Toledo"), or a plural division word closing a list ("Pike, Scott and
Clay counties"). The cue only proposes: the caller keeps a candidate when the gazetteer knows the
name (``known``), and takes the longest known part of the run next to the cue.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from spacy.attrs import (
    ENT_IOB,
    ENT_TYPE,
    IDX,
    IS_ALPHA,
    IS_STOP,
    IS_TITLE,
    IS_UPPER,
    LIKE_NUM,
    LOWER,
    ORTH,
    SENT_START,
)
from spacy.tokens import Doc

from ..ontology import load_json
from .doc_index import doc_text, token_strings

MAX_RUN = 4
_ABBREVIATED = frozenset({"St.", "Ste.", "Mt.", "Ft.", "Pt."})


@dataclass(frozen=True)
class Cued:
    """A token span proposed as a place, the cue that proposed it, and the division word its name takes
    ("County" for a name of a list closed by "counties")."""

    start: int
    end: int
    cue: str
    division: str | None = None


@cache
def cue_words() -> dict:
    """The cue table (``places_cues.json``), with its word lists as sets and phrases as token tuples."""
    data = load_json("places_cues.json")
    return {
        "after": frozenset(data["after"]),
        "institutions": frozenset(data["institutions"]),
        "before": tuple(tuple(p.split()) for p in data["before"]),
        "war_verbs": tuple(tuple(p.split()) for p in data["war_verbs"]),
        "party": frozenset(data["party"]),
        "plural": dict(data["plural_divisions"]),
        "streets": frozenset(data["street_plurals"]),
        "generic": frozenset(data["generic_alone"]),
        "celestial": frozenset(w.lower() for w in data["celestial"]),
        "locative": frozenset(data["locative"]),
    }


@dataclass(frozen=True)
class TokenView:
    """The token attributes the cues read, as plain lists (read once per doc: spaCy's token objects
    are dear to make)."""

    text: str
    words: list[str]
    lower: list[str]
    idx: list[int]
    capital: list[bool]
    stop: list[bool]
    sent_start: list[bool]
    ent_type: list[str]
    ent_begins: list[bool]
    number: list[bool]

    def span_text(self, start: int, end: int) -> str:
        """The text of tokens ``start`` to ``end`` (exclusive)."""
        return self.text[self.idx[start] : self.idx[end - 1] + len(self.words[end - 1])]

    def __len__(self) -> int:
        return len(self.words)


def token_view(doc: Doc) -> TokenView:
    """The doc's tokens as a :class:`TokenView` (strings and flags read through ``to_array``)."""
    words, lower, ent_type = token_strings(doc, ORTH), token_strings(doc, LOWER), token_strings(doc, ENT_TYPE)
    idx = doc.to_array([IDX]).reshape(-1).tolist()
    flags = doc.to_array([IS_TITLE, IS_UPPER, IS_ALPHA, IS_STOP, SENT_START, ENT_IOB, LIKE_NUM]).tolist()
    capital, stop, sent, begins, number = [], [], [], [], []
    for word, (title, upper, alpha, is_stop, sent_start, iob, like_num) in zip(words, flags, strict=True):
        capital.append(bool(title or (upper and alpha and len(word) > 1) or word in _ABBREVIATED))
        stop.append(bool(is_stop))
        sent.append(sent_start == 1)
        begins.append(iob == 3)
        number.append(bool(like_num))
    return TokenView(doc_text(doc), words, lower, idx, capital, stop, sent, ent_type, begins, number)


def _runs(view: TokenView, taken: list[bool]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised, untaken tokens within a sentence, leading stop words dropped."""
    runs = []
    i, n = 0, len(view)
    capital, sent = view.capital, view.sent_start
    while i < n:
        if not capital[i] or taken[i]:
            i += 1
            continue
        j = i
        while j < n and capital[j] and not taken[j] and (j == i or not sent[j]):
            j += 1
        start = i
        while start < j and (view.stop[start] or view.lower[start] == "the"):
            start += 1
        if start < j:
            runs.append((start, min(j, start + MAX_RUN)))
        i = j
    return runs


def follows_cue(view: TokenView, start: int) -> bool:
    """Whether cue words of a place ("the town of", "near") or a verb of war ("troops entered") are
    written right before token ``start``; a verb of war not before a score ("overran Buffalo 38-9")."""
    return _before_cue(view, start) or _war_verb_cue(view, start)


def _before_cue(view: TokenView, start: int, key: str = "before") -> bool:
    for phrase in cue_words()[key]:
        k = len(phrase)
        if start - k >= 0 and tuple(view.lower[start - k : start]) == phrase:
            return True
    return False


def _war_verb_cue(view: TokenView, start: int) -> bool:
    """A verb of taking, shelling or fleeing a place right before token ``start`` ("troops entered
    Jenin"), the name it opens not followed by a number: a score makes the name a team ("overran
    Buffalo 38-9", "stormed Chelsea 4-0")."""
    if not _before_cue(view, start, "war_verbs"):
        return False
    end = start
    while end < len(view) and view.capital[end]:
        end += 1
    return end >= len(view) or not view.number[end]


def _person_of(view: TokenView, start: int) -> bool:
    """``Jane Doe of Springfield`` / ``Jane Doe, 34, of Springfield``: a person's home town."""
    if start < 2 or view.lower[start - 1] != "of":
        return False
    k = start - 2
    if view.words[k] == "," and k >= 1:
        k -= 1
        if view.number[k] and k >= 2 and view.words[k - 1] == ",":
            k -= 2
    return view.ent_type[k] == "PERSON"


def _name_of(view: TokenView, start: int, end: int) -> bool:
    """The place closing an organisation's or facility's name ("the University of Springfield", "the
    Arts Center in Millbrook")."""
    if start < 2 or view.lower[start - 1] not in ("of", "in") or not view.capital[start - 2]:
        return False
    ent = view.ent_type[start]
    return (
        ent in ("ORG", "FAC")
        and view.ent_type[start - 2] == ent
        and (end == len(view) or view.ent_type[end] != ent or view.ent_begins[end])
    )


def _party_cue(view: TokenView, start: int) -> bool:
    """``, D-Springfield`` / ``(R-Marshall)``: a party letter and a hyphen before the name."""
    return (
        start >= 3
        and view.words[start - 1] == "-"
        and view.words[start - 2] in cue_words()["party"]
        and view.words[start - 3] in (",", "(")
    )


def _street_list(view: TokenView, end: int, streets: frozenset[str]) -> bool:
    """The run is the first of a list of streets ("Elm and Oak avenues")."""
    if end >= len(view) or view.lower[end] not in ("and", "&", ","):
        return False
    return any(w in streets for w in view.lower[end + 1 : end + 5])


def cued_spans(
    view: TokenView,
    taken: list[bool],
    known: Callable[[str], bool],
    sizable: Callable[[str], bool] | None = None,
) -> list[Cued]:
    """Spans of the doc the cues mark as places and the gazetteer knows (``known(name)``); after a verb
    of war only a name ``sizable`` accepts (a town of some size, not a hamlet named like an institution:
    "stormed Congress")."""
    words = cue_words()
    found: list[Cued] = []
    for start, end in _runs(view, taken):
        span = _cued_in_run(view, start, end, words, known)
        if span is None and sizable is not None and _war_verb_cue(view, start):
            span = Cued(start, end, "before") if sizable(view.span_text(start, end)) else None
        if span is not None:
            found.append(span)
    return found


def _cued_in_run(
    view: TokenView, start: int, end: int, words: dict, known: Callable[[str], bool]
) -> Cued | None:
    for k in range(end - 1, start, -1):
        if view.words[k] in words["institutions"] and known(view.span_text(start, k)):
            return Cued(start, k, "institution")
    if (
        _before_cue(view, start)
        or _party_cue(view, start)
        or _person_of(view, start)
        or _name_of(view, start, end)
    ):
        if known(view.span_text(start, end)) and not _street_list(view, end, words["streets"]):
            return Cued(start, end, "before")
        return None
    if end < len(view) and view.lower[end] in words["after"] and view.words[end] == view.lower[end]:
        for k in range(start, end):
            if known(view.span_text(k, end)):
                return Cued(k, end, "after")
    return None


def listed_divisions(view: TokenView, known: Callable[[str], bool]) -> list[Cued]:
    """The names of a list closed by a plural division word ("Pike, Scott and Clay counties"), each
    with the division word its name takes."""
    plural = cue_words()["plural"]
    found = []
    for i, word in enumerate(view.lower):
        division = plural.get(word)
        if division is None or i == 0:
            continue
        names: list[Cued] = []
        end = i
        while end > 0:
            start = end
            while start > 0 and view.capital[start - 1] and end - start < 3:
                start -= 1
            if start == end:
                break
            if not known(f"{view.span_text(start, end)} {division}"):
                break
            names.append(Cued(start, end, "list", division))
            joint = view.lower[start - 1] if start > 0 else ""
            if joint in ("and", "or") and start > 1 and view.words[start - 2] == ",":
                end = start - 2
            elif joint in (",", "and", "or"):
                end = start - 1
            else:
                break
        found.extend(names)
    return found
