"""Actor phrases of an event from the parse, linked to entities and resolved to CAMEO actor codes.

Resolution goes through ``dateline.actors.resolve_actor`` (the actor dictionary); the entity layer's
record (mentions, roles, country, actor code) supplies the context: "Harper" is resolved with his
role "Prime Minister" of Canada, a pronoun through the entity its mention was resolved to.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, partial
from itertools import islice
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..actors.lexicon import key_of, office_nouns
from ..actors.lexicon import lexicon as actor_lexicon
from ..actors.resolve import BORDER_WORDS, names_other_party, parse_date
from ..errors import BadDate
from ..knowledge import country_name, form_countries, geonames, historic_state_named, iso3_of_iso2
from ..knowledge.titles import titles
from ..nlp import sports
from ..nlp.doc_index import doc_text, entity_at, ents_within, newline_within
from ..nlp.noun_kinds import agentive, person_noun, verb_lemmas
from ..ontology import load_json
from ..ontology.cameo import international_codes, quad_class, synset_words
from ..text.boilerplate import match_dateline
from .argument_kinds import (
    FINAL_PUNCTUATION,
    OWNER_DEPS,
    RELATIVE_PRONOUN_TAGS,
    aged,
    argument_kinds,
    bare_count,
    glued_title,
    in_attribution,
    in_headline,
)
from .protested import protest_words, protested_measure

LOGGER = logging.getLogger(__name__)

Resolver = Callable[..., dict[str, Any] | None]

# children kept in an actor phrase ("the Azadliq opposition coalition", "leaders of X")
PHRASE_LEFT = frozenset(
    {"det", "amod", "compound", "poss", "nummod", "quantmod", "nmod", "case", "predet", "npadvmod"}
)
PRONOUNS = frozenset({"PRON"})
# pronouns that stand for the speaker inside a quotation ("'We will not retreat,' the minister said")
SPEAKER_PRONOUNS = frozenset({"i", "we", "me", "us"})
# named entities the coder may place by the story's country when the dictionaries do not know them
PLACEABLE_NAMES = frozenset({"PERSON", "ORG"})
# a prepositional complement that locates an actor ("rebels in Darfur", "Albanians of southern Serbia")
PLACE_PREPS = frozenset({"in", "of", "from", "near", "inside"})
PLACE_ENTS = frozenset({"GPE", "LOC", "NORP"})
# prepositions whose object is where an event happens ("arrested in Cairo", "talks at the UN
# headquarters"), not a party to it
LOCATIVE_PREPS = frozenset(
    {"in", "at", "near", "inside", "outside", "across", "throughout", "around", "within", "through", "along"}
)
SETTING_PREPS = LOCATIVE_PREPS | {"into"}
# personal pronouns that stand for an actor; unresolved, they are placed like a generic noun
ACTOR_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "we", "us", "i", "me"})
# possessive pronouns of a person ("his allies")
PERSON_POSSESSIVES = frozenset({"his", "her"})
MAX_PATH = 16
# a bare count as an argument counts people ("arresting 12"), read as this noun
COUNT_NOUN = "people"
COUNT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "conj"})
# name mentions of an entity read for a nationality or office its record lacks
MAX_MENTIONS = 12
# private keys of an actor record: the story's country may replace its country (set by the coder
# once the whole story is read), and a sentence place a parent phrase may fall back on
STORY_KEY = "_story"
FALLBACK_KEY = "_fallback"
# sectors of people who live where the story happens ("civilians", "protesters", "the police",
# "rebels"): left to the story, they are placed by the country its places name, not by its other actors
RESIDENT_SECTORS = frozenset({"CVL", "OPP", "REB", "UAF", "COP"})
# modifiers whose coordination makes a compound actor ("French and Egyptian warships")
COORD_MODIFIERS = frozenset({"amod", "compound", "nmod"})
MAX_CONTEXTS = 6
# contexts that place an actor only when the story's country does not: the dateline (where the
# reporter files from: "LONDON (Reuters) - Kenya's health agency ... urged residents"), places named
# outside the event, the nationality of the other party's people
FALLBACK_CONTEXTS = frozenset({"dateline", "elsewhere", "party"})
# entity types and head nouns that never denote an actor
NOT_ACTOR_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"})
STATISTIC_NOUNS = frozenset(
    {
        "percent",
        "%",
        "cent",
        "percentage",
        "proportion",
        "share",
        "majority",
        "minority",
        "half",
        "third",
        "quarter",
    }
)
# entity types of sums and measures: a word inside one heads no actor, and a nationality or a place
# inside one places none ("5 million Canadian dollars")
SUM_ENTS = frozenset({"MONEY", "PERCENT", "QUANTITY"})
# words of quantity_lexicon.json's ISO 4217 currency words that are mostly other words
AMBIGUOUS_CURRENCY_WORDS = frozenset({"p", "real", "marks"})
MAX_CONJUNCTS = 8
# a dateline ("SAN FRANCISCO, Calif. (AP) —") lies within this many characters/tokens of its line start
MAX_DATELINE_CHARS = 60
# the lines of a text that may hold its dateline (a headline and a byline may come first)
DATELINE_LINES = 3
MAX_DATELINE_TOKENS = 16
# modifiers of a first conjunct that its bare coordinated nouns share ("Israeli helicopters and tanks")
SHARED_MODIFIERS = frozenset({"amod", "compound", "nmod", "poss"})
IGO_PREFIX = "IGO"
# CAMEO codes of actors with no country of their own that are no intergovernmental body (NGOs,
# transnational armed groups, companies)
GROUP_PREFIXES = frozenset(international_codes()) - {IGO_PREFIX}


# named entities of things, never actors ("the Clean Air Act", "the North American Free Trade
# Agreement", "the Olympics")
THING_ENTS = frozenset({"LAW", "WORK_OF_ART", "EVENT", "PRODUCT", "LANGUAGE"})
ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# abstract endings: a noun so made names an act, a state or a quality, not an actor
ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ure", "ism", "cy")
# "-al" makes such a noun only of a verb ("proposal", "withdrawal"; not "official", "criminal")
DEVERBAL_AL = "al"
MAX_OWNER_MODIFIERS = 4
# modifiers that make a sector term of several words with their head ("civil service")
TERM_MODIFIER_DEPS = frozenset({"compound", "amod"})


def names_thing(head: Token) -> bool:
    """Whether a noun phrase head names a thing, never an actor: a name of a law, a work, an event or
    a product ("the Clean Air Act"), or a common noun that is no word for people or a body of them
    (sector terms, people words, ``actor_nouns`` of ``actor_sectors.json``, an agentive ending)
    and is a verb's noun ("move", "orders", "tweet"),
    an event noun of the predicate lexicon ("inquiry") or an abstract noun by its ending
    ("failure", "actions", "policy"). Other nouns are left to the
    actor dictionaries."""
    if head.ent_type_ in THING_ENTS:
        # a country the recogniser took for a thing is still a country ("Syria pressuring Cyprus"),
        # and a nationality's people still people (a count of them read as an event name)
        return not country_name_word(head, NATIONALITY_KINDS)
    if head.pos_ != "NOUN" or head.ent_type_ in ACTOR_ENTS:
        return False
    lemma = head.lemma_.lower()
    if actor_word(head):
        return False
    if lemma in verb_lemmas() or lemma in _event_nouns() or lemma.endswith(ABSTRACT_ENDINGS):
        return True
    if _verbal_noun(head) and lemma not in all_event_nouns():
        # "the handling of the crisis", "the storming of the embassy": an act (an attack noun as a
        # doer is left to the actor dictionaries, as above)
        return True
    stem = lemma[: -len(DEVERBAL_AL)]
    return lemma.endswith(DEVERBAL_AL) and bool({stem, stem + "e", stem[:-1] + "y"} & verb_lemmas())


@cache
def currency_nouns() -> frozenset[str]:
    """Nouns of currency units and of money ("dollar", "euros", "rupee", "cash"): the CAMEO verb
    dictionary's CURRENCY set and the ISO 4217 currency words of ``quantity_lexicon.json``."""
    words = set(synset_words("CURRENCY"))
    words |= set(load_json("quantity_lexicon.json")["currency_words"]) - AMBIGUOUS_CURRENCY_WORDS
    return frozenset(w.lower() for w in words)


def names_sum(head: Token) -> bool:
    """Whether a noun phrase head names a sum or a measure, never an actor: a word of a MONEY,
    PERCENT or QUANTITY entity, or a common noun of a currency unit ("40 million Canadian dollars",
    "paid in Australian dollars"), whose nationality says whose money it is, not who acts."""
    if head.ent_type_ in SUM_ENTS:
        return True
    lemma = head.lemma_.lower()
    return (
        head.pos_ == "NOUN"
        and head.text.islower()
        and (lemma in currency_nouns() or head.lower_ in currency_nouns())
    )


def country_name_word(token: Token, kinds: tuple[str, ...] = ("country",)) -> bool:
    """Whether a capitalised word is the name of a country in the actor lexicon (or, with
    ``kinds``, an entry of another of its kinds: "adjective" for "Kenyan")."""
    if not token.text[:1].isupper():
        return False
    entries = actor_lexicon().entries.get(key_of(token.text), ())
    return any(e.kind in kinds for e in entries)


# lexicon kinds of a word that gives a state body its country ("Kenyan", "Ghana")
NATIONALITY_KINDS = ("country", "adjective")


@cache
def all_event_nouns() -> frozenset[str]:
    """Every one-word event and frame noun of the predicate lexicon ("inquiry", "talks", "attack")."""
    from .lexicon import lexicon as event_lexicon

    lex = event_lexicon()
    return frozenset(n for n in (*lex.nouns, *lex.frame_nouns) if " " not in n)


@cache
def _event_nouns() -> frozenset[str]:
    """The one-word event and frame nouns of the predicate lexicon but for attacks: an attack noun
    as a doer stands for its unknown attackers, as the sector terms "bomb" and "explosion" do, and
    is left to the actor dictionaries."""
    from .lexicon import lexicon as event_lexicon

    attacks = {n for n, sense in event_lexicon().nouns.items() if sense.plover == "ASSAULT"}
    return all_event_nouns() - attacks


# GDELT QuadClasses of verbal acts (verbal cooperation, verbal conflict): a saying, not a deed
VERBAL_QUADS = frozenset({1, 3})
CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def reported_speaker(token: Token, cameo: str) -> Token | None:
    """The verb of saying whose subject does a verbal act told in a participle trailing the clause it
    reports ("Officials said the rebels attacked a convoy, vowing to punish them": the officials
    vow; "..., killing three" stays the deed's doer's). None when the participle is no verbal act
    (``VERBAL_QUADS``) or hangs on no reported clause."""
    if token.dep_ != "advcl" or token.tag_ != "VBG" or token.i == 0 or token.doc[token.i - 1].text != ",":
        return None
    if any(c.dep_ in CLAUSE_SUBJECTS for c in token.children):
        return None
    try:
        if quad_class(cameo) not in VERBAL_QUADS:
            return None
    except KeyError:
        return None
    clause = token.head
    reporter = clause.head
    if clause.dep_ != "ccomp" or clause.i > token.i or reporter.i > clause.i:
        return None
    if reporter.pos_ not in ("VERB", "AUX") or not any(c.dep_ in CLAUSE_SUBJECTS for c in reporter.children):
        return None
    return reporter


# the ending of a verbal noun ("killing", "shooting")
GERUND = "ing"


def names_act(token: Token) -> bool:
    """Whether a noun names an act: an event noun of the predicate lexicon ("the attack", "the
    probe") or a verbal noun ("the killing"). "A suspect in the killing of an American" is not where
    the suspect was arrested."""
    if token.pos_ != "NOUN" or token.ent_type_:
        return False
    if token.lemma_.lower() in all_event_nouns():
        return True
    return _verbal_noun(token)


def _verbal_noun(token: Token) -> bool:
    """Whether a noun is the -ing noun of a verb ("the killing", "the handling")."""
    lemma = token.lemma_.lower()
    stem = lemma[: -len(GERUND)]
    return lemma.endswith(GERUND) and bool({stem, stem + "e", stem[:-1]} & verb_lemmas())


def owner(head: Token) -> Token | None:
    """The actor a thing belongs to: its possessor ("the council's failure", "its powers"), the
    object of its by-phrase ("an effort by the mayor"), the name modifying a noun of an act or a
    thing before its of-phrase, which names what the act is done to (``_named_doer``: "the Russian annexation
    of Crimea"), an actor its of-phrase names by its own head word (``_of_owner``: "the withdrawal
    of Serbian forces"), the object of its participle's by-phrase ("the demonstration staged by
    students"), a name or actor noun modifying it ("a United Nations appeal", "police orders"), else
    the object of its from- or for-phrase ("a request from Kyiv", "a shelter for refugees"), when
    that names no thing."""
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    found = _prep_owner(head, ("by",)) or _named_doer(head) or _of_owner(head) or _participle_agent(head)
    if found is not None:
        return found
    for child in list(head.lefts)[-MAX_OWNER_MODIFIERS:]:
        if child.dep_ not in ("compound", "amod", "nmod") or venue_name(child, head):
            continue
        if child.ent_type_ in ACTOR_ENTS or (child.pos_ == "NOUN" and actor_word(child)):
            return child
    return _prep_owner(head, ("from", "for"))


# lexicon kinds of a place name that stands for a state when it modifies a noun ("the Russian
# attack", "a Moscow proposal"); a town or region does not ("the Garissa massacre")
STATE_NAME_KINDS = frozenset({"country", "adjective", "seat"})
TOWN_KINDS = frozenset({"city", "region"})


def _name_kinds(token: Token) -> set[str]:
    """The actor lexicon's kinds of the name a token is part of (the recogniser's entity, else the
    word)."""
    name = entity_at(token.doc, token.i)
    words = re.sub(r"(?i)^the\s+", "", name.text if name is not None else token.text)
    return {e.kind for e in actor_lexicon().entries.get(key_of(words), ())}


def town_name(token: Token) -> bool:
    """Whether a name is a town's or a region's, whatever the recogniser labelled it: a town or
    region of the actor lexicon, or a place the places layer found there that is no country, when
    the lexicon holds the name as no country, nationality or seat of government ("Garissa",
    "Hebron", a village the dictionaries do not know)."""
    if not token.text[:1].isupper():
        return False
    kinds = _name_kinds(token)
    if kinds & STATE_NAME_KINDS:
        return False
    if kinds & TOWN_KINDS:
        return True
    # a nationality word the recogniser labelled is never a town ("the Houthi attack")
    return token.ent_type_ != "NORP" and any(
        p.get("feature") != "country"
        for p in token.doc._.places or []
        for m in p.get("mentions") or []
        if int(m["start"]) <= token.idx < int(m["end"])
    )


def seat_venue(token: Token) -> bool:
    """Whether a name is a seat of government named as where something happens: the object of a
    locative preposition (``LOCATIVE_PREPS``) whose name the actor lexicon holds as a seat and as no
    country or nationality ("stormed a hotel in Mogadishu", "a blast near Kabul"). A capital stands
    for its government as an actor ("Moscow rejected the offer"), not as the place of an act (the
    annotation guide, section 3: places are never actors)."""
    if token.dep_ != "pobj" or token.head.lower_ not in LOCATIVE_PREPS:
        return False
    kinds = _name_kinds(token)
    return "seat" in kinds and not kinds & (STATE_NAME_KINDS - {"seat"})


