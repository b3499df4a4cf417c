"""``dateline_places``: place mentions resolved to countries, admin divisions, regions and cities.

Mentions are the GPE / LOC / FAC entities of the parse, plus country and region names the NER missed
(matched from the gazetteer). Each is resolved against the gazetteer (``nlp/gazetteer.py``): a country name
is always the country; other names pick the reading with the best score, where a reading gains from its
population, from the article's other evidence for its country (country names, demonyms, the dateline), from
a named state or province it lies in, and from a qualifier right after it ("Paris, Texas").

Demonyms ("Russian-backed", "Iraqi") are evidence for their country but do not create place entries on
their own: they name an affiliation, not a location (``dateline_entities`` keeps them as such). Mentions
with no reading are kept as places without coordinates (feature "facility", "region" or "place"), unless
the name is a person's. The dateline's place is resolved the same way and linked by id in
``doc._.dateline["place"]``.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..ontology import load_tsv
from .doc_index import doc_text
from .gazetteer import Gazetteer, Reading, get_gazetteer, normalize

PLACE_LABELS = ("GPE", "LOC", "FAC")
UNRESOLVED_FEATURE = {"FAC": "facility", "LOC": "region", "GPE": "place"}
_QUALIFIER_GAP = re.compile(r"^\s*,\s*$")
_ADMIN_SUFFIX = re.compile(r"\s+(province|state|region|oblast|governorate|county|prefecture)$", re.I)
_LEADING_THE = re.compile(r"^(the|The|THE)\s+")
_TRAILING_POSSESSIVE = re.compile(r"(\u2019s|'s|\u2019|')$")
_DATELINE_NOISE = re.compile(r"\(.*?\)|\b(AP|AFP|Reuters|UPI)\b")
MAX_DEMONYM_WEIGHT = 1.0


@dataclass
class Mention:
    """One place mention in the body (or the dateline, with start = end = -1)."""

    start: int
    end: int
    text: str
    label: str
    readings: list[Reading] = field(default_factory=list)
    qualifier: Mention | None = None
    chosen: Reading | None = None


class PlaceResolver:
    """Find place mentions, resolve them with the article as context, group them per place."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        min_city_population: int,
        country_bonus: float,
        dateline_bonus: float,
        admin_bonus: float,
        preferred_bonus: float,
        alternate_penalty: float,
        region_base: float,
        match_names: bool,
    ) -> None:
        self.name = name
        self.min_city_population = min_city_population
        self.country_bonus = country_bonus
        self.dateline_bonus = dateline_bonus
        self.admin_bonus = admin_bonus
        self.preferred_bonus = preferred_bonus
        self.alternate_penalty = alternate_penalty
        self.region_base = region_base
        self.match_names = match_names
        self.vocab = nlp.vocab
        self._matchers: tuple[PhraseMatcher, PhraseMatcher] | None = None

    @property
    def gazetteer(self) -> Gazetteer:
        return get_gazetteer(self.min_city_population)

    def __call__(self, doc: Doc) -> Doc:
        places, dateline = self.predict(doc)
        self.set_annotations(doc, places, dateline)
        return doc

    def set_annotations(self, doc: Doc, places: list[dict[str, Any]], dateline: dict | None) -> None:
        """Write ``doc._.places`` and the linked dateline."""
        doc._.places = places
        if dateline is not None:
            doc._.dateline = dateline

    # -- finding mentions -------------------------------------------------------------------------

    def _name_matchers(self) -> tuple[PhraseMatcher, PhraseMatcher]:
        """Matchers for country / region names as written (ORTH) and, for all-caps text, LOWER."""
        if self._matchers is None:
            from spacy.lang.en import English

            tokenizer = English().tokenizer
            orth = PhraseMatcher(self.vocab, attr="ORTH")
            lower = PhraseMatcher(self.vocab, attr="LOWER")
            surfaces = sorted(self.gazetteer_surfaces())
            orth.add("PLACE", [tokenizer(s) for s in surfaces])
            lower.add("PLACE", [tokenizer(s) for s in surfaces if len(s) > 4])
            self._matchers = (orth, lower)
        return self._matchers

    def gazetteer_surfaces(self) -> set[str]:
        """Capitalised names of countries, admin divisions and regions, as they are written."""
        return {s for s in self.gazetteer.surfaces if s[:1].isupper()}

    def find_mentions(self, doc: Doc) -> tuple[list[Mention], Counter[str]]:
        """Place mentions in text order, and demonym evidence per country."""
        gaz = self.gazetteer
        text = doc_text(doc)
        demonyms: Counter[str] = Counter()
        mentions: list[Mention] = []
        taken = [False] * (len(doc) + 1)
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                taken[i] = True
            if ent.label_ == "NORP":
                country = gaz.demonym(ent.text)
                if country:
                    demonyms[country] += 1
                continue
            if ent.label_ not in PLACE_LABELS:
                continue
            mention = self._mention(text, ent.start_char, ent.end_char, ent.label_)
            if mention is None:
                continue
            if not mention.readings:
                country = gaz.demonym(mention.text)
                if country:
                    demonyms[country] += 1
                    continue
            mentions.append(mention)
        if self.match_names and len(doc):
            mentions.extend(self._gazetteer_mentions(doc, text, taken))
            mentions.sort(key=lambda m: m.start)
        for before, after in zip(mentions, mentions[1:], strict=False):
            if after.readings and _QUALIFIER_GAP.match(text[before.end : after.start]):
                before.qualifier = after
        return mentions, demonyms

    def _gazetteer_mentions(self, doc: Doc, text: str, taken: list[bool]) -> list[Mention]:
        orth, lower = self._name_matchers()
        letters = [ch for ch in text[:20000] if ch.isalpha()]
        upper_share = sum(ch.isupper() for ch in letters) / len(letters) if letters else 0.0
        matcher = lower if upper_share > 0.8 else orth
        found = []
        last_end = -1
        for _, start, end in sorted(matcher(doc), key=lambda m: (m[1], -m[2])):
            if start < last_end or any(taken[start:end]):
                continue
            span = doc[start:end]
            mention = self._mention(text, span.start_char, span.end_char, "GPE")
            if mention is not None and mention.readings:
                found.append(mention)
                last_end = end
        return found

    def _mention(self, text: str, start: int, end: int, label: str) -> Mention | None:
        longer = _extend_hyphenated(text, end)
        if longer > end and self.gazetteer.lookup(text[start:longer]):
            end = longer
        surface = text[start:end]
        lead = _LEADING_THE.match(surface)
        if lead:
            start += lead.end()
        tail = _TRAILING_POSSESSIVE.search(text[start:end])
        if tail and end - start > len(tail.group(0)):
            end -= len(tail.group(0))
        surface = text[start:end].strip()
        if not surface or not any(ch.isalpha() for ch in surface):
            return None
        readings = self.gazetteer.lookup(surface)
        if not readings and _ADMIN_SUFFIX.search(surface):
            readings = self.gazetteer.lookup(_ADMIN_SUFFIX.sub("", surface))
        return Mention(start=start, end=end, text=surface, label=label, readings=list(readings))

    # -- resolving --------------------------------------------------------------------------------

    def score(
        self,
        reading: Reading,
        evidence: dict[str, float],
        admins: set[tuple[str, str]],
        dateline_country: str | None,
        surface: str,
    ) -> float:
        """How likely a reading is, given the article's evidence."""
        if reading.feature == "city":
            value = math.log10(reading.population + 1)
        else:
            value = self.region_base
        if reading.alternate:
            value -= self.alternate_penalty
        if reading.country:
            value += self.country_bonus * min(1.0, evidence.get(reading.country, 0.0))
            if reading.country == dateline_country:
                value += self.dateline_bonus
            if reading.admin1 and (reading.country, reading.admin1) in admins and reading.feature != "admin":
                value += self.admin_bonus
        preferred = preferred_readings().get(normalize(surface))
        if reading.geonameid is not None and preferred == reading.geonameid:
            value += self.preferred_bonus
        return value

    def choose(
        self,
        mention: Mention,
        evidence: dict[str, float],
        admins: set[tuple[str, str]],
        dateline_country: str | None,
    ) -> Reading | None:
        """The best reading of a mention (a country name is always the country, bar one case)."""
        readings = mention.readings
        if not readings:
            return None
        if mention.qualifier is not None and mention.qualifier.chosen is not None:
            q = mention.qualifier.chosen
            narrowed = [
                r
                for r in readings
                if r.country == q.country
                and r.key != q.key
                and (q.feature != "admin" or not q.admin1 or r.admin1 == q.admin1)
            ]
            readings = narrowed or readings
        countries = [r for r in readings if r.feature == "country"]
        if countries:
            country = countries[0]
            own_evidence = evidence.get(country.country or "", 0.0)
            for admin in (r for r in readings if r.feature == "admin" and r.country):
                if evidence.get(admin.country or "", 0.0) >= 1.0 and own_evidence <= 1.0:
                    return admin
            return country
        return max(readings, key=lambda r: self.score(r, evidence, admins, dateline_country, mention.text))

    def resolve_spans(self, doc: Doc, spans: list[tuple[int, int]]) -> list[dict[str, Any] | None]:
        """The reading chosen for each given character span, with the article as context."""
        _, demonyms = self.find_mentions(doc)
        text = doc_text(doc)
        given = [self._mention(text, s, e, "GPE") or Mention(s, e, text[s:e], "GPE") for s, e in spans]
        self.predict(doc, given, demonyms)
        out: list[dict[str, Any] | None] = []
        for m in given:
            r = m.chosen
            out.append(
                None if r is None else {"name": r.name, "geonameid": r.geonameid, "lat": r.lat, "lon": r.lon}
            )
        return out

    def predict(
        self, doc: Doc, given: list[Mention] | None = None, given_demonyms: Counter[str] | None = None
    ) -> tuple[list[dict[str, Any]], dict | None]:
        """The places of the article as record dicts, and the dateline with its place id."""
        if given is not None and given_demonyms is not None:
            mentions, demonyms = given, given_demonyms
        else:
            mentions, demonyms = self.find_mentions(doc)
        dateline = dict(doc._.dateline) if isinstance(doc._.dateline, dict) else None
        dateline_mentions = self._dateline_mentions(dateline)

        evidence: dict[str, float] = defaultdict(float)
        for country, n in demonyms.items():
            evidence[country] += min(MAX_DEMONYM_WEIGHT, 0.5 * n)
        country_mentions = Counter(
            m.readings[0].country for m in mentions if m.readings and m.readings[0].feature == "country"
        )
        for country, n in country_mentions.items():
            if country:
                evidence[country] += float(n)
        admins = {
            (m.readings[0].country, m.readings[0].admin1)
            for m in mentions
            if len(m.readings) == 1
            and m.readings[0].feature == "admin"
            and m.readings[0].country
            and m.readings[0].admin1
        }

        dateline_country = None
        for mention in reversed(dateline_mentions):
            mention.chosen = self.choose(mention, evidence, admins, None)
        if dateline_mentions and dateline_mentions[0].chosen is not None:
            dateline_country = dateline_mentions[0].chosen.country
            if dateline_country:
                evidence[dateline_country] += 1.0

        # Two rounds: the second adds the countries of the other places resolved in the first.
        first_round = self._resolve_all(mentions, evidence, admins, dateline_country)
        for mention in mentions:
            chosen = mention.chosen
            if chosen and chosen.feature == "admin" and chosen.country and chosen.admin1:
                admins.add((chosen.country, chosen.admin1))
        self._resolve_all(mentions, evidence, admins, dateline_country, first_round)

        persons = self._person_words(doc)
        return self._group(doc, mentions, dateline_mentions, persons, dateline)

    def _resolve_all(
        self,
        mentions: list[Mention],
        evidence: dict[str, float],
        admins: set[tuple[str, str]],
        dateline_country: str | None,
        earlier: dict[str, str | None] | None = None,
    ) -> dict[str, str | None]:
        """Choose a reading for every mention (qualifiers first); return surface -> country chosen."""
        resolved: dict[str, str | None] = {}
        for mention in sorted(mentions, key=lambda m: (m.qualifier is not None, -m.start)):
            surface = normalize(mention.text)
            own = evidence if earlier is None else self._evidence_without(evidence, earlier, surface)
            mention.chosen = self.choose(mention, own, admins, dateline_country)
            if mention.chosen is not None:
                resolved[surface] = mention.chosen.country
        return resolved

    @staticmethod
    def _evidence_without(
        evidence: dict[str, float], resolved: dict[str, str | None], own_surface: str
    ) -> dict[str, float]:
        extra: dict[str, float] = defaultdict(float, evidence)
        for surface, country in resolved.items():
            if country and surface != own_surface:
                extra[country] += 0.5
        return extra

    def _dateline_mentions(self, dateline: dict | None) -> list[Mention]:
        if not dateline or not dateline.get("place"):
            return []
        text = _DATELINE_NOISE.sub(" ", str(dateline["place"]))
        parts = [p.strip() for p in text.split(",") if p.strip()]
        mentions = []
        for part in parts[:3]:
            surface = part.title() if part.isupper() else part
            mentions.append(
                Mention(start=-1, end=-1, text=surface, label="GPE", readings=self.gazetteer.lookup(surface))
            )
        for before, after in zip(mentions, mentions[1:], strict=False):
            if after.readings:
                before.qualifier = after
        return mentions

    @staticmethod
    def _person_words(doc: Doc) -> set[str]:
        words: set[str] = set()
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                words.add(ent.text.lower())
                words.update(t.text.lower() for t in ent if t.is_title)
        return words

    def _group(
        self,
        doc: Doc,
        mentions: list[Mention],
        dateline_mentions: list[Mention],
        persons: set[str],
        dateline: dict | None,
    ) -> tuple[list[dict[str, Any]], dict | None]:
        groups: dict[str, dict[str, Any]] = {}
        order: dict[str, int] = {}

        def entry(key: str, reading: Reading | None, mention: Mention) -> dict[str, Any]:
            place = groups.get(key)
            if place is None:
                place = {
                    "id": "",
                    "name": reading.name if reading else mention.text,
                    "country": reading.country if reading else None,
                    "lat": reading.lat if reading else None,
                    "lon": reading.lon if reading else None,
                    "geonameid": reading.geonameid if reading else None,
                    "feature": reading.feature if reading else UNRESOLVED_FEATURE.get(mention.label, "place"),
                    "aliases": [],
                    "mentions": [],
                }
                groups[key] = place
                order[key] = mention.start
            if mention.text != place["name"] and mention.text not in place["aliases"]:
                place["aliases"].append(mention.text)
            return place

        for mention in mentions:
            reading = mention.chosen
            if reading is None:
                if mention.text.lower() in persons or not mention.text[:1].isupper():
                    continue
                key = f"unresolved:{normalize(mention.text)}"
            else:
                key = reading.key
            place = entry(key, reading, mention)
            place["mentions"].append({"start": mention.start, "end": mention.end, "text": mention.text})

        dateline_key = None
        if dateline_mentions:
            head = dateline_mentions[0]
            dateline_key = head.chosen.key if head.chosen else f"unresolved:{normalize(head.text)}"
            entry(dateline_key, head.chosen, head)
        places = sorted(groups.items(), key=lambda item: order[item[0]])
        ids = {}
        result = []
        for i, (key, place) in enumerate(places, start=1):
            place["id"] = f"P{i}"
            ids[key] = place["id"]
            result.append(place)
        if dateline is not None and dateline_key is not None:
            dateline["place"] = ids[dateline_key]
        return result, dateline


