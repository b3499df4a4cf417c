"""Whether a common noun may name people: the shared person-vs-thing test of the nlp layer.

A noun names people, a group or an organisation when it heads a name of people, a group or a
country (``event_arguments.json`` ``actor_entities``), is a head noun of the CAMEO agents
dictionary (``cameo_verbs.json`` ``agent_nouns``: "official", "resident", "government"), names
someone by their relation to another (``relation_nouns``: "critic", "ally"), is a group or
people word of the actor tables (``actor_sectors.json`` ``actor_nouns``, ``people_words``:
"panel", "crew", "individual"), or has more than five letters and an English agentive ending
(``agent_suffixes``: "protester", "journalist", "detainee"). Anything else may be a thing. The
test errs toward people (the agents dictionary also holds sector words, "culture" of a ministry
of culture), so callers take a noun it does not know for a thing only with other evidence (a
relative "which", a sense that needs someone to ask).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ..ontology import load_json


@cache
def _people_nouns() -> tuple[frozenset[str], tuple[str, ...], frozenset[str], tuple[str, ...]]:
    arguments = load_json("event_arguments.json")
    sectors = load_json("actor_sectors.json")
    nouns = (
        frozenset(load_json("cameo_verbs.json")["agent_nouns"])
        | frozenset(arguments["relation_nouns"])
        | frozenset(sectors["actor_nouns"])
        | frozenset(sectors["people_words"])
    )
    entities = frozenset(arguments["actor_entities"])
    return nouns, tuple(arguments["agent_suffixes"]), entities, tuple(arguments["people_endings"])


def may_name_people(noun: Token) -> bool:
    """Whether a noun may name people, a group or an organisation ("residents", "the council",
    "her spokesman", "a protester"); False for a common noun of no such kind ("the drought",
    "the weather", "his fever")."""
    nouns, suffixes, entities, endings = _people_nouns()
    if noun.ent_type_ in entities or noun.pos_ in ("PROPN", "PRON"):
        return True
    word, lemma = noun.lower_, noun.lemma_.lower()
    if word in nouns or lemma in nouns:
        return True
    if word.endswith(endings):
        return True
    return len(word) > 5 and word.endswith(suffixes)