def venue_name(modifier: Token, head: Token) -> bool:
    """Whether a name modifying a noun of an act is where the act happened, not who did it: a town
    or region (``town_name``) or a place or facility the recogniser labelled that the lexicon holds
    as no country, nationality or seat ("the Garissa massacre", "the Hebron shooting": no actor;
    "the Russian attack", "the Hamas attack", "a Moscow proposal" keep theirs)."""
    if not (names_act(head) or head.lemma_.lower() in all_event_nouns()):
        return False
    if modifier.ent_type_ in ("GPE", "LOC", "FAC") and not _name_kinds(modifier) & STATE_NAME_KINDS:
        return True
    return town_name(modifier) or _town_read_as_body(modifier)


# the least population of a town whose name, read by the recogniser as an organisation's, is taken
# for the town's (GeoNames' cities of 15,000 people or more)
TOWN_POPULATION = 15000


def _town_read_as_body(token: Token) -> bool:
    """Whether a one-word name the recogniser labelled an organisation is the name of a town of
    ``TOWN_POPULATION`` people or more in GeoNames (by its own name, not an alternate one) that the
    actor lexicon holds as nothing ("the Beslan shooting")."""
    name = entity_at(token.doc, token.i)
    if name is None or name.label_ != "ORG" or len(name) != 1 or _name_kinds(token):
        return False
    return any(
        e.feature == "city" and not e.alternate and e.population >= TOWN_POPULATION
        for e in geonames.places().lookup(token.text)
    )


def place_name(token: Token) -> bool:
    """Whether a name is a location's or a facility's, never an actor's: the recogniser labels it a
    location or a facility, or its last word is an area noun (``area_nouns`` of
    ``event_arguments.json``: "Tahrir Square", "Oxford Street"), and the actor lexicon holds the name
    as nothing at all ("the White House", "the Kremlin", "Downing Street" stand for governments). An
    organisation's name that ends in a noun of an administrative unit (``area_unit_nouns``: "the
    Dallas Independent School District", "Manchester City") names the body."""
    if token.pos_ != "PROPN":
        return False
    kinds = argument_kinds()
    name = entity_at(token.doc, token.i)
    last = name[-1] if name is not None else token
    if token.ent_type_ not in ("LOC", "FAC") and last.lower_ not in kinds.area_nouns:
        return False
    if name is not None and name.label_ == "ORG" and last.lower_ in kinds.area_unit_nouns:
        return False
    return not _name_kinds(token)


def actor_word(token: Token) -> bool:
    """A word for people or a body of them: a sector term, a people word, an ``actor_nouns`` word,
    an agentive ending ("protester"), a noun every WordNet sense of which is a person ("cashier"), or
    the head of a sector term of several words its compound and adjective modifiers make ("the
    civil service", "defence services")."""
    words = {token.lower_, token.lemma_.lower()}
    if words & actor_lexicon().head_nouns or agentive(token.lower_):
        return True
    return person_noun(token.lower_, token.lemma_.lower()) or _term_head(token)


def _term_head(token: Token) -> bool:
    """Whether a noun with its compound or adjective modifiers before it, or with its of-complement
    after it, is a sector term of the actor lexicon ("civil service", "law enforcement agency",
    "drug kingpin", "chamber of deputies")."""
    lex = actor_lexicon()
    if token.lower_ in lex.of_term_heads and _of_term(token):
        return True
    if token.lower_ not in lex.term_phrase_heads and token.lemma_.lower() not in lex.term_phrase_heads:
        return False
    entries = lex.entries
    for child in token.lefts:
        if child.dep_ not in TERM_MODIFIER_DEPS:
            continue
        for start in {child.i, child.left_edge.i}:
            words = token.doc[start : token.i].text
            for head in {token.text, token.lemma_}:
                if any(e.kind == "term" for e in entries.get(key_of(f"{words} {head}"), ())):
                    return True
    return False


def _of_term(token: Token) -> bool:
    """Whether a noun with its of-complement is a sector term of the actor lexicon ("the Slovak
    chamber of deputies", "the house of representatives")."""
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is None:
                return False
            key = key_of(token.doc[token.i : pobj.i + 1].text)
            return any(e.kind == "term" for e in actor_lexicon().entries.get(key, ()))
    return False


def _common_noun(head: Token) -> bool:
    """A common noun, also a word for a person (``people_words``) the tagger reads as a name for
    its capital with no entity behind it: a headline's first word ("Man accused of assaulting
    referee", "Man" NNP)."""
    if head.pos_ == "NOUN":
        return True
    if head.pos_ != "PROPN" or head.ent_type_ or not (head.is_title and head.is_sent_start):
        return False
    return head.lower_ in actor_lexicon().people_words


def _participle_agent(head: Token) -> Token | None:
    """The agent of a participle modifying a thing ("the demonstration staged by students", "the
    charges brought by prosecutors"), when it names no thing."""
    for clause in head.children:
        if clause.dep_ != "acl" or clause.tag_ != "VBN":
            continue
        for agent in (c for c in clause.children if c.dep_ == "agent"):
            pobj = next((p for p in agent.children if p.dep_ == "pobj"), None)
            if pobj is not None and not names_thing(pobj) and not pobj.like_num:
                return pobj
    return None


def _named_doer(head: Token) -> Token | None:
    """The name modifying a noun of an act or another thing that has an of-phrase ("the Russian
    annexation of Crimea", "the U.S. invasion of Iraq", "the Saudi blockade of Qatar"): the
    of-phrase names what the act is done to or the thing is about, the name before the noun who
    does or holds it."""
    if not (names_act(head) or names_thing(head)):
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return None
    for child in list(head.lefts)[-MAX_OWNER_MODIFIERS:]:
        if child.dep_ in ("compound", "amod", "nmod") and child.ent_type_ in ACTOR_ENTS:
            return None if venue_name(child, head) else child
    return None


def _of_owner(head: Token) -> Token | None:
    """The object of a thing's of-phrase when its own head word names an actor: a name, a pronoun
    or a word for people or a body ("the withdrawal of Serbian forces", "the decision of the
    court", "the arrest of Mr Keller"). A common noun that is no such word names what an act is
    done to or what a thing is about, the patient of a verb's noun ("the demolition of Palestinian
    homes", "the recognition of Israel's sovereignty", "the handling of the refugee crisis"), and
    the names modifying it are no owner of the thing; so is any object of the of-phrase of a verb's
    -ing noun ("the storming of the embassy", "the shelling of the rebels")."""
    if _verbal_noun(head):
        return None
    found = _prep_owner(head, ("of",))
    if found is None or found.pos_ in ("PROPN", "PRON") or found.ent_type_ in ACTOR_ENTS:
        return found
    return found if actor_word(found) else None


def _prep_owner(head: Token, preps: tuple[str, ...]) -> Token | None:
    for prep in preps:
        for child in head.children:
            if child.dep_ != "prep" or child.lower_ != prep:
                continue
            pobj = next((p for p in child.children if p.dep_ == "pobj"), None)
            if pobj is not None and not names_thing(pobj) and not pobj.like_num:
                return pobj
    return None


# CAMEO's "conduct strike or boycott" (and its kinds, 1431-1434): people of no other stated sector who
# strike act as labour, as the CAMEO agents dictionary's STRIKING_WORKER ("bus drivers went on strike")
STRIKE_CODE = "143"
LABOUR_SECTOR = "LAB"
GENERAL_SECTORS = frozenset({"", "CVL"})


def as_strikers(actor: dict[str, Any] | None, code: str) -> dict[str, Any] | None:
    """The doer of a strike in the labour sector when the text gives it no other ("bus drivers",
    "residents"); a group with a sector of its own ("nurses", "teachers", a party) keeps it."""
    if not actor or not code.startswith(STRIKE_CODE) or (actor.get("sector") or "") not in GENERAL_SECTORS:
        return actor
    if str(actor.get("code") or "")[:3] in GROUP_PREFIXES:
        return actor
    country = str(actor.get("country") or "")
    return dict(actor, sector=LABOUR_SECTOR, code=actor_code(country, LABOUR_SECTOR))


DATE_VALUE = re.compile(r"\d{4}-\d{2}(?:-\d{2})?$")


def _readable_date(value: str) -> bool:
    try:
        parse_date(value)
    except BadDate:
        LOGGER.debug("publication date %r is no date; the text's dates are used", value)
        return False
    return True


def story_date(times: list[dict[str, Any]], published: str | None) -> str | None:
    """The date actors are resolved at (the office a person held then): the publication date, else
    the latest date the text gives with a month or a day ("Nov. 18, 2019"), else None (the
    resolver then reads each person's latest office, not today's). A publication date that reads as
    no date ("None", "unknown") is left for the text's dates."""
    if published and _readable_date(published):
        return published
    dated = [str(t["value"]) for t in times if DATE_VALUE.match(str(t.get("value") or ""))]
    return max(dated, default=None)


# definite descriptions that may stand for an actor named before ("the group", "these militants")
ANAPHORIC_DETS = frozenset({"the", "this", "that", "these", "those"})
# determiners of an indefinite description ("a spokeswoman", "an official")
INDEFINITE_DETS = frozenset({"a", "an"})
# named bodies a description may stand for (a person is described by an office, a country or
# seat by "the government": the story's country places those)
ANTECEDENT_ENTS = frozenset({"ORG", "NORP"})
# dependencies that hang a body's name on the noun it modifies ("the U.N. refugee agency", "NATO's
# mission in Kosovo")
BODY_NAME_DEPS = frozenset({"compound", "nmod", "amod", "poss"})
# sectors of armed and civic groups: "the group" or "the organisation" may stand for any of them
GROUP_SECTORS = frozenset({"REB", "UAF", "PRM", "CRM", "OPP", "NGO", "HRI", "ENV"})
# the dependencies of a predicate's own subject and objects
CORE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "iobj"})
# sectors a description of one stands for ("the rebels" for a group coded UAF; not an NGO)
ACTIVIST_SECTORS = frozenset({"NGO", "HRI", "ENV"})
KINDRED_SECTORS = (frozenset({"REB", "UAF", "PRM"}), ACTIVIST_SECTORS)
# how far back (in characters: a few sentences) a definite description finds its actor
MAX_ANTECEDENT_CHARS = 1500
# sectors of the state: an office of one with no country of its own ("Foreign Minister X",
# "Spokesman Y") serves the state a phrase named before it ("the Turkish government", "Ghana's
# parliament", "the Ukrainian defence ministry")
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})
# branches of the state an office of which serves only a state whose body of the same branch is named
BRANCH_SECTORS = frozenset({"LEG", "JUD"})
# what gives a resolved actor its country when it is a place name: the story's places may say which
# place of that name it is ("Georgia election officials" of an Atlanta story; "Paris, Texas")
PLACE_BASES = frozenset({"country", "adjective", "seat", "region", "city"})
# the places layer's reasons for a reading that come from the story itself, and the least
# confidence that makes such a reading of a town's name evidence against the dictionaries' reading
TOWN_EVIDENCE = frozenset({"qualifier", "context"})
# the places layer's features of a town, and of a town or a state or county within a country
TOWN_FEATURES = frozenset({"city"})
REGION_FEATURES = TOWN_FEATURES | {"admin", "admin2"}
MIN_TOWN_CONFIDENCE = 0.6
# modifiers that give a state body its country ("the Turkish government", "Ghana's parliament")
STATE_MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


def default_resolver() -> Resolver:
    """``dateline.actors.resolve_actor`` on phrases of running text (``cased``: a name needs its
    capital): actor strings to CAMEO-style codes."""
    from ..actors import resolve_actor

    return partial(resolve_actor, cased=True)


def phrase(head: Token) -> Span:
    """The noun phrase of ``head`` without relative clauses, appositions, coordinated parts or other PPs."""
    doc = head.doc
    start, end = head.i, head.i + 1
    for child in head.lefts:
        if child.dep_ in PHRASE_LEFT:
            start = min(start, child.left_edge.i)
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            if not any(c.dep_ == "pobj" for c in child.children):
                break  # "accused by critics of promoting ...": the charge, not part of the actor
            end = max(end, child.right_edge.i + 1)
        elif child.dep_ in ("compound", "case", "nummod"):
            end = max(end, child.right_edge.i + 1)
        else:
            break
    # an organisation's name the parse cut ("Doctors Without Borders") stays whole
    if head.ent_type_ == "ORG":
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    # a hyphenated word the parser split ("Moon Jae-in") stays whole
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
    ):
        end += 2
    # an actor phrase never runs over a line break ("9:15 a.m.\n\nMaria Fenwick")
    for i in range(start, head.i):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            start = i + 1
    for i in range(head.i, end - 1):
        if "\n" in doc[i].whitespace_ or "\n" in doc[i + 1].text:
            end = i + 1
            break
    # nor takes in the dateline the parse hung on it ("KYIV (Reuters) - Ukraine accused ...")
    while start < head.i and (in_dateline(doc[start]) or doc[start].is_punct):
        start += 1
    while start < end - 1 and doc[start].dep_ in ("punct", "cc"):
        start += 1
    while end - 1 > start and doc[end - 1].dep_ in ("punct", "cc", "case"):
        end -= 1
    return doc[start:end]


@dataclass
class EntityIndex:
    """Entity records of a Doc, looked up by character offset."""

    by_char: dict[int, dict[str, Any]]

    @classmethod
    def build(cls, doc: Doc) -> EntityIndex:
        by_char: dict[int, dict[str, Any]] = {}
        for entity in doc._.entities or []:
            for mention in entity.get("mentions", []):
                if _misread_name(doc, mention):
                    continue
                for i in range(int(mention["start"]), int(mention["end"])):
                    by_char.setdefault(i, entity)
        return cls(by_char)

    def at(self, token: Token) -> dict[str, Any] | None:
        return self.by_char.get(token.idx)

    def in_span(self, span: Span, head: Token) -> dict[str, Any] | None:
        hit = self.at(head)
        if hit is not None:
            return hit
        for token in span:
            if token.pos_ != "PROPN" or token.head.i != head.i:
                continue
            hit = self.at(token)
            if hit is not None and hit.get("type") in ("PERSON", "ORG", "GPE", "NORP"):
                return hit
        return None


# dependencies of a title word's modifiers that make it name someone ("the judge", "Iran's envoy")
TITLE_MODIFIER_DEPS = frozenset({"det", "poss", "compound", "amod", "nummod", "appos", "nmod"})


@cache
def _title_abbreviations() -> frozenset[str]:
    """The abbreviated words of titles and ranks (``knowledge/titles.json``: "lt.", "brig.",
    "gen.", "sen."), lower-cased with their full stop."""
    return frozenset(
        word for t in titles() for text in t.texts for word in text.lower().split() if word.endswith(".")
    )


def title_abbreviation(text: str, start: int, end: int) -> bool:
    """Whether the characters [start, end) of ``text`` are an abbreviated title or rank the
    recogniser or the places layer read as a name ("Brig." of "Brig. Gen. X" is no Swiss town,
    "Lt." of "Lt. Col. Y" no organisation): a title's abbreviation, its full stop just after it."""
    word = text[start:end].lower()
    if not word.endswith("."):
        word += "." if text[end : end + 1] == "." else ""
    if word not in _title_abbreviations():
        return False
    # a title comes before a name, not after a preposition of place: "in Brig." is the town
    after = text[start + len(word) :].lstrip()
    before = text[:start].split()[-1:]
    return after[:1].isupper() and before not in (["in"], ["at"], ["near"], ["from"])


@cache
def _title_words() -> frozenset[str]:
    """The one-word forms of the titles that alone name an actor (``knowledge/titles.json``)."""
    return frozenset(a for t in titles() for a in t.actor_texts if " " not in a)


