"""Which found place mentions are toponyms: a logistic filter over what the finder already knows.

A mention is described by how it was found (the NER label of its entity, a cue word, the gazetteer's name
list, a dateline in the body, a repetition of a name the article already uses as a place, or weakly: a
place name opening an entity no rule took), by the place it resolved to (feature class, population, the
resolver's confidence, an alternate name, a qualifier, the article's support, a place in a country the
article names by its name or a demonym), and by its surroundings (a
cue word next to it, inside a longer organisation's or person's name, a capitalised word right after it
that is not a public body's word, "the" before a town's name, a given name, the headline, all capitals,
how often the article names it, whether the NER tags the same name a place elsewhere). The weights live
in ``ontology/places_mentions.json``, fitted on the tune half of the places dev set by
``scripts/fit_place_mentions.py`` (L2-regularised logistic regression; the threshold chosen on the tune
half's out-of-fold probabilities). A mention below the threshold is dropped from the article's places.
Names of things other than people the NER gives a town (a product, a work, an event, a law) share the
organisations' weight. Not judged: the towns of a list the NER merged into one entity, every part a
place ("Afrin and Jarablus"); names the NER tags a place (GPE, LOC) that resolve to a country, division
or town (the tune half, mostly local news, holds too few world-news names to judge them: a
transliterated city it would drop); landmarks the gazetteer places ("White House", where events
happen); a city of 100,000 people or more in a country the article names ("Aleppo" in a story of Syria,
whatever label the NER gave it); street and facility names (``kind: "facility"``); and demonyms
(``kind: "demonym"``, a mention kind of their own, whose annotation differs between corpora).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ..ontology import load_json
from . import place_cues
from .doc_index import doc_ents
from .gazetteer import is_physical, normalize

if TYPE_CHECKING:
    from .gazetteer import Reading
    from .places import Mention

PLACE_ENTS = ("GPE", "LOC", "FAC")
SOURCES = (
    "ner_GPE",
    "ner_LOC",
    "ner_FAC",
    "ner_NORP",
    "ner_ORG",
    "ner_PERSON",
    "cue_after",
    "cue_before",
    "cue_institution",
    "cue_list",
    "gazetteer",
    "text_dateline",
    "repeated",
    "weak_PERSON",
    "weak_ORG",
    "weak_NORP",
)
CLASSES = ("country", "admin", "admin2", "city", "region")
SETTLED = ("country", "admin", "admin2", "city")
TAGGED = ("ner_GPE", "ner_LOC", "ner_list")
OTHER_NAMES = {f"ner_{label}": "ner_ORG" for label in ("PRODUCT", "WORK_OF_ART", "EVENT", "LAW")}
FEATURES = (
    "bias",
    *(f"source_{s}" for s in SOURCES),
    *(f"class_{c}" for c in CLASSES),
    "no_reading",
    "population",
    "confidence",
    "qualified",
    "supported",
    "tentative",
    "multiword",
    "repeats",
    "tagged_place_elsewhere",
    "inside_entity",
    "capital_after",
    "institution_after",
    "cue_word_after",
    "cue_words_before",
    "after_the",
    "town_after_the",
    "possessive_after",
    "given_name",
    "person_word",
    "headline",
    "all_caps",
    "readings",
    "country_named",
)


@dataclass
class ArticleFacts:
    """What the article says around its mentions, read once per document."""

    doc: Doc
    counts: Counter[str]
    place_names: frozenset[str]
    institutions: frozenset[str]
    host_of: dict[int, tuple[int, int]]
    given_names: frozenset[str]
    person_words: frozenset[str]
    countries: frozenset[str] = frozenset()


def article_facts(
    doc: Doc,
    mentions: list[Mention],
    institutions: frozenset[str],
    given_names: frozenset[str],
) -> ArticleFacts:
    """Counts of each name among the mentions, the names the NER tags a place, the spans of other
    entities and the words of people's names."""
    ents = doc_ents(doc)
    return ArticleFacts(
        doc=doc,
        counts=Counter(m.key for m in mentions),
        place_names=frozenset(normalize(e.text) for e in ents if e.label_ in ("GPE", "LOC")),
        institutions=institutions,
        host_of={
            i: (e.start, e.end) for e in ents if e.label_ not in PLACE_ENTS for i in range(e.start, e.end)
        },
        given_names=given_names,
        person_words=frozenset(t.lower_ for e in ents if e.label_ == "PERSON" for t in e),
        countries=frozenset(
            m.chosen.country
            for m in mentions
            if m.chosen is not None and m.chosen.feature == "country" and m.chosen.country
        ),
    )


def vectors(mentions: list[Mention], facts: ArticleFacts) -> list[list[float]]:
    """The feature vectors of the mentions (order of ``FEATURES``)."""
    return [features(m, facts) for m in mentions]


