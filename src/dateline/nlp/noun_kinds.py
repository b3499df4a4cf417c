"""Whether a common noun may name people: the shared person-vs-thing test of the nlp layer.

A noun names people, a group or an organisation when it heads a name of people, a group or a
country (``event_arguments.json`` ``actor_entities``), is a head noun of the CAMEO agents
dictionary (``cameo_verbs.json`` ``agent_nouns``: "official", "resident", "government") or a noun
every WordNet sense of which is a person (``wordnet_person_nouns``: "clerk", "cashier"), names
someone by their relation to another (``relation_nouns``: "critic", "ally", "wife") or by age or
household (``person_nouns``: "teenager", "inmate"), is a group or
people word of the actor tables (``actor_sectors.json`` ``actor_nouns``, ``people_words``:
"panel", "crew", "individual"), ends as a compound of people (``people_endings``: "fishermen"),
or has more than five letters and an English agentive ending (``agent_suffixes``: "protester",
"journalist", "detainee"). Anything else may be a thing. The test errs toward people (the agents
dictionary also holds sector words, "culture" of a ministry of culture), so callers take a noun it
does not know for a thing only with other evidence (a relative "which", a sense that needs someone
to ask). The event coder's narrower actor test shares its core (``agent_noun``) and asks a verb
before an "-er", "-or" or "-ee" (``agentive``: "protester", not "border").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from ..ontology import load_json


@dataclass(frozen=True)
class _PeopleWords:
    agent_nouns: frozenset[str]
    persons: frozenset[str]
    group_words: frozenset[str]
    suffixes: tuple[str, ...]
    entities: frozenset[str]
    endings: tuple[str, ...]


@cache
def _people_words() -> _PeopleWords:
    arguments = load_json("event_arguments.json")
    sectors = load_json("actor_sectors.json")
    verbs_table = load_json("cameo_verbs.json")
    agent_nouns = verbs_table["agent_nouns"]
    # common nouns naming the one holder of an office ("pope", actor_groups.json "nouns")
    office_nouns = (n.lower() for g in load_json("actor_groups.json")["groups"] for n in g.get("nouns", []))
    return _PeopleWords(
        agent_nouns=frozenset(agent_nouns)
        | frozenset(verbs_table.get("wordnet_person_nouns", ()))
        | frozenset(arguments["relation_nouns"])
        | frozenset(arguments["person_nouns"])
        | frozenset(office_nouns),
        persons=frozenset(verbs_table.get("wordnet_person_nouns", ())),
        group_words=frozenset(sectors["actor_nouns"]) | frozenset(sectors["people_words"]),
        suffixes=tuple(arguments["agent_suffixes"]),
        entities=frozenset(arguments["actor_entities"]),
        endings=tuple(arguments["people_endings"]),
    )


def agent_noun(word: str, lemma: str, by_verb: bool = True) -> bool:
    """Whether a common noun names someone by its word (lower case) or lemma: a head noun of the
    CAMEO agents dictionary or a relation noun ("official", "counterpart"), or an agentive word
    (``agentive``; with ``by_verb`` False any agentive ending, ``agentive_ending``). The core of
    ``may_name_people`` and of the event coder's actor test (``events.argument_kinds.names_actor``)."""
    nouns = _people_words().agent_nouns
    if word in nouns or lemma in nouns:
        return True
    return agentive(word) if by_verb else agentive_ending(word)


def person_noun(word: str, lemma: str) -> bool:
    """Whether every WordNet sense of a common noun is a person (``wordnet_person_nouns`` of
    cameo_verbs.json: "clerk", "cashier", "janitor")."""
    persons = _people_words().persons
    return word in persons or lemma in persons


# endings that make a noun of a verb's doer or undergoer only when the rest is that verb
# ("protester", "detainee"; not "laughter", "border", "degree"); a word ends with one at most
DEVERBAL_SUFFIXES = ("er", "ers", "or", "ors", "ee", "ees")


def agentive_ending(word: str) -> bool:
    """Whether a noun of more than five letters has an English agentive ending (``agent_suffixes``:
    "journalist", "protester", "master", "border")."""
    return len(word) > 5 and word.endswith(_people_words().suffixes)


def agentive(word: str) -> bool:
    """Whether a noun of more than five letters has an English agentive ending: "-ist" and "-ian"
    ("journalist", "civilian"), or "-er", "-or" or "-ee" after a verb of WordNet's index
    ("protester", "organizer", "governor", "detainee"; "laughter" and "border" are no one)."""
    if not agentive_ending(word):
        return False
    suffix = next((s for s in DEVERBAL_SUFFIXES if word.endswith(s)), None)
    if suffix is None:
        return True
    stem = word[: -len(suffix)]
    forms = {stem, stem + "e"}
    if len(stem) > 4 and stem[-1] == stem[-2]:
        # "shopper", "kidnapper"; a short stem doubled names things ("letter", "banner", "summer")
        forms.add(stem[:-1])
    if stem.endswith("i"):
        forms.add(stem[:-1] + "y")  # "carrier"
    return bool(forms & verb_lemmas())


@cache
def _wordnet_lemmas(pos: str) -> frozenset[str]:
    """The lemmas of one part of speech in WordNet's index as the English model's lemmatizer ships
    it (empty without it)."""
    from .pipeline import wordnet_index

    index = wordnet_index()
    try:
        return frozenset(index[pos]) if index is not None else frozenset()
    except KeyError:
        return frozenset()


def verb_lemmas() -> frozenset[str]:
    """The verbs of WordNet's index as the English model's lemmatizer ships it (empty without it)."""
    return _wordnet_lemmas("verb")


def noun_lemmas() -> frozenset[str]:
    """The nouns of WordNet's index as the English model's lemmatizer ships it (empty without it)."""
    return _wordnet_lemmas("noun")


def may_name_people(noun: Token) -> bool:
    """Whether a noun may name people, a group or an organisation ("residents", "the council",
    "her spokesman", "a protester"); False for a common noun of no such kind ("the drought",
    "his fever"). Broader than the event coder's actor test (``agent_noun`` is the core of both),
    as it errs toward people: any pronoun, the group and people words of the actor tables, the
    people endings and any agentive ending, also after no verb ("the harbour master"), count too."""
    words = _people_words()
    if noun.ent_type_ in words.entities or noun.pos_ in ("PROPN", "PRON"):
        return True
    word, lemma = noun.lower_, noun.lemma_.lower()
    if word in words.group_words or lemma in words.group_words or word.endswith(words.endings):
        return True
    return agent_noun(word, lemma, by_verb=False)