def _bare_title(head: Token) -> bool:
    """Whether an object is a title word written bare, singular and lowercase, outside a headline
    (which drops its articles; a headline ends without a full stop): a mass noun of the same form
    ("demanded justice"), no one."""
    if head.tag_ != "NN" or not head.is_lower or head.dep_ not in ("dobj", "pobj", "conj"):
        return False
    if head.lower_ not in _title_words():
        return False
    if in_headline(head) and head.sent[-1].text not in FINAL_PUNCTUATION:
        return False
    if glued_title(head) and head.lower_ not in argument_kinds().mass_titles:
        # "Elders hold talks with governor. KAMPALA — ...": a title glued to its story by a full stop
        return False
    return not any(c.dep_ in TITLE_MODIFIER_DEPS for c in head.children)


def _misread_name(doc: Doc, mention: dict[str, Any]) -> bool:
    """Whether a name mention begins with a lowercase verb, a word the name reader took in with the
    name after it ("the minister slammed Washington"): no name begins so, and the words are read
    as the parse has them."""
    if mention.get("kind") != "name":
        return False
    span = doc.char_span(int(mention["start"]), int(mention["end"]), alignment_mode="expand")
    if span is None or len(span) < 2:
        return False
    first = span[0]
    return first.text[:1].islower() and first.pos_ in ("VERB", "AUX")


def actor_code(country: str, sector: str | None) -> str:
    """The CAMEO actor code of a country and a sector ("USA" + "MED" -> "USAHLH")."""
    sectors = actor_lexicon().sectors
    return country + (sectors.get(sector or "", {}).get("cameo", "") if sector else "")


def _split_code(code: str) -> tuple[str | None, str | None]:
    code = (code or "").upper()
    if not code:
        return None, None
    return code[:3], (code[3:6] or None)


def _country_name(iso2: str | None) -> str | None:
    """English name of an ISO alpha-2 country, for use as resolution context."""
    if not iso2:
        return None
    iso3 = iso3_of_iso2(iso2) if len(iso2) == 2 else iso2
    return country_name(iso3) or None if iso3 else None


def _sponsor_words() -> tuple[frozenset[str], frozenset[str]]:
    """(prefixes, suffix words) that make a place a sponsor, not the actor ("anti-Syria", "Iran-backed")."""
    lex = actor_lexicon()
    return lex.sponsor_prefixes, lex.sponsor_words


def served_by(head: Token) -> list[Token]:
    """The ones an actor noun's adjective of allegiance says its people serve (``allegiance_adjectives``
    of event_arguments.json: "militias loyal to the governor", "troops loyal to the government of
    Peru"): the objects of its "to" phrase, but a bare country name, a patron whose country they
    are not placed in ("fighters loyal to Chad")."""
    words = argument_kinds().allegiance_adjectives
    out: list[Token] = []
    for adjective in head.children:
        if adjective.dep_ != "amod" or adjective.lower_ not in words:
            continue
        for prep in adjective.children:
            if prep.dep_ == "prep" and prep.lower_ == "to":
                out.extend(p for p in prep.children if p.dep_ == "pobj" and p.ent_type_ != "GPE")
    return out


def _has_country(hit: dict[str, Any] | None) -> bool:
    """A hit whose country the text itself settles (an ethnic adjective alone does not)."""
    return bool(hit and hit.get("country") and hit.get("basis") != "ethnic")


def _is_actor(hit: dict[str, Any] | None) -> bool:
    return bool(hit and (hit.get("code") or hit.get("country")))


def _known_group(hit: dict[str, Any] | None) -> bool:
    """A named group (an NGO, a transnational armed group) that has no country of its own."""
    if not hit or hit.get("country"):
        return False
    return hit.get("basis") == "group" or str(hit.get("code") or "")[:3] in GROUP_PREFIXES


def _sponsored(token: Token) -> bool:
    """A modifier written as a sponsor ("anti-Syria journalist", "Iran-backed militias")."""
    doc = token.doc
    prefixes, words = _sponsor_words()
    before = doc[token.i - 2 : token.i]
    after = doc[token.i + 1 : token.i + 3]
    if len(before) == 2 and before[1].text == "-" and before[0].lower_ in prefixes:
        return True
    if len(after) == 2 and after[0].text == "-" and after[1].lower_ in words:
        return True
    return token.i > 0 and token.lower_.split("-")[0] in prefixes


# the most words of an agency's credit in parentheses opening a line ("(CNN)", "(Reuters)")
MAX_CREDIT_TOKENS = 4


def _line_credit(token: Token) -> bool:
    """Whether a token is inside parentheses that open a line ("(CNN) President ..."): the credit of
    the agency that filed the story, a dateline with no place."""
    doc = token.doc
    start = max(0, token.i - MAX_CREDIT_TOKENS)
    opening = next((t for t in reversed(doc[start : token.i]) if t.text in ("(", ")")), None)
    if opening is None or opening.text != "(":
        return False
    if opening.i > 0 and "\n" not in doc[opening.i - 1].whitespace_ + doc[opening.i - 1].text:
        return False
    closing = doc[token.i + 1 : opening.i + MAX_CREDIT_TOKENS + 2]
    return any(t.text == ")" for t in closing)


def in_dateline(token: Token) -> bool:
    """Whether a token is part of a dateline opening its line ("LONDON (AP) —", "(CNN)"): a place and
    an agency that say where the story was filed, never an actor."""
    if _line_credit(token):
        return True
    first = token.i - MAX_DATELINE_TOKENS
    if first > 0 and not newline_within(token.doc, first, token.i):
        return False
    text = doc_text(token.doc)
    start = text.rfind("\n", 0, token.idx) + 1
    if token.idx - start > MAX_DATELINE_CHARS:
        return False
    found = match_dateline(text[start : start + MAX_DATELINE_CHARS * 2])
    return found is not None and token.idx < start + found[2]


def story_dateline(doc: Doc) -> dict[str, Any] | None:
    """The dateline of a story: the one its source gave (``doc._.dateline``), else the one that opens
    its text ("LIMA, Peru (AP) —", "BERLIN —"), as ``{"text": place, "place": its first part}``;
    None when it has neither. Where the reporter files from is the country of the story's state
    offices the text names by their title alone ("the interior minister", "police")."""
    given = doc._.dateline
    if isinstance(given, dict) and given.get("text"):
        return given
    text = doc_text(doc)
    body = text.lstrip()
    found = match_dateline(body[: MAX_DATELINE_CHARS * 2])
    if found is None:
        return None
    place = found[1]
    return {"text": place, "place": place.split(",")[0].strip()}


def _short_name(span: Span, entity: dict[str, Any] | None) -> bool:
    """Whether a mention names a person by part of the full name the story gives ("Scott" of
    "Keith Lamont Scott")."""
    if not entity or entity.get("type") != "PERSON":
        return False
    full = str(entity.get("name") or "").split()
    names = [t.text for t in span if t.pos_ == "PROPN"]
    return bool(names) and len(names) < len(full) and all(n in full for n in names)


def _headline_patient(head: Token, event: Token | None) -> bool:
    """Whether a noun is the root of a headline whose event is a participle or an adjective after
    it, hanging on it, the one a headline's passive happens to ("Two brothers sentenced for fraud",
    "Clerk guilty of fraud"): an argument of the event as a passive's subject is."""
    if event is None or head.dep_ != "ROOT" or event.head.i != head.i:
        return False
    return event.dep_ == "acl" or (event.dep_ == "amod" and event.i > head.i)


