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

from spacy.tokens import Doc, Token

from ..ontology import load_json

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
        "party": frozenset(data["party"]),
        "plural": dict(data["plural_divisions"]),
        "streets": frozenset(data["street_plurals"]),
        "generic": frozenset(data["generic_alone"]),
    }


def _capital(token: Token) -> bool:
    text = token.text
    return (
        token.is_title or (token.is_upper and len(text) > 1 and text.isalpha()) or text in _ABBREVIATED
    ) and not token.is_punct


def _runs(doc: Doc, taken: list[bool]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised, untaken tokens within a sentence, leading stop words dropped."""
    runs = []
    i, n = 0, len(doc)
    while i < n:
        if not _capital(doc[i]) or taken[i]:
            i += 1
            continue
        j = i
        while j < n and _capital(doc[j]) and not taken[j] and (j == i or not doc[j].is_sent_start):
            j += 1
        start = i
        while start < j and (doc[start].is_stop or doc[start].lower_ == "the"):
            start += 1
        if start < j:
            runs.append((start, min(j, start + MAX_RUN)))
        i = j
    return runs


def _before_cue(doc: Doc, start: int) -> bool:
    for phrase in cue_words()["before"]:
        k = len(phrase)
        if start - k >= 0 and tuple(t.lower_ for t in doc[start - k : start]) == phrase:
            return True
    return False


def _person_of(doc: Doc, start: int) -> bool:
    """``Jane Doe of Springfield`` / ``Jane Doe, 34, of Springfield``: a person's home town."""
    if start < 2 or doc[start - 1].lower_ != "of":
        return False
    k = start - 2
    if doc[k].text == "," and k >= 1:
        k -= 1
        if doc[k].like_num and k >= 2 and doc[k - 1].text == ",":
            k -= 2
    return doc[k].ent_type_ == "PERSON"


def _name_of(doc: Doc, start: int, end: int) -> bool:
    """The place closing an organisation's or facility's name ("the University of Springfield", "the
    Arts Center in Millbrook")."""
    if start < 2 or doc[start - 1].lower_ not in ("of", "in") or not _capital(doc[start - 2]):
        return False
    ent = doc[start].ent_type_
    return (
        ent in ("ORG", "FAC")
        and doc[start - 2].ent_type_ == ent
        and (end == len(doc) or doc[end].ent_type_ != ent or doc[end].ent_iob_ == "B")
    )


def _party_cue(doc: Doc, start: int) -> bool:
    """``, D-Springfield`` / ``(R-Marshall)``: a party letter and a hyphen before the name."""
    return (
        start >= 3
        and doc[start - 1].text == "-"
        and doc[start - 2].text in cue_words()["party"]
        and doc[start - 3].text in (",", "(")
    )


def _street_list(doc: Doc, end: int, streets: frozenset[str]) -> bool:
    """The run is the first of a list of streets ("Elm and Oak avenues")."""
    if end >= len(doc) or doc[end].lower_ not in ("and", "&", ","):
        return False
    return any(t.lower_ in streets for t in doc[end + 1 : end + 5])


def cued_spans(doc: Doc, taken: list[bool], known: Callable[[str], bool]) -> list[Cued]:
    """Spans of the doc the cues mark as places and the gazetteer knows (``known(name)``)."""
    words = cue_words()
    found: list[Cued] = []
    for start, end in _runs(doc, taken):
        span = _cued_in_run(doc, start, end, words, known)
        if span is not None:
            found.append(span)
    return found


def _cued_in_run(doc: Doc, start: int, end: int, words: dict, known: Callable[[str], bool]) -> Cued | None:
    for k in range(end - 1, start, -1):
        if doc[k].text in words["institutions"] and known(doc[start:k].text):
            return Cued(start, k, "institution")
    if (
        _before_cue(doc, start)
        or _party_cue(doc, start)
        or _person_of(doc, start)
        or _name_of(doc, start, end)
    ):
        if known(doc[start:end].text) and not _street_list(doc, end, words["streets"]):
            return Cued(start, end, "before")
        return None
    after = doc[end] if end < len(doc) else None
    if after is not None and (after.lower_ in words["after"] and after.text == after.lower_):
        for k in range(start, end):
            if known(doc[k:end].text):
                return Cued(k, end, "after")
    return None


def listed_divisions(doc: Doc, known: Callable[[str], bool]) -> list[Cued]:
    """The names of a list closed by a plural division word ("Pike, Scott and Clay counties"), each
    with the division word its name takes."""
    plural = cue_words()["plural"]
    found = []
    for token in doc:
        division = plural.get(token.lower_)
        if division is None or token.i == 0:
            continue
        names: list[Cued] = []
        end = token.i
        while end > 0:
            start = end
            while start > 0 and _capital(doc[start - 1]) and end - start < 3:
                start -= 1
            if start == end:
                break
            if not known(f"{doc[start:end].text} {division}"):
                break
            names.append(Cued(start, end, "list", division))
            joint = doc[start - 1].lower_ if start > 0 else ""
            if joint in ("and", "or") and start > 1 and doc[start - 2].text == ",":
                end = start - 2
            elif joint in (",", "and", "or"):
                end = start - 1
            else:
                break
        found.extend(names)
    return found
