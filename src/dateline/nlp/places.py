"""``dateline_places``: place mentions resolved to countries, admin divisions, regions and cities.

Finding mentions (geotagging): the GPE / LOC / FAC entities of the parse; a place name that opens an
organisation's name ("the Ohio Department of Development", "Gainesville police"); a one-word PERSON or ORG
entity that the same article elsewhere tags as a place; country, region and US state names the NER missed
(matched from the gazetteer); capitalised names a cue word marks as towns or counties ("a Brookville man",
"Millbrook police", "D-Worcester", "Pike and Clay counties", "Jane Doe of Millbrook", "the University of
Toledo"; ``nlp/place_cues.py``) and, one name one place, the other occurrences of a name so found; the state
abbreviation qualifying a town ("Fresno, Calif."); and demonyms ("Turkish", "Palestinians") as mentions of
their country of their own kind, kept apart in the place's ``demonyms`` (``kind: "demonym"``), so that a
reader of ``mentions`` (event locations, the summary's "where") sees only names of places. Ethnic and
religious groups without a country, organisations, people and events are not places; a demonym in a
person's, a language's or a company's name does not name the country; a generic word alone ("the Delta",
"North") is no name. A street, road or facility name with no gazetteer entry stays a mention without
coordinates (``feature: "facility"``), not a wrong town. Places are also found through the NER's slips
on transliterated names (``nlp/places_spans.py``): the towns of a list it merged into one entity ("Afrin
and Jarablus"), a name it cut before its particles ("Deir" of "Deir ez-Zor"), a name written with the
Arabic article ("al-Bab"), a populous town it gave another label or left untagged after a preposition of
place or in a list of places ("in Homs, Hama and Aleppo").

Resolving (toponym resolution): every reading of a name (``nlp/gazetteer.py``: countries, regions, first-
and second-level divisions, cities of 500 people or more) gets a score from its priors and the article's
evidence (``nlp/place_features.py``; weights fitted on the tune half of the places dev set). A qualifier
right after the name ("Springfield, Ohio", "Alexandria, La.") narrows the readings to those inside it; one
name means one place per article unless qualified. A first-level division named after its seat (the town
holding a quarter of its people or more: "Kirkuk", "Kandahar") means the town unless the text writes a
division word with it ("Kirkuk province"). Resolution runs in rounds, each using the places chosen
in the previous one as context. Each place records its ``basis`` (why this reading: "qualifier",
"dateline", "context", "population", "only reading", "demonym") and a ``confidence`` (the softmax
probability of the chosen reading). The dateline's place is resolved the same way and linked by id in
``doc._.dateline["place"]``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ..knowledge import geonames
from ..ontology import load_json, load_tsv
from . import place_cues, place_mentions, places_spans, sports
from . import place_features as pf
from .contract import dateline_component
from .doc_index import doc_ents, doc_text, fixed_ents
from .gazetteer import Gazetteer, Reading, arabic_articles, get_gazetteer, is_physical, normalize

PLACE_LABELS = ("GPE", "LOC", "FAC")
HOST_LABELS = ("ORG", "PERSON", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW")
FACILITY_WORDS = re.compile(
    r"\b(street|st|road|rd|avenue|ave|boulevard|blvd|lane|drive|highway|hwy|route|interstate|exit|"
    r"bridge|park|square|plaza|airport|station|hospital|school|church|mosque|temple|stadium|center|"
    r"centre|hall|building|tower|mall|court|way|trail|parkway|pike|terrace|place|circle)\b\.?$",
    re.I,
)
NUMBERED_ROAD = re.compile(r"^(highway|route|interstate|exit|county road|state road|i|us|sr)\s*-?\s*\d", re.I)
_ADMIN_SUFFIX = re.compile(
    r"\s+(province|state|region|oblast|governorate|county|parish|prefecture|district)$", re.I
)
_LEADING_THE = re.compile(r"^(the|The|THE)\s+")
_TRAILING_POSSESSIVE = re.compile(r"(\u2019s|'s|\u2019|')$")
_LIST_JOINT = re.compile(r"\s*,\s*|\s*,?\s+(and|or)\s+")
_TRAILING_JOINT = re.compile(r"\s+(of|and|the|in|at|&)$")
_SAINT = re.compile(r"^(St|Ste|Saint)\.? [A-Z]")
_DATELINE_NOISE = re.compile(r"\(.*?\)|\b(AP|AFP|Reuters|UPI)\b")
# a two-letter code before a word is an initialism opening a noun phrase ("in Ramallah, PA officials")
_QUALIFIER = re.compile(r"^,\s*((?:[A-Z][a-z]{0,4}\.\s?){1,2}|[A-Z]{2}\b(?!\s+(?!(?:and|or)\b)[A-Za-z]))")
DIRECTION_WORDS = frozenset(
    "north south east west northern southern eastern western central northeast northwest southeast "
    "southwest northeastern northwestern southeastern southwestern upper lower greater downtown".split()
)
GENERIC_SUFFIXES = frozenset("borough township twp city town village municipality metro area".split())
# division words of the first level: a town's name written with one means the division it is the seat of
FIRST_LEVEL_WORDS = frozenset({"region", "province", "oblast", "governorate"})
# a name written with one of these words after it is a town ("Quebec City", not the province of Quebec)
TOWN_SUFFIXES = frozenset({"city", "town", "village"})
_TEXT_DATELINE = re.compile(
    r"(?:^|\n|[.!?\"\u201d]\s|\b(?:19|20)\d\d\s)\s*([A-Z][A-Z'.]+(?: [A-Z][A-Z'.]+){0,3})"
    r"(?=(?:,\s+[A-Z][A-Za-z.]+(?:\s?[A-Z][a-z]*\.)?)?\s*(?:\([A-Z][^)]{0,30}\)|(?:\u2014|\u2013|--?)\s))"
)
MISTAGGED_MIN_POPULATION = {
    "NORP": 1000,
    "PRODUCT": 50000,
    "WORK_OF_ART": 50000,
    "EVENT": 50000,
    "ORG": 10000,
    "PERSON": 10000,
}
_MIDDLE_INITIAL = re.compile(r"[A-Z]\.")
_INITIALISM = re.compile(r"(?:[A-Za-z]\.\s?){2,}")
ROUNDS = 3
MISTAGGED_SOURCES = ("ner_NORP", "ner_PERSON")
LIST_MIN_POPULATION = 5000
LIST_JOINTS = frozenset({",", "and", "or"})
OTHER_LABEL_SOURCES = frozenset(
    f"ner_{label}" for label in ("ORG", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT")
)
POPULOUS_CITY = 100000
SEAT_SHARE = 0.25
# the least share of a division's people its town of the alternate name holds to stand for it (no village)
ALTERNATE_SEAT_SHARE = 0.05
LISTED_CITY = 20000
# a city this large is what its name means abroad, unless the article backs a namesake that is a
# hundredth of its size or less
WORLD_CITY = 1000000
NAMESAKE_SHARE = 0.01
ORG_HEAD_MIN_POPULATION = 5000
MIN_ALTERNATE_POPULATION = 5000
DEMONYM_WEIGHT = 0.5
COUNTRY_WEIGHT = 1.0
PLACE_WEIGHT = 0.3


@cache
def _plain_tokenizer() -> Any:
    """A blank English tokenizer for the gazetteer's phrase patterns, built once per process."""
    from spacy.lang.en import English

    return English().tokenizer


@dataclass
class Mention:
    """One place mention in the body (or the dateline, with start = end = -1)."""

    start: int
    end: int
    text: str
    label: str
    readings: list[Reading] = field(default_factory=list)
    kind: str = "name"
    qualifier: Mention | None = None
    qualifier_admin: tuple[str, str] | None = None
    admin_suffix: bool = False
    division_named: bool = False
    sentence: int = 0
    chosen: Reading | None = None
    basis: str | None = None
    confidence: float | None = None
    tentative: bool = False
    supported: bool = False
    cued: bool = False
    source: str = ""
    listed: list[Mention] = field(default_factory=list, repr=False, compare=False)
    local: bool = False
    # written "the city of X": a town, whatever another mention of the name means
    town_named: bool = False
    # written after "across" or "throughout": an expanse, a division rather than the town that seats it
    spread: bool = False
    # the name's own readings when a division word ("Kursk's governor") read it as the division it seats
    named_readings: list[Reading] = field(default_factory=list, repr=False, compare=False)
    # the reading the scores chose, before the seat and world-city rules (the level the list rule reads)
    level: Reading | None = field(default=None, repr=False, compare=False)
    # read at the first-level divisions of its list (``_listed_divisions``), set when its candidates
    # are drawn: the seat rule then leaves the division
    listed_level: bool = field(default=False, repr=False, compare=False)
    # the divisions "the city of X" ruled out whose seat a town of its readings is: their evidence is
    # the town's ("the city of Kandahar" is no less sure than "Kandahar")
    seated: list[Reading] = field(default_factory=list, repr=False, compare=False)
    # a division word of either level ("province", "region") ruled the towns out: its first- and
    # second-level readings weigh alike, by their people and the article's backing
    either_level: bool = field(default=False, repr=False, compare=False)
    # a demonym heading a state's agents ("Mexican police", "Egyptian officials"): the article names
    # the country as the scene, where a person's nationality ("a Mexican singer") names only the person
    authority: bool = field(default=False, repr=False, compare=False)

    @property
    def group_key(self) -> str:
        """The name's key, apart for demonyms: a demonym written like a town's name ("Canadian") names
        its country, not the town the same article's name mention resolves to."""
        return f"demonym:{self.key}" if self.kind == "demonym" else self.key

    @property
    def weak(self) -> bool:
        """Proposed only because a place name opens an entity no rule took."""
        return self.source.startswith("weak_")

    @property
    def key(self) -> str:
        return normalize(self.text)


