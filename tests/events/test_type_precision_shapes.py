"""Shapes that were coded as events of a wrong type: road deaths, things killed off, idiom objects,
permitted acts, conditions of those spoken of, private donations, company offices and approvals.
Made-up sentences."""

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
        "A courier on a scooter was struck by a lorry and died in hospital, his employer said.",
        "Two hikers were killed by a train near the old viaduct on Sunday.",
        "An elderly woman was knocked down by a bus in the market on Tuesday and died. "
        "The driver stopped and called an ambulance.",
    ):
        assert "ASSAULT" not in _types(text), text


def test_a_vehicle_someone_drives_or_owns_still_assaults():
    for text in (
        "A protester was struck by a car driven by a man who had shouted at the crowd, police said.",
        "A shepherd was run down by a military truck and killed outside the village on Monday.",
        "A student was crushed by an armoured vehicle and killed as troops cleared the square.",
        "Three soldiers were killed by a car bomb outside the base on Monday.",
        "Several cyclists were killed by a lorry during the attack on the festival crowd.",
    ):
        assert "ASSAULT" in _types(text), text


def test_a_road_death_whose_story_names_an_armed_driver_still_assaults():
    for text in (
        "A schoolboy was hit by a van and killed on Tuesday. Witnesses said the driver, an "
        "insurgent, had sped away towards the hills.",
        "A settler was struck by a jeep and killed at the junction. The army said the driver was a "
        "rebel fighter.",
    ):
        assert "ASSAULT" in _types(text), text


def test_killing_a_thing_is_no_assault():
    for text in (
        "The committee killed the zoning proposal on Wednesday.",
        "The mayor wants to kill off the levy on parking before the vote.",
        "Deputies executed a warrant at the warehouse on Monday.",
        "The rebel leader said the army had killed the dialogue with the tribes.",
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
    for text in (
        "The judge ruled that the sheriff was entitled to arrest the protesters on the bridge.",
        "The ruling means the army is free to expel the settlers from the hills.",
        "Border guards were authorized to arrest the smugglers at the pass.",
    ):
        modalities = [e["modality"] for e in _events(text) if e["plover"]["type"] == "COERCE"]
        assert modalities and set(modalities) == {"hypothetical"}, text


def test_a_detention_done_stays_asserted():
    events = _events("Immigration agents detained 40 workers at the plant on Tuesday.")
    assert [e["modality"] for e in events if e["plover"]["type"] == "COERCE"] == ["asserted"]


def test_a_state_said_of_someone_is_no_criticism():
    for text in (
        "The coach told reporters the injured striker was heartbroken.",
        '"The passengers were badly injured," the senator said on Tuesday.',
        "The widow said her husband had been dead for a decade.",
    ):
        assert "ACCUSE" not in _types(text), text


def test_a_judgement_said_of_someone_stays_criticism():
    for text in (
        '"The governor is a liar and a coward," the senator said on Tuesday.',
        '"The mayor is corrupt and incompetent," the council member said.',
        "The senator said the president was weak and dishonest.",
        '"He is a sick man," the senator said of the governor.',
        "The senator said the governor was angry and vindictive.",
        '"As far as the movement goes, that traitor is dead to us," the rebel commander said.',
    ):
        assert "ACCUSE" in _types(text), text


def test_a_private_donation_is_no_event():
    for text in (
        "A retired banker pledged $2 million to the party's campaign fund.",
        "Two software founders teamed up to bankroll the mayor's re-election drive.",
        "The art museum accepted a $40,000 grant from a family trust.",
    ):
        assert not {"AGREE", "AID", "COOPERATE"} & set(_types(text)), text


def test_aid_of_a_state_stays_an_event():
    assert "AGREE" in _types("Japan pledged $5 million in aid to Haiti on Tuesday.")
    assert "AID" in _types("The World Bank gave $50 million to Kenya to fight the drought.")
    assert "COOPERATE" in _types("Japan and South Korea joined forces to fund a new dam in Laos.")


def test_a_company_office_left_is_no_retreat():
    for text in (
        "Hale quit as chief operating officer of the shipping firm after the audit.",
        "Maria Okafor stepped down as chief financial officer of Brightwell Foods on Friday.",
        "The toy maker's founder quit as chief executive officer in March, the board said.",
    ):
        assert "RETREAT" not in _types(text), text


def test_a_public_office_left_stays_a_retreat():
    for text in (
        "The British defence minister resigned on Tuesday after the scandal.",
        "The Federal Reserve chairman resigned on Friday, the White House said.",
        "Smith stepped down as managing director of the International Monetary Fund.",
    ):
        assert "RETREAT" in _types(text), text


def test_a_company_named_like_a_charity_is_a_company():
    assert "AGREE" not in _types(
        "Greenleaf Foundation Inc. agreed on Monday to acquire a rival seed maker for $40 million."
    )


def test_an_approval_that_names_no_party_is_no_event():
    for text in (
        "The Bolivian congress adopted the new mining code on Thursday.",
        "The city council approved the library budget on Wednesday.",
        "The state assembly gave the green light to the stadium plan after a long debate.",
    ):
        assert not {"AGREE", "SUPPORT"} & set(_types(text)), text


def test_an_approval_that_names_the_other_party_stays():
    assert "SUPPORT" in _types("The parliament ratified the fishing accord with Norway on Thursday.")
    assert "AGREE" in _types("The cabinet approved a loan agreement with Ghana on Monday.")


def test_killing_people_named_by_any_noun_stays_an_assault():
    for text in (
        "The rebels killed the occupants of the car near the border.",
        "Soldiers killed the bodyguard of the governor on Monday.",
        "The army killed the leadership of the militant group in a raid.",
    ):
        assert "ASSAULT" in _types(text), text
