"""Everyday news phrases that are no events (docs/annotation-guide.md sections 2-3): holding or
attending a press conference, calling an election, launching a campaign against no actor, and being
armed; real meetings, calls for elections, armed campaigns and the arming of a side stay coded."""

import pytest

from tests.event_helpers import events_of, readings


def _types(text: str) -> list[str]:
    return [plover for plover, _ in readings(text, published="2021-03-09")]


@pytest.mark.parametrize(
    "text",
    [
        "The labour minister held a press conference in Santiago on Thursday.",
        "The mayor hosted a press conference outside the flooded station.",
        "The envoy attended a news conference in Vienna.",
        "The trade secretary held a press briefing with reporters in Ottawa.",
        "The senator held a media availability after the hearing ended.",
    ],
)
def test_a_media_event_is_no_meeting(text):
    assert "CONSULT" not in _types(text) and "SUPPORT" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The foreign minister held talks with the Peruvian envoy in Quito.",
        "The cabinet held a conference with the miners' leaders in Oruro.",
        "The premier met the Danish president at a summit in Bergen.",
    ],
)
def test_real_meetings_stay_consultations(text):
    assert "CONSULT" in _types(text)


def test_what_is_said_at_a_press_conference_is_coded():
    assert "ACCUSE" in _types("At a press conference, the governor accused the sheriff of lying.")


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Ines Vogt called a snap election on Wednesday.",
        "The premier called an early election for October.",
        "The president dissolved the assembly and called a referendum.",
    ],
)
def test_calling_an_election_is_no_event(text):
    assert _types(text) == []


def test_a_call_for_elections_stays_a_request():
    assert "REQUEST" in _types("The opposition alliance called for early elections.")


@pytest.mark.parametrize(
    "text",
    [
        "The governor launched a campaign against littering.",
        "The health ministry began a drive to vaccinate toddlers.",
        "The league launched its election campaign in Kano.",
    ],
)
def test_a_campaign_against_no_actor_is_no_event(text):
    assert _types(text) == []


def test_a_military_campaign_stays_force():
    assert "ASSAULT" in _types("The army launched a military campaign against the insurgents in the hills.")


@pytest.mark.parametrize(
    "text",
    [
        "A police spokeswoman said the intruder was armed.",
        "The robber was armed with a knife, officers said.",
    ],
)
def test_being_armed_is_no_aid(text):
    assert "AID" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels were armed by a neighbouring government.",
        "Moscow armed the separatist fighters, the alliance said.",
    ],
)
def test_arming_a_side_stays_aid(text):
    assert "AID" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The farmers' union launched a campaign against the agriculture minister.",
        "Students started a smear campaign against the dean, the college said.",
    ],
)
def test_a_campaign_against_an_actor_criticizes_the_actor(text):
    assert readings(text, published="2021-03-09") == [("ACCUSE", "111")]


def test_a_military_campaign_targets_whom_it_is_waged_against():
    doc_events = readings("The army launched a military campaign against the insurgents in the hills.")
    assert doc_events and doc_events[0][0] == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "A literacy drive was launched by the education board in the valley.",
        "The crusade against the tax collector was started by the guild last spring.",
        "A boycott campaign was begun by the traders against the harbour master.",
    ],
)
def test_a_launched_campaign_is_no_target_in_the_passive(text):
    targets = [(e["target"] or {}).get("text") or "" for e in events_of(text)]
    assert not any(word in t.lower() for t in targets for word in ("campaign", "drive", "crusade"))
