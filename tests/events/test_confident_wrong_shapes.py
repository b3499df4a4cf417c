"""Shapes that were coded with confidence as another event than the text tells (headlines and
sentences written for these tests): a voiced intent, a force disbanding, hackers' targets, a court's
conviction, a headline subject placed by a phrase, a deed in a speaker's colon claim, a commitment to
act together and a device word read as a name."""

import pytest
from event_helpers import events_of

LEDE = "\n\nVELL, Ruritania (Wire) - Residents gave an account on Monday of a tense weekend in the province."


def _coded(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(PLOVER type, CAMEO code, source text, target text) of the events of the first line of
    ``text`` over a lede that tells no event."""
    line = text.split("\n")[0]
    return [
        (
            e["plover"]["type"],
            e["cameo"]["code"],
            (e.get("source") or {}).get("text"),
            (e.get("target") or {}).get("text"),
        )
        for e in events_of(text + LEDE)
        if e["evidence"]["start"] < len(line)
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Norway Reiterates Willingness to Reopen Talks With Rebels", "036"),
        ("Ghana signalled its willingness to negotiate with the striking dockers.", "036"),
        ("Laos voiced its readiness to provide food aid to Cambodia.", "0333"),
        ("The president reiterated his desire to meet the Pope.", "036"),
    ],
)
def test_an_intent_noun_voiced_with_an_act_is_a_promise_of_that_act(text, code):
    found = _coded(text)
    assert any(t == "AGREE" and c == code for t, c, _, _ in found), found
    assert not any(c == "013" for _, c, _, _ in found), found


def test_an_intent_noun_with_no_act_keeps_the_verbs_own_reading():
    found = _coded("Fiji Expresses Optimism About Trade Talks With Samoa")
    assert not any(t == "AGREE" for t, _, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    ["The rebel army disbanded on Friday under the accord.", "Militants Dissolve Armed Wing After Talks"],
)
def test_an_armed_force_disbanding_demobilises(text):
    found = _coded(text)
    assert any(t == "RETREAT" and c == "0873" for t, c, _, _ in found), found
    assert not any(t == "SANCTION" for t, _, _, _ in found), found


def test_a_government_disbanding_a_party_is_no_demobilisation():
    found = _coded("Government Disbands Opposition Party Ahead of Vote")
    assert not any(t == "RETREAT" for t, _, _, _ in found), found


def test_hackers_targeting_servers_is_a_cyber_attack_and_rebels_targeting_a_convoy_force():
    hacked = _coded("Hackers targeted a port authority's database overnight.")
    assert any(t == "COERCE" and c == "170" for t, c, _, _ in hacked), hacked
    ambushed = _coded("Rebels target army convoy in northern Mali")
    assert any(t == "ASSAULT" for t, _, _, _ in ambushed), ambushed


@pytest.mark.parametrize(
    "text",
    [
        "Former Sheriff Convicted of Misconduct in Office",
        "A military court in Lima convicted two colonels of war crimes on Monday.",
    ],
)
def test_a_conviction_of_a_listed_crime_is_a_conviction_not_an_arrest(text):
    found = _coded(text)
    assert any(t == "SANCTION" and c == "116" for t, c, _, _ in found), found
    assert not any(t == "COERCE" for t, _, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        ("Police in Lima Arrest Suspects in Bank Heist", "COERCE", "Police in Lima"),
        ("Prosecutors in Milan Charge Mayor With Bribery", "ACCUSE", "Prosecutors in Milan"),
    ],
)
def test_a_headline_subject_placed_by_a_phrase_keeps_its_verb(text, kind, source):
    found = _coded(text)
    assert any(t == kind and s == source for t, _, s, _ in found), found


def test_a_verb_of_claiming_in_a_title_case_headline_takes_the_clause_after_it():
    found = _coded("Rebels in Mali Claim Army Shelled Villages")
    assert any(t == "ASSAULT" and s == "Army" for t, _, s, _ in found), found
    assert not any(s and s.startswith("Rebels") for _, _, s, _ in found), found


def test_a_speaker_before_a_colon_is_no_doer_of_a_deed_in_the_claim():
    found = _coded("Harbour official: Fire guts fuel depot, wounding six")
    assert not any(s and "official" in s for _, _, s, _ in found), found


def test_a_device_word_read_as_a_name_is_no_doer():
    found = _coded("Chilean police: Bomb blast wounds four herders at market")
    assert not any(s and s.lower().startswith("bomb") for _, _, s, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Togo promised to hold talks on the border dispute.",
        "Latvia and Lithuania Commit to Acting Jointly on Fishing Quotas",
    ],
)
def test_a_commitment_to_act_together_is_made_between_the_coordinated_doers(text):
    found = _coded(text)
    agree = [(s, g) for t, _, s, g in found if t == "AGREE"]
    assert len(agree) == 1 and agree[0][1] in ("Togo", "Lithuania"), found


def test_a_commitment_to_act_on_a_third_party_stays_each_doers():
    found = _coded("Ghana and Togo pledged to send food aid to Mali.")
    assert [g for t, _, _, g in found if t == "AGREE"] == ["Mali", "Mali"], found


def test_defending_ones_own_act_is_aimed_at_no_one_it_went_to():
    found = _coded("The mayor defended her memo to the city council.")
    assert [g for t, _, _, g in found if t == "SUPPORT"] == [None], found


def test_defending_anothers_decision_is_aimed_at_its_owner():
    found = _coded("The minister defended the governor's decision to close the border.")
    assert [g for t, _, _, g in found if t == "SUPPORT"] == ["the governor"], found


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Brazil and Argentina vowed to jointly send aid to Haiti.", "Haiti"),
        ("Egypt and Sudan pledged to hold talks with Ethiopia.", "Ethiopia"),
        ("The EU and Japan pledged to help Ukraine together.", "Ukraine"),
    ],
)
def test_a_joint_commitment_to_a_third_party_is_each_doers_to_it(text, party):
    found = _coded(text)
    assert [g for t, _, _, g in found if t == "AGREE"] == [party, party], found


@pytest.mark.parametrize(
    "text",
    [
        "The party dissolved its youth wing after the scandal.",
        "The mayor disbanded the housing task force.",
        "The ministry dissolved its anti-fraud unit in March.",
    ],
)
def test_a_civilian_body_disbanding_a_wing_force_or_unit_is_no_demobilisation(text):
    found = _coded(text)
    assert not any(t == "RETREAT" for t, _, _, _ in found), found


def test_an_intent_not_voiced_is_a_promise_not_made_and_no_refusal():
    found = _coded("Chile did not express any willingness to resume talks with Bolivia.")
    assert not any(t == "REJECT" for t, _, _, _ in found), found