def owned_relation(head: Token) -> bool:
    """Whether a noun of a relation to another party ("allies", "neighbours", "rivals",
    "counterpart": ``relational_nouns`` of ``actor_sectors.json``) has an owner that is no person
    ("Iran's allies", "its neighbours"): the owner is the other party of the relation, not the
    actor's country. A person's allies or rivals are mostly of the person's own country ("the
    senator's allies"), so a person's name, a title or a word for a person, or "his"/"her" keeps
    its country."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    words = actor_lexicon().relational_nouns
    if head.lower_ not in words and head.lemma_.lower() not in words:
        return False
    people = actor_lexicon().people_words | _title_words()
    if any(
        c.dep_ == "poss"
        and c.ent_type_ != "PERSON"
        and c.lower_ not in PERSON_POSSESSIVES
        and c.lemma_.lower() not in people
        for c in head.children
    ):
        return True
    # "U.S. allies": a country's name as a compound before the noun names the other party
    owned = any(c.dep_ == "poss" for c in head.children)
    complement = next((c.lower_ for c in head.rights if c.dep_ == "prep"), None)
    noun = head.lower_ if head.lower_ in words else head.lemma_.lower()
    return any(
        c.dep_ in ("compound", "nmod") and names_other_party(_name_kinds(c), noun, complement, owned)
        for c in head.lefts
    )


def _unplaced(head: Token) -> bool:
    """A generic noun for doers that only the text places, never the story's country ("critics",
    "a gunman", "the suicide bomber"; ``unplaced_nouns`` of ``actor_sectors.json``), a doer named by
    its deed ("robbers shot a guard": ``deed_nouns``, as a subject or a by-agent only), a doer the text
    says is unknown ("unidentified aircraft bombed": ``unknown_modifiers``), people away from
    their own country ("diplomats", "migrants": ``abroad_nouns``), a device or
    blast that stands for an attack's doer ("a car bomb killed six soldiers": ``device_nouns``, as
    a subject or a by-agent only), and a noun of relation owned by another party ("Russia's
    neighbours": ``owned_relation``)."""
    if owned_relation(head):
        return True
    # a capitalised common noun after a dateline may be tagged as a name ("NAIROBI - Critics said")
    if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_:
        return False
    keys = _noun_keys(head)
    if keys & (actor_lexicon().unplaced_nouns | actor_lexicon().abroad_nouns):
        return True
    if not _doer_position(head):
        return False
    if keys & actor_lexicon().deed_nouns:
        return True  # "robbers shot a guard", not "police arrested four robbers in Lagos"
    unknown = actor_lexicon().unknown_modifiers
    if any(c.dep_ == "amod" and c.lower_ in unknown for c in head.children):
        return True  # "unidentified aircraft fired", "masked men stormed": no one knows who they are
    return doer_device(head)


# prepositions of a participle of sponsorship whose object is the patron ("backed by Iran", "allied
# with Turkey", "aligned to Russia")
PATRON_PREPS = frozenset({"by", "with", "to"})
# words before a state body's noun that make it the state's own ("government forces backed by Russia")
OWN_STATE_WORDS = frozenset({"government", "regime"})


def patron_country(head: Token) -> bool:
    """Whether a noun's phrase names a country its people serve or are sponsored by, and so not
    that they are the state's own (the annotation guide, section 3: "fighters loyal to Chad" are
    no more Chadian than "Chad's allies"): an adjective of ``allegiance_adjectives`` or a participle
    of ``sponsor_words`` whose phrase names a country ("forces loyal to Russia", "troops backed by
    Iran", "units allied with Turkey"), or a country written as a sponsor ("Russia-backed
    troops"). A phrase that names the state as well ("government forces backed by Russia") says
    they are the state's."""
    doc = head.doc
    if any(t.lower_ in OWN_STATE_WORDS for t in doc[head.left_edge.i : head.i]):
        return False
    allegiance = argument_kinds().allegiance_adjectives
    _, words = _sponsor_words()
    for child in head.children:
        if child.dep_ in ("amod", "compound") and child.ent_type_ in ("GPE", "NORP") and _sponsored(child):
            return True
        if child.dep_ == "amod" and child.lower_ in words and any(g.ent_type_ == "GPE" for g in child.lefts):
            return True  # "Russia-backed troops", the country hung on the participle
        if (child.dep_ == "amod" and child.lower_ in allegiance) or (
            child.dep_ == "acl" and child.lower_ in words
        ):
            for prep in child.children:
                if prep.dep_ not in ("prep", "agent") or prep.lower_ not in PATRON_PREPS:
                    continue
                if any(p.dep_ == "pobj" and p.ent_type_ == "GPE" for p in prep.children):
                    return True
    return False


def _noun_keys(head: Token) -> set[str]:
    """The forms a noun is looked up by: itself, its lemma and the two words it closes."""
    before = head.doc[head.i - 1].lower_ + " " if head.i > 0 else ""
    return {head.lower_, head.lemma_.lower(), before + head.lower_}


def doer_device(head: Token) -> bool:
    """Whether a noun is a device or blast standing for an act's unnamed doer: a word of
    ``unplaced_device_nouns`` (``device_nouns``) as the subject or the by-agent of its verb ("a
    landmine killed three soldiers", "wounded by a roadside bomb")."""
    return device_word(head) and _doer_position(head)


def device_word(head: Token) -> bool:
    """Whether a common noun is a word for an attack's device or blast (``device_nouns``: "bomb",
    "car bomb", "explosion"), which names a means and never who used it."""
    if head.pos_ != "NOUN" or head.ent_type_:
        return False
    return bool(_noun_keys(head) & device_nouns())


@cache
def device_nouns() -> frozenset[str]:
    """Words for an attack's device or blast that stand for its unnamed doer ("a car bomb", "an
    explosion"; ``unplaced_device_nouns`` of ``actor_sectors.json``)."""
    return frozenset(key_of(w) for w in load_json("actor_sectors.json")["unplaced_device_nouns"])


def _doer_position(head: Token) -> bool:
    """Whether a noun is the subject of its verb or the object of a passive's by-phrase, or stands
    for the relative pronoun that is the subject of its relative clause ("a bomb that killed three
    policemen")."""
    if head.dep_ == "nsubj" or (head.dep_ == "pobj" and head.head.dep_ == "agent"):
        return True
    return any(
        c.dep_ == "nsubj" and c.tag_ in RELATIVE_PRONOUN_TAGS
        for clause in head.children
        if clause.dep_ == "relcl"
        for c in clause.children
    )


def _people_named(head: Token) -> bool:
    """Whether a noun is qualified by the name of a people or nationality the tagger marks
    ("Kurdish gunmen", ``NORP``)."""
    return any(c.ent_type_ == "NORP" for c in head.lefts)


def _place_in_name(hit: dict[str, Any] | None, entity: dict[str, Any]) -> bool:
    """Whether a person's mention resolved only to a town or region written with the person's own
    name words ("Mary" of "Mary Day Coker", "Hamilton" of "Lee Hamilton")."""
    if not hit or entity.get("type") != "PERSON" or hit.get("basis") not in ("city", "region"):
        return False
    place = str(hit.get("name") or "").split()
    names = set(str(entity.get("name") or "").split())
    return bool(place) and all(word in names for word in place)


def _same_name(child: Token, head: Token) -> bool:
    """Whether a modifier is a word of a longer name ("Green" in "the Green Party" or "the Green
    Party nominee"): the whole phrase was resolved already, a word of it alone names nothing (and
    would only be read as a misspelt place, "Green" as "Greek")."""
    if child.i > head.i or child.pos_ != "PROPN":
        return False
    if child.ent_type_ == "ORG" and head.ent_type_ == "ORG":
        if all(t.ent_iob_ == "I" for t in child.doc[child.i + 1 : head.i + 1]):
            return True
    doc = child.doc
    neighbours = [doc[i] for i in (child.i - 1, child.i + 1) if 0 <= i < len(doc)]
    return any(n.pos_ == "PROPN" and (n.head.i == child.i or child.head.i == n.i) for n in neighbours)


def person_name_spans(
    entities: list[dict[str, Any]], places: frozenset[tuple[int, int]] = frozenset(), text: str = ""
) -> list[tuple[int, int]]:
    """(start, end) of each name mention of a person entity, sorted; with ``places`` (the spans of
    the places layer's mentions), not those of a "person" the text names only by one word that the
    places layer reads as a place at some mention ("Alexandria police", "Alexandria detectives":
    a town's name that is also a given name; a person is named in full at least once)."""
    out: list[tuple[int, int]] = []
    for entity in entities:
        if entity.get("type") != "PERSON":
            continue
        spans = [
            (int(m["start"]), int(m["end"]))
            for m in entity.get("mentions") or []
            if m.get("kind") in (None, "name", "alias")
            and m.get("start") is not None
            and m.get("end") is not None
        ]
        if (
            spans
            and any(span in places for span in spans)
            and all(" " not in text[a:b].strip() for a, b in spans)
        ):
            continue
        out.extend(spans)
    return sorted(out)


def _place_spans(doc: Doc) -> frozenset[tuple[int, int]]:
    """(start, end) of every mention of a place the places layer gives a country."""
    return frozenset(
        (int(m["start"]), int(m["end"]))
        for place in doc._.places or []
        if place.get("country")
        for m in place.get("mentions") or []
    )


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether characters [start, end) overlap one of the spans."""
    return any(a < end and start < b for a, b in spans)


def _whole_name(start: int, end: int, spans: list[tuple[int, int]], text: str) -> bool:
    """Whether characters [start, end) hold two words or more and every span they overlap lies
    within them: a place's name the recogniser read, whole or in part, as a person's ("Tal Afar",
    "Afar"), not a word of a person's name ("Brooke" of "Ally Brooke")."""
    if len(text[start:end].split()) < 2:
        return False
    return all(start <= a and b <= end for a, b in spans if a < end and start < b)


def _serves_people(prefix: str, wanted: frozenset[str]) -> bool:
    """Whether a named body is only one that serves the people a description names: an
    intergovernmental body or a charity whose sector is that of the people it works for ("UNHCR
    ... the refugees", "the WHO ... the nurses"), not of its own members; activists may stand for
    an activist group."""
    if wanted is GROUP_SECTORS:
        return False
    return prefix == IGO_PREFIX or (prefix == "NGO" and not wanted & ACTIVIST_SECTORS)


class ActorResolver:
    """Turns an argument token of an event into ``EventActor`` dicts.

    ``country_source`` on each actor says where its country came from: "phrase" (the actor's own
    words, its appositions, possessors and place complements), "entity" (the entity record: a role,
    an earlier mention), "sentence" (a place named elsewhere in the sentence, used only when the
    phrase names no country) or "dateline".
    """

    def __init__(
        self, doc: Doc, resolver: Resolver | None, date: str | None, text: str | None = None
    ) -> None:
        self.doc = doc
        # the words actors are written with (a sentence-cased headline's parse writes the original's)
        self.text = text if text is not None else doc_text(doc)
        self.resolver = resolver
        self.date = date
        self.entities = EntityIndex.build(doc)
        self.teams = sports.stored(doc)
        self.entity_by_id = {str(e.get("id")): e for e in doc._.entities or [] if e.get("id")}
        # (start, end, speaker entity id, speaker phrase) of each quotation whose speaker the quote
        # layer found
        self.quotes = [
            (int(q["start"]), int(q["end"]), str(q["speaker"]), str(q.get("speaker_text") or ""))
            for q in doc._.quotes or []
            if q.get("speaker") and q.get("start") is not None and q.get("end") is not None
        ]
        self._cache: dict[tuple[str, str | None], dict[str, Any] | None] = {}
        self._entity_cache: dict[str, dict[str, Any] | None] = {}
        dateline = story_dateline(doc) or {}
        self.dateline = _dateline_context(doc, dateline)
        # (start, end) of the sentence the dateline places, found when first needed
        self._dateline_sentence: tuple[int, int] | None = None
        # (start, actor) of the actors named so far, for definite descriptions ("the group")
        self._named: list[tuple[int, dict[str, Any]]] | None = None
        self._states: list[tuple[int, dict[str, Any]]] | None = None
        # (start, end, ISO alpha-3) of each mention of a place the places layer gives a country, but
        # for a word of a person's name ("singer Ally Brooke" names no town): no evidence of where
        # the story or its actors are; a name of several words the places layer reads whole as a
        # place is one, whatever the recogniser made of it or its words ("the mayor of Tal Afar"); a
        # name of a state that no longer exists, which the places layer puts on its successor's
        # territory, stands for that state ("the Soviet Union": SUN)
        names = person_name_spans(doc._.entities or [], _place_spans(doc), self.text)
        self.place_mentions = [
            (start, end, _former_state(self.text[start:end], iso3))
            for place in doc._.places or []
            if (iso3 := iso3_of_iso2(str(place.get("country") or "")) if place.get("country") else None)
            for m in place.get("mentions") or []
            if (start := int(m["start"]), end := int(m["end"]))
            and (not _inside(start, end, names) or _whole_name(start, end, names, self.text))
            and not _names_town(doc, start, end, iso3)
            and not title_abbreviation(self.text, start, end)
        ]
        self.town_mentions = evidenced_towns(doc)
        # the place mentions read from the story at all, however narrowly, as a town or a region
        # within a country ("Victoria police" of a story from Melbourne: the state's, not the
        # Seychelles capital's)
        self.story_towns = evidenced_towns(doc, 0.0, REGION_FEATURES)

    def _named_actors(self) -> list[tuple[int, dict[str, Any]]]:
        """(start, actor) of every mention of a named entity the dictionaries place, in text order."""
        if self._named is None:
            self._named = []
            for entity in self.entity_by_id.values():
                if entity.get("type") not in ANTECEDENT_ENTS:
                    continue
                hit = self._from_entity(entity)
                if not (_has_country(hit) or _known_group(hit)):
                    continue
                for mention in entity.get("mentions") or []:
                    if mention.get("kind") not in (None, "name", "alias"):
                        continue
                    start, end = int(mention["start"]), int(mention["end"])
                    word = self.doc.char_span(start, end, alignment_mode="expand")
                    if word is not None and in_dateline(word[0]):
                        # "BAGHDAD (Reuters) -": where the story was filed and who filed it
                        continue
                    self._named.append((start, hit))
            self._named.sort(key=lambda pair: pair[0])
        return self._named

    def _state_bodies(self) -> list[tuple[int, dict[str, Any]]]:
        """(start, actor) of each state body the text names with its country, in text order: a
        state noun with a nationality or country modifier ("the Turkish government", "Ghana's
        parliament") or a named organisation of a state sector ("the Ukrainian Defence Ministry")."""
        if self._states is None:
            found = [
                (start, hit) for start, hit in self._named_actors() if hit.get("sector") in STATE_SECTORS
            ]
            for token in self.doc:
                if token.pos_ not in ("NOUN", "PROPN") or token.ent_type_:
                    continue
                # the recogniser may leave the nationality untagged ("The Kenyan ministry of health")
                modifiers = [
                    c
                    for c in token.children
                    if c.dep_ in STATE_MODIFIER_DEPS
                    and c.i < token.i
                    and (c.ent_type_ in ("NORP", "GPE") or country_name_word(c, NATIONALITY_KINDS))
                ]
                if not modifiers:
                    continue
                body = self._resolve_text(token.lemma_.lower(), None)
                if (body or {}).get("sector") not in STATE_SECTORS or _has_country(body):
                    continue
                start = min(c.left_edge.i for c in modifiers)
                hit = self._resolve_text(self.doc[start : token.i + 1].text, None)
                if _has_country(hit) and (hit or {}).get("sector") in STATE_SECTORS:
                    found.append((self.doc[start].idx, hit))
            self._states = sorted(found, key=lambda pair: pair[0])
        return self._states

    def state_of(self, offset: int, sector: str | None = None) -> dict[str, Any] | None:
        """The state whose bodies the text names before ``offset`` (within
        ``MAX_ANTECEDENT_CHARS``), when they are all of one country; None when it names two. An
        office of a branch of its own (``BRANCH_SECTORS``: a legislator, a judge) serves only a state
        whose body of that branch is named ("the Turkish government ... Senator X" names no
        senate)."""
        before = [
            hit
            for start, hit in self._state_bodies()
            if start < offset
            and offset - start <= MAX_ANTECEDENT_CHARS
            and (sector not in BRANCH_SECTORS or hit.get("sector") == sector)
        ]
        countries = {hit["country"] for hit in before}
        return before[-1] if len(countries) == 1 else None

    def _form_country(self, hit: dict[str, Any], entity: dict[str, Any]) -> dict[str, Any] | None:
        """A person whose office is written in a form only some countries' legislatures use ("Sen.",
        "Rep.", "Congresswoman": ``form_countries`` of the titles table) and names no country: in
        the first of those countries unless the text names a place in another of them."""
        for role in entity.get("roles") or []:
            countries = form_countries().get(str(role.get("title") or "").lower())
            if not countries or role.get("country") or role.get("former"):
                continue
            if {iso3 for _, _, iso3 in self.place_mentions} & set(countries[1:]):
                return None
            sector = hit.get("sector") or role.get("sector")
            return dict(
                hit, country=countries[0], code=actor_code(countries[0], sector), sector=sector, basis="title"
            )
        return None

    def _story_place(
        self, hit: dict[str, Any] | None, start: int, end: int, bases: frozenset[str] = PLACE_BASES
    ) -> dict[str, Any] | None:
        """A hit placed (``bases``) by a place name of characters [start, end) in the country the
        places layer found that name to be in this story, when it differs and either the story names
        another place of that country ("Georgia" of a story from Atlanta is the US state, "Paris,
        Texas" a US town) or the places layer read this very name, the one the hit was named by, as
        a town on evidence of its own (``evidenced_towns``: "London police" of a story datelined
        "LONDON, Ontario"): the places layer reads the whole story. A capital the places layer
        puts in its own country stays its government ("Moscow warned Kyiv"); one it put elsewhere
        moves with the other places of the story only when the places layer read it so from the
        story (not from population, news prominence or the country of a dateline: "London
        officials" of a story datelined NEW YORK) and it names more than the government ("Moscow
        accused Washington" of a story datelined WASHINGTON is Russia's)."""
        if not hit or hit.get("basis") not in bases or not hit.get("country"):
            return hit
        found, names = set(), set()
        town = read = False
        for m_start, m_end, iso3 in self.place_mentions:
            if not (start <= m_start and m_end <= end):
                continue
            name = self.text[m_start:m_end]
            if (self._resolve_text(name, None) or {}).get("country") == hit["country"]:
                found.add(iso3)
                names.add(name)
                town = town or (name == hit.get("name") and (m_start, m_end) in self.town_mentions)
                read = read or (m_start, m_end) in self.story_towns
        if not found and hit.get("basis") == "city" and hit.get("name"):
            # the town's name written elsewhere in the story, where the places layer read it: one
            # story means one town by one name ("Alexandria police ... Alexandria detectives")
            name = str(hit["name"])
            found = {iso3 for a, b, iso3 in self.place_mentions if self.text[a:b] == name}
            names = {name}
            town = any(
                self.text[a:b] == name and (a, b) in self.town_mentions for a, b, _ in self.place_mentions
            )
        if len(found) != 1 or hit["country"] in found:
            return hit
        country = found.pop()
        named = any(iso3 == country and self.text[a:b] not in names for a, b, iso3 in self.place_mentions)
        if hit.get("basis") == "seat" and (not read or self.text[start:end] == hit.get("name")):
            named = False
        if not (named or town):
            return hit
        return dict(hit, country=country, code=actor_code(country, hit.get("sector")))

    def _state_description(
        self, head: Token, span: Span, hit: dict[str, Any] | None
    ) -> dict[str, Any] | None:
        """A definite description of a state body or office ("the ministry", "the foreign
        minister") in the state whose bodies the text names just before it (``state_of``), or in
        the one state whose bodies the sentence before it names; an indefinite one ("a
        spokeswoman", "officials") only in the latter ("Russia's foreign ministry rejected the
        accusation. A spokeswoman said ..."). An envoy (``abroad_nouns``) only by a state named
        before its sentence ("The Danish ambassador arrived ... The ambassador met ...")."""
        words = [t for t in span if t.i != head.i]
        if head.pos_ != "NOUN":
            return None
        definite = bool(words) and words[0].lower_ in ANAPHORIC_DETS
        if not definite and words and words[0].lower_ not in INDEFINITE_DETS:
            return None
        if any(t.pos_ in ("PROPN", "NUM") or t.ent_type_ or t.dep_ == "poss" for t in words):
            return None
        sector = (hit or {}).get("sector")
        if sector not in STATE_SECTORS:
            return None
        if _noun_keys(head) & actor_lexicon().abroad_nouns:
            # "the foreign minister met the envoy": an envoy is of the state it represents, not of
            # the state bodies of its own sentence, which receive, summon or expel it
            state = self.state_of(head.sent.start_char) if definite else None
        else:
            state = self.state_of(span.start_char) if definite else None
            state = state or self._adjacent_state(span)
        if state is None:
            return None
        country = str(state["country"])
        return dict(hit or {}, country=country, code=actor_code(country, sector), basis="state")

    def _described(self, entity: dict[str, Any] | None, pronoun: Token) -> dict[str, Any] | None:
        """The placed actor of the description a pronoun's entity was first mentioned by ("A
        spokeswoman said ... She accused Tbilisi": the spokeswoman's country), if any."""
        if entity is None:
            return None
        for mention in entity.get("mentions") or []:
            if mention.get("kind") != "nominal" or int(mention["start"]) >= pronoun.idx:
                continue
            span = self.doc.char_span(int(mention["start"]), int(mention["end"]), alignment_mode="expand")
            if span is None or span.root.pos_ != "NOUN":
                continue
            actor = self.actor(span.root) or {}
            if actor.get("country") and actor.get("country_source") in ("phrase", "entity"):
                return {k: actor[k] for k in ("code", "country", "sector") if k in actor}
            return None
        return None

    def _adjacent_state(self, span: Span) -> dict[str, Any] | None:
        """The state body named last in the sentence before ``span``'s, when the bodies named there
        are all of one country (a body of its own sentence is as often the other party)."""
        sent = span.sent
        if sent.start == 0:
            return None
        start = self.doc[sent.start - 1].sent.start_char
        near = [hit for at, hit in self._state_bodies() if start <= at < sent.start_char]
        if not near or len({hit["country"] for hit in near}) != 1:
            return None
        return near[-1]

    def _antecedent(self, head: Token, span: Span) -> dict[str, Any] | None:
        """The actor a definite description stands for ("the group", "the militants", "the
        ministry"): the nearest actor named before it, within ``MAX_ANTECEDENT_CHARS``, of the
        description's sector or a kindred one (any armed or civic group for "the group")."""
        words = [t for t in span if t.i != head.i]
        if not words or words[0].lower_ not in ANAPHORIC_DETS or head.pos_ != "NOUN":
            return None
        if any(t.pos_ in ("PROPN", "NUM") or t.ent_type_ for t in words):
            return None
        kinds = argument_kinds()
        lemma = head.lemma_.lower()
        if lemma in kinds.state_nouns:
            return self._state_antecedent(span.start_char)
        if lemma in kinds.bloc_nouns:
            return self._bloc_antecedent(span.start_char)
        described = self._resolve_text(head.lemma_, None)
        sector = (described or {}).get("sector") or ""
        if not sector or (described or {}).get("country"):
            return None
        body = self._body_antecedent(head, span)
        if body is not None:
            return body
        wanted = (
            GROUP_SECTORS
            if sector == "UNK"
            else next((kin for kin in KINDRED_SECTORS if sector in kin), frozenset({sector}))
        )
        for start, hit in reversed(self._named_actors()):
            if start >= span.start_char:
                continue
            if span.start_char - start > MAX_ANTECEDENT_CHARS:
                break
            prefix = str(hit.get("code") or "")[:3]
            if _serves_people(prefix, wanted):
                continue
            if hit.get("sector") in wanted or (prefix in GROUP_PREFIXES and wanted is GROUP_SECTORS):
                return hit
        return None

    def _body_antecedent(self, head: Token, span: Span) -> dict[str, Any] | None:
        """The intergovernmental body or group a description names by the head noun of its earlier
        mention ("the U.N. refugee agency ... the agency", "the EU mission ... the mission"): the
        nearest such mention before it, within ``MAX_ANTECEDENT_CHARS``."""
        lemma = head.lemma_.lower()
        for start, hit in reversed(self._named_actors()):
            if start >= span.start_char:
                continue
            if span.start_char - start > MAX_ANTECEDENT_CHARS:
                break
            if str(hit.get("code") or "")[:3] not in international_codes():
                continue
            word = self.doc.char_span(start, start + 1, alignment_mode="expand")
            if word is None:
                continue
            named = word[0]
            for _ in range(MAX_SETTING_STEPS):
                if named.dep_ not in BODY_NAME_DEPS or named.head.i == named.i:
                    break
                named = named.head
            if named.i != word[0].i and named.lemma_.lower() == lemma:
                return hit
        return None

    def _state_antecedent(self, offset: int) -> dict[str, Any] | None:
        """The country a description of a state ("the kingdom", "the country") stands for: that of
        the place named last before ``offset``, within ``MAX_ANTECEDENT_CHARS``."""
        before = [(start, iso3) for start, _, iso3 in self.place_mentions if start < offset]
        if not before:
            return None
        start, iso3 = max(before)
        if offset - start > MAX_ANTECEDENT_CHARS:
            return None
        hit = self._resolve_text(country_name(iso3), None)
        return hit if _has_country(hit) else None

    def _bloc_antecedent(self, offset: int) -> dict[str, Any] | None:
        """The intergovernmental body a description of a bloc ("the bloc") stands for: the one
        named last before ``offset``, within ``MAX_ANTECEDENT_CHARS``."""
        for start, hit in reversed(self._named_actors()):
            if start >= offset:
                continue
            if offset - start > MAX_ANTECEDENT_CHARS:
                break
            if str(hit.get("code") or "").startswith(IGO_PREFIX):
                return hit
        return None

    def speaker_at(self, token: Token) -> dict[str, Any] | None:
        """The entity of the speaker of the quotation a first-person pronoun stands in."""
        if token.lower_ not in SPEAKER_PRONOUNS:
            return None
        for start, end, speaker, _ in self.quotes:
            if start <= token.idx < end:
                return self.entity_by_id.get(speaker)
        return None

    def speaker_phrase(self, token: Token) -> dict[str, Any] | None:
        """The actor of the phrase naming the speaker of the quotation a first-person pronoun
        stands in, when it names a country ("'We call on Washington ...,' Iran's foreign ministry
        spokesman said": the entity is the ministry, the phrase Iran's)."""
        if token.lower_ not in SPEAKER_PRONOUNS:
            return None
        for start, end, _, text in self.quotes:
            if start <= token.idx < end and text:
                hit = self._resolve_text(text, None)
                return hit if _has_country(hit) else None
        return None

    def _resolve_text(self, text: str, context: str | None) -> dict[str, Any] | None:
        if not text or self.resolver is None:
            return None
        key = (text, context)
        if key not in self._cache:
            try:
                self._cache[key] = self.resolver(text, context=context, date=self.date)
            except (ValueError, KeyError, TypeError) as exc:
                LOGGER.debug("resolve_actor(%r) failed: %s", text, exc)
                self._cache[key] = None
        return self._cache[key]

    def _from_entity(self, entity: dict[str, Any]) -> dict[str, Any] | None:
        """The actor of an entity record (cached per entity)."""
        key = str(entity.get("id") or id(entity))
        if key not in self._entity_cache:
            self._entity_cache[key] = self._entity_actor(entity)
        return self._entity_cache[key]

    def _entity_actor(self, entity: dict[str, Any]) -> dict[str, Any] | None:
        """Its actor code, else its roles, else its name in context, else the phrase of a mention."""
        if entity.get("actor_code"):
            country, sector = _split_code(entity["actor_code"])
            return {"code": entity["actor_code"], "country": country, "sector": sector, "basis": "entity"}
        best: dict[str, Any] | None = None
        name = entity.get("name") or ""
        for role in entity.get("roles") or []:
            if role.get("title") and entity.get("type") == "PERSON" and name:
                # the office as the text gives it, with the name: "President Abdelaziz Bouteflika"
                title = ("former " if role.get("former") else "") + role["title"]
                titled = self._resolve_text(f"{title} {name}", _country_name(role.get("country")))
                if _has_country(titled) and titled.get("basis") == "person":
                    # "Jordan's King Abdullah": the country the text puts on the office or the name
                    # beats the dictionaries' namesake of another country
                    stated = self._stated_person(entity)
                    if stated is None or stated.get("country") == titled.get("country"):
                        return titled
                    return stated
            where = role.get("organization") or _country_name(role.get("country")) or ""
            if not where and str(role.get("title") or "").lower() in office_nouns():
                continue  # "Pope" of a pope the people table does not know: not the Holy See's
            hit = self._resolve_text(f"{where} {role.get('title') or ''}".strip(), None)
            if role.get("start") is not None:
                # the role's country was read from a place name of its sentence
                sent = self.doc.char_span(int(role["start"]), int(role["end"]), alignment_mode="expand")
                if sent is not None:
                    hit = self._story_place(hit, sent.sent.start_char, sent.sent.end_char)
            if _has_country(hit):
                return hit
            best = best or (hit if _is_actor(hit) else None)
        hit = self._resolve_text(entity.get("name", ""), _country_name(entity.get("country")))
        named = [m for m in entity.get("mentions") or [] if m.get("kind") in (None, "name", "alias")]
        if named:
            # "the Oxford Police Department" of a story the places layer sets in Oxford, Ohio
            hit = self._story_place(hit, int(named[0]["start"]), int(named[0]["end"]))
        if entity.get("type") == "PERSON" and hit is not None and hit.get("basis") in ("city", "region"):
            hit = None  # a personal name that is also a town ("Hassan", "Hamad")
        if hit is not None and _surname_of_office(entity, name):
            hit = None
        if _has_country(hit) or _known_group(hit):
            return hit
        for mention in named[:MAX_MENTIONS]:
            # a later mention may say what an earlier one does not ("Australian-born Assange")
            span = self.doc.char_span(int(mention["start"]), int(mention["end"]), alignment_mode="expand")
            if span is None or span.root.pos_ in PRONOUNS:
                continue
            if entity.get("type") == "PERSON":
                # "A Russian national, Dmitri Volkov, ...", "Dmitri Volkov, a Russian national": the
                # description in apposition says whose national a person named again by surname is
                described = self._apposed_country(span.root)
                if described is not None:
                    return described
            extent = self.extent(span.root)
            if extent.text == mention.get("text"):
                continue
            in_text = self._story_place(
                self._resolve_text(extent.text, None), extent.start_char, extent.end_char
            )
            if _place_in_name(in_text, entity):
                continue  # "Mary" of "Judge Mary Day Coker" is no town in Turkmenistan
            if _has_country(in_text):
                if best is not None and best.get("sector") and not in_text.get("sector"):
                    in_text = dict(in_text, sector=best["sector"], code=in_text["country"] + best["sector"])
                return in_text
        if best is None and _is_actor(hit):
            return hit
        if best is not None and best.get("sector") in STATE_SECTORS and named:
            # "The Turkish government ... Foreign Minister X": an office of no stated country serves
            # the state named last before the person first appears (a legislator or a judge only
            # one whose legislature or courts are named)
            state = self.state_of(int(named[0]["start"]), best.get("sector"))
            if state is not None:
                country = str(state["country"])
                return dict(
                    best, country=country, code=actor_code(country, best.get("sector")), basis="state"
                )
        return best

    def _stated_person(self, entity: dict[str, Any]) -> dict[str, Any] | None:
        """The person as the phrase of their first named mention places them ("Jordan's King
        Abdullah", "King Abdullah of Jordan": the resolver puts the country the phrase gives on the
        name); None when it names no country."""
        for mention in entity.get("mentions") or []:
            if mention.get("kind") not in (None, "name", "alias"):
                continue
            span = self.doc.char_span(int(mention["start"]), int(mention["end"]), alignment_mode="expand")
            if span is None:
                break
            extent = self.extent(span.root)
            hit = self._resolve_text(self.text[extent.start_char : extent.end_char], None)
            if _has_country(hit) and (hit or {}).get("basis") == "person":
                return hit
            break
        return None

    def _apposed_country(self, name: Token) -> dict[str, Any] | None:
        """The actor of a common-noun description in apposition with a personal name (its head
        or its apposition), when a country name or demonym before its noun places the person ("a
        Russian national"; "a native of Mexico" says where the person was born, not whose
        national they are)."""
        nouns = [c for c in name.children if c.dep_ == "appos"]
        if name.dep_ == "appos":
            nouns.append(name.head)
        for noun in nouns:
            if noun.pos_ not in ("NOUN", "ADJ"):
                continue  # the parser may tag "national" of "a Russian national" as an adjective
            hit = self._resolve_text(noun.doc[phrase(noun).start : noun.i + 1].text, None)
            if _has_country(hit) and _town_named_like_country(noun, hit or {}):
                continue
            if _has_country(hit) and (hit or {}).get("basis") in NATIONALITY_KINDS:
                return hit
        return None

    def extent(self, head: Token) -> Span:
        """The actor phrase of ``head`` with the place complements that locate it ("rebels in Darfur")
        and the state body its people sit in ("lawmakers in the Knesset")."""
        span = phrase(head)
        if head.pos_ not in ("NOUN", "PROPN"):
            return span
        end = span.end
        for child in head.rights:
            if child.i < end or child.dep_ != "prep" or child.lower_ not in PLACE_PREPS:
                continue
            objects = [p for p in child.children if p.dep_ == "pobj"]
            if objects and (
                any(t.ent_type_ in PLACE_ENTS for t in objects[0].subtree) or self._state_body(objects[0])
            ):
                end = max(end, objects[0].right_edge.i + 1)
            break
        return self.doc[span.start : end]

    def _located_only(self, head: Token, span: Span) -> bool:
        """Whether a phrase acted on names an actor only by the place of its locative phrase: a
        common noun of no people or body ("a checkpoint near Kandahar", "a hotel in Mogadishu")
        says where a thing is, and places are never actors (the annotation guide, section 3);
        "police in Kandahar" and "the governor of Kandahar" keep theirs, and so does a settlement
        or an area, which stands for its government ("townships in Ohio imposed fees", "sued a
        county in Texas": ``area_nouns``). A doer's phrase ("a roadside bomb near Basra killed")
        is left to the rules of devices."""
        if head.pos_ != "NOUN" or head.ent_type_ or actor_word(head) or _doer_position(head):
            return False
        if head.lemma_.lower() in argument_kinds().area_nouns:
            return False
        preps = (c for c in head.rights if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS)
        prep = next((c for c in preps if c.i < span.end), None)
        if prep is None:
            return False
        return not _is_actor(self._resolve_text(self.doc[span.start : prep.i].text, None))

    def _state_body(self, head: Token) -> bool:
        """Whether a noun phrase names a state body of a country by name ("the Knesset", "the State
        Duma"): a group of the dictionaries in a sector of the state (``STATE_SECTORS``)."""
        hit = self._resolve_text(phrase(head).text, None)
        return bool(_has_country(hit) and hit.get("basis") == "group" and hit.get("sector") in STATE_SECTORS)

    def candidates(self, head: Token) -> list[Token]:
        """Tokens to try after the phrase: appositions, possessors (a pronoun through the entity it
        was resolved to: "his government"), nationality adjectives, the objects of "of", "by",
        "from" and "for" ("a camp for Congolese refugees")."""
        out: list[Token] = []
        for child in head.children:
            if child.dep_ == "appos" and not country_named_town(child):
                # "Dana Holt, 41, Jordan": a home town named like a country places no one
                out.append(child)
        # "Iran's allies", "U.S. allies": the owner is the other party
        relation = owned_relation(head)
        for child in () if relation else head.children:
            if child.dep_ == "poss" and (child.pos_ not in PRONOUNS or self.entities.at(child) is not None):
                out.append(child)
        for child in () if relation else head.children:
            if (
                child.dep_ in ("amod", "compound")
                and (child.ent_type_ in ("NORP", "GPE", "ORG") or child.pos_ == "PROPN")
                and not _sponsored(child)
                and not _same_name(child, head)
            ):
                out.append(child)
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "by", "from", "for"):
                # "the donors of 40 million Canadian dollars": a sum names no actor
                out.extend(p for p in child.children if p.dep_ == "pobj" and not names_sum(p))
        out.extend(served_by(head))
        return out

    def actors(
        self, head: Token, exclude: Span | None = None, event: Token | None = None
    ) -> list[dict[str, Any]]:
        """The actors an argument head denotes: one per nationality in "US and British forces".

        Dates, times, quantities, sums of money and statistics are never actors: "thousands of
        workers" denotes the workers, "20 percent (of voters)" nothing (a poll or a statistic, not
        an actor), "40 million Canadian dollars" nothing (``names_sum``)."""
        if head.lemma_.lower() in STATISTIC_NOUNS or head.ent_type_ == "PERCENT":
            return []
        if _bare_title(head):
            # "demanded justice", "called for justice": a title word with no determiner, name or
            # modifier names no one in running text
            return []
        if bare_count(head):
            # "detained dozens", "wounded scores": people counted, as a bare number is, whether the
            # parse tags the word a cardinal or takes it for a verb's noun
            return [self._count_actor(head, exclude, event)] if head.dep_ in COUNT_DEPS else []
        if names_thing(head) and not self._named_actor(head):
            # places, documents and abstract nouns are never actors; a thing's possessor may be
            found = owner(head)
            return self.actors(found, exclude, event) if found is not None else []
        dated = head.ent_type_ in NOT_ACTOR_ENTS and not aged(head)  # "a 17-year-old" is no date
        if dated or head.like_num or names_sum(head):
            of = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
            of = [p for p in of if p.dep_ == "pobj"]
            if of and of[0].i != head.i:
                return self.actors(of[0], exclude, event)
            if head.like_num and head.ent_type_ in ("", "CARDINAL") and head.dep_ in COUNT_DEPS:
                return [self._count_actor(head, exclude, event)]
            return []
        split = self._coordinated(head)
        if split:
            return split
        actor = self.actor(head, exclude=exclude, event=event)
        inferred = actor is None or actor.get("country_source") in (None, "sentence", "dateline")
        if inferred and head.dep_ == "conj" and not any(head.lefts):
            shared = self._shared_modifiers(head)
            if shared is not None:
                actor = shared
        return [actor] if actor is not None else []

    def _named_actor(self, head: Token) -> bool:
        """Whether a word the tagger read as a common noun is a mention of a named person or body
        by its coreference ("Trump later met ...", "Brown said"): a name, not a thing."""
        if head.pos_ != "NOUN" or not head.text[:1].isupper():
            return False
        entity = self.entities.at(head)
        return entity is not None and entity.get("type") in ACTOR_ENTS

    def _shared_modifiers(self, head: Token) -> dict[str, Any] | None:
        """A bare conjunct read with the first conjunct's modifiers ("Israeli helicopters and tanks")."""
        first = head.head
        for _ in range(MAX_CONJUNCTS):
            if first.dep_ != "conj" or first.head.i == first.i:
                break
            first = first.head
        if first.pos_ not in ("NOUN", "PROPN") or first.left_edge.i == first.i:
            return None
        modifiers = [t for t in self.doc[first.left_edge.i : first.i] if t.dep_ in SHARED_MODIFIERS]
        if not modifiers:
            return None
        hit = self._resolve_text(" ".join(t.text for t in modifiers) + " " + head.text, None)
        if not _has_country(hit):
            return None
        assert hit is not None
        return self._record(hit, self.doc[head.i : head.i + 1], None, "phrase")

    def _coordinated(self, head: Token) -> list[dict[str, Any]]:
        """One actor per coordinated modifier naming a country ("Hungarian and Romanian officials"),
        or per coordinated country of the "of" or "from" phrase of a plural noun of people or offices
        ("the presidents of Moldova and Belarus", "the armies of Gabon and Chad", "envoys from Laos and
        Fiji"): each keeps the head's sector, as "Moldova and Belarus" give one actor each."""
        if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ in PLACE_ENTS:
            return []
        span = self.extent(head)
        for child in head.lefts:
            if child.dep_ not in COORD_MODIFIERS:
                continue
            members = [child, *(c for c in child.conjuncts if span.start <= c.i < head.i)]
            # a town and its state or country parted by commas alone ("the Athens, Georgia, city
            # council") are no coordination
            joined = any(c.dep_ == "cc" for m in members for c in m.children)
            if len(members) >= 2 and joined:
                return self._per_member(members, span, of_phrase=False)
        # a plural noun opening a sentence may be tagged a proper one ("Leaders of Peru and ...")
        plural = (head.pos_ == "NOUN" and head.tag_ == "NNS") or (head.tag_ == "NNPS" and head.is_sent_start)
        if plural and not head.ent_type_:
            for prep in head.rights:
                if prep.dep_ != "prep" or prep.lower_ not in ("of", "from"):
                    continue
                for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                    members = [pobj, *(c for c in pobj.conjuncts if span.start <= c.i < span.end)]
                    if len(members) >= 2:
                        return self._per_member(members, span, of_phrase=True)
                break
        return []

    def _per_member(self, members: list[Token], span: Span, of_phrase: bool) -> list[dict[str, Any]]:
        """One actor per coordinated member of ``span``, read as the phrase with that member alone
        ("the presidents of Moldova" and "the presidents of Belarus"); none unless every member
        names a different country. Members of an ``of_phrase`` must each be the name of a country
        or of an international body ("the leaders of the two parties' wings" are not split), and the
        phrase with each must have a sector: a noun of people or offices, not "the borders of Peru
        and Chile"."""
        members = sorted(members, key=lambda t: t.i)

        def end(member: Token) -> int:
            # a name's own complement ("the Pacific island nation of Tuvalu"), not its conjuncts
            own = (c.right_edge.i for c in member.rights if c.dep_ not in ("cc", "conj", "punct"))
            return max([member.i, *own]) if of_phrase else member.i

        lo = min(t.left_edge.i for t in members)
        hi = max(end(t) for t in members)
        before = self.doc[span.start : lo].text
        after = self.doc[hi + 1 : span.end].text
        out: list[dict[str, Any]] = []
        for member in members:
            words = self.doc[member.left_edge.i : end(member) + 1].text
            hit = self._resolve_text(" ".join(w for w in (before, words, after) if w), None)
            if not _has_country(hit) or any(a["country"] == hit["country"] for a in out):
                return []
            assert hit is not None
            if of_phrase and (not hit.get("sector") or not self._state_name(words)):
                return []
            out.append(self._record(hit, span, None, "phrase"))
        return out

    def _state_name(self, words: str) -> bool:
        """Whether words are the name of a country ("Moldova") or of an international body with no
        sector ("the European Union"), not of a party or a group of one country."""
        hit = self._resolve_text(words, None)
        if not _has_country(hit) or (hit or {}).get("sector"):
            return False
        assert hit is not None
        return hit.get("basis") == "country" or (hit.get("basis") == "group" and hit["country"] == "IGO")

    def _owned_part(self, head: Token, span: Span) -> Span:
        """The phrase up to its first place complement when a pronoun that stands for an entity owns
        it ("its troops in the Golan Heights" of Israel): the owner says whose the troops are, the
        place only where they are."""
        owned = any(c.dep_ == "poss" and c.pos_ in PRONOUNS and self.entities.at(c) for c in head.lefts)
        if not owned:
            return span
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in LOCATIVE_PREPS and span.start <= child.i < span.end:
                return self.doc[span.start : child.i]
        return span

    def _without_sum(self, head: Token, span: Span) -> Span:
        """The phrase up to an of-complement that names a sum (``names_sum``: "the donors of 40
        million Canadian dollars"): the nationality of a currency says whose money it is, not who
        the people are."""
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ == "of" and span.start <= child.i < span.end:
                if any(p.dep_ == "pobj" and names_sum(p) for p in child.children):
                    return self.doc[span.start : child.i]
        return span

    def _without_teams(self, span: Span) -> str:
        """The phrase's words with each sports team it holds written "team" ("the manager of the
        Seattle Indians" names no Indian)."""
        text = span.text
        for team in sorted(self.teams, key=lambda t: -t.start):
            if span.start_char <= team.start and team.end <= span.end_char:
                a, b = team.start - span.start_char, team.end - span.start_char
                text = text[:a] + "team" + text[b:]
        return text

    def _record(
        self, hit: dict[str, Any], span: Span, entity: dict[str, Any] | None, source: str
    ) -> dict[str, Any]:
        if hit.get("basis") == "title":
            source = "title"  # inferred from the form of an office ("Sen."), not stated
        return {
            "entity": (entity or {}).get("id"),
            "text": self.text[span.start_char : span.end_char],
            "code": hit.get("code") or None,
            "country": hit.get("country") or None,
            "sector": hit.get("sector") or None,
            "start": span.start_char,
            "end": span.end_char,
            "country_source": source if hit.get("country") or source == "document" else None,
        }

    def actor(
        self, head: Token, depth: int = 0, exclude: Span | None = None, event: Token | None = None
    ) -> dict[str, Any] | None:
        """The actor an argument head denotes, or None when it names no actor.

        An actor whose own words, appositions and entity record name no country is placed by a
        place where the event happens ("police arrested him in Cairo") or the dateline; otherwise
        it is left to the story's country (marked with ``STORY_KEY``; the coder decides once the
        story is read), placed meanwhile by a place named elsewhere in the sentence, else by a place
        inside the event's other arguments ("called on the president to retaliate against Russia"),
        which only a text that says nothing else leaves standing."""
        if in_dateline(head):
            return None
        pronoun = head.pos_ in PRONOUNS
        span = self.doc[head.i : head.i + 1] if pronoun else self.extent(head)
        # the owner of a noun of relation is the other party, not the entity the phrase names
        entity = self.entities.at(head) if owned_relation(head) else self.entities.in_span(span, head)
        if not pronoun and sports.in_team(head.idx, head.idx + len(head), self.teams):
            # a sports team ("the Cleveland Indians") is an organisation of no country's politics
            return self._record({}, span, entity, "phrase")
        hit: dict[str, Any] | None = None
        source = "phrase"
        town = False
        if pronoun:
            entity = entity or self.speaker_at(head)
            hit = self._from_entity(entity) if entity is not None else None
            source = "entity"
            if not _has_country(hit) and not _known_group(hit):
                hit = self.speaker_phrase(head) or hit
            described = self._described(entity, head) if depth == 0 and not _has_country(hit) else None
            if described is not None:
                return self._record(described, span, entity, "entity")
        else:
            appos = " ".join(phrase(a).text for a in head.children if a.dep_ == "appos") or None
            if entity is not None and entity.get("actor_code"):
                hit, source = self._from_entity(entity), "entity"
            surname = entity is not None and _surname_of_office(entity, str(entity.get("name") or ""))
            if hit is None and head.pos_ == "PROPN" and (surname or _short_name(span, entity)):
                # "Scott" of a story's "Keith Lamont Scott" is not whoever else the dictionaries
                # know by that surname: the person is read by their full name
                hit, source = self._from_entity(entity), "entity"
                hit = hit if _is_actor(hit) else None
                if hit is None:
                    return dict(self._record({}, span, entity, "document"), **{STORY_KEY: True})
            if hit is None:
                words = self._without_teams(self._without_sum(head, self._owned_part(head, span)))
                hit = self._story_place(self._resolve_text(words, appos), span.start_char, span.end_char)
                if hit is not None and self._located_only(head, span):
                    return None
                if appos and hit is not None and hit.get("basis") == "context":
                    # "Rita Vance, 52, Cuba, was detained": the town in apposition as the places
                    # layer read it
                    apposed = [phrase(a) for a in head.children if a.dep_ == "appos"]
                    hit = self._story_place(
                        hit,
                        min(a.start_char for a in apposed),
                        max(a.end_char for a in apposed),
                        PLACE_BASES | {"context"},
                    )
                    home = self._home_town_read_as_country(apposed, hit) if hit is not None else None
                    if hit is not None and home is not None:
                        # "Dana Holt, 41, Jordan" of a story from Minnesota: the town places her
                        hit = dict(hit, country=home, code=actor_code(home, hit.get("sector")), basis="city")
                dated_office = hit is not None and hit.get("sector") == "ELI" or self.date is None
                if appos and hit is not None and hit.get("basis") == "person" and dated_office:
                    # "Kofi Annan, UN secretary-general": the apposition gives the office held then
                    # (a former office, or any office when the story gives no date)
                    titled = self._resolve_text(f"{appos} {span.text}", None)
                    if (
                        titled is not None
                        and titled.get("country")
                        and (
                            titled.get("sector") not in ("", "ELI")
                            or titled.get("country") != hit.get("country")
                        )
                    ):
                        hit = titled
            ethnic = hit is not None and hit.get("basis") == "ethnic"
            local = self._town_police(head, hit) if _has_country(hit) else None
            if local is not None:
                # "Peru Police" of a story from Indiana: the police of a town of that name
                sector = (hit or {}).get("sector")
                hit = dict(hit or {}, country=local, code=actor_code(local, sector), basis="city")
            town = _has_country(hit) and _town_named_like_country(head, hit)
            if town:
                # "a Lebanon woman", "a Jordan man": a country's people are written with its demonym;
                # a country's name before a word for a person is a town of that name, which the
                # story places
                hit = dict(hit, country="", code=actor_code("", hit.get("sector")), basis="")
            unplaced = not _has_country(hit) and not _known_group(hit) and not (ethnic or town)
            if unplaced and entity is not None:
                via_entity = self._from_entity(entity)
                if _has_country(via_entity) or not _is_actor(hit):
                    hit, source = via_entity, "entity"
            if unplaced and not _has_country(hit) and not _known_group(hit):
                # "a Dayton woman", "Crafton police": a town the dictionaries do not know, placed by
                # the places layer, gives its country to the people it qualifies (whatever the
                # recogniser made of the town's name)
                placed = self._phrase_place(head, span)
                if placed is not None:
                    sector = (hit or {}).get("sector")
                    hit = dict(hit or {}, country=placed, code=actor_code(placed, sector), basis="city")
                    source = "phrase"
        if depth == 0 and not pronoun and not _has_country(hit) and not _known_group(hit):
            # "Hamas fired rockets ... The group said": a definite description of an actor named
            # earlier
            earlier = self._antecedent(head, span)
            if earlier is not None:
                return self._record(earlier, span, entity, "entity")
            state = self._state_description(head, span, hit)
            if state is not None:
                return self._record(state, span, entity, "entity")
        if not _is_actor(hit) and depth < 2 and not pronoun and not town:
            for candidate in self.candidates(head):
                sub = self.actor(candidate, depth + 1, exclude, event)
                if sub is not None:
                    sub.update(
                        text=self.text[span.start_char : span.end_char],
                        start=span.start_char,
                        end=span.end_char,
                    )
                    sub["entity"] = sub.get("entity") or (entity or {}).get("id")
                    fallback = sub.pop(FALLBACK_KEY, None)
                    if depth == 0 and not sub.get("country") and not _known_group(sub):
                        if fallback is not None:
                            sub.update(
                                country=fallback["country"],
                                code=actor_code(fallback["country"], sub.get("sector")),
                                country_source="sentence",
                            )
                        else:
                            sub["country_source"] = "document"
                        sub[STORY_KEY] = True
                    return sub
        # "killing one person", "a man was arrested": people of no stated kind undergoing an event,
        # placed like a generic noun (as the doer they name no actor: "a man died")
        doer = head.dep_ in ("nsubj", "csubj") or (head.dep_ == "pobj" and head.head.dep_ == "agent")
        # an age alone names a person too ("police arrested a 17-year-old")
        person = head.lower_ in actor_lexicon().people_words or (head.lower_ == "old" and aged(head))
        someone = depth == 0 and not pronoun and not doer and person
        if someone and hit is None:
            hit = {"code": "", "country": "", "sector": ""}
        if not _is_actor(hit) and not someone:
            named = (entity or {}).get("type") if pronoun else head.ent_type_
            if depth == 0 and (named in PLACEABLE_NAMES or self._placeable_pronoun(head, entity)):
                # a named person or organisation (or a pronoun standing for one) the dictionaries
                # do not place: the coder may place them by the story's country (``country_source``
                # "document")
                formed = self._form_country({}, entity) if entity is not None else None
                if formed is not None:
                    return self._record(formed, span, entity, "title")
                return dict(self._record({}, span, entity, "document"), **{STORY_KEY: True})
            # the agent of a passive, or the doer a deed's "by" phrase names ("the killing of the
            # detainees by the guards")
            agent = head.dep_ == "pobj" and (head.head.dep_ == "agent" or head.head.lower_ == "by")
            core = head.dep_ in CORE_DEPS or agent or _headline_patient(head, event)
            if depth == 0 and core and _common_noun(head) and actor_word(head):
                # people the dictionaries give no code as a subject, object or agent ("urged donors
                # to send aid"): the argument is theirs, with no code (a generic noun gets no
                # country of the story's setting)
                return self._record({}, span, entity, "none")
            return None
        assert hit is not None
        if not _has_country(hit) and not _known_group(hit) and not pronoun and depth < 2 and not town:
            for candidate in self.candidates(head):
                sub = self.actor(candidate, depth + 1, exclude, event)
                placed = sub is not None and sub.get("country_source") in ("phrase", "entity")
                if sub is not None and placed and sub.get("country"):
                    sub.update(
                        text=self.text[span.start_char : span.end_char],
                        start=span.start_char,
                        end=span.end_char,
                    )
                    serving = hit.get("sector") and candidate in served_by(head)
                    if (serving or not sub.get("sector")) and hit.get("sector"):
                        # "its jets" of Russia: the phrase's sector with the owner's country; "troops
                        # loyal to the president" are troops
                        sector = hit["sector"]
                        if serving or sub.get("code") == sub["country"]:
                            sub["code"] = actor_code(str(sub["country"]), sector)
                        sub["sector"] = sector
                    sub["sector"] = sub.get("sector") or None
                    sub["entity"] = sub.get("entity") or (entity or {}).get("id")
                    return sub
        if not _has_country(hit) and not _known_group(hit) and entity is not None:
            formed = self._form_country(hit, entity)
            if formed is not None:
                return self._record(formed, span, entity, "title")
        if not _has_country(hit) and not _known_group(hit) and not pronoun and not town:
            # "the governor of Salahuddin province", "residents of Douma": a place of the phrase
            # the places layer found where the dictionaries know none
            placed = self._phrase_place(head, span)
            if placed is not None:
                hit = dict(hit, country=placed, code=actor_code(placed, hit.get("sector")))
                return self._record(hit, span, entity, "phrase")
        fallback: dict[str, Any] | None = None
        fallback_source = "sentence"
        unplaced = _unplaced(head) or (hit.get("sector") in STATE_SECTORS and patron_country(head))
        people = hit if hit.get("basis") == "ethnic" else None
        if people is not None:
            # "ethnic Albanians" names a people, not where they live: the story says that
            hit = dict(hit, country="", code=actor_code("", hit.get("sector")))
        dated = False
        if not _has_country(hit) and not _known_group(hit) and not pronoun:
            for context, where in self.contexts(head, span, exclude, event):
                if where == "dateline" and unplaced:
                    # the story's place is not where a critic or a gunman comes from; it places
                    # only what the dateline's own sentence tells
                    dated = self._in_dateline_sentence(head)
                    continue
                # a town named like a country is placed as its people word is ("a Georgia man" of a
                # story from Atlanta), not by the country's name
                in_context = self._resolve_text(head.text if town else span.text, context)
                if in_context is None or in_context.get("basis") != "context":
                    continue
                if where in FALLBACK_CONTEXTS:
                    if fallback is None:
                        fallback, fallback_source = in_context, _fallback_source(where)
                    continue
                hit, source = in_context, where
                break
        fallback = fallback or people
        if source == "sentence" and unplaced and not _people_named(head):
            # "gunmen attacked a police station in northern Gabon": where the event happens is not
            # where a critic or a gunman comes from (annotation guide, section 3); a people's
            # ("Kurdish gunmen") is where it lives. The event is placed all the same
            # (``country_source`` "sentence" with no country)
            record = self._record(
                dict(hit, country="", code=actor_code("", hit.get("sector"))), span, entity, source
            )
            record["country_source"] = source
            return record
        if not _has_country(hit) and not _known_group(hit):
            if depth == 0 and not pronoun and unplaced and not town:
                # "critics", "a gunman": no country but the one their own phrase gives them; a
                # dateline places their event as a place of the sentence does ("BAGHDAD - Gunmen
                # attacked a checkpoint": ``country_source`` "dateline" with no country)
                record = self._record(hit, span, entity, source)
                if dated and source == "phrase":
                    record["country_source"] = "dateline"
                return record
            if depth == 0 and (not pronoun or self._placeable_pronoun(head, entity)):
                placed_by = fallback_source if fallback else "document"
                record = self._record(fallback or hit, span, entity, placed_by)
                record[STORY_KEY] = True
                return record
            record = self._record(hit, span, entity, source)
            if fallback is not None:
                record[FALLBACK_KEY] = fallback
            return record
        return self._record(hit, span, entity, source)

    def _in_dateline_sentence(self, head: Token) -> bool:
        """Whether a token is in the sentence that opens with the story's dateline, or, for a
        dateline the text does not write, in the text's first sentence: later sentences tell of
        acts elsewhere as often ("WASHINGTON - ... Gunmen stormed a hotel")."""
        if self._dateline_sentence is None:
            self._dateline_sentence = self._dateline_span()
        start, end = self._dateline_sentence
        return start <= head.idx < end

    def _dateline_span(self) -> tuple[int, int]:
        """(start, end) of the sentence that opens with a dateline in one of the text's first
        lines (after a headline), else of the text's first sentence and, when that is a line of
        its own (a headline), the one after it."""
        at, line_start = None, 0
        for line in self.text[: MAX_DATELINE_CHARS * 8].split("\n")[:DATELINE_LINES]:
            body = line.lstrip()
            found = match_dateline(body[: MAX_DATELINE_CHARS * 2])
            if found is not None:
                at = line_start + len(line) - len(body) + found[2]
                break
            line_start += len(line) + 1
        sents = list(islice(self.doc.sents, 2))
        if not sents:
            return (0, 0)
        if at is not None:
            sent = next((s for s in self.doc.sents if s.end_char > at), sents[0])
            return (sent.start_char, sent.end_char)
        first = sents[0]
        if len(sents) > 1 and "\n" in self.text[first.start_char : sents[1].start_char]:
            return (first.start_char, sents[1].end_char)
        return (first.start_char, first.end_char)

    def _town_police(self, head: Token, hit: dict[str, Any] | None) -> str | None:
        """The country of the town whose police a country's name before a word for the police names
        ("Mexico Police", "Peru police officers": ``terms`` COP of actor_sectors.json), when the
        story names no other place of that country, its other places are all in one country, and
        GeoNames knows a town of that name in the state or province of one of them
        (``_town_near_story``: "Mexico Police and the Audrain County sheriff"); else None ("Jordan
        police detained activists in Amman")."""
        if not hit or hit.get("basis") != "country" or head.i == 0 or head.lower_ not in _police_words():
            return None
        i = head.i - 1
        while i > 0 and head.doc[i].lower_ in _police_words() and head.doc[i].dep_ == "compound":
            i -= 1  # "Jordan police officers"
        word = head.doc[i]
        if word.dep_ != "compound" or not word.i < word.head.i <= head.i or word.text != hit.get("name"):
            return None
        country = hit.get("country")
        if any(iso3 == country and self.text[a:b] != word.text for a, b, iso3 in self.place_mentions):
            return None
        others = {iso3 for a, b, iso3 in self.place_mentions if iso3 and iso3 != country}
        if len(others) != 1:
            return None
        return self._town_near_story(word.text)

    def _town_near_story(self, name: str) -> str | None:
        """The country (ISO alpha-3) of a town called ``name`` that GeoNames knows in the state or
        province of a county or a town the story names, or in a county of a name the story names
        (the places layer's pick among the eleven Scott Counties is no evidence against Jordan,
        Minnesota), if any (a state's own name is too broad: "Lebanon police detained a student
        from Ohio" is Lebanon's)."""
        areas = set()
        counties = set()
        for place in self.doc._.places or []:
            found = geonames.places().by_id(place["geonameid"]) if place.get("geonameid") else None
            if found is None or found.feature not in ("city", "admin2") or found.name == name:
                continue
            areas.add((found.country, found.admin1))
            if found.feature == "admin2":
                named = geonames.places().lookup(found.name)
                counties.update(c.geonameid for c in named if c.feature == "admin2")
        for town in geonames.places().lookup(name):
            if town.feature != "city" or town.alternate:
                continue
            if (town.country, town.admin1) in areas or town.admin2 in counties:
                return iso3_of_iso2(town.country)
        return None

    def _home_town_read_as_country(self, apposed: list[Span], hit: dict[str, Any]) -> str | None:
        """The country (ISO alpha-3) of the home town of a person placed through a residence
        apposition by the country whose name the apposition gives (``country_named_town``: "Dana
        Holt, 41, Jordan"), when GeoNames knows a town of that name in the state or province of
        another place the story names (``_town_near_story``): local news writes the home town
        there. With no such town, None: the name stays the country's ("Omar Khatib, 41, Lebanon"
        of a story from Damascus)."""
        country = hit.get("country")
        for place in apposed:
            word = place.root
            if not country_named_town(word):
                continue
            if not any(e.country == country for e in actor_lexicon().entries.get(key_of(word.text), ())):
                continue
            town = self._town_near_story(word.text)
            if town is not None and town != country:
                return town
        return None

    def _phrase_place(self, head: Token, span: Span) -> str | None:
        """The country (ISO alpha-3) of the places the places layer found in an actor's own phrase,
        hung on its head as a place complement or a modifier ("the governor of Salahuddin province",
        "residents of Douma and Harasta", "Douma residents"), when they are all of one country."""
        countries = set()
        for start, end, iso3 in self.place_mentions:
            if not (span.start_char <= start and end <= span.end_char):
                continue
            place = self.doc.char_span(start, end, alignment_mode="expand")
            if place is None or place.root.i == head.i or not _locates(place.root, head):
                continue
            if across_border(place.root):
                continue  # "smugglers near the Chadian border": a border has two sides
            if place.root.head.i == head.i and place.root.dep_ in OWNER_DEPS and owned_relation(head):
                continue  # "U.S. allies": the other party of the relation, not where they are
            countries.add(iso3)
        return countries.pop() if len(countries) == 1 else None

    def unbound(self, head: Token) -> dict[str, Any]:
        """A pronoun read as no entity: someone the story places (``STORY_KEY``)."""
        span = self.doc[head.i : head.i + 1]
        return dict(self._record({}, span, None, "document"), **{STORY_KEY: True})

    def crowd_actor(self, head: Token, event: Token | None = None) -> dict[str, Any]:
        """A crowd counted by a multitude word as the doer of an act of dissent ("Thousands protest
        in the capital", "tens of thousands marched"): people, placed like a bare count, its span
        the count up to its multitude word or the one its "of" phrase names ("Tens of thousands",
        "Hundreds of thousands"), never the clause the parse may hang on it."""
        counted = [p for c in head.children if c.dep_ == "prep" and c.i == head.i + 1 for p in c.children]
        end = max([head.i] + [p.i for p in counted if p.dep_ == "pobj" and p.i == head.i + 2])
        start = min(t.i for t in head.lefts) if any(True for _ in head.lefts) else head.i
        return self._count_actor(head, None, event, self.doc[start : end + 1])

    def _count_actor(
        self, head: Token, exclude: Span | None, event: Token | None, span: Span | None = None
    ) -> dict[str, Any]:
        """A bare count of people as an argument ("arresting 12", "freed three", "12 were hurt"):
        people, placed like a generic noun."""
        span = span if span is not None else self.doc[head.i : head.i + 1]
        fallback: dict[str, Any] | None = None
        fallback_source = "sentence"
        for context, where in self.contexts(head, span, exclude, event):
            hit = self._resolve_text(COUNT_NOUN, context)
            if hit is None or hit.get("basis") != "context":
                continue
            if where in FALLBACK_CONTEXTS:
                if fallback is None:
                    fallback, fallback_source = hit, _fallback_source(where)
                continue
            return self._record(hit, span, None, where)
        people = fallback or self._resolve_text(COUNT_NOUN, None) or {}
        record = self._record(people, span, None, fallback_source if fallback else "document")
        record[STORY_KEY] = True
        return record

    @staticmethod
    def _placeable_pronoun(head: Token, entity: dict[str, Any] | None) -> bool:
        """A personal pronoun standing for an actor the story places (a person or organisation it
        was resolved to, or one it could not be resolved to): not the "it" of "it is said"."""
        if head.pos_ not in PRONOUNS or head.lower_ not in ACTOR_PRONOUNS or head.dep_ == "expl":
            return False
        return entity is None or entity.get("type") in PLACEABLE_NAMES

    def contexts(
        self, head: Token, span: Span, exclude: Span | None = None, event: Token | None = None
    ) -> list[tuple[str, str]]:
        """Context for an actor whose phrase names no country, strongest first: places where the
        event happens ("sentence"), the dateline ("dateline"), places named elsewhere in the
        sentence outside the event or in a locative phrase inside its other arguments
        ("elsewhere", nearest first), then the nationality or country that qualifies the people
        or body of the event's other party ("party": "Kenyan police arrested the protesters",
        "Spain's opposition leader criticized the government"), which places an actor only in a
        text that says nothing else (the story's country overrides all three). A country that is
        itself the other party, or owns a thing or an act of it, is never the actor's: "the
        minister criticized Chile's tariffs" or "urged Chile to ..." says nothing of where the
        minister is from (docs/annotation-guide.md, section 3), except the country whose measure
        an event of dissent is aimed at, which places the dissenters as the other party does
        ("workers protested against France's pension reform": ``protested_measure``)."""
        found: dict[str, list[tuple[int, int, str]]] = {"venue": [], "outside": [], "party": []}
        for place, iso3 in self._sentence_places(head):
            owner = _owns_premises(place.root) and not _garrison_of(place.root, head)
            if place.root.i == head.i or owner or across_border(place.root):
                continue
            if (place.start < span.end and span.start < place.end) or in_attribution(place.root):
                continue
            other = exclude is not None and exclude.start <= place.start < exclude.end
            where = "party" if other else place_role(place.root, event)
            if where == "party" and in_setting(place.root):
                # a place of a locative phrase inside the other argument still says where the
                # event is ("was killed by gunmen in Beirut")
                where = "outside"
            elif where == "party" and not self._counterpart_of(place.root):
                if not (protested_measure(place.root, event) and self._dissenter(head, span)):
                    continue
            distance = abs(place.start - head.i)
            if iso3:
                # a place is where the places layer put it, having read the whole story: a town the
                # dictionaries do not know ("near Baiji"), a name shared with a country or a famous
                # city ("Athens, Georgia"; "Lebanon County")
                found[where].append((distance, 0, country_name(iso3)))
            else:
                found[where].append((distance, 0, place.text))
        for noun in self._state_venues(head, span, event):
            state = self._state_antecedent(noun.idx)
            if state is not None:
                found["venue"].append((abs(noun.i - head.i), 0, country_name(str(state["country"]))))
        out = [(text, "sentence") for *_, text in sorted(found["venue"])]
        if self.dateline:
            out.append((self.dateline, "dateline"))
        out += [(text, "elsewhere") for *_, text in sorted(found["outside"])]
        out += [(text, "party") for *_, text in sorted(found["party"])]
        return out[:MAX_CONTEXTS]

    def _dissenter(self, head: Token, span: Span) -> bool:
        """Whether an actor may be placed by the country whose measure it protests: anyone but an
        officeholder (``officeholder_sectors``: "the ambassador protested against Vietnam's
        fishing rules" is no Vietnamese envoy)."""
        resolved = self._resolve_text(span.text, None) or {}
        if resolved.get("country"):
            return False  # "ethnic Albanians protested against Serbia's language law" stay ALB
        words = protest_words()
        if any(t.lemma_.lower() in words.outsiders or t.lower_ in words.outsiders for t in span):
            return False  # "tourists protested against Thailand's entry fee" are no Thais
        sector = resolved.get("sector") or ""
        return sector not in words.officeholders and cameo_sector(sector) not in words.officeholders

    def _counterpart_of(self, place: Token) -> bool:
        """Whether a place inside an event's other argument qualifies a state or political body
        ("Kenyan police", "Spain's opposition leader": an ``actor_word`` of a state sector, the
        ``state`` kinds of ``actor_sectors.json``, it modifies or owns), whose counterpart in a
        text that says nothing else is of the same country; private people ("two Malian
        nationals" arrested) are often foreigners, and a country that is the argument itself
        ("urged Iran to ...") or owns a thing or an act ("Russia's behaviour") is a foreign
        party."""
        noun = place.head
        if place.dep_ not in OWNER_DEPS or noun.pos_ != "NOUN" or not actor_word(noun):
            return False
        if noun.lemma_.lower() in ENVOY_NOUNS:
            return False  # "expelled two Russian diplomats": a state's people abroad
        between = noun.doc[place.i + 1 : noun.i + 1].text.lower() if place.i < noun.i else noun.lower_
        words = dict.fromkeys((between, noun.lower_, noun.lemma_.lower()))
        for word in words:
            sector = (self._resolve_text(word, None) or {}).get("sector")
            if sector:
                # the phrase's own sector first: "aid workers" are NGO, not workers
                return sector in counterpart_sectors() or cameo_sector(sector) in counterpart_sectors()
        return False

    def _sentence_places(self, head: Token) -> list[tuple[Span, str | None]]:
        """The named places (``PLACE_ENTS``) of a token's sentence, each with the country (ISO
        alpha-3) the places layer gave it, if any."""
        sent = head.sent
        mentions = [
            (place, iso3)
            for start, end, iso3 in self.place_mentions
            if sent.start_char <= start < sent.end_char
            and (place := self.doc.char_span(start, end, alignment_mode="expand")) is not None
        ]
        out: list[tuple[Span, str | None]] = []
        for ent in ents_within(sent):
            if names_sum(ent.root.head):
                continue  # "5 million Canadian dollars": whose money, not where anything happens
            if _sponsored(ent.root):
                continue  # "Iran-backed", "Soviet-era": a sponsor or a period, not where anything is
            if ent.label_ in PLACE_ENTS and not title_abbreviation(self.text, ent.start_char, ent.end_char):
                same = [iso3 for place, iso3 in mentions if place.start == ent.start and place.end == ent.end]
                out.append((ent, same[0] if len(set(same)) == 1 else None))
        for place, iso3 in mentions:
            # a place the places layer found under a name the tagger labelled otherwise ("in Erbil"
            # read as an organisation)
            named = place.root.ent_type_ and place.root.ent_type_ not in PLACE_ENTS
            if names_sum(place.root) or names_sum(place.root.head):
                continue
            if named and iso3 and not any(e.start < place.end and place.start < e.end for e, _ in out):
                out.append((place, iso3))
        return out

    @staticmethod
    def _state_venues(head: Token, span: Span, event: Token | None) -> list[Token]:
        """Definite descriptions of a state where the event happens ("6,000 people have died in the
        country", "fighting across the nation": ``state_nouns``), outside the actor's own phrase;
        each stands for the country named last before it."""
        nouns = argument_kinds().state_nouns
        out = []
        for token in head.sent:
            if token.pos_ != "NOUN" or token.ent_type_ or token.lemma_.lower() not in nouns:
                continue
            lefts = list(token.lefts)
            if not lefts or any(c.dep_ != "det" or c.lower_ not in ANAPHORIC_DETS for c in lefts):
                continue
            if span.start <= token.i < span.end or place_role(token, event) != "venue":
                continue
            out.append(token)
        return out


