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


def test_communication_cut_off_with_someone_is_no_withholding():
    assert ("COERCE", "170") not in _types("The hijackers cut off communication with the police.")


def test_a_region_networks_are_cut_off_in_is_no_target():
    nlp = get_nlp()
    doc = nlp.make_doc("Sudan cut off phone networks in Darfur on Friday.")
    doc._.published = "2021-03-02"
    events = [e for e in nlp(doc)._.events or [] if e["cameo"]["code"] == "170"]
    assert events and all(not e.get("target") for e in events)


def test_ties_two_named_parties_strengthen_are_one_event_between_them():
    nlp = get_nlp()
    doc = nlp.make_doc("Germany and Brazil deepened their ties at the summit.")
    doc._.published = "2021-03-02"
    events = [e for e in nlp(doc)._.events or [] if e["cameo"]["code"] == "050"]
    assert [(e["source"]["code"], (e.get("target") or {}).get("code")) for e in events] == [("DEU", "BRA")]


def test_ties_strengthened_with_a_third_party_go_to_it():
    nlp = get_nlp()
    doc = nlp.make_doc("Germany and Brazil deepened their ties with Angola.")
    doc._.published = "2021-03-02"
    events = [e for e in nlp(doc)._.events or [] if e["cameo"]["code"] == "050"]
    targets = {(e.get("target") or {}).get("code") for e in events}
    assert targets == {"AGO"}


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan college created an investigation unit for marine biology.",
        "Most shoppers preferred lower charges to faster delivery.",
        "Security guards patrolled the office corridors.",
    ],
)
def test_units_fees_and_guarded_corridors_are_no_events(text):
    assert _types(text) == []


def test_a_headline_force_passive_keeps_its_event():
    import dateline

    text = "Judges beheaded by gunmen in Peru\n\nThe news came on Tuesday, officials said."
    events = dateline.extract(text, published="2021-03-02").events
    assert [(e.plover.type, e.evidence.source) for e in events] == [("ASSAULT", "headline")]


@pytest.mark.parametrize(
    "text",
    [
        "Four Kenyan counties joined the lawsuit against the treasury.",
        "The Peruvian union mounted a lawsuit against the mining ministry.",
    ],
)
def test_a_lawsuit_keeps_the_general_light_verbs(text):
    assert ("ACCUSE", "115") in _types(text)


def test_ships_patrolling_waters_show_force():
    assert ("MOBILIZE", "150") in _types("Indonesian navy ships patrolled the waters near Natuna.")