def _extend_hyphenated(text: str, end: int) -> int:
    """Extend a mention cut inside a hyphenated name ("Mazar" of "Mazar-i-Sharif") to the whole name."""
    limit = min(len(text), end + 40)
    stop = end
    while stop < limit and text[stop] == "-" and stop + 1 < limit and text[stop + 1].isalpha():
        stop += 1
        while stop < limit and text[stop].isalpha():
            stop += 1
    return stop if stop > end and text[stop - 1].isalpha() and text[stop - 1 : stop].isalpha() else end


@cache
def preferred_readings() -> dict[str, int]:
    """Name -> the GeoNames id news means by default (``places_preferred.tsv``)."""
    return {normalize(r["name"]): int(r["geonameid"]) for r in load_tsv("places_preferred.tsv")}


@Language.factory(
    "dateline_places",
    default_config={
        "min_city_population": 15000,
        "country_bonus": 1.2,
        "dateline_bonus": 0.6,
        "admin_bonus": 2.5,
        "preferred_bonus": 3.0,
        "alternate_penalty": 1.0,
        "region_base": 7.0,
        "match_names": True,
    },
    assigns=["doc._.places", "doc._.dateline"],
    requires=["doc.ents"],
)
def make_places(
    nlp: Language,
    name: str,
    min_city_population: int,
    country_bonus: float,
    dateline_bonus: float,
    admin_bonus: float,
    preferred_bonus: float,
    alternate_penalty: float,
    region_base: float,
    match_names: bool,
) -> PlaceResolver:
    """Factory for the place resolver."""
    return PlaceResolver(
        nlp,
        name,
        min_city_population=min_city_population,
        country_bonus=country_bonus,
        dateline_bonus=dateline_bonus,
        admin_bonus=admin_bonus,
        preferred_bonus=preferred_bonus,
        alternate_penalty=alternate_penalty,
        region_base=region_base,
        match_names=match_names,
    )