@cache
def state_kinds() -> frozenset[str]:
    """The sectors of the state and of politics (``kinds.state`` of ``actor_sectors.json``)."""
    return frozenset(load_json("actor_sectors.json")["kinds"]["state"])


# private sectors whose people are often abroad: a nationality of theirs says nothing of where the
# state that acts on them is ("two Albanian nationals", "British tourists", "Syrian refugees",
# "Moldovan truck drivers", "Chinese businessmen", "five smugglers")
ABROAD_SECTORS = frozenset({"CVL", "REF", "BUS", "MNC", "CRM"})
# nouns of a state's people sent abroad: their nationality is the far side of the event ("summoned
# the Greek ambassador", "expelled two Russian diplomats", "met a Chinese delegation")
ENVOY_NOUNS = frozenset(
    {"ambassador", "envoy", "diplomat", "consul", "attache", "emissary", "delegation", "delegate"}
    | {"embassy", "consulate"}
)


def cameo_sector(sector: str) -> str:
    """The CAMEO agent code of a sector of ``actor_sectors.json`` ("JRN": "MED")."""
    return str(load_json("actor_sectors.json")["sectors"].get(sector, {}).get("cameo") or "")


@cache
def counterpart_sectors() -> frozenset[str]:
    """The sectors whose nationality places the unnamed other party of their event in a text that
    says nothing else: the state's and politics', and private people's who mostly live at home
    ("Iranian students", "Turkish journalists", "French farmers"), not ``ABROAD_SECTORS``."""
    kinds = load_json("actor_sectors.json")["kinds"]
    return state_kinds() | (frozenset(kinds["private"]) - ABROAD_SECTORS)


