"""Country names joined by "and" stay one word and one place (sentences written for these tests)."""

import pytest

from dateline.nlp import get_nlp


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Trinidad and Tobago recalled its envoy on Friday.", "Trinidad and Tobago", "TT"),
        ("The minister of Bosnia and Herzegovina resigned.", "Bosnia and Herzegovina", "BA"),
        ("Police in Antigua & Barbuda detained a yacht crew.", "Antigua & Barbuda", "AG"),
        ("St. Kitts and Nevis's premier flew to Ottawa.", "St. Kitts and Nevis", "KN"),
        ("A storm hit Saint Vincent and the Grenadines overnight.", "Saint Vincent and the Grenadines", "VC"),
        ("TURKS AND CAICOS ISLANDS BANS CRUISE SHIPS", "TURKS AND CAICOS ISLANDS", "TC"),
    ],
)
def test_a_country_name_with_and_is_one_entity(text, name, country):
    doc = get_nlp()(text)
    assert any(t.text == name for t in doc), [t.text for t in doc]
    entities = [(e["name"], e["type"], e["country"]) for e in doc._.entities]
    assert (name, "GPE", country) in entities, entities


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Jordan signed a water pact.",
        "Trinidad's police and Tobago's coast guard seized the boat.",
        "trinidad and tobago fans sang in the stands.",
        "Serbia and Montenegro signed an energy pact with Hungary.",
    ],
)
def test_other_conjoined_names_are_left_apart(text):
    doc = get_nlp()(text)
    assert all(" and " not in t.text for t in doc)