class PlaceResolver:
    """Find place mentions, resolve them with the article as context, group them per place."""

    def __init__(self, nlp: Language, name: str, match_names: bool, rounds: int = ROUNDS) -> None:
        self.name = name
        self.match_names = match_names
        self.rounds = rounds
        # a world city overrides an unbacked namesake once the rounds have found what backs it
        self._last_round = True
        self.vocab = nlp.vocab
        self._matchers: tuple[PhraseMatcher, PhraseMatcher] | None = None
        self._demonyms: PhraseMatcher | None = None

    @property
    def gazetteer(self) -> Gazetteer:
        return get_gazetteer()

    def __call__(self, doc: Doc) -> Doc:
        with fixed_ents(doc):
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
        """Matchers for country / region / US state names as written (ORTH) and, for all-caps text, LOWER."""
        if self._matchers is None:
            tokenizer = _plain_tokenizer()
            orth = PhraseMatcher(self.vocab, attr="ORTH")
            lower = PhraseMatcher(self.vocab, attr="LOWER")
            surfaces = sorted(s for s in self.gazetteer.surfaces if s[:1].isupper())
            orth.add("PLACE", [tokenizer(s) for s in surfaces])
            lower.add("PLACE", [tokenizer(s) for s in surfaces if len(s) > 4])
            self._matchers = (orth, lower)
        return self._matchers

    def find_mentions(self, doc: Doc) -> list[Mention]:
        """Place and demonym mentions in text order, with their qualifiers and sentences."""
        return self._find_mentions(doc, _person_name_words(doc_ents(doc)))

    def _find_mentions(self, doc: Doc, names: tuple[set[str], set[str]]) -> list[Mention]:
        """``find_mentions`` with the surnames and given names of the article's people
        (``_person_name_words``)."""
        text = doc_text(doc)
        mentions: list[Mention] = []
        taken = [False] * (len(doc) + 1)
        ents = doc_ents(doc)
        place_surfaces = {normalize(e.text) for e in ents if e.label_ in ("GPE", "LOC")}
        place_surfaces |= self._organisation_heads(ents)
        as_place: Counter[str] = Counter(e.text.lower() for e in ents if e.label_ in ("GPE", "LOC"))
        as_person: Counter[str] = Counter(t.lower_ for e in ents if e.label_ == "PERSON" for t in e)
        person_tokens = {t.lower_ for e in ents if len(e) > 1 and _looks_like_person(e) for t in e}
        titled = _titled_surnames(doc, ents, as_place)
        person_tokens |= titled
        surnames, given = names
        multiword_people = {
            word: word in given or as_person[word] > as_place[word]
            for word in surnames | given
            if as_person[word] >= as_place[word]
        }
        view = place_cues.token_view(doc)
        countries = self._article_countries(ents)
        matches: list[tuple[int, int, int]] = []
        demonyms: list[tuple[int, int, int]] = []
        if self.match_names and len(doc):
            mentions.extend(self._listed_mentions(doc, view, taken))
            matches = sorted(self._gazetteer_matcher(text)(doc), key=lambda m: (m[1], -m[2]))
            mentions.extend(self._joint_names(doc, text, matches, taken))
            demonyms = sorted(self._demonym_matcher()(doc), key=lambda m: (m[1], -m[2]))
            blocked = self._named_after_nations(ents, taken)
            mentions.extend(self._two_word_division_demonyms(doc, text, demonyms, blocked, taken))
        for ent in ents:
            if any(taken[ent.start : ent.end]):
                continue
            label = ent.label_
            mention: Mention | None = None
            if label == "NORP":
                mention = self._people_demonym(ent, text)
                if mention is False:
                    continue
                mention = mention or self._mistagged(ent, text, place_surfaces, person_tokens, countries)
            elif (listed := self._list_mentions(ent, text)) is not None:
                for i in range(ent.start, ent.end):
                    taken[i] = True
                mentions.extend(listed)
                continue
            elif label in PLACE_LABELS:
                end = self._full_end(text, ent)
                mention = self._mention(text, ent.start_char, end, label)
                if end > ent.end_char:
                    full = doc.char_span(ent.start_char, end, alignment_mode="expand")
                    for i in range(ent.end, full.end if full is not None else ent.end):
                        taken[i] = True
                if mention is not None:
                    mention.cued = label == "GPE"
                if mention is not None and not mention.readings:
                    mention = (
                        self._people_demonym(ent, text)
                        or self._known_prefix(ent, text)
                        or self._possessor(ent, text)
                        or (None if _single_unknown_word(mention) else mention)
                    )
            elif label in HOST_LABELS:
                mention = self._hosted(ent, text, place_surfaces, person_tokens) or self._mistagged(
                    ent, text, place_surfaces, person_tokens, countries
                )
            if mention is None:
                continue
            mention.source = mention.source or f"ner_{label}"
            for i in range(ent.start, ent.end):
                taken[i] = True
            mentions.append(mention)
        if self.match_names and len(doc):
            mentions.extend(self._cued_mentions(doc, view, taken, person_tokens, mentions, countries))
            mentions.extend(self._gazetteer_mentions(doc, text, taken, matches))
            mentions.extend(self._untagged_towns(view, taken, mentions, countries))
            mentions = self._with_text_datelines(text, mentions)
            mentions.extend(self._repeated_mentions(ents, view, taken, mentions, person_tokens))
            mentions.extend(
                self._demonym_mentions(doc, text, demonyms, self._named_after_nations(ents, taken))
            )
            mentions.extend(self._weak_mentions(text, ents, mentions, titled))
        mentions = [m for m in mentions if not self._is_person(m, multiword_people)]
        teams = sports.find_teams(doc, self._is_town)
        sports.store(doc, teams)
        if teams:
            mentions = self._without_nicknames(text, mentions, teams)
        mentions.sort(key=lambda m: m.start)
        sentence_of = _sentence_index(doc)
        self._link_qualifiers(text, mentions)
        mentions = _without_celestial(text, mentions)
        mentions = sorted(mentions + self._abbreviated_qualifiers(text, mentions), key=lambda m: m.start)
        for m in mentions:
            m.sentence = sentence_of(m.start)
        return mentions

    def _untagged_towns(
        self,
        view: place_cues.TokenView,
        taken: list[bool],
        mentions: list[Mention],
        countries: frozenset[str],
    ) -> list[Mention]:
        """A capitalised word no entity holds, after a preposition of place ("clashes in Aleppo") or
        continuing a list of places ("in Homs, Hama and Aleppo"), that names a populous town
        (``_populous``; a smaller one in a list): the NER left it untagged. Not at a sentence's start,
        not before another capitalised word (a longer name), not in a list of streets. A populous town
        held by an entity of another label, alone (``_mistagged``) or opening an organisation's name
        (``_hosted``: "at Hartford Hospital"), so placed is cued the same way. Not a word of two to four
        capitals (an agency's initials: "Damascus, SANA"). A town of a country the
        article names (``_local_town``: "to Jarablus" in a story of Syria) is cued whatever its size."""
        locative = place_cues.cue_words()["locative"]
        ends = {m.end for m in mentions if m.kind == "name" and m.readings}
        text = view.text
        n = len(view)
        held = {m.start: m for m in mentions if m.source in OTHER_LABEL_SOURCES and m.kind == "name"}
        found = []
        for i in range(1, n):
            other = held.get(view.idx[i])
            if other is not None:
                before = view.lower[i - 1]
                listed = _joins(view, i) and _ends_at(view, i - 2, ends)
                several = _several_words(other.text)
                populous = any(
                    _populous(r, listed) or _local_town(r, countries, several) for r in other.readings
                )
                cued = before in locative or place_cues.follows_cue(view, i)
                if (cued or listed) and populous and not _street_list(view, i):
                    other.source, other.tentative, other.cued = (
                        ("cue_list" if listed else "cue_before"),
                        False,
                        True,
                    )
                continue
            if (
                taken[i]
                or view.ent_type[i]
                or not view.capital[i]
                or view.sent_start[i]
                or not view.words[i].isalpha()
                or _acronym(view.words[i])
                or (i + 1 < n and view.capital[i + 1] and not view.sent_start[i + 1])
            ):
                continue
            before = view.lower[i - 1]
            listed = _joins(view, i) and _ends_at(view, i - 2, ends)
            if before not in locative and not listed or _street_list(view, i):
                continue
            start = view.idx[i]
            mention = self._mention(text, start, start + len(view.words[i]), "GPE")
            if mention is None or not any(
                _populous(r, listed) or _local_town(r, countries) for r in mention.readings
            ):
                continue
            mention.source = "cue_list" if listed else "cue_before"
            found.append(mention)
            taken[i] = True
            ends.add(mention.end)
        return found

    def _list_mentions(self, ent: Span, text: str) -> list[Mention] | None:
        """The names of a list of places the NER merged into one entity ("Afrin and Jarablus"), when
        the whole is no place name and every part is a place of some size (a country, a division or a
        town of ``LIST_MIN_POPULATION``)."""
        parts = places_spans.list_parts(ent)
        if parts is None or self.gazetteer.lookup(ent.text):
            return None
        doc = ent.doc
        found = []
        for s, e in parts:
            span = doc[s:e]
            mention = self._mention(text, span.start_char, span.end_char, "GPE")
            if mention is None or not any(
                r.feature in ("country", "admin") or r.population >= LIST_MIN_POPULATION
                for r in mention.readings
            ):
                return None
            mention.source = "ner_list"
            found.append(mention)
        return found

    def _full_end(self, text: str, ent: Span) -> int:
        """The end of a place entity, or of the longer name the gazetteer knows that the NER cut ("Deir"
        of "Deir ez-Zor"): the longer name has a primary reading more populous than any of the cut one."""
        own = max((r.population for r in self.gazetteer.lookup(ent.text)), default=-1)
        for end in places_spans.following_ends(text, ent.end_char):
            longer = self.gazetteer.lookup(text[ent.start_char : end])
            if any(not r.alternate and r.population > own for r in longer):
                return end
        return ent.end_char

    def _weak_mentions(
        self, text: str, ents: tuple[Span, ...], mentions: list[Mention], titled: set[str]
    ) -> list[Mention]:
        """Place names opening the other entities no rule took (a town the NER called a person, a group
        or an organisation): weak mentions, resolved after the others and kept only when the mention
        filter trusts them. Not a name the article writes after a title (``titled``)."""
        covered = bytearray(len(text) + 1)
        for m in mentions:
            if m.start >= 0:
                covered[m.start : m.end] = b"\x01" * (m.end - m.start)
        found = []
        for ent in ents:
            if ent.label_ in PLACE_LABELS or any(covered[ent.start_char : ent.end_char]):
                continue
            tokens = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
            for size in range(min(3, len(tokens)), 0, -1):
                head = tokens[:size]
                if not all(t.is_title or t.is_upper for t in head) or head[-1].is_punct:
                    continue
                if size == 1 and head[0].lower_ in titled:
                    continue
                mention = self._mention(text, head[0].idx, head[-1].idx + len(head[-1]), "GPE")
                if mention is None or not any(not r.alternate for r in mention.readings):
                    continue
                mention.source = f"weak_{ent.label_}"
                found.append(mention)
                break
        return found

    def _abbreviated_qualifiers(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """The state or province abbreviation qualifying a town ("Fresno, Calif.") as a mention of
        that state, unless a mention already covers it."""
        found = []
        for m in mentions:
            if m.qualifier_admin is None:
                continue
            match = _QUALIFIER.match(text[m.end : m.end + 12])
            if match is None:
                continue
            start = m.end + match.start(1)
            end = start + len(match.group(1).rstrip())
            state = self.gazetteer.admin(*m.qualifier_admin)
            if state is None or any(o.start < end and start < o.end for o in mentions):
                continue
            found.append(
                Mention(start, end, text[start:end], "GPE", [state], kind="name", source="abbreviation")
            )
        return found

    @staticmethod
    def _is_person(mention: Mention, people: dict[str, bool]) -> bool:
        """A name the article uses as a person's surname or given name ("Stoltenberg" of "Jens
        Stoltenberg", "Chad" of "Chad Thomas") at least as often as it tags it a place; a country, a
        first-level division or a region only when the article tags the word a person more often than
        a place ("Jordan" in a story of Michael Jordan)."""
        if mention.kind != "name" or mention.text.lower() not in people:
            return False
        return people[mention.text.lower()] or not any(
            r.feature in ("country", "admin", "region") and not r.alternate for r in mention.readings
        )

    def _link_qualifiers(self, text: str, mentions: list[Mention]) -> None:
        _link_lists(text, mentions)
        cues = place_cues.cue_words()
        for m in mentions:
            m.local = m.kind == "name" and _cue_next_to(text, m, cues)
        for before, after in zip(mentions, mentions[1:], strict=False):
            if (
                after.readings
                and after.kind == "name"
                and re.fullmatch(r"\s*,\s*", text[before.end : after.start])
            ):
                if any(r.feature in ("country", "admin", "admin2") for r in after.readings):
                    before.qualifier = after
        abbreviations = state_abbreviations()
        for m in mentions:
            if m.qualifier is not None or m.kind != "name":
                continue
            found = _QUALIFIER.match(text[m.end : m.end + 12])
            if found:
                m.qualifier_admin = abbreviations.get(found.group(1).strip())

    def _known_place(self, name: str) -> bool:
        """A name the gazetteer has as the primary name of a country, division or town."""
        return any(not r.alternate and r.feature != "region" for r in self.gazetteer.lookup(name))

    def _listed_readings(self, name: str, division: str) -> list[Reading]:
        """The divisions a name of a list closed by a plural division word means: those the gazetteer
        has so written ("Pike County"); for a first-level word ("regions", "provinces", "oblasts"), the
        name's own division readings, else the divisions it is the seat of ("Kherson" of "Kherson and
        Mykolaiv regions": the oblast, which GeoNames files as "Khersonska oblast")."""
        readings = [
            r
            for r in self.gazetteer.lookup(f"{name} {division}")
            if r.feature in ("admin", "admin2") and not r.alternate
        ]
        if readings or division.lower() not in FIRST_LEVEL_WORDS:
            return readings
        own = self.gazetteer.lookup(name)
        admins = [r for r in own if r.feature == "admin"]
        worded = {
            r.geonameid
            for word in FIRST_LEVEL_WORDS
            for r in self.gazetteer.lookup(f"{name} {word.title()}")
            if r.feature == "admin"
        }
        # "Moscow" reads as the city's own division and as Moscow Oblast: the oblast is the one so written
        return [r for r in admins if r.geonameid in worded] or admins or self._divisions_of_seats(own)

    def _known_division(self, name: str) -> bool:
        """Whether a name followed by a division word ("Pike County", "Kherson Region") names a division."""
        if self._known_place(name):
            return True
        words = name.rsplit(" ", 1)
        return len(words) == 2 and bool(self._listed_readings(*words))

    def _listed_mentions(self, doc: Doc, view: place_cues.TokenView, taken: list[bool]) -> list[Mention]:
        """The names of a list closed by "counties", "parishes"... as those divisions."""
        found = []
        for cued in place_cues.listed_divisions(view, self._known_division):
            span = doc[cued.start : cued.end]
            readings = self._listed_readings(span.text, cued.division)
            if not readings:
                continue
            found.append(
                Mention(
                    span.start_char,
                    span.end_char,
                    span.text,
                    "GPE",
                    readings,
                    admin_suffix=True,
                    cued=True,
                    source="cue_list",
                )
            )
            for i in range(cued.start, cued.end):
                taken[i] = True
        return found

    def _cued_mentions(
        self,
        doc: Doc,
        view: place_cues.TokenView,
        taken: list[bool],
        person_tokens: set[str],
        mentions: list[Mention],
        countries: frozenset[str],
    ) -> list[Mention]:
        """Names the NER missed or mislabelled that a cue word marks as places (``nlp/place_cues.py``);
        a tentative mention (a one-word name tagged a person or an organisation) a cue marks becomes firm.
        A name is known when the gazetteer has it as a primary name, or as any name of a town of a country
        the article names (``_local_town``)."""
        tentative = {(m.start, m.end): m for m in mentions if m.tentative or m.source in MISTAGGED_SOURCES}
        open_tokens = list(taken)
        for m in tentative.values():
            for token in doc.char_span(m.start, m.end, alignment_mode="expand") or []:
                open_tokens[token.i] = False
        found = []
        text = view.text

        def known(name: str) -> bool:
            return self._known_place(name) or any(
                _local_town(r, countries, _several_words(name)) for r in self.gazetteer.lookup(name)
            )

        def sizable(name: str) -> bool:
            return any(
                _populous(r, listed=True) or _local_town(r, countries, _several_words(name))
                for r in self.gazetteer.lookup(name)
            )

        for cued in place_cues.cued_spans(view, open_tokens, known, sizable):
            span = doc[cued.start : cued.end]
            held = tentative.get((span.start_char, span.end_char))
            if held is not None:
                held.tentative, held.cued, held.source = False, True, f"cue_{cued.cue}"
                continue
            if any(taken[cued.start : cued.end]) or (len(span) == 1 and span[0].lower_ in person_tokens):
                continue
            if cued.start > 0 and _is_title_word(doc[cued.start - 1].text):
                continue
            mention = self._mention(text, span.start_char, span.end_char, "GPE")
            if mention is None or not mention.readings:
                continue
            mention.cued, mention.source = True, f"cue_{cued.cue}"
            found.append(mention)
            for i in range(cued.start, cued.end):
                taken[i] = True
        return found

    def _gazetteer_matcher(self, text: str) -> PhraseMatcher:
        """The name matcher for the text: case-blind for all-caps text."""
        orth, lower = self._name_matchers()
        letters = list(filter(str.isalpha, text[:20000]))
        upper_share = sum(map(str.isupper, letters)) / len(letters) if letters else 0.0
        return lower if upper_share > 0.8 else orth

    def _joint_names(
        self, doc: Doc, text: str, matches: list[tuple[int, int, int]], taken: list[bool]
    ) -> list[Mention]:
        """Names of a country or division joined by "and" ("Newfoundland and Labrador", "Bosnia and
        Herzegovina"), taken whole before the NER's entities, which may split them in two."""
        found = []
        for _, start, end in matches:
            if any(taken[start:end]) or not any(t.lower_ == "and" for t in doc[start + 1 : end - 1]):
                continue
            span = doc[start:end]
            if self._two_countries(span):
                continue
            mention = self._mention(text, span.start_char, span.end_char, "GPE")
            if mention is None or not any(
                r.feature in ("country", "admin") and not r.alternate for r in mention.readings
            ):
                continue
            mention.source, mention.cued = "gazetteer", True
            found.append(mention)
            for i in range(start, end):
                taken[i] = True
        return found

    def _two_countries(self, span: Span) -> bool:
        """Whether each side of "and" is a country of its own: "Serbia and Montenegro" are two countries
        in today's news, not the union they once formed."""
        cut = next((t.i for t in span[1:-1] if t.lower_ == "and"), None)
        if cut is None:
            return False
        sides = (span.doc[span.start : cut].text, span.doc[cut + 1 : span.end].text)
        return all(
            any(r.feature == "country" and not r.alternate for r in self.gazetteer.lookup(side))
            for side in sides
        )

    def _gazetteer_mentions(
        self, doc: Doc, text: str, taken: list[bool], matches: list[tuple[int, int, int]]
    ) -> list[Mention]:
        given_names = {e.start for e in doc_ents(doc) if _given_and_surname(e)}
        found = []
        last_end = -1
        for _, start, end in matches:
            if start < last_end or any(taken[start:end]):
                continue
            span = doc[start:end]
            if end - start > 2 and self._two_countries(span):
                continue
            if (span[0].ent_type_ == "PERSON" and span[0].ent_iob_ == "I") or (
                start in given_names and end - start == 1
            ):
                continue
            mention = self._mention(text, span.start_char, span.end_char, "GPE")
            if mention is not None and mention.readings:
                mention.source = "gazetteer"
                found.append(mention)
                last_end = end
        return found

    def _organisation_heads(self, ents: tuple[Span, ...]) -> set[str]:
        """Place names (primary, a state or country, or a town of some size) opening the names of the
        article's local institutions ("Gainesville Police Department"): evidence the word is a place here."""
        heads = set()
        for ent in ents:
            if ent.label_ != "ORG":
                continue
            tokens = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
            if len(tokens) < 2 or not tokens[0].is_title or tokens[1].text not in local_institution_words():
                continue
            if any(
                not r.alternate
                and (r.feature in ("country", "admin") or r.population >= ORG_HEAD_MIN_POPULATION)
                for r in self.gazetteer.lookup(tokens[0].text)
            ):
                heads.add(normalize(tokens[0].text))
        return heads

    def _without_nicknames(
        self, text: str, mentions: list[Mention], teams: list[sports.Team]
    ) -> list[Mention]:
        """The mentions with no team's nickname: a nickname is no nation ("the Cleveland Indians"), and a
        mention of a whole team ("Manchester City") keeps its town, the team's home, as a place. A
        team's home is the most populous town of its name (a club plays in a town of size: "Manchester
        City" is not a Jamaican parish)."""
        kept = []
        for m in mentions:
            if sports.in_team(m.start, m.end, teams, nickname_only=True):
                nick = min(t.nick_start for t in teams if t.nick_start < m.end and m.start < t.nick_end)
                end = len(text[m.start : nick].rstrip())
                town = self._mention(text, m.start, m.start + end, m.label) if end > 0 else None
                if town is None or not town.readings:
                    continue
                town.source, town.cued = m.source, m.cued
                m = town
            if sports.in_team(m.start, m.end, teams):
                towns = [r for r in m.readings if r.feature == "city" and not r.alternate]
                if towns:
                    m.readings = [max(towns, key=lambda r: r.population)]
            kept.append(m)
        return kept

    def _is_town(self, name: str) -> bool:
        """Whether a name is a country, a division or a town of some size (a team's home)."""
        return any(
            not r.alternate and (r.feature in ("country", "admin") or r.population >= ORG_HEAD_MIN_POPULATION)
            for r in self.gazetteer.lookup(name)
        )

    def _named_after_nations(self, ents: tuple[Span, ...], taken: list[bool]) -> list[bool]:
        """``taken`` with the tokens of names that hold a demonym without meaning the country: a language
        ("English"), a person ("Philip English"), an organisation or facility that is not a state body
        ("American Legion", "British Airways"; a state body, "the Georgian Interior Ministry", still
        names its country)."""
        blocked = list(taken)
        state_words = demonym_state_words()
        surnames = {e[-1].lower_ for e in ents if e.label_ == "PERSON" and len(e) > 1}
        for ent in ents:
            label = ent.label_
            if label == "LANGUAGE":
                hold = True
            elif label == "PERSON":
                hold = self.gazetteer.demonym(ent.text) is None or len(ent) > 2 or ent[-1].lower_ in surnames
            elif label in ("ORG", "FAC", "PRODUCT", "WORK_OF_ART"):
                hold = len(ent) > 1 and not any(t.text in state_words for t in ent)
            else:
                hold = False
            if hold:
                for i in range(ent.start, ent.end):
                    blocked[i] = True
        return blocked

    def _two_word_division_demonyms(
        self,
        doc: Doc,
        text: str,
        matches: list[tuple[int, int, int]],
        blocked: list[bool],
        taken: list[bool],
    ) -> list[Mention]:
        """A division's demonym of two words or more, taken before the NER's entities, which may tag its
        first word alone as a country's ("British Columbians" is no "British"); not in a name that
        holds it without meaning the place (``_named_after_nations``)."""
        found = []
        for _, start, end in matches:
            if end - start < 2 or any(blocked[start:end]):
                continue
            span = doc[start:end]
            if not _whole_division_demonym(span.text):
                continue
            mention = self._people_demonym(span, text)
            if mention:
                mention.source = "demonym_match"
                found.append(mention)
            for i in range(start, end):
                taken[i] = True
        return found

    def _demonym_mentions(
        self, doc: Doc, text: str, matches: list[tuple[int, int, int]], taken: list[bool]
    ) -> list[Mention]:
        """Capitalised demonyms the NER left untagged ("the Sri Lankan army")."""
        found = []
        last_end = -1
        for _, start, end in matches:
            if start < last_end or any(taken[start:end]):
                continue
            mention = self._people_demonym(doc[start:end], text)
            if mention:
                mention.source = "demonym_match"
                found.append(mention)
                last_end = end
        return found

    def _people_demonym(self, span: Span, text: str) -> Mention | None | Literal[False]:
        """The demonym over a span, None when it is none, False when it is a division's demonym in a
        title (``_titled_demonym``)."""
        mention = self._demonym(text, span.start_char, span.end_char)
        if mention is not None and self._titled_demonym(span, mention):
            return False
        return mention

    def _titled_demonym(self, span: Span, mention: Mention) -> bool:
        """Whether a division's demonym is part of a title, not its people: after a town's name ("the
        Houston Texans", "the Fort Collins Coloradoan"), or singular and standing alone after "the"
        ("The Oregonian reported", "The Virginian was a western")."""
        doc = span.doc
        if len(span) > 1 and span[0].lower_ == "the":
            span = span[1:]
        before = doc[span.start - 1] if span.start else None
        after = doc[span.end] if span.end < len(doc) else None
        if before is None or mention.readings[0].feature != "admin":
            return False
        town = doc[max(span.start - 2, 0) : span.start]
        if before.is_title and not before.is_sent_start and before.lower_ not in DIRECTION_WORDS:
            if self._is_town(before.text) or (town[0].is_title and self._is_town(town.text)):
                return True
        return (
            before.lower_ == "the"
            and not span[-1].lower_.endswith("s")
            and (after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"))
        )

    def _demonym_matcher(self) -> PhraseMatcher:
        if self._demonyms is None:
            tokenizer = _plain_tokenizer()
            matcher = PhraseMatcher(self.vocab, attr="ORTH")
            forms = set()
            for key in (*self.gazetteer.demonyms, *division_demonyms()):
                written = " ".join(w[:1].upper() + w[1:] for w in key.split())
                forms |= {written, written + "s"}
            matcher.add("DEMONYM", [tokenizer(f) for f in sorted(forms)])
            self._demonyms = matcher
        return self._demonyms

    def _demonym(self, text: str, start: int, end: int) -> Mention | None:
        surface = text[start:end]
        lead = _LEADING_THE.match(surface)
        if lead:
            start += lead.end()
        division = _division_demonym(text[start:end])
        # a division's two-word demonym read whole beats its first word's country ("British Columbians")
        whole = _whole_division_demonym(text[start:end])
        reading = self.gazetteer.admin(*division) if whole and division else None
        if reading is None:
            reading = self.gazetteer.country(self.gazetteer.demonym(text[start:end]))
        if reading is None and division:
            reading = self.gazetteer.admin(*division)
        if reading is None:
            return None
        word = re.match(r"[\w.'\u2019 ]+?(?=-|$)", text[start:end])
        if word:
            end = start + len(word.group(0).rstrip())
        mention = Mention(start, end, text[start:end], "NORP", [reading], kind="demonym")
        mention.authority = bool(_AUTHORITY_AFTER.match(text, end))
        return mention

    def _hosted(
        self, ent: Any, text: str, place_surfaces: set[str], person_tokens: set[str]
    ) -> Mention | None:
        """A place name opening an organisation's or facility's name, or a one-word entity the article
        elsewhere tags as a place."""
        tokens = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
        if not tokens or not tokens[0].is_title and not tokens[0].is_upper:
            return None
        if ent.label_ == "PERSON":
            if len(tokens) == 2:
                return self._demonym(text, tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
            if len(tokens) != 1 or tokens[0].lower_ in person_tokens or tokens[0].text in first_names():
                return None
            if normalize(tokens[0].text) not in place_surfaces:
                return None
            return self._mention(text, tokens[0].idx, tokens[0].idx + len(tokens[0]), "GPE")
        for size in range(min(3, len(tokens) - 1), 0, -1):
            head = tokens[:size]
            if not all(t.is_title or t.is_upper for t in head):
                continue
            start, end = head[0].idx, head[-1].idx + len(head[-1])
            mention = self._mention(text, start, end, "GPE")
            if mention is None or not mention.readings:
                continue
            primary = [r for r in mention.readings if not r.alternate]
            if primary and (
                mention.admin_suffix
                or normalize(mention.text) in place_surfaces
                or any(r.feature in ("country", "admin") for r in primary)
            ):
                return mention
        return None

    def _known_prefix(self, ent: Any, text: str) -> Mention | None:
        """The longest known place name opening a place entity the gazetteer lacks as a whole, when a
        local institution's word follows ("Henrico County Police", "North Las Vegas Police Department")."""
        tokens = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
        for size in range(min(3, len(tokens) - 1), 0, -1):
            head = tokens[:size]
            if (
                not all(t.is_title or t.is_upper for t in head)
                or tokens[size].text not in local_institution_words()
            ):
                continue
            mention = self._mention(text, head[0].idx, head[-1].idx + len(head[-1]), "GPE")
            if mention is not None and any(not r.alternate for r in mention.readings):
                return mention
        return None

    def _possessor(self, ent: Span, text: str) -> Mention | None:
        """The place that owns a place entity the gazetteer lacks as a whole ("Raqqa" of "Raqqa's Old
        City", "Baghdad" of "Baghdad's Green Zone"): a name of one to three capitalised words before the
        entity's first possessive, when it reads as a country, a division or a town by a name GeoNames
        gives it. Not in a facility's name, nor a saint's ("St. Michael's"), whose possessive names a
        church or a feast."""
        tokens = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
        cut = next((k for k, t in enumerate(tokens) if t.lower_ in places_spans.POSSESSIVES), None)
        if (
            ent.label_ not in ("GPE", "LOC")
            or cut is None
            or not 0 < cut <= 3
            or not all(t.is_title or t.is_upper for t in tokens[:cut])
            or _SAINT.match(ent.text[tokens[0].idx - ent.start_char :])
        ):
            return None
        start, end = tokens[0].idx, tokens[cut - 1].idx + len(tokens[cut - 1])
        mention = self._mention(text, start, end, "GPE")
        if mention is None or not any(not r.loose for r in mention.readings):
            return None
        return mention

    def _mistagged(
        self,
        ent: Any,
        text: str,
        place_surfaces: set[str],
        person_tokens: set[str],
        countries: frozenset[str],
    ) -> Mention | None:
        """A one-word entity the small NER labelled a person, organisation or group that is a place name
        of some size (a city of ``POPULOUS_CITY`` when only a transliteration reaches it: "Hodeidah";
        any town of a country the article names, ``_local_town``), is not a given name or a surname in
        this article, and follows no title. A name of two or three words so labelled ("Tal Afar", "Khan
        Sheikhoun") when it is a town of a country the article names, as a tentative mention (a cue
        makes it firm)."""
        tokens = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
        if places_spans.article_name(ent):
            return self._article_named(ent, text)
        if len(tokens) != 1:
            return self._mistagged_name(tokens, text, person_tokens, countries)
        token = tokens[0]
        if (
            not (token.is_title or token.is_upper)
            or token.lower_ in person_tokens
            or token.text in first_names()
        ):
            return None
        if token.i > 0 and _is_title_word(token.doc[token.i - 1].text):
            return None
        mention = self._mention(text, token.idx, token.idx + len(token), "GPE")
        if mention is None or not mention.readings:
            return None
        if normalize(token.text) in place_surfaces:
            return mention
        if token.pos_ != "PROPN" or (token.is_upper and len(token) <= 4) or _known_person(token.text):
            return None
        least = MISTAGGED_MIN_POPULATION.get(ent.label_, MISTAGGED_MIN_POPULATION["ORG"])
        if any(
            (
                (r.feature in ("country", "admin") or r.population >= least)
                if not r.alternate
                else r.feature == "city" and r.population >= POPULOUS_CITY and not r.loose
            )
            or _local_town(r, countries)
            for r in mention.readings + mention.named_readings
        ):
            mention.tentative = ent.label_ in ("PERSON", "ORG")
            return mention
        return None

    def _mistagged_name(
        self, tokens: list[Any], text: str, person_tokens: set[str], countries: frozenset[str]
    ) -> Mention | None:
        """A name of two or three capitalised words (with Arabic articles between them: "Jisr al-Shughur")
        an entity of another label holds whole that is a town of a country the article names (tentative),
        unless it opens with a given name or follows a title."""
        words = [t for t in tokens if t.text != "-" and t.lower_ not in arabic_articles()]
        if (
            not 1 < len(words) <= 3
            or not all(t.is_title or t.is_upper for t in words)
            or not (tokens[0].is_title or tokens[0].is_upper)
        ):
            return None
        first = tokens[0]
        if first.text in first_names() or (first.i > 0 and _is_title_word(first.doc[first.i - 1].text)):
            return None
        mention = self._mention(text, first.idx, tokens[-1].idx + len(tokens[-1]), "GPE")
        if mention is None or not any(_local_town(r, countries, True) for r in mention.readings):
            return None
        mention.tentative = True
        return mention

    def _article_countries(self, ents: tuple[Span, ...]) -> frozenset[str]:
        """The countries the article names: place entities that are a country's name, and demonyms."""
        found = set()
        for ent in ents:
            if ent.label_ == "GPE":
                found |= {
                    r.country for r in self.gazetteer.lookup(ent.text) if r.feature == "country" and r.country
                }
            elif ent.label_ == "NORP":
                country = self.gazetteer.demonym(ent.text)
                if country:
                    found.add(country)
        return frozenset(found)

    def _article_named(self, ent: Span, text: str) -> Mention | None:
        """An entity of another label written with the Arabic article ("al-Bab") that names a town of
        some size (tentative, as a one-word name of another label)."""
        mention = self._mention(text, ent.start_char, ent.end_char, "GPE")
        if mention is None:
            return None
        least = MISTAGGED_MIN_POPULATION.get(ent.label_, MISTAGGED_MIN_POPULATION["ORG"])
        if not any(r.feature in ("country", "admin") or r.population >= least for r in mention.readings):
            return None
        mention.tentative = ent.label_ in ("PERSON", "ORG")
        return mention

    def _with_text_datelines(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """The mentions with the datelines left in the body ("HAMILTON —", "SAN FRANCISCO, Calif. --"):
        a dateline makes a mention of its name firm, and replaces mentions of parts of it ("ST" of
        "ST. PAUL --")."""
        for match in _TEXT_DATELINE.finditer(text):
            start, end = match.span(1)
            overlapping = [m for m in mentions if m.start < end and start < m.end]
            for m in overlapping:
                m.tentative, m.cued = False, True
            if any(m.end - m.start >= end - start for m in overlapping):
                continue
            mention = self._mention(text, start, end, "GPE")
            if mention is not None and mention.readings:
                mention.cued, mention.source = True, "text_dateline"
                mentions = [m for m in mentions if m not in overlapping] + [mention]
        return mentions

    def _repeated_mentions(
        self,
        ents: tuple[Span, ...],
        view: place_cues.TokenView,
        taken: list[bool],
        mentions: list[Mention],
        person_tokens: set[str],
    ) -> list[Mention]:
        """Other occurrences of a name the article already uses as a place, one name one place per
        article: "Alexandria" tagged a person or left untagged where the same article's "Alexandria
        police" made it a place. Not inside a longer person's name, not a surname, not after a title,
        not followed by another capitalised word unless it opens a public body's name, and not where the
        NER tags the word a person more often than the article makes it a place."""
        firm: dict[str, list[str]] = {}
        for m in mentions:
            if m.cued and m.kind == "name" and m.readings and not m.tentative:
                words = m.text.split()
                if len(words) > 1 or m.text.lower() not in person_tokens:
                    firm.setdefault(words[0], []).append(m.text)
        if not firm:
            return []
        as_person = Counter(
            w for w, e in zip(view.words, view.ent_type, strict=True) if e == "PERSON" and w in firm
        )
        hosts = [e for e in ents if e.label_ not in PLACE_LABELS]
        institutions = institution_words()
        n = len(view)
        found = []
        for i, word in enumerate(view.words):
            if taken[i] or word not in firm:
                continue
            if view.ent_type[i] == "PERSON" and as_person[word] > len(firm[word]):
                continue
            for surface in sorted(set(firm[word]), key=len, reverse=True):
                end = i + len(surface.split())
                if end > n or view.span_text(i, end) != surface or any(taken[i:end]):
                    continue
                if (
                    end < n
                    and view.capital[end]
                    and not view.sent_start[end]
                    and view.words[end] not in institutions
                ):
                    break
                if i > 0 and (
                    _is_title_word(view.words[i - 1]) or view.capital[i - 1] and not view.sent_start[i - 1]
                ):
                    break
                if any(
                    e.start <= i < e.end
                    and len(e) > end - i
                    and (e.label_ == "PERSON" or e.start < i and view.lower[e.start] != "the")
                    for e in hosts
                ):
                    break
                mention = self._mention(view.text, view.idx[i], view.idx[i] + len(surface), "GPE")
                if mention is not None and mention.readings:
                    mention.source = "repeated"
                    found.append(mention)
                    for k in range(i, end):
                        taken[k] = True
                break
        return found

    def _mention(self, text: str, start: int, end: int, label: str) -> Mention | None:
        longer = _extend_hyphenated(text, end)
        if longer > end and self.gazetteer.lookup(text[start:longer]):
            end = longer
        surface = text[start:end]
        lead = _LEADING_THE.match(surface)
        if lead:
            start += lead.end()
        joint = _TRAILING_JOINT.search(text[start:end])
        if joint:
            end -= len(joint.group(0))
        tail = _TRAILING_POSSESSIVE.search(text[start:end])
        saints = bool(tail and _SAINT.match(text[start:end]))
        if tail and end - start > len(tail.group(0)) and not saints:
            end -= len(tail.group(0))
        surface = text[start:end].strip()
        if not surface or not any(ch.isalpha() for ch in surface):
            return None
        if surface.lower() in place_cues.cue_words()["generic"]:
            return None
        readings = [
            r
            for r in self.gazetteer.lookup(surface)
            if not _small_alternate(r) and not (saints and not _TRAILING_POSSESSIVE.search(r.name))
        ]
        if _INITIALISM.fullmatch(surface):
            readings = [r for r in readings if r.feature not in ("city", "admin2")]
        if FACILITY_WORDS.search(surface):
            readings = [r for r in readings if not r.loose]
        suffix = False
        if _ADMIN_SUFFIX.search(surface):
            own = [r for r in readings if r.feature in ("admin", "admin2")]
            admins = [
                r
                for r in self.gazetteer.lookup(_ADMIN_SUFFIX.sub("", surface))
                if r.feature in ("admin", "admin2")
            ]
            if own or admins:
                readings = own or admins
                suffix = True
        if not readings and not FACILITY_WORDS.search(surface):
            readings = self._stem_readings(surface)
        division_named = _division_named(text, start, end)
        named_readings: list[Reading] = []
        either_level = False
        if division_named and not suffix:
            divisions = self._divisions_of_seats(readings)
            if divisions:
                named_readings, readings, suffix = readings, divisions, True
            else:
                levels = _division_levels(text, start, end)
                if levels and not any(r.feature == "country" and not r.alternate for r in readings):
                    # a division word rules the towns out ("across Washington state"); "province" and
                    # "region" also name second-level divisions ("Cordoba province" in Spain)
                    divisions = [r for r in readings if r.feature in levels]
                    if divisions:
                        named_readings, readings = readings, divisions
                        either_level = len(levels) > 1
        mention_spread = bool(_SPREAD_BEFORE.search(text[max(0, start - 16) : start]))
        town_named = not division_named and bool(_TOWN_BEFORE.search(text[max(0, start - 20) : start]))
        seated: list[Reading] = []
        if town_named:
            towns = [r for r in readings if r.feature == "city"]
            if towns:
                seated = [r for r in readings if r.feature == "admin" and _seat(r, towns) is not None]
                readings = towns
        if label == "LOC" and any(r.feature == "region" and not r.alternate for r in readings):
            physical = [r for r in readings if is_physical(r)]
            readings = physical or [r for r in readings if r.feature in ("region", "country", "admin")]
        abbreviation = state_abbreviations().get(surface) if "." in surface else None
        if abbreviation:
            state = self.gazetteer.admin(*abbreviation)
            readings = [state] if state is not None else readings
        kind = "name"
        if not readings and (
            label == "FAC" or saints or FACILITY_WORDS.search(surface) or NUMBERED_ROAD.match(surface)
        ):
            kind = "facility"
        mention = Mention(start, end, surface, label, list(readings), kind=kind, admin_suffix=suffix)
        mention.division_named = division_named
        mention.town_named = town_named
        mention.spread = mention_spread
        mention.named_readings = named_readings
        mention.seated = seated
        mention.either_level = either_level
        return mention

    def _divisions_of_seats(self, readings: list[Reading]) -> list[Reading]:
        """The first-level divisions whose seat a name reads as, when none of its readings is a division:
        a name written with a division word ("Deir al-Zor province") means the province, which GeoNames
        may file under another spelling ("Dayr az Zawr") than its seat's."""
        if any(r.feature in ("admin", "admin2") for r in readings):
            return []
        found: dict[str, Reading] = {}
        for reading in readings:
            if reading.feature != "city":
                continue
            division = self.gazetteer.admin(reading.country, reading.admin1)
            if division is not None and _seat(division, [reading]) is reading:
                reached = division.as_loose() if reading.loose else division.as_alternate()
                found.setdefault(division.key, reached)
        return list(found.values())

    def _stem_readings(self, surface: str) -> list[Reading]:
        """Readings of a name the gazetteer lacks as written: without a compass word before it ("Northeast
        Georgia", "East Oxford") or a generic word after it ("Enfield Borough", "Hamilton Township").
        Before a compass word only the stem's own names count: an alternate name is a chance match ("Far
        East" is no part of a town once called "Far"); after one, a city's former name still names it
        ("East Kiev", "North Bombay")."""
        words = surface.split()
        if len(words) < 2:
            return []
        if words[0].lower().rstrip(".") in DIRECTION_WORDS:
            return [r for r in self.gazetteer.lookup(" ".join(words[1:])) if r.lat is not None]
        last = words[-1].lower().rstrip(".")
        if last in GENERIC_SUFFIXES | DIRECTION_WORDS:
            found = [
                r
                for r in self.gazetteer.lookup(" ".join(words[:-1]))
                if r.lat is not None and not (r.alternate and last in DIRECTION_WORDS)
            ]
            if words[-1].lower() in TOWN_SUFFIXES:
                return [r for r in found if r.feature == "city"] or found
            return found
        return []

    # -- resolving --------------------------------------------------------------------------------

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
        abbreviations = state_abbreviations()
        if len(parts) > 1 and mentions and parts[1] in abbreviations:
            mentions[0].qualifier_admin = abbreviations[parts[1]]
        return mentions

    def _candidates(self, mention: Mention) -> tuple[list[Reading], bool]:
        """The readings left after the qualifier, and whether a qualifier narrowed them. A division named
        after a town in it means the town unless the name says "County", "province"...; a division
        named like its country means the country ("Mexico", not the State of Mexico)."""
        readings = mention.readings
        if not mention.admin_suffix:
            seats = {r.admin2 for r in readings if r.feature == "city" and r.admin2}
            if seats:
                readings = [r for r in readings if not (r.feature == "admin2" and r.geonameid in seats)]
            nations = {r.country for r in readings if r.feature == "country" and not r.alternate}
            if nations:
                readings = [
                    r for r in readings if not (r.feature in ("admin", "admin2") and r.country in nations)
                ]
        level = _listed_divisions(mention, readings)
        mention.listed_level = bool(level)
        if level:
            readings = level
        if mention.qualifier_admin is not None:
            country, admin1 = mention.qualifier_admin
            inside = [
                r for r in readings if r.country == country and r.admin1 == admin1 and r.feature != "admin"
            ]
            if inside:
                return inside, True
            state = self.gazetteer.admin(country, admin1)
            if (
                state is not None
                and mention.kind == "name"
                and not mention.listed
                and not _division_of(mention, state)
            ):
                return [_unlisted_town(mention, state)], True
        q = mention.qualifier.chosen if mention.qualifier is not None else None
        if q is not None:
            if q.feature == "country":
                inside = [r for r in readings if r.country == q.country and r.feature != "country"]
            elif q.feature == "admin":
                inside = [
                    r for r in readings if r.country == q.country and r.admin1 == q.admin1 and r.key != q.key
                ]
            else:
                inside = [r for r in readings if r.admin2 is not None and r.admin2 == q.geonameid]
            if inside:
                return inside, True
            if q.feature == "admin" and _state_qualifier(mention) and not _division_of(mention, q):
                return [_unlisted_town(mention, q)], True
        return readings, False

    def _context(self, groups: dict[str, list[Mention]], dateline_mentions: list[Mention]) -> pf.Context:
        context = pf.Context()
        countries: dict[str, float] = defaultdict(float)
        admins: dict[tuple[str, str], float] = defaultdict(float)
        admin2s: dict[int, float] = defaultdict(float)
        own: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        own_admins: dict[str, dict[tuple[str, str], float]] = defaultdict(lambda: defaultdict(float))
        own_admin2s: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
        for key, mentions in groups.items():
            for m in mentions:
                r = m.chosen
                if r is None:
                    continue
                weight = (
                    DEMONYM_WEIGHT
                    if m.kind == "demonym"
                    else COUNTRY_WEIGHT
                    if r.feature == "country"
                    else PLACE_WEIGHT
                )
                countries[r.country or ""] += weight
                own[m.group_key][r.country or ""] += weight
                if r.feature == "admin" and r.country and r.admin1:
                    admins[(r.country, r.admin1)] += 1.0
                    own_admins[m.group_key][(r.country, r.admin1)] += 1.0
                if r.feature != "admin" and r.country and r.admin1 and m.kind == "name":
                    admins[(r.country, r.admin1)] += 0.0
                if r.feature == "admin2" and r.geonameid:
                    admin2s[r.geonameid] += 1.0
                    own_admin2s[m.group_key][r.geonameid] += 1.0
            first = mentions[0].chosen
            if first is not None and first.lat is not None and first.feature not in ("country", "region"):
                context.points.append((first.lat, first.lon or 0.0, key))
        head = dateline_mentions[0].chosen if dateline_mentions else None
        if head is not None:
            countries[head.country or ""] += COUNTRY_WEIGHT
            context.dateline_country = head.country
            if head.admin1 and head.country:
                context.dateline_admin = (head.country, head.admin1)
        countries.pop("", None)
        context.named_countries = frozenset(
            {
                m.chosen.country
                for ms in groups.values()
                for m in ms
                if m.chosen is not None
                and m.chosen.country
                and (m.authority if m.kind == "demonym" else m.chosen.feature == "country")
            }
            | ({context.dateline_country} if context.dateline_country else set())
        )
        context.countries = dict(countries)
        context.own = {key: dict(by_country) for key, by_country in own.items()}
        context.admins = dict(admins)
        context.own_admins = {key: dict(counts) for key, counts in own_admins.items()}
        context.own_admin2s = {key: dict(counts) for key, counts in own_admin2s.items()}
        context.admin2s = dict(admin2s)
        context.admin_candidates, context.contained = self._candidate_maps(groups)
        return context

    @staticmethod
    def _candidate_maps(
        groups: dict[str, list[Mention]],
    ) -> tuple[dict[tuple[str, str], set[str]], dict[tuple[str, str], set[str]]]:
        """Per (country, admin1): the names in the article that may be that division, and the names that
        may be places inside it (primary names only)."""
        admins: dict[tuple[str, str], set[str]] = defaultdict(set)
        inside: dict[tuple[str, str], set[str]] = defaultdict(set)
        for key, mentions in groups.items():
            m = mentions[0]
            if m.kind != "name":
                continue
            for r in m.readings:
                if r.alternate or not r.country or not r.admin1:
                    continue
                if r.feature == "admin":
                    admins[(r.country, r.admin1)].add(key)
                elif r.feature in ("city", "admin2"):
                    inside[(r.country, r.admin1)].add(key)
        return dict(admins), dict(inside)

    def score_readings(
        self, mention: Mention, context: pf.Context, sentence_admins: set[tuple[str, str, str]]
    ) -> tuple[list[Reading], list[list[float]], bool]:
        """A mention's candidate readings, their feature vectors, and whether a qualifier narrowed them."""
        readings, qualified = self._candidates(mention)
        key = mention.key
        if not qualified and _generic_words_only(mention.text):
            named = context.countries_without(key)[0]
            readings = [r for r in readings if r.feature == "region" or r.country in named]
        preferred = preferred_readings().get(mention.key)
        # a division word ("Lima region", "the state of Jalisco") keeps the division's class prior
        largest = (
            0
            if mention.division_named
            else max((r.population for r in readings if r.feature == "city" and not r.alternate), default=0)
        )
        vectors = [
            pf.features(r, context, key, sentence_admins, qualified, mention.admin_suffix, preferred, largest)
            for r in readings
        ]
        if mention.either_level:
            for r, v in zip(readings, vectors, strict=True):
                if r.feature == "admin2":
                    v[_IS_ADMIN], v[_IS_ADMIN2] = v[_IS_ADMIN2], 0.0
        return readings, vectors, qualified

    def _choose(
        self,
        mention: Mention,
        context: pf.Context,
        sentence_admins: set[tuple[str, str, str]],
        local: bool = False,
    ) -> None:
        """Choose the mention's reading (``local``: a town's cue word is written by one of the name's
        mentions, "a Paris man", "Paris police": the writer's own town, which no namesake abroad
        overrides)."""
        if mention.kind == "demonym":
            mention.chosen, mention.basis, mention.confidence = mention.readings[0], "demonym", 1.0
            return
        readings, vectors, qualified = self.score_readings(mention, context, sentence_admins)
        if not readings:
            mention.chosen, mention.basis, mention.confidence = None, None, None
            return
        scores = [pf.score(v) for v in vectors]
        probs = pf.softmax(scores)
        best = max(range(len(readings)), key=lambda i: scores[i])
        mention.level = readings[best]
        divided = _worded(mention) or mention.listed_level
        seat = (
            None
            if divided
            else _seat(readings[best], readings) or _capital_seat(mention, readings, vectors, best)
        )
        confidence = self._seated_confidence(mention, readings, scores, best, context, sentence_admins)
        if seat is not None:
            division, best = best, readings.index(seat)
            confidence = probs[division] + probs[best]
        elif self._last_round and not (local or qualified or pf.supported(vectors[best])):
            world = _world_city(readings[best], readings, context.named_countries)
            if world is not None:
                namesake, best = best, readings.index(world)
                confidence = probs[namesake] + probs[best]
        mention.chosen = readings[best]
        mention.confidence = round(confidence, 3)
        mention.basis = _basis(readings, vectors, best, qualified)
        mention.supported = pf.supported(vectors[best])

    @staticmethod
    def _seated_confidence(
        mention: Mention,
        readings: list[Reading],
        scores: list[float],
        best: int,
        context: pf.Context,
        sentence_admins: set[tuple[str, str, str]],
    ) -> float:
        """The chosen reading's probability; for a town written "the city of X", counted with the
        division it seats that the words ruled out, as the seat rule counts a division and its seat
        ("the city of Kandahar" is as sure as "Kandahar")."""
        town = readings[best]
        seated = [d for d in mention.seated if _seat(d, [town]) is town]
        if not seated:
            return pf.softmax(scores)[best]
        preferred = preferred_readings().get(mention.key)
        extra = [
            pf.score(pf.features(d, context, mention.key, sentence_admins, False, False, preferred))
            for d in seated
        ]
        probs = pf.softmax(scores + extra)
        return probs[best] + sum(probs[len(scores) :])

    def resolve(self, mentions: list[Mention], dateline_mentions: list[Mention]) -> None:
        """Choose a reading for every mention, in rounds; one name, one place unless qualified."""
        groups: dict[str, list[Mention]] = defaultdict(list)
        for m in mentions:
            if m.readings:
                groups[m.group_key].append(m)
        for m in reversed(dateline_mentions):
            self._choose(m, pf.Context(), set())
        context = self._context(groups, dateline_mentions)
        for round_ in range(self.rounds):
            self._last_round = round_ == self.rounds - 1
            for m in reversed(dateline_mentions):
                self._choose(m, context, set())
            sentence_admins = self._sentence_admins(mentions)
            for group in groups.values():
                qualified = [m for m in group if m.qualifier is not None or m.qualifier_admin is not None]
                for m in sorted(qualified, key=lambda m: m.qualifier is not None):
                    if m.qualifier is not None and m.qualifier.chosen is None:
                        self._choose(m.qualifier, context, sentence_admins.get(m.qualifier.sentence, set()))
                    self._choose(m, context, sentence_admins.get(m.sentence, set()))
                plain = [m for m in group if m not in qualified]
                if not plain:
                    continue
                if qualified and qualified[0].chosen is not None:
                    for m in plain:
                        _adopt(m, qualified[0])
                    continue
                lead = plain[0]
                shared = set().union(*(sentence_admins.get(m.sentence, set()) for m in plain))
                self._choose(lead, context, shared, any(m.local for m in group))
                for m in plain[1:]:
                    if m.town_named and not _reads_as(m, lead.chosen):
                        self._choose(m, context, sentence_admins.get(m.sentence, set()))
                    else:
                        _adopt(m, lead)
            context = self._context(groups, dateline_mentions)

    @staticmethod
    def _sentence_admins(mentions: list[Mention]) -> dict[int, set[tuple[str, str, str]]]:
        """Per sentence, the (country, admin1, name key) of the divisions and places named in it."""
        out: dict[int, set[tuple[str, str, str]]] = defaultdict(set)
        for m in mentions:
            r = m.chosen
            if r is not None and r.country and r.admin1 and r.feature in ("admin", "admin2", "city"):
                out[m.sentence].add((r.country, r.admin1, m.key))
        return out

    def predict(self, doc: Doc) -> tuple[list[dict[str, Any]], dict | None]:
        """The places of the article as record dicts, and the dateline with its place id."""
        mentions, dateline_mentions, dateline = self.resolved_mentions(doc)
        mentions = place_mentions.kept(mentions, self.mention_facts(doc, mentions))
        persons = self._person_words(doc)
        return self._group(mentions, dateline_mentions, persons, dateline)

    def resolved_mentions(self, doc: Doc) -> tuple[list[Mention], list[Mention], dict | None]:
        """The article's place mentions resolved (before the mention filter), its dateline's mentions and
        the dateline."""
        names = _person_name_words(doc_ents(doc))
        found = self._find_mentions(doc, names)
        dateline = dict(doc._.dateline) if isinstance(doc._.dateline, dict) else None
        dateline_mentions = self._dateline_mentions(dateline)
        mentions = [m for m in found if not m.weak]
        self.resolve(mentions, dateline_mentions)
        weak = [m for m in found if m.weak]
        if weak:
            self._resolve_weak(weak, mentions, dateline_mentions)
        mentions = sorted(mentions + weak, key=lambda m: m.start)
        mentions = _loose_in(mentions, self._article_countries(doc_ents(doc)))
        people = _people_more_than_places(doc_ents(doc), names[0] | names[1])
        _locate_tentative(doc_text(doc), mentions)
        mentions = _without_person_towns(_without_unsupported(mentions), people)
        return mentions, dateline_mentions, dateline

    def _resolve_weak(
        self, weak: list[Mention], mentions: list[Mention], dateline_mentions: list[Mention]
    ) -> None:
        """Resolve weak mentions with the other mentions' places as context (one name, one place)."""
        groups: dict[str, list[Mention]] = defaultdict(list)
        for m in mentions:
            if m.readings:
                groups[m.group_key].append(m)
        context = self._context(groups, dateline_mentions)
        sentence_admins = self._sentence_admins(mentions)
        chosen: dict[str, Mention] = {}
        for m in weak:
            lead = next((o for o in groups.get(m.key, []) if o.chosen is not None), None) or chosen.get(m.key)
            if lead is not None:
                _adopt(m, lead)
                continue
            self._choose(m, context, sentence_admins.get(m.sentence, set()))
            chosen[m.key] = m
        # a name listed with a weak name now read as a division is read again by the list rule
        for m in mentions:
            if any(o.weak for o in m.listed) and m.chosen is not None and m.chosen.feature != "admin":
                self._choose(m, context, sentence_admins.get(m.sentence, set()))

    @staticmethod
    def mention_facts(doc: Doc, mentions: list[Mention]) -> place_mentions.ArticleFacts:
        """What the mention filter reads of the article."""
        institutions = institution_words()
        return place_mentions.article_facts(doc, mentions, institutions, first_names())

    def resolve_spans(self, doc: Doc, spans: list[tuple[int, int]]) -> list[dict[str, Any] | None]:
        """The reading chosen for each given character span, with the article's own mentions as context."""
        text = doc_text(doc)
        found = [m for m in self.find_mentions(doc) if not m.weak]
        given = []
        for s, e in spans:
            m = self._demonym(text, s, e) if self.gazetteer.demonym(text[s:e]) else None
            m = m or self._mention(text, s, e, "GPE") or Mention(s, e, text[s:e], "GPE")
            m.start, m.end = s, e
            given.append(m)
        others = [m for m in found if not any(m.start < e and s < m.end for s, e in spans)]
        mentions = sorted(others + given, key=lambda m: m.start)
        sentence_of = _sentence_index(doc)
        for m in mentions:
            m.sentence = sentence_of(max(m.start, 0))
            m.qualifier = None
        self._link_qualifiers(text, mentions)
        self.resolve(mentions, [])
        return [
            None
            if m.chosen is None
            else {
                "name": m.chosen.name,
                "geonameid": m.chosen.geonameid,
                "lat": m.chosen.lat,
                "lon": m.chosen.lon,
            }
            for m in given
        ]

    def training_rows(
        self, doc: Doc, spans: list[tuple[int, int]]
    ) -> list[tuple[list[Reading], list[list[float]]]]:
        """For each given span: its candidate readings and their feature vectors in the article's context
        after resolution (for fitting the weights)."""
        text = doc_text(doc)
        found = [m for m in self.find_mentions(doc) if not m.weak]
        given = []
        for s, e in spans:
            m = self._mention(text, s, e, "GPE") or Mention(s, e, text[s:e], "GPE")
            given.append(m)
        mentions = sorted(
            [m for m in found if not any(m.start < e and s < m.end for s, e in spans)] + given,
            key=lambda m: m.start,
        )
        sentence_of = _sentence_index(doc)
        for m in mentions:
            m.sentence = sentence_of(m.start)
        self._link_qualifiers(text, mentions)
        self.resolve(mentions, [])
        groups: dict[str, list[Mention]] = defaultdict(list)
        for m in mentions:
            if m.readings:
                groups[m.group_key].append(m)
        context = self._context(groups, [])
        sentence_admins = self._sentence_admins(mentions)
        rows = []
        for m in given:
            readings, vectors, _ = self.score_readings(m, context, sentence_admins.get(m.sentence, set()))
            rows.append((readings, vectors))
        return rows

    @staticmethod
    def _person_words(doc: Doc) -> set[str]:
        words: set[str] = set()
        for ent in doc_ents(doc):
            if ent.label_ == "PERSON":
                words.add(ent.text.lower())
                words.update(t.text.lower() for t in ent if t.is_title)
        return words

    def _group(
        self,
        mentions: list[Mention],
        dateline_mentions: list[Mention],
        persons: set[str],
        dateline: dict | None,
    ) -> tuple[list[dict[str, Any]], dict | None]:
        groups: dict[str, dict[str, Any]] = {}
        order: dict[str, int] = {}

        def entry(key: str, mention: Mention) -> dict[str, Any]:
            reading = mention.chosen
            place = groups.get(key)
            if place is None:
                if reading is not None:
                    feature = reading.feature
                else:
                    feature = "facility" if mention.kind == "facility" or mention.label == "FAC" else "place"
                    if mention.label == "LOC" and feature == "place":
                        feature = "region"
                place = {
                    "id": "",
                    "name": reading.name if reading else mention.text,
                    "country": reading.country if reading else None,
                    "lat": reading.lat if reading else None,
                    "lon": reading.lon if reading else None,
                    "geonameid": reading.geonameid if reading else None,
                    "feature": feature,
                    "basis": mention.basis if reading else None,
                    "confidence": mention.confidence if reading else None,
                    "aliases": [],
                    "mentions": [],
                    "demonyms": [],
                }
                groups[key] = place
                order[key] = mention.start
            elif reading is not None and mention.kind != "demonym" and place["basis"] == "demonym":
                place["basis"], place["confidence"] = mention.basis, mention.confidence
            if (
                mention.kind != "demonym"
                and mention.text != place["name"]
                and mention.text not in place["aliases"]
            ):
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
            place = entry(key, mention)
            item: dict[str, Any] = {"start": mention.start, "end": mention.end, "text": mention.text}
            if mention.kind != "name":
                item["kind"] = mention.kind
            place["demonyms" if mention.kind == "demonym" else "mentions"].append(item)

        dateline_key = None
        if dateline_mentions:
            head = dateline_mentions[0]
            dateline_key = head.chosen.key if head.chosen else f"unresolved:{normalize(head.text)}"
            if head.chosen is not None and head.basis is None:
                head.basis = "dateline"
            entry(dateline_key, head)
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


def _person_name_words(ents: tuple[Span, ...]) -> tuple[set[str], set[str]]:
    """The surnames of the article's people named with more than one word, and the given names of
    people named by two words ("Chad" of "Chad Thomas"; not "Texas" of "Texas Gov. Rick Perry" nor
    "Dayton" of "Dayton Police")."""
    surnames, given = set(), set()
    for e in ents:
        if e.label_ != "PERSON" or len(e) < 2:
            continue
        surnames.add(e[-1].lower_)
        if _given_and_surname(e):
            given.add(e[0].lower_)
    return surnames, given


def _people_more_than_places(ents: tuple[Span, ...], words: set[str]) -> set[str]:
    """The words of people's names the NER does not tag a place (GPE, LOC) more often than it writes
    them in people's names: "Fallujah" of a person "Amiriyat al-Fallujah" (a town's name the NER took
    for a person's) stays a place where the article tags "Fallujah" a place three times."""
    as_place = Counter(e.text.lower() for e in ents if e.label_ in ("GPE", "LOC"))
    as_person = Counter(t.lower_ for e in ents if e.label_ == "PERSON" for t in e)
    return {w for w in words if as_place[w] <= as_person[w]}


def _given_and_surname(ent: Span) -> bool:
    """A PERSON entity of two capitalised words, the second no title and no word of a local
    institution's name ("Chad Thomas"; not "Dayton Police", "Texas Gov.")."""
    if ent.label_ != "PERSON" or len(ent) != 2:
        return False
    first, last = ent[0], ent[1]
    institutions = institution_words()
    return (
        first.is_title
        and last.is_title
        and last.is_alpha
        and last.text not in institutions
        and not _is_title_word(last.text)
    )


def _without_person_towns(mentions: list[Mention], people: set[str]) -> list[Mention]:
    """Drop the mentions of a word of the name of a person the article names in full ("DuVernay" of
    "Ava DuVernay") read as a town or county the article does not back (no state, county or nearby
    place of it named) or through an alternate name, whatever label the NER gives the word alone,
    unless a cue, a qualifier or a dateline makes the name a place."""

    def personal(m: Mention) -> bool:
        r = m.chosen
        return (
            m.kind == "name"
            and m.text.lower() in people
            and r is not None
            and r.feature in ("city", "admin2")
            and (r.alternate or not m.supported)
        )

    placed = {m.key for m in mentions if _placed_by_text(m)}
    return [m for m in mentions if m.key in placed or not personal(m)]


def _placed_by_text(m: Mention) -> bool:
    """Whether the text itself makes a mention a place: a cue, the dateline or a qualifier."""
    return (
        m.source.startswith("cue_")
        or m.source == "text_dateline"
        or m.qualifier is not None
        or m.qualifier_admin is not None
    )


def _generic_words_only(name: str) -> bool:
    """A name made of compass and generic words only ("South East", "West Coast", "Western District"):
    many countries name a division so, and news means one of the story's countries."""
    words = name.lower().replace("-", " ").split()
    generic = place_cues.cue_words()["generic"]
    return len(words) > 1 and all(w.rstrip(".") in generic or w in DIRECTION_WORDS for w in words)


def _without_celestial(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop the names of planets and moons ("Mars", "Titan") unless a cue, a qualifier or a dateline
    makes one of the article's mentions of the name a place ("a Jupiter man", "Mars, Pa.")."""
    cues = place_cues.cue_words()
    named = [m for m in mentions if m.kind == "name" and m.text.lower() in cues["celestial"]]
    if not named:
        return mentions
    placed = {m.key for m in named if _placed_by_text(m) or _cue_next_to(text, m, cues)}
    return [m for m in mentions if m not in named or m.key in placed]


def _cue_next_to(text: str, mention: Mention, cues: dict) -> bool:
    """Whether a cue word of a town is written right after the name ("Jupiter police", "Mars
    Borough Council") or a cue phrase right before it ("the town of Mars")."""
    after = text[mention.end : mention.end + 40].split()
    if after and (after[0].lower().strip(".,;:") in cues["after"] or after[0] in cues["institutions"]):
        return True
    before = tuple(text[max(0, mention.start - 40) : mention.start].lower().split())
    return any(len(p) <= len(before) and before[-len(p) :] == p for p in cues["before"])


def _single_unknown_word(mention: Mention) -> bool:
    """A one-word name no gazetteer entry matches and no street or facility word marks: more often a
    person or an organisation the small NER mislabelled than a place of fewer than 500 people."""
    return mention.kind == "name" and mention.label != "FAC" and len(mention.text.split()) == 1


def _reads_as(mention: Mention, reading: Reading | None) -> bool:
    """Whether the place is among the mention's readings."""
    return reading is not None and any(r.geonameid == reading.geonameid for r in mention.readings)


def _adopt(mention: Mention, lead: Mention) -> None:
    """Give a mention the place chosen for another mention of the same name."""
    mention.chosen, mention.basis, mention.confidence = lead.chosen, lead.basis, lead.confidence
    mention.supported, mention.level = lead.supported, lead.level


def _without_unsupported(mentions: list[Mention]) -> list[Mention]:
    """Drop tentative mentions (one-word names the NER took for a person or an organisation) whose place
    the article does not support, unless the same name is also a place in it or it is a large city of a
    country the article names."""
    firm = {m.key for m in mentions if not m.tentative}
    named = {m.chosen.country for m in mentions if not m.tentative and m.chosen is not None}
    return [
        m
        for m in mentions
        if not m.tentative
        or m.key in firm
        or (m.chosen is not None and (m.supported or _populous_in(m.chosen, named) or _named_division(m)))
    ]


def _named_division(mention: Mention) -> bool:
    """A name read as a division by a division word or a governor ("Bryansk's governor", "Jaen
    province": first or second level), or as a first-level division listed with firm names of
    divisions of its country ("Yucatan, Quintana Roo and Campeche")."""
    r = mention.chosen
    if r is None or r.feature not in ("admin", "admin2"):
        return False
    if mention.division_named:
        return True
    return r.feature == "admin" and any(
        not o.tentative
        and o.chosen is not None
        and o.chosen.feature == "admin"
        and o.chosen.country == r.country
        for o in mention.listed
    )


_LOCATED_IN = re.compile(
    r",?\s+(?:(?:a|the)\s+(?:\w+\s+)?(?:town|city|village|port|district|suburb|area)\s+)?in\s+(?:the\s+)?"
    rf"(?:(?:{'|'.join(sorted(DIRECTION_WORDS))})\s+)?"
)


def _locate_tentative(text: str, mentions: list[Mention]) -> None:
    """Make firm a tentative mention the writer locates in a firm place whose reading holds its own: the
    name followed by "in", an optional compass word and a country or first-level division it lies in
    ("Tal Abyad in northern Syria", "Arsal, a town in Lebanon", "Mayadin in Deir ez-Zor province")."""
    firm = {m.start: m for m in mentions if not m.tentative and m.chosen is not None and m.kind == "name"}
    for m in mentions:
        if not m.tentative or m.chosen is None or m.chosen.feature != "city":
            continue
        after = _LOCATED_IN.match(text, m.end)
        holder = firm.get(after.end()) if after else None
        if holder is None or holder.chosen.country != m.chosen.country:
            continue
        if holder.chosen.feature == "country" or (
            holder.chosen.feature == "admin" and holder.chosen.admin1 == m.chosen.admin1
        ):
            m.tentative = False


_DIVISION_AFTER = re.compile(
    r"\s+(?:province|provincial|governorate|region|regional|state|oblast|district|county)\b"
    r"|(?:\u2019s|'s)?\s+governor\b",
    re.I,
)
_SPREAD_BEFORE = re.compile(r"\b(?:across|throughout)\s+(?:the\s+)?$", re.I)
_TOWN_BEFORE = re.compile(r"\b(?:city|town|village) of\s+$", re.I)
_DIVISION_BEFORE = re.compile(
    r"\b(?:(?:province|governorate|region|state|oblast|district|county|governor"
    r"|(?:regional|provincial|state) government)"
    r" of|provincia de)\s+$",
    re.I,
)


def _world_city(reading: Reading, readings: list[Reading], named: frozenset[str]) -> Reading | None:
    """The city of ``WORLD_CITY`` people or more a chosen small town is named after, in another
    country, when the town holds less than ``NAMESAKE_SHARE`` of its people ("Paris" in a Canadian
    story is Paris, France, not Paris, Ontario): the article's country alone does not make the
    namesake meant (its caller asks that nothing else in the article backs the town), nor does a
    person's nationality ("a Canadian student"). The town stays when the article names its country
    itself (``named``: by name, dateline or a demonym of its agents, "Mexican police") and not the
    world city's."""
    if reading.feature != "city" or reading.population <= 0:
        return None
    if reading.country in named:
        if not any(
            r.country in named for r in readings if r.feature == "city" and r.population >= WORLD_CITY
        ):
            return None
    return next(
        (
            r
            for r in sorted(readings, key=lambda r: -r.population)
            if r.feature == "city"
            and not r.alternate
            and r.country != reading.country
            and r.population >= WORLD_CITY
            and reading.population < NAMESAKE_SHARE * r.population
        ),
        None,
    )


_AUTHORITY_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:police|officials?|authorit(?:y|ies)|prosecutors?|troops|government)\b"
)


def _link_lists(text: str, mentions: list[Mention]) -> None:
    """Link the names of one coordination ("Valencia, Catalonia and Andalusia", "Texas or Georgia"):
    names joined by commas, "and" or "or", at least one joint a conjunction (commas alone may be a
    qualifier: "Springfield, Ohio")."""
    for m in mentions:
        m.listed = []
    run: list[Mention] = []
    conjoined = False

    def close() -> None:
        if conjoined and len(run) > 1:
            for m in run:
                m.listed = [o for o in run if o.key != m.key]

    for before, after in zip(mentions, mentions[1:], strict=False):
        joint = _LIST_JOINT.fullmatch(text[before.end : after.start]) if before.end <= after.start else None
        if joint is None or before.kind != "name" or after.kind != "name":
            close()
            run, conjoined = [], False
            continue
        if not run:
            run = [before]
        run.append(after)
        conjoined = conjoined or bool(joint.group(1))
    close()


def _listed_divisions(mention: Mention, readings: list[Reading]) -> list[Reading]:
    """A name listed with a firm first-level division is read at its level: when another name of its
    list is a firm division (``_firm_division``: "Anbar", "Catalonia", "X province") and every other
    one is a first-level division too or is a town that seats its division (chosen for the division by
    its scores and made the town by the seat rule, which this rule comes before), the name's first-level
    divisions in their countries ("Valencia" of "Valencia, Catalonia and Andalusia" is the Valencian
    Community, not the city; "Sao Paulo, Rio de Janeiro and Minas Gerais" are states, though "Rio de
    Janeiro" alone is the city). A division chosen by population alone pulls no name to its level
    ("between Buenos Aires and Cordoba"). None when the list is of other places, of seats only ("Kyiv,
    Lviv and Odesa"), or holds a national capital read as the city (``_capital_town``: "Baghdad, Basra
    and Anbar"), or the name has no such reading. A name not yet resolved whose every reading is a
    first-level division counts as one."""
    if _capital_town(mention):
        return []
    divisions = []
    for o in mention.listed:
        if _capital_town(o):
            return []
        r = o.chosen or (o.readings[0] if o.readings and _divisions_only(o) else None)
        if r is None:
            continue
        if r.feature == "admin":
            if _firm_division(o) or _kept_division(o):
                divisions.append(r)
        elif o.level is None or o.level.feature != "admin":
            return []
    countries = {r.country for r in divisions}
    return [r for r in readings if r.feature == "admin" and r.country in countries]


def _worded(mention: Mention) -> bool:
    """Whether the name's own words make it a division: a division word with it ("Kirkuk province",
    "the Kyiv and Chernihiv regions", "the governor of Kharkiv") or "across" or "throughout" before it."""
    return mention.admin_suffix or mention.division_named or mention.spread


def _governed(mention: Mention) -> bool:
    """Whether its own words (``_worded``) or "across" or "throughout" before its list govern the name."""
    return _worded(mention) or any(o.spread for o in mention.listed)


def _firm_division(mention: Mention) -> bool:
    """Whether the name is a first-level division whatever its scores: governed by a division word or
    "across" (``_governed``), or with no town reading its own name could mean by itself: none of
    ``POPULOUS_CITY`` people or more in a country of its divisions, reached by its primary name ("Anbar",
    "Catalonia", "Sonora", "Bahia"; not "Basra", "Buenos Aires", "Murcia")."""
    if _governed(mention):
        return True
    countries = {r.country for r in mention.readings if r.feature == "admin"}
    return not any(
        r.feature == "city" and not r.alternate and r.country in countries and r.population >= POPULOUS_CITY
        for r in mention.readings + mention.named_readings
    )


def _kept_division(mention: Mention) -> bool:
    """Whether the scores read the name as a first-level division and the seat rule left it one (its
    town of the name, if any, holds too few of its people to stand for it: "Oaxaca"), and no national
    capital bears the name in its country (the province of "Buenos Aires" may have been chosen for its
    people alone)."""
    r = mention.chosen
    if r is None or r.feature != "admin" or mention.level is None or mention.level.feature != "admin":
        return False
    return not any(
        _national_capital(o) and not o.alternate and o.country == r.country for o in mention.readings
    )


def _capital_town(mention: Mention) -> bool:
    """Whether the name reads as a national capital (GeoNames' capital of its country, the PPLC town)
    by its primary name and no division word or "across" governs it: in a list it keeps the city
    ("Baghdad, Basra and Anbar"). A capital outside the division the name reads as is no reason to
    leave that division ("Washington, Oregon and Idaho")."""
    if _governed(mention):
        return False
    divisions = {(r.country, r.admin1) for r in mention.readings if r.feature == "admin"}
    return any(
        _national_capital(r)
        and not r.alternate
        and ((r.country, r.admin1) in divisions or all(c != r.country for c, _ in divisions))
        for r in mention.readings
    )


def _capital_seat(
    mention: Mention, readings: list[Reading], vectors: list[list[float]], best: int
) -> Reading | None:
    """The national capital a chosen first-level division shares its name with, for a name in no list
    and with no division word: "Buenos Aires" alone is the capital, though the province of the name
    holds more people and the city is a division of its own. The division keeps the name when the
    article names a place inside it ("Washington" beside "Seattle" and "Spokane"); in a list,
    ``_capital_town`` decides."""
    reading = readings[best]
    if reading.feature != "admin" or mention.listed or vectors[best][_CONTAINS] > 0:
        return None
    return next(
        (
            r
            for r in readings
            if _national_capital(r)
            and not r.alternate
            and r.country == reading.country
            and geonames.fold(r.name) == geonames.fold(reading.name)
        ),
        None,
    )


_CONTAINS = pf.FEATURES.index("contains_possible")


def _national_capital(reading: Reading) -> bool:
    """Whether a town reading bears the name GeoNames gives as its country's capital."""
    return (
        reading.feature == "city"
        and reading.country is not None
        and geonames.fold(reading.name) in _capital_names().get(reading.country, ())
    )


@cache
def _capital_names() -> dict[str, frozenset[str]]:
    """The folded names of national capitals by ISO country code (GeoNames country information)."""
    return {
        iso: frozenset({geonames.fold(str(info.get("capital") or ""))} - {""})
        for iso, info in geonames.countries().items()
    }


def _divisions_only(mention: Mention) -> bool:
    """Whether every reading of the mention is a first-level division."""
    return all(r.feature == "admin" for r in mention.readings)


def _division_named(text: str, start: int, end: int) -> bool:
    """Whether the text names a division word with the name ("Kirkuk province", "the province of
    Kirkuk"), or its governor ("the Kandahar governor", "the governor of Kharkiv": a governor heads a
    province or state, not a town)."""
    return bool(_DIVISION_AFTER.match(text, end) or _DIVISION_BEFORE.search(text[max(0, start - 30) : start]))


_FIRST_LEVEL_AFTER = re.compile(
    r"\s+(?:province|provincial|governorate|region|regional|state|oblast)\b|(?:\u2019s|'s)?\s+governor\b",
    re.I,
)
_FIRST_LEVEL_BEFORE = re.compile(
    r"\b(?:province|governorate|region|state|oblast|governor|(?:regional|provincial|state) government)"
    r" of\s+$|\bprovincia de\s+$",
    re.I,
)
_IS_ADMIN = pf.FEATURES.index("is_admin")
_IS_ADMIN2 = pf.FEATURES.index("is_admin2")
_EITHER_LEVEL = re.compile(r"\b(?:province|provincia|region)\b", re.I)


def _division_levels(text: str, start: int, end: int) -> tuple[str, ...]:
    """The division features the division word written with the name allows: the first level for
    "Washington state", "the Kharkiv governor" or "the oblast of X"; the first or second for "province",
    "provincia" and "region", which name either ("Kandahar province", "the province of Valencia"); none
    for "county", "district" or no such word."""
    after = _FIRST_LEVEL_AFTER.match(text, end)
    before = _FIRST_LEVEL_BEFORE.search(text[max(0, start - 30) : start])
    word = (after or before).group(0) if after or before else ""
    if not word:
        return ()
    return ("admin", "admin2") if _EITHER_LEVEL.search(word) else ("admin",)


def _seat(reading: Reading, readings: list[Reading]) -> Reading | None:
    """The town a chosen first-level division is named after, when it holds ``SEAT_SHARE`` of the
    division's people or more, its seat ("Kirkuk", "Raqqa", "Kandahar"): written with no division
    word, the name means the town. A division of unknown population (0 in GeoNames) has no such share.
    A division reached only through an alternate name ("Valencia" for the Comunitat Valenciana) whose
    town bears the name as its primary name means that town when it holds ``ALTERNATE_SEAT_SHARE`` of
    the division's people (the most populous such town first): the written name is the town's own.
    A division of unknown population (0) has no seat by either rule. A city of ``WORLD_CITY`` people
    or more bearing as its own the name that reads as the division (both among ``readings``) is its
    seat whatever the share ("São Paulo": the
    state's GeoNames towns sum to far more than its people, its districts counted beside the city)."""
    if reading.feature != "admin":
        return None
    same_name = any(r.key == reading.key for r in readings)
    readings = sorted(readings, key=lambda r: -r.population)
    return next(
        (
            r
            for r in readings
            if r.feature == "city"
            and r.country == reading.country
            and r.admin1 == reading.admin1
            and (
                (reading.population > 0 and r.population >= SEAT_SHARE * reading.population)
                or (same_name and not r.alternate and r.population >= WORLD_CITY)
                or (
                    reading.alternate
                    and reading.population > 0
                    and not r.alternate
                    and r.population >= ALTERNATE_SEAT_SHARE * reading.population
                )
            )
        ),
        None,
    )


def _street_list(view: place_cues.TokenView, i: int) -> bool:
    """Whether a plural street word closes the list token ``i`` opens ("near Rivers and Stokes
    avenues")."""
    streets = place_cues.cue_words()["streets"]
    return any(word in streets for word in view.lower[i + 1 : i + 5])


def _ends_at(view: place_cues.TokenView, i: int, ends: set[int]) -> bool:
    """Whether a place mention ends with token ``i``."""
    return view.idx[i] + len(view.words[i]) in ends


def _populous(reading: Reading, listed: bool = False) -> bool:
    """A country, a first-level division or a town of ``POPULOUS_CITY`` people or more; in a list of
    places, a town of ``LISTED_CITY`` (``LIST_MIN_POPULATION`` by its primary name)."""
    if reading.feature in ("country", "admin") and not reading.alternate:
        return True
    if reading.feature != "city" or reading.loose:
        return False
    if listed:
        least = LIST_MIN_POPULATION if not reading.alternate else LISTED_CITY
        return reading.population >= least
    return reading.population >= POPULOUS_CITY


def _local_town(reading: Reading, countries: frozenset[str], several_words: bool = False) -> bool:
    """A town of a country the article names, of ``LIST_MIN_POPULATION`` people or of unknown size
    (population 0: a division's seat), or a first-level division of it, by any of its names: news of a
    country writes its towns and provinces in transliterations GeoNames files as alternate names
    ("Jarablus", "Reyhanli", "Quneitra"). By the consonant skeleton of its name (a loose reading) only
    for a name of ``several_words`` ("Jisr al-Shughur"): one word shares its skeleton with too many
    common words and names ("Terms", Tremseh; "Jermaine", Jaramana; "Mausoleum", Mosul)."""
    if reading.loose and not several_words or reading.country not in countries:
        return False
    if reading.feature == "admin":
        return True
    return reading.feature == "city" and (
        reading.population == 0 or reading.population >= LIST_MIN_POPULATION
    )


def _several_words(name: str) -> bool:
    """Whether a name is written in two words or more ("Tal Tamer", "Jisr al-Shughur")."""
    return len(re.split(r"[\s\-]+", name.strip())) > 1


def _joins(view: place_cues.TokenView, i: int) -> bool:
    """Whether token ``i - 1`` joins token ``i`` to a list: a comma, "and", "or", or a hyphen or dash
    with no space around it ("the Damascus-Beirut highway")."""
    if i < 2:
        return False
    joint = view.lower[i - 1]
    if joint in LIST_JOINTS:
        return True
    return (
        joint in places_spans.HYPHENS
        and view.idx[i - 1] == view.idx[i - 2] + len(view.words[i - 2])
        and view.idx[i] == view.idx[i - 1] + len(joint)
    )


def _acronym(word: str) -> bool:
    """A word of two to four capitals ("SANA", "AFP"): an agency's or an organisation's initials, not a
    town's name written in capitals (datelines and all-caps text are read elsewhere)."""
    return word.isupper() and 2 <= len(word) <= 4


def _loose_in(mentions: list[Mention], named: frozenset[str]) -> list[Mention]:
    """The resolved mentions, a place reached through a consonant skeleton (a loose reading) kept only in
    a country the article names or places another name in ("Tal Tamer" beside Hasakah; "Wadi Horan" is
    no Saudi "Dhahran" in a story of Iraq). A mention so left without a place keeps no reading; a
    one-word one is dropped, as an unknown one-word name is."""
    countries = set(named) | {
        m.chosen.country for m in mentions if m.chosen is not None and not m.chosen.loose and m.chosen.country
    }
    kept = []
    for m in mentions:
        if m.chosen is not None and m.chosen.loose and m.chosen.country not in countries:
            m.readings = [r for r in m.readings if not r.loose]
            m.chosen, m.basis, m.confidence = None, None, None
            if _single_unknown_word(m):
                continue
        kept.append(m)
    return kept


def _small_alternate(reading: Reading) -> bool:
    """A town reached through an alternate name with fewer than ``MIN_ALTERNATE_POPULATION`` people:
    more often a chance match of another word than the place meant. A town of population 0 is not
    small but of unknown size: GeoNames lists a place under 500 people only as the seat of a division,
    and leaves many seats' population unset (most towns of Syria and many of Iraq: "Tal Afar",
    "Hawija", "Makhmur")."""
    return (
        reading.alternate and reading.feature == "city" and 0 < reading.population < MIN_ALTERNATE_POPULATION
    )


def _populous_in(reading: Reading, countries: set[str | None]) -> bool:
    """A city of ``POPULOUS_CITY`` people or more in a country the article names or places a firm
    mention in."""
    return reading.feature == "city" and reading.population >= POPULOUS_CITY and reading.country in countries


def _basis(readings: list[Reading], vectors: list[list[float]], best: int, qualified: bool) -> str:
    """Why the chosen reading won, in one word."""
    if qualified:
        return "qualifier"
    if len(readings) == 1:
        return "only reading"
    names = pf.FEATURES
    w = pf.weights()
    runner = max((i for i in range(len(readings)) if i != best), key=lambda i: pf.score(vectors[i]))
    gains = {names[k]: (vectors[best][k] - vectors[runner][k]) * w[k] for k in range(len(names))}
    top = max(gains, key=lambda k: gains[k])
    if top.startswith("dateline"):
        return "dateline"
    if top in ("population", "is_country", "is_admin", "is_admin2", "is_city", "is_region", "alternate"):
        return "population"
    if top == "preferred":
        return "news default"
    return "context"


def _sentence_index(doc: Doc) -> Any:
    starts = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else [0]

    def find(char: int) -> int:
        lo, hi = 0, len(starts)
        while lo + 1 < hi:
            mid = (lo + hi) // 2
            if starts[mid] <= char:
                lo = mid
            else:
                hi = mid
        return lo

    return find


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


@cache
def demonym_state_words() -> frozenset[str]:
    """Words of a state body's name ("Ministry", "Army"): an organisation so named after a nation
    names its country (``places_demonym_state_words.json``)."""
    return frozenset(load_json("places_demonym_state_words.json")["words"])


@cache
def institution_words() -> frozenset[str]:
    """The cue table's institution words and the local institutions' words together."""
    return place_cues.cue_words()["institutions"] | local_institution_words()


@cache
def local_institution_words() -> frozenset[str]:
    """Words that follow a town's name in its institutions' names (``places_local_institutions.json``)."""
    return frozenset(load_json("places_local_institutions.json")["words"])


def _looks_like_person(ent: Any) -> bool:
    """A PERSON entity, or a name of any label that opens with a given name or has a middle initial
    ("Tyrise M. Bell")."""
    if ent.label_ == "PERSON":
        return True
    words = [t.text for t in ent]
    return words[0] in first_names() or (len(words) == 3 and bool(_MIDDLE_INITIAL.fullmatch(words[1])))


def _known_person(word: str) -> bool:
    """A name the people table knows ("Obama")."""
    from .people_data import people_data

    return people_data().alias(word) is not None


def _titled_surnames(doc: Doc, ents: tuple[Span, ...], as_place: Counter[str]) -> set[str]:
    """The one-word PERSON names the article writes after a title ("President Clinton", "Mr. Bush") and
    never tags a place: there the bare name is that person's ("Clinton said", "at the Pentagon, Bush
    said"), not a town of the name."""
    return {
        e.text.lower()
        for e in ents
        if e.label_ == "PERSON"
        and len(e) == 1
        and e.start > 0
        and _is_title_word(doc[e.start - 1].text)
        and not as_place[e.text.lower()]
    }


def _is_title_word(word: str) -> bool:
    """A title or honorific before a name ("President", "Gov.", "Mr.")."""
    from .people_data import people_data

    low = word.lower()
    titles = people_data().titles
    return (
        low in titles
        or low.rstrip(".") in titles
        or low in ("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr")
    )


@cache
def first_names() -> frozenset[str]:
    """Given names (``people_first_names.json``): a one-word PERSON that is one is not taken for a town."""
    from .people_data import people_data

    return frozenset(people_data().first_names)


@cache
def division_demonyms() -> dict[str, tuple[str, str]]:
    """Division demonyms -> (country, admin1), keyed for lookup (``knowledge.division_demonyms``)."""
    from ..knowledge.regions import division_demonyms as table

    return {normalize(name): place for name, place in table().items()}


def _whole_division_demonym(text: str) -> bool:
    """Whether a text as a whole, singular or plural, is a division's demonym ("British Columbians")."""
    return normalize(text).removesuffix("s") in division_demonyms()


def _division_demonym(text: str) -> tuple[str, str] | None:
    """The division a demonym names, singular or plural ("Minnesotans", "a Texan-owned firm"), or None."""
    key = normalize(text)
    table = division_demonyms()
    for candidate in (key, key.split(" ")[0] if " " in key else None):
        for form in (candidate, candidate[:-1] if candidate and candidate.endswith("s") else None):
            if form and form in table:
                return table[form]
    return None


@cache
def state_abbreviations() -> dict[str, tuple[str, str]]:
    """Abbreviations of states and provinces -> (country, admin1) (``places_abbreviations.tsv``)."""
    return {r["abbreviation"]: (r["country"], r["admin1"]) for r in load_tsv("places_abbreviations.tsv")}


@Language.factory(
    "dateline_places",
    default_config={"match_names": True, "rounds": ROUNDS},
    assigns=["doc._.places", "doc._.dateline"],
    requires=["doc.ents"],
)
def make_places(nlp: Language, name: str, match_names: bool, rounds: int) -> PlaceResolver:
    """Factory for the place resolver."""
    return dateline_component(PlaceResolver(nlp, name, match_names=match_names, rounds=rounds))


def _state_qualifier(mention: Mention) -> bool:
    """Whether a mention's qualifier is written as a first-level division of its country alone
    ("Connecticut", "Ontario"), not as a name also read as a country ("Georgia"); a name listed
    with others ("Valencia, Catalonia and Aragon") has no qualifier of this kind."""
    qualifier = mention.qualifier
    if qualifier is None or mention.kind != "name" or mention.listed:
        return False
    return not any(r.feature == "country" and not r.alternate for r in qualifier.readings)


def _unlisted_town(mention: Mention, state: Reading) -> Reading:
    """A town the gazetteer does not list in the state or province that qualifies its name ("Berlin,
    Connecticut", "Lebanon, Ore."): a place of that division, at its point, rather than a namesake
    abroad (a town is written with its state's name after it only in its own country)."""
    return Reading(
        key=f"{state.key}:{mention.text.lower()}",
        name=mention.text,
        feature="city",
        country=state.country,
        lat=state.lat,
        lon=state.lon,
        admin1=state.admin1,
    )


def _division_of(mention: Mention, state: Reading) -> bool:
    """Whether a name is itself a first-level division of the qualifier's country: two divisions
    parted by a comma are a list ("storms hit Kansas, Missouri"), not a town and its state."""
    return any(
        r.feature == "admin" and r.country == state.country and r.key != state.key for r in mention.readings
    )