def features(mention: Mention, facts: ArticleFacts) -> list[float]:
    """The feature vector of one mention (order of ``FEATURES``)."""
    doc = facts.doc
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    first = span.start if span is not None else 0
    last = span.end if span is not None else 0
    after = doc[last] if span is not None and last < len(doc) else None
    before = doc[first - 1] if span is not None and first > 0 else None
    host = facts.host_of.get(first) if span is not None else None
    inside = host is not None and host[0] <= first and last <= host[1] and host[1] - host[0] > last - first
    cues = place_cues.cue_words()
    words_before = tuple(t.lower_ for t in doc[max(0, first - 2) : first]) if span is not None else ()
    reading = mention.chosen
    source = OTHER_NAMES.get(mention.source, mention.source)
    text = mention.text
    return [
        1.0,
        *(float(source == s) for s in SOURCES),
        *(float(reading is not None and reading.feature == c) for c in CLASSES),
        float(reading is None),
        math.log10(known_population(reading) + 1) / 7.0 if reading is not None else 0.0,
        mention.confidence or 0.0,
        float(mention.qualifier is not None or mention.qualifier_admin is not None),
        float(mention.supported),
        float(mention.tentative),
        float(len(text.split()) > 1),
        math.log2(facts.counts.get(mention.key, 1)),
        float(mention.key in facts.place_names),
        float(inside),
        float(
            after is not None
            and (after.is_title or after.is_upper)
            and not after.is_sent_start
            and after.text not in facts.institutions
        ),
        float(after is not None and after.text in facts.institutions),
        float(after is not None and after.lower_ in cues["after"]),
        float(any(words_before[len(words_before) - len(p) :] == p for p in cues["before"])),
        float(before is not None and before.lower_ == "the"),
        float(
            before is not None
            and before.lower_ == "the"
            and reading is not None
            and reading.feature in ("city", "admin2")
        ),
        float(after is not None and after.lower_ in ("'s", "\u2019s")),
        float(text.split()[0] in facts.given_names),
        float(mention.source != "ner_PERSON" and any(w.lower() in facts.person_words for w in text.split())),
        float(mention.sentence == 0),
        float(text.isupper() and len(text) > 3),
        math.log2(1 + len(mention.readings)),
        float(
            reading is not None
            and reading.feature not in ("country", "region")
            and reading.country in facts.countries
        ),
    ]


SEAT_POPULATION = 5000


def known_population(reading: Reading) -> int:
    """A reading's population, a town of population 0 counted as a small town of ``SEAT_POPULATION``:
    GeoNames lists a place under 500 people only as the seat of a division, and leaves many seats'
    population unset (most towns of Syria: "Madaya", "Tal Abyad")."""
    if reading.feature == "city" and reading.population == 0:
        return SEAT_POPULATION
    return reading.population


@cache
def model() -> tuple[tuple[float, ...], float]:
    """The fitted weights (order of ``FEATURES``; missing ones are 0) and the keep threshold."""
    data = load_json("places_mentions.json")
    table = data["weights"]
    return tuple(float(table.get(name, 0.0)) for name in FEATURES), float(data["threshold"])


def probability(vector: list[float], w: tuple[float, ...] | None = None) -> float:
    """The logistic probability that a mention is a toponym."""
    w = w or model()[0]
    z = sum(a * b for a, b in zip(vector, w, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


UNFILTERED_KINDS = ("facility", "demonym")


def filtered(mention: Mention) -> bool:
    """Whether the filter judges the mention: not a street or facility name, not a demonym, not a
    landmark the gazetteer places, not a name the NER tags a place that resolves to a country, division,
    town or physical feature (a sea, river, mountain range)."""
    reading = mention.chosen
    landmark = reading is not None and reading.feature == "facility"
    tagged = (
        mention.source in TAGGED
        and reading is not None
        and (reading.feature in SETTLED or is_physical(reading))
    )
    return mention.kind not in UNFILTERED_KINDS and not landmark and not tagged


NAMED_COUNTRY_CITY = 100000


def city_of_named_country(mention: Mention, facts: ArticleFacts) -> bool:
    """A mention read as a city of ``NAMED_COUNTRY_CITY`` people or more (by a name GeoNames gives it, not a
    loose skeleton), in a country the article names by its name or a demonym ("Aleppo", "Hama" in a story
    of Syria): a large city of the story's country is that city whatever label the NER gave its name."""
    r = mention.chosen
    return (
        r is not None
        and r.feature == "city"
        and not r.loose
        and r.population >= NAMED_COUNTRY_CITY
        and r.country in facts.countries
        and not mention.weak
    )


def is_judged(mention: Mention, facts: ArticleFacts) -> bool:
    """Whether the filter judges the mention in this article: ``filtered``, and not a large city of a
    country the article names (``city_of_named_country``)."""
    return filtered(mention) and not city_of_named_country(mention, facts)


def kept(mentions: list[Mention], facts: ArticleFacts) -> list[Mention]:
    """The mentions the filter keeps (facility names, demonyms and the large cities of the countries the
    article names always)."""
    _, threshold = model()
    judged = [m for m in mentions if is_judged(m, facts)]
    dropped = {
        id(m) for m, v in zip(judged, vectors(judged, facts), strict=True) if probability(v) < threshold
    }
    return [m for m in mentions if id(m) not in dropped]