def _surname_of_office(entity: dict[str, Any], name: str) -> bool:
    """Whether a person named only by an office noun holds another office ("Senator Pope"): the
    word is a surname, not the one holder of that office."""
    if entity.get("type") != "PERSON" or name.lower() not in office_nouns():
        return False
    return any(str(r.get("title") or "").lower() not in office_nouns() for r in entity.get("roles") or [])


def _owns_premises(place: Token) -> bool:
    """Whether a place name is the owner of premises on another state's soil ("outside the U.S.
    embassy in Amman", ``premises_abroad``) or of a military base ("rockets at a US base in
    Syria", ``military_premises``): it says whose they are, not where they are nor where those who
    attack them are from."""
    if place.dep_ not in OWNER_DEPS:
        return False
    kinds = argument_kinds()
    premises = place.head.lemma_.lower()
    return premises in kinds.premises_abroad or premises in kinds.military_premises


def _garrison_of(place: Token, head: Token) -> bool:
    """Whether the place owns a military base that the actor's own phrase puts the actor at or
    from ("soldiers at a Russian base in Syria", "troops from a French base"): they are its
    garrison, of the owner's country."""
    base = place.head
    if base.lemma_.lower() not in argument_kinds().military_premises:
        return False
    return base.dep_ == "pobj" and base.head.dep_ == "prep" and base.head.head.i == head.i


