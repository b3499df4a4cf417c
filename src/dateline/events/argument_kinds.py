"""What a noun phrase names (an actor, a place or a thing) and what a CAMEO code asks of its object.

The kinds and the codes' requirements are data (``ontology/event_arguments.json``): an actor is a
person, group, organisation or country (a named entity of those kinds, a personal pronoun, a head noun
of the CAMEO agents dictionary or one with an agentive ending, a bare count of people); a place is a
named place or facility or a noun of the CAMEO verb dictionary's place sets; the rest are things.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from ..ontology import load_json

ARGUMENTS_FILE = "event_arguments.json"
VERBS_FILE = "cameo_verbs.json"
ACTOR = "actor"
PLACE = "place"
THING = "thing"


@dataclass(frozen=True)
class ArgumentKinds:
    """The word lists that tell actors and places apart from things, and the codes' object kinds."""

    actor_entities: frozenset[str]
    place_entities: frozenset[str]
    personal_pronoun_tags: frozenset[str]
    agent_suffixes: tuple[str, ...]
    agent_nouns: frozenset[str]
    place_nouns: frozenset[str]
    object_kinds: dict[str, frozenset[str]]


@cache
def argument_kinds() -> ArgumentKinds:
    """The argument-kind tables, loaded once."""
    data = load_json(ARGUMENTS_FILE)
    verbs = load_json(VERBS_FILE)
    places = {w for name in data["place_sets"] for w in verbs["synsets"].get(name, ())}
    return ArgumentKinds(
        actor_entities=frozenset(data["actor_entities"]),
        place_entities=frozenset(data["place_entities"]),
        personal_pronoun_tags=frozenset(data["personal_pronoun_tags"]),
        agent_suffixes=tuple(data["agent_suffixes"]),
        agent_nouns=frozenset(verbs["agent_nouns"]),
        place_nouns=frozenset(places),
        object_kinds={code: frozenset(kinds) for code, kinds in data["object_kinds"].items()},
    )


def names_actor(token: Token) -> bool:
    """Whether a noun phrase head names people, a group, an organisation or a country."""
    kinds = argument_kinds()
    if token.ent_type_ in kinds.actor_entities or token.pos_ == "PROPN":
        return True
    if token.pos_ == "PRON":
        return token.tag_ in kinds.personal_pronoun_tags
    if token.like_num and not any(c.dep_ == "prep" for c in token.children):
        # "arrested 12", "freed three": a bare count of people
        return True
    lemma = token.lemma_.lower()
    if lemma in kinds.agent_nouns or token.lower_ in kinds.agent_nouns:
        return True
    return len(token.text) > 5 and token.lower_.endswith(kinds.agent_suffixes)


def names_place(token: Token) -> bool:
    """Whether a noun phrase head names a place, a facility or a vehicle."""
    kinds = argument_kinds()
    return token.ent_type_ in kinds.place_entities or token.lemma_.lower() in kinds.place_nouns


def kinds_of(token: Token) -> frozenset[str]:
    """The kinds a noun phrase head names (a country is both an actor and a place)."""
    out = {ACTOR} if names_actor(token) else set()
    if names_place(token):
        out.add(PLACE)
    return frozenset(out or {THING})


def object_kinds(code: str) -> frozenset[str] | None:
    """The kinds a code's object must be of, or None if any will do."""
    return argument_kinds().object_kinds.get(code)


def fits(code: str, objects: list[Token]) -> bool:
    """Whether some object is of a kind the code asks for (true when there is no object or no ask)."""
    wanted = object_kinds(code)
    if wanted is None or not objects:
        return True
    return any(kinds_of(o) & wanted for o in objects)
