"""Verbs of resigning, disarming, dropping a case, cutting off networks, prolonging martial law,
renewing support and strengthening ties; force told by a participle of a WordNet synonym."""

import pytest

from dateline.nlp import get_nlp


def _types(text: str) -> list[tuple[str, str]]:
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.published = "2021-03-02"
    return [(e["plover"]["type"], e["cameo"]["code"]) for e in nlp(doc)._.events or []]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile's interior minister quit on Friday after weeks of protests.", ("RETREAT", "0831")),
        ("The Kenyan defence minister quit his post after the report.", ("RETREAT", "0831")),
        ("Two thousand Kurdish fighters lay down arms after the accord.", ("RETREAT", "0871")),
        ("Kenyan prosecutors withdrew the charges against the opposition leader.", ("CONCEDE", "081")),
        ("Iran cut off the internet in three provinces after the unrest.", ("COERCE", "170")),
        ("Thailand extended martial law in the south for a month.", ("COERCE", "1724")),
        ("Chile renewed its support for the Colombian government.", ("SUPPORT", "051")),
        ("Peru strengthened its ties with Bolivia.", ("SUPPORT", "050")),
        ("Vietnam deepened relations with India during the visit.", ("SUPPORT", "050")),
    ],
)
def test_verbs_of_these_acts_are_coded(text, expected):
    assert expected in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The singer quit smoking last year.",
        "The Kenyan ministry laid down new rules for exporters.",
        "The bodies lay in a ditch near the road.",
        "The Egyptian tax office extended the deadline for returns.",
        "Germany renewed his passport in Berlin.",
        "The Chilean bank expanded its relationship with clients.",
        "Kenya broadened its tax base.",
    ],
)
def test_other_senses_of_these_verbs_are_no_events(text):
    assert _types(text) == []


def test_a_passive_participle_of_a_force_synonym_acts_on_its_noun():
    text = "Three Taliban commanders beheaded by Afghan troops\n\nThe news came on Monday, officials said."
    assert ("ASSAULT", "190") in _types(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenyan prosecutors brought charges against the former governor.", ("ACCUSE", "1121")),
        ("The Kenyan government brought a lawsuit against the newspaper.", ("ACCUSE", "115")),
        ("The Peruvian union brought suit against the ministry.", ("ACCUSE", "115")),
    ],
)
def test_charges_and_suits_brought_are_accusations(text, expected):
    assert expected in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean minister wore a dark suit.",
        "Spain followed suit on Monday.",
        "The storm brought charges of negligence.",
    ],
)
def test_a_suit_or_a_charge_with_no_one_bringing_it_is_none(text):
    assert _types(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi troops patrolled the streets of Basra.",
        "Indian police patrolled the area after the clashes.",
    ],
)
def test_forces_patrolling_ground_show_force(text):
    assert ("MOBILIZE", "150") in _types(text)


def test_a_guard_patrolling_a_building_is_no_show_of_force():
    assert _types("Security guards patrolled the shopping mall.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan parliament established an inquiry into the bribes.",
        "Chile's government instituted a probe into the fires.",
    ],
)
def test_an_inquiry_established_is_an_investigation(text):
    assert ("ACCUSE", "090") in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian university created an investigative journalism course.",
        "The Kenyan ministry established a research centre in Nairobi.",
    ],
)
def test_other_things_established_are_no_investigation(text):
    assert _types(text) == []
