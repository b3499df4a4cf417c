"""A noun every WordNet sense of which is a person ('cashier', 'janitor') names someone an act can befall."""

import pytest

from dateline import extract
from dateline.nlp.noun_kinds import agent_noun, person_noun


@pytest.mark.parametrize("word", ["cashier", "janitor", "bartender", "clerk", "accountant"])
def test_occupations_are_person_nouns(word):
    assert person_noun(word, word)
    assert agent_noun(word, word)


THINGS = ["budget", "bridge", "shipment", "star", "burger", "lincoln", "diner", "monitor"]


@pytest.mark.parametrize("word", THINGS)
def test_things_and_named_people_are_not(word):
    assert not person_noun(word, word)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A pharmacy cashier was arrested on Tuesday.", "A pharmacy cashier"),
        ("Deputies detained a school janitor in Albany.", "a school janitor"),
        ("A bartender was arrested after the fight.", "A bartender"),
    ],
)
def test_an_arrest_of_an_occupation_is_coded_with_its_target(text, target):
    record = extract(text, published="2024-05-01")
    arrests = [e for e in record.events if e.plover.type == "COERCE"]
    assert arrests and arrests[0].target is not None and arrests[0].target.text == target
