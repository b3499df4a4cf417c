"""Shapes that were coded as events of a wrong type: road deaths, things killed off, idiom objects,
permitted acts, conditions of those spoken of and private donations. Made-up sentences."""

from dateline.nlp import get_nlp


def _events(text):
    nlp = get_nlp()
    return list(nlp(text)._.events or [])


def _types(text):
    return [e["plover"]["type"] for e in _events(text)]


def _dyads(text, plover):
    return [
        ((e.get("source") or {}).get("text"), (e.get("target") or {}).get("text"))
        for e in _events(text)
        if e["plover"]["type"] == plover
    ]


def test_a_road_death_is_no_assault():
    for text in (
        "A Salem woman was hit by a car and killed early Sunday morning, police said.",
        "A cyclist was struck by a pickup truck and killed on Highway 26 on Tuesday.",
        "A teenager was killed by a train near the crossing on Friday, officials said.",
    ):
        assert "ASSAULT" not in _types(text), text


def test_a_vehicle_someone_drives_or_owns_still_assaults():
    for text in (
        "A protester was struck by a car driven by a man who had shouted at the crowd, police said.",
        "Two civilians were hit by a military truck and killed during the raid, villagers said.",
        "Three soldiers were killed by a car bomb outside the base on Monday.",
        "Dozens of people were killed by a truck in the attack on the seafront.",
        "A Salem man was shot and killed early Sunday morning, police said.",
    ):
        assert "ASSAULT" in _types(text), text


def test_killing_a_thing_is_no_assault():
    for text in (
        "Senate Republicans killed the immigration bill on Tuesday.",
        "The governor hopes to kill off the tax on groceries before the election.",
        "Police executed a search warrant at the senator's home on Monday.",
    ):
        assert "ASSAULT" not in _types(text), text


def test_killing_people_stays_an_assault():
    for text in (
        "Government forces killed 12 rebels in the north of the country on Monday.",
        "The militants executed three hostages on Sunday, the group said.",
    ):
        assert "ASSAULT" in _types(text), text


def test_the_forces_joined_are_no_target():
    dyads = _dyads(
        "Senator Mark Jones joined forces with Governor Ann Lee on Monday to fight the tax.", "COOPERATE"
    )
    assert dyads and all(target != "forces" for _, target in dyads)
    assert ("Rebel fighters", "the local militia") in _dyads(
        "Rebel fighters joined forces with the local militia near the border on Sunday.", "COOPERATE"
    )


def test_forces_with_a_determiner_are_actors():
    events = _events("French troops attacked the Malian forces in the north on Tuesday.")
    assert any((e.get("target") or {}).get("text") == "the Malian forces" for e in events)


def test_a_permitted_act_is_not_done():
    events = _events(
        "A federal judge ruled that the agents were entitled to detain the workers at the plant."
    )
    assert all(e["modality"] == "hypothetical" for e in events if e["plover"]["type"] == "COERCE")


def test_a_detention_done_stays_asserted():
    events = _events("Immigration agents detained 40 workers at the plant on Tuesday.")
    assert [e["modality"] for e in events if e["plover"]["type"] == "COERCE"] == ["asserted"]


def test_a_state_said_of_someone_is_no_criticism():
    for text in (
        '"She was nearly dead when we found her," the neighbour said of the girl.',
        '"The victims were badly injured," the senator said on Tuesday.',
        '"My family is terrified," the mayor said after the storm.',
    ):
        assert "ACCUSE" not in _types(text), text


def test_a_judgement_said_of_someone_stays_criticism():
    for text in (
        '"The governor is a liar and a coward," the senator said on Tuesday.',
        '"The mayor is corrupt and incompetent," the council member said.',
        "The senator said the president was weak and dishonest.",
        '"He is a sick man," the senator said of the governor.',
        "The senator said the governor was angry and vindictive.",
    ):
        assert "ACCUSE" in _types(text), text


def test_a_private_donation_is_no_event():
    for text in (
        "Casino magnate Sheldon Adelson is joining forces with businessman Joe Ricketts to help fund a "
        "super PAC that will attack the senator.",
        "The Boone Education Foundation received $23,000 from the Miller Family Trust.",
    ):
        assert not {"AGREE", "AID", "COOPERATE"} & set(_types(text)), text


def test_aid_of_a_state_stays_an_event():
    assert "AGREE" in _types("Japan pledged $5 million in aid to Haiti on Tuesday.")
    assert "AID" in _types("The World Bank gave $50 million to Kenya to fight the drought.")
    assert "COOPERATE" in _types("Japan and South Korea joined forces to fund a new dam in Laos.")


def test_a_company_office_left_is_no_retreat():
    for text in (
        "The publisher said Michael Brandt resigned as general manager to pursue other interests.",
        "In a related move, Paul Ferrand, chairman and chief executive of the bank, resigned.",
        "The company's co-founder stepped down as CEO last week.",
    ):
        assert "RETREAT" not in _types(text), text


def test_a_public_office_left_stays_a_retreat():
    for text in (
        "The British defence minister resigned on Tuesday after the scandal.",
        "The Federal Reserve chairman resigned on Friday, the White House said.",
    ):
        assert "RETREAT" in _types(text), text


def test_a_company_named_like_a_charity_is_a_company():
    assert "AGREE" not in _types(
        "Society Corp., which is also a bank, agreed in June to buy Trustcorp for $12 million."
    )


def test_an_approval_that_names_no_party_is_no_event():
    for text in (
        "The Bolivian congress adopted the new mining code on Thursday.",
        "Lawmakers in Lima have already ratified it, the speaker said.",
        "The national fertility regulator has given the green light to a new treatment.",
    ):
        assert not {"AGREE", "SUPPORT"} & set(_types(text)), text


def test_an_approval_that_names_the_other_party_stays():
    assert "SUPPORT" in _types("The Senate ratified the arms control treaty with Russia on Friday.")
    assert "SUPPORT" in _types(
        "In June, the Home Secretary formally approved an extradition request from the US."
    )


def test_killing_people_named_by_any_noun_stays_an_assault():
    for text in (
        "The rebels killed the occupants of the car near the border.",
        "Soldiers killed the bodyguard of the governor on Monday.",
        "The army killed the leadership of the militant group in a raid.",
    ):
        assert "ASSAULT" in _types(text), text
