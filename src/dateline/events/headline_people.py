"""People a headline names by a bare common noun ("Man arrested after crash"), placed by the story.

Headlines drop articles: the "Man" of "Man charged in theft" is the story's own man, whom its lead
names with his place ("A Dalton man was charged ..."). Such a headline actor takes the country the
lead's mention of the same people word gives itself (annotation guide, section 3: the text places
him); a headline whose lead names no such person keeps no country.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from spacy.tokens import Doc, Token

from ..inflection import singulars
from ..ontology import load_json
from .actors import actor_code

# the sentences after a headline that name its people again: the lead and the two after it (a
# dateline's opening line may come first)
LEAD_SENTENCES = 3
# phrase-internal evidence of where a person is from ("A Dalton man"), not the story's setting
PHRASE_SOURCES = frozenset({"phrase", "entity"})
# determiners that bring a new referent into a text
INDEFINITE_WORDS = frozenset({"a", "an", "another"})


@cache
def people_nouns() -> frozenset[str]:
    """The common nouns for a private person (``people_words`` and ``resident_words`` of
    ``actor_sectors.json``: "man", "women", "teen")."""
    data = load_json("actor_sectors.json")
    return frozenset(w.lower() for w in (*data.get("people_words", []), *data.get("resident_words", [])))


def bare_people_noun(text: str) -> str | None:
    """The people noun a headline actor is written with and nothing else but a count ("Man",
    "Two women", "3 teens"); None for any other phrase ("A man", "Crafton man", "Police")."""
    words = text.lower().split()
    if not words or not _forms(words[-1]) & people_nouns():
        return None
    if any(not (w.isdigit() or w in _count_words()) for w in words[:-1]):
        return None
    return words[-1]


@cache
def _count_words() -> frozenset[str]:
    """Number words that count people ("two", "three"), from ``numbers.json``."""
    numbers = load_json("numbers.json")["numbers"]
    return frozenset(str(w) for key in ("ones", "teens", "tens") for w in numbers[key])


def _forms(word: str) -> set[str]:
    return {word, *singulars(word)}


def lead_person(doc: Doc, start_char: int, noun: str, actor: Callable[[Token], Any]) -> dict[str, Any] | None:
    """The actor (``actor`` resolves a head token) of the first mention of the word ``noun`` in the
    ``LEAD_SENTENCES`` sentences that begin at or after ``start_char``, when its own words place it
    and those sentences bring in no other person by that word ("A British man was stabbed ...
    police arrested a local man": the headline's "Man" may be either)."""
    mentions: list[Token] = []
    seen = 0
    for sent in doc.sents:
        if sent.end_char <= start_char:
            continue
        seen += 1
        if seen > LEAD_SENTENCES:
            break
        mentions.extend(
            t for t in sent if t.idx >= start_char and t.pos_ in ("NOUN", "PROPN") and t.lower_ == noun
        )  # the same word in the same number: "two women" is not the "Woman"
    if not mentions or any(_introduced(t) for t in mentions[1:]):
        return None
    found = actor(mentions[0])
    if found and found.get("country") and found.get("country_source") in PHRASE_SOURCES:
        return found
    return None


def _introduced(token: Token) -> bool:
    """Whether a mention brings a new person into the story: an indefinite article, "another" or a
    count ("a local man", "two other women"), not a definite one that refers back ("the man")."""
    dets = [c.lower_ for c in token.children if c.dep_ in ("det", "poss")]
    if dets:
        return any(d in INDEFINITE_WORDS for d in dets)
    return any(c.dep_ == "nummod" for c in token.children)


def place_headline_people(
    coded: list[dict[str, Any]], doc: Doc, headline_end: int, actor: Callable[[Token], Any]
) -> None:
    """Give a headline's unplaced bare people noun ("Man", "Two women") the country of the
    lead's mention of the same noun ("A Dalton man"), in place."""
    found: dict[str, dict[str, Any] | None] = {}
    for event in coded:
        if int(event["evidence"]["start"]) >= headline_end:
            continue
        for a in (*event["_sources"], *event["_targets"]):
            if not a or a.get("country") or a.get("entity"):
                continue
            noun = bare_people_noun(str(a.get("text") or ""))
            if noun is None:
                continue
            if noun not in found:
                found[noun] = lead_person(doc, headline_end, noun, actor)
            lead = found[noun]
            if lead is None:
                continue
            country = str(lead["country"])
            a.update(country=country, code=actor_code(country, a.get("sector")), country_source="document")
