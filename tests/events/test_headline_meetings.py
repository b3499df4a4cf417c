"""Meetings, talks and mediation in headlines: a coordinated or comma-joined pair of actors as the
subject, a Title Case verb of talks read as a noun, a plan whose subject the parse hangs on the
infinitive, talks named by their partner alone, and a scheduled meeting at a place. Sentences
written for these tests."""

import pytest

from dateline.nlp import get_nlp


def _dyads(text, plover="CONSULT"):
    return [
        (
            e["cameo"]["code"],
            e["modality"],
            (e.get("source") or {}).get("country"),
            (e.get("target") or {}).get("country"),
        )
        for e in get_nlp()(text)._.events or []
        if e["plover"]["type"] == plover
    ]


def _first_line(text, plover="CONSULT"):
    end = text.index("\n") if "\n" in text else len(text)
    return [
        (
            e["cameo"]["code"],
            e["modality"],
            (e.get("source") or {}).get("country"),
            (e.get("target") or {}).get("country"),
        )
        for e in get_nlp()(text)._.events or []
        if e["plover"]["type"] == plover and e["evidence"]["start"] < end
    ]


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Japan And South Korea Resume Fisheries Talks\n"
            "Officials from both countries met in Seoul on Thursday.",
            ("040", "asserted", "JPN", "KOR"),
        ),
        (
            "Ukraine, Poland Open Talks On Grain Exports\n"
            "Agriculture ministers of the two countries met in Warsaw.",
            ("040", "asserted", "UKR", "POL"),
        ),
        (
            "Japan, Philippines to hold security talks\nThe defence ministers will meet in Manila next week.",
            ("040", "planned", "JPN", "PHL"),
        ),
        (
            "US, Iran to resume nuclear talks\nThe two countries will meet in Rome.",
            ("040", "planned", "USA", "IRN"),
        ),
        (
            "Hamas, Fatah to hold reconciliation talks in Cairo\nThe rival factions will meet next week.",
            ("040", "planned", "PSE", "PSE"),
        ),
    ],
)
def test_a_pair_of_actors_holding_talks_in_a_headline(text, dyad):
    assert dyad in _first_line(text)


def test_a_comma_joined_pair_is_the_subject_of_a_title_case_title_glued_to_its_story():
    text = (
        "Macron, Scholz Discuss Ukraine Aid In Paris - French President Emmanuel Macron and German "
        "Chancellor Olaf Scholz met on Tuesday to discuss support for Kyiv."
    )
    assert ("040", "asserted", "FRA", "DEU") in _dyads(text)


def test_a_comma_joined_pair_agreeing_to_talk_is_one_commitment_between_them():
    text = "Sudan Army, RSF Agree To Resume Talks\nThe two sides will meet again in Jeddah."
    events = [
        ((e.get("source") or {}).get("text"), (e.get("target") or {}).get("text"))
        for e in get_nlp()(text)._.events
        if e["plover"]["type"] == "AGREE"
    ]
    assert events == [("Sudan Army", "RSF")]


def test_a_plan_whose_subject_the_parse_hangs_on_the_infinitive():
    text = (
        "Zelensky to meet Trump at White House on Friday\nUkrainian President Volodymyr Zelensky "
        "will seek more air defence systems from President Donald Trump."
    )
    assert _first_line(text) == [("040", "planned", "UKR", "USA")]


def test_a_meeting_scheduled_at_a_place_is_a_planned_meeting_and_a_vow_to_meet_an_intention():
    scheduled = "The Jordanian king will meet the American president on Thursday at the White House."
    assert [(c, m) for c, m, _, _ in _dyads(scheduled)] == [("040", "planned")]
    vowed = "The Chilean president vowed to meet the Peruvian president at the border."
    assert [(c, m) for c, m, _, _ in _dyads(vowed, "AGREE")] == [("036", "asserted")]


def test_a_title_case_verb_of_mediation_with_its_between_phrase():
    text = "Qatar Mediates Between Israel And Hamas\nQatari officials shuttled between the two delegations."
    assert _first_line(text) == [("045", "asserted", "QAT", "ISR"), ("045", "asserted", "QAT", "PSE")]


def test_talks_named_by_their_partner_alone_are_the_subjects():
    assert _dyads("Germany's chancellor was in talks with French officials over the weekend.") == [
        ("040", "asserted", "DEU", "FRA")
    ]
    assert _dyads("Israel has been in talks with Egypt and Qatar about a ceasefire.") == [
        ("040", "asserted", "ISR", "EGY"),
        ("040", "asserted", "ISR", "QAT"),
    ]
    assert _dyads("The company is in talks with investors about a merger.") == []


def test_talks_on_another_verb_are_a_circumstance_of_its_act():
    events = get_nlp()("The minister, in talks with his French counterpart, urged calm.")._.events
    assert [(e["plover"]["type"], e["target"]) for e in events] == [("REQUEST", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Paris, France hosts climate summit\nLeaders from 40 countries arrived on Monday.",
        "Oil, gold prices rise on Fed hopes\nInvestors bought commodities on Monday.",
        "Places to visit in Lima\nThe old town is a favourite.",
        "Markets to open higher on trade hopes\nFutures rose overnight.",
        "Bread, butter to cost more from Monday\nPrices rise again.",
        "Peace Talks To Resume In Geneva\nDelegations are expected on Monday.",
        "Late-night talk show host mocks senator\nThe comedian joked about the senator's travel.",
        "Swimmers set records at state meet\nFour records fell on Saturday.",
    ],
)
def test_nearby_shapes_hold_no_meeting(text):
    assert _first_line(text) == []


def test_a_headline_plan_under_a_closing_attribution_is_planned():
    text = (
        "Modi to visit Moscow next month, Kremlin says\nIndian Prime Minister Narendra Modi will "
        "hold talks with President Vladimir Putin."
    )
    assert ("042", "planned", "IND", "RUS") in _first_line(text)


def test_a_refusal_to_meet_under_a_closing_attribution_the_parse_ran_together():
    text = (
        "Biden will not meet Putin, White House says\nPresident Joe Biden has no plans to travel to "
        "Moscow to see Russian President Vladimir Putin."
    )
    assert _first_line(text, "REJECT") == [("125", "asserted", "USA", "RUS")]