# dependencies that hang a place name on the actor noun it locates, through its own phrase
PLACE_NAME_DEPS = frozenset({"compound", "amod", "nmod", "conj", "appos", "pobj"})


def _locates(place: Token, head: Token) -> bool:
    """Whether a place name hangs on an actor noun as its modifier or the object of a place
    complement (``PLACE_PREPS``: "residents of Douma", "the governor of Salahuddin province",
    "Douma residents"), not inside a clause or another phrase of the noun ("talks with X"), nor as
    a sponsor ("an anti-Syria journalist")."""
    if _sponsored(place):
        return False
    current = place
    for _ in range(MAX_SETTING_STEPS):
        if current.head.i == head.i:
            return current.dep_ in PLACE_NAME_DEPS or (
                current.dep_ == "prep" and current.lower_ in PLACE_PREPS
            )
        if current.head.i == current.i:
            return False
        if current.dep_ not in PLACE_NAME_DEPS and not (
            current.dep_ == "prep" and current.lower_ in PLACE_PREPS
        ):
            return False
        current = current.head
    return False


# prepositions that name the state on the far side of a border ("the border with Chad", "across the
# border from Chad")
BORDER_PREPS = frozenset({"with", "from"})


def across_border(place: Token) -> bool:
    """Whether a place is named as what something borders, the state across a border from where it
    is ("a town bordering Chad", "near the border with Chad", "across the border from Chad"), or as
    the modifier of a border, which has two sides ("near the Chadian border", "on Chad's
    frontier"): it places nothing in that state."""
    head = place.head
    if place.dep_ == "dobj" and head.lemma_.lower() in BORDER_WORDS:
        return True
    if place.dep_ in OWNER_DEPS and head.lemma_.lower() in BORDER_WORDS:
        return True
    if place.dep_ != "pobj" or head.dep_ != "prep" or head.lower_ not in BORDER_PREPS:
        return False
    if head.head.lemma_.lower() in BORDER_WORDS:
        return True
    # "across the border from Chad" with both phrases hung on the verb
    return head.lower_ == "from" and any(
        c.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in BORDER_WORDS for o in c.children)
        for c in head.head.children
    )


def _town_named_like_country(head: Token, hit: dict[str, Any]) -> bool:
    """Whether an actor placed by a country's name is a person written as a town's ("a Lebanon
    woman"): the country's name is the compound modifier just before the head
    (``country_named_town``), and the places layer did not put the town in another country ("a
    Lebanon, Ohio, woman": ``_story_place`` gave the hit that one)."""
    if hit.get("basis") != "country":
        return False
    words = [c for c in head.children if c.dep_ == "appos"]
    if head.i > 0:
        words.append(head.doc[head.i - 1])
    for word in words:
        if word.head.i != head.i or word.text != hit.get("name") or not country_named_town(word):
            continue
        if any(e.country == hit.get("country") for e in actor_lexicon().entries.get(key_of(word.text), ())):
            return True
    return False


def country_named_town(token: Token) -> bool:
    """Whether a word is a country's full name written as a compound modifier of a word for a
    person (``people_words``: "a Lebanon woman", "a Jordan man"). A country's people are written
    with its demonym ("a Lebanese woman"), so such a name is a town's, when the country has a
    demonym ("a US man" is written with an abbreviation, and "Kosovo Serbs" with a people's
    name)."""
    if not token.text.istitle():
        return False
    if not (_resident_modifier(token) or _residence_apposition(token)):
        return False
    entries = actor_lexicon().entries.get(key_of(token.text), ())
    with_demonym = _demonym_countries()
    return any(e.kind == "country" and e.name == token.text and e.country in with_demonym for e in entries)


def _resident_modifier(token: Token) -> bool:
    """Whether a word is the compound modifier just before a word for a person or a household
    (``people_words`` and ``resident_words``: "a Jordan man", "a Peru teenager")."""
    if token.dep_ != "compound" or token.head.i != token.i + 1:
        return False
    head = token.head.lower_
    return head in actor_lexicon().people_words or head in _resident_words()


def _residence_apposition(token: Token) -> bool:
    """Whether a word is the place in a person's residence apposition, after the age ("Dana Holt,
    41, Jordan, was charged"): local news writes the home town there, never the country."""
    name = token.head
    if token.dep_ != "appos" or name.pos_ != "PROPN" or name.i >= token.i:
        return False
    return any(c.dep_ == "appos" and c.like_num and name.i < c.i < token.i for c in name.children)


@cache
def _police_words() -> frozenset[str]:
    """One-word names of the police (``terms`` COP of actor_sectors.json: "police", "officers")."""
    return frozenset(w for w in load_json("actor_sectors.json")["terms"]["COP"] if " " not in w)


@cache
def _resident_words() -> frozenset[str]:
    """Words for a resident a town's name is written before (actor_sectors.json
    ``resident_words``)."""
    return frozenset(load_json("actor_sectors.json").get("resident_words", []))


@cache
def _demonym_countries() -> frozenset[str]:
    """The countries the actor dictionary knows a demonym of ("Lebanese")."""
    entries = actor_lexicon().entries.values()
    return frozenset(e.country for found in entries for e in found if e.kind == "adjective" and e.country)


def _former_state(text: str, iso3: str) -> str:
    """The code of the state that no longer exists a place mention names ("East Germany": DDR),
    else the country the places layer gave it."""
    state = historic_state_named(text)
    return state.cameo if state is not None else iso3


def _names_town(doc: Doc, start: int, end: int, iso3: str) -> bool:
    """Whether the place mention of characters [start, end) is a country's name written for a town
    (``country_named_town``) that the places layer read as the country: no evidence of where the
    story is."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1 or not country_named_town(span[0]):
        return False
    return any(e.country == iso3 for e in actor_lexicon().entries.get(key_of(span.text), ()))


def _dateline_context(doc: Doc, dateline: dict[str, Any]) -> str | None:
    """The dateline as context for the actors it places: the country the places layer put a
    dateline with a qualifier in ("ATHENS, Ga." is a US town's, which the dictionaries would read
    as Greece's capital), else the dateline's words."""
    text = str(dateline.get("text") or "").strip() or None
    if text is None or "," not in text or not dateline.get("place"):
        return text
    for place in doc._.places or []:
        if place.get("id") == dateline["place"] and place.get("country"):
            return country_name(iso3_of_iso2(str(place["country"]))) or text
    return text


def evidenced_towns(
    doc: Doc, least: float = MIN_TOWN_CONFIDENCE, features: frozenset[str] = TOWN_FEATURES
) -> frozenset[tuple[int, int]]:
    """(start, end) of the place mentions the places layer read as a town (``features``: "city";
    ``REGION_FEATURES`` adds a state or county, "Victoria" of a story from Melbourne) on
    evidence of the story's own: a qualifier ("London, Ontario"), the place of a dateline that
    names a qualifier ("ATHENS, Ga. --"), or the story's context by a margin (``TOWN_EVIDENCE``,
    confidence ``least`` or more, by default ``MIN_TOWN_CONFIDENCE``). A reading from population or
    news prominence, or from the country of a dateline elsewhere ("Athens" of a story datelined
    ATLANTA), is no evidence."""
    given = doc._.dateline if isinstance(doc._.dateline, dict) else {}
    qualified = given.get("place") if "," in str(given.get("text") or "") else None
    spans = []
    for place in doc._.places or []:
        if place.get("feature") not in features or not place.get("country"):
            continue
        basis, confidence = place.get("basis"), float(place.get("confidence") or 0.0)
        evidenced = basis == "qualifier" or (basis in TOWN_EVIDENCE and confidence >= least)
        if evidenced or (qualified and place.get("id") == qualified):
            spans.extend((int(m["start"]), int(m["end"])) for m in place.get("mentions") or [])
    return frozenset(spans)


def _fallback_source(where: str) -> str:
    """The ``country_source`` of an actor placed by a fallback context: "dateline", else "sentence"."""
    return "dateline" if where == "dateline" else "sentence"


def place_role(place: Token, event: Token | None) -> str:
    """How a place named in an event's sentence relates to the event: "venue" (inside a locative
    phrase of the event's clause: "arrested in Cairo"), "party" (inside one of its arguments:
    "retaliate against Russia", "a camp for Congolese refugees") or "outside" (not under the event).
    With no event every place is "outside"."""
    if event is None:
        return "outside"
    located = False
    current, below = place, place
    for _ in range(MAX_PATH):
        if current.i == event.i:
            return "venue" if located else "party"
        # a locative preposition whose object is an act is no place ("a suspect in the killing of ...")
        locative = current.dep_ == "prep" and current.lower_ in LOCATIVE_PREPS
        located = located or (locative and not names_act(below))
        if current.head.i == current.i:
            return "outside"
        current, below = current.head, current
    return "outside"


# the most steps from a place name up to the preposition of its locative phrase ("in the northern
# province of Idlib")
MAX_SETTING_STEPS = 5
SETTING_DEPS = frozenset({"compound", "amod", "pobj", "prep", "appos", "conj", "nmod", "det"})


# prepositions of the place an attack noun is aimed at ("airstrikes on the town of X", "an
# offensive against Idlib"): where the fighting is
ATTACKED_PLACE_PREPS = frozenset({"on", "upon", "against"})


def in_setting(place: Token) -> bool:
    """Whether a place is named as where something happens: inside a locative phrase ("clashes in
    Aleppo", "a suburb of Damascus near the border", "into northern Syria") or as the place an
    attack noun is aimed at ("airstrikes on the town of Maarat", "an attack on Saraqeb"), not as an
    actor or a party ("Russia denied", "talks with Turkey", "sanctions on Iran")."""
    current = place
    for _ in range(MAX_SETTING_STEPS):
        if current.dep_ == "prep" and current.lower_ in SETTING_PREPS:
            return True
        if current.dep_ == "prep" and current.lower_ in ATTACKED_PLACE_PREPS and _attack_noun(current.head):
            return True
        if current.dep_ not in SETTING_DEPS or current.head.i == current.i:
            return False
        current = current.head
    return False


def _attack_noun(token: Token) -> bool:
    """Whether a word is an attack noun of the predicate lexicon ("airstrikes", "offensive", "raid")."""
    if token.pos_ != "NOUN":
        return False
    return token.lemma_.lower() in all_event_nouns() - _event_nouns()


def _meeting_noun(token: Token) -> bool:
    """Whether a noun names talks or a meeting (a consultation noun of the predicate lexicon:
    "talks", "negotiations", "summit"), which are held where their locative phrase says ("withdrew
    from the talks in Doha")."""
    from .lexicon import lexicon as event_lexicon

    if token.pos_ != "NOUN":
        return False
    sense = event_lexicon().nouns.get(token.lemma_.lower())
    return sense is not None and sense.plover == "CONSULT"


def clause_venue(place: Token, event: Token, noun: Token | None = None) -> bool:
    """Whether a place is where the event's clause happens: its locative phrase hangs on a verb of
    the clause, on the event's own noun (``noun``: "held talks in Lima") or on a noun of talks or a
    meeting (``_meeting_noun``: "withdrew from the talks in Doha"), directly or through a place of a
    locative phrase ("at a camp in Calais"), not on a noun of another argument ("extended the
    mandate of the force in Lebanon": Lebanon is a party)."""
    current = place
    for _ in range(MAX_PATH):
        if current.i == event.i or current.head.i == current.i:
            return False
        if current.dep_ == "prep" and current.lower_ in LOCATIVE_PREPS:
            head = current.head
            if head.pos_ in ("VERB", "AUX") or (noun is not None and head.i == noun.i) or _meeting_noun(head):
                return place_role(place, event) == "venue"
            locative = head.head
            if not (head.dep_ == "pobj" and locative.dep_ == "prep" and locative.lower_ in LOCATIVE_PREPS):
                return False
        current = current.head
    return False
