"""Allegations and criticism between private people are no events, and a genre label before a
headline's colon is no speaker; nearby political events stay (all sentences made up)."""

import pytest

from dateline.events.labels import genre_label, label_colon, opinion_headline
from tests.event_helpers import events_of

BODY = "\n\nThe mayor of the city told reporters on Monday that the council would meet again next week."


def _accusations(text: str) -> list[dict]:
    return [e for e in events_of(text) if e["plover"]["type"] == "ACCUSE"]


def _headline_types(headline: str) -> set[str]:
    return {e["plover"]["type"] for e in events_of(headline + BODY) if e["evidence"]["start"] < len(headline)}


@pytest.mark.parametrize(
    "text",
    [
        '"My brother lied to me for years," said a nurse from the suburbs.',
        "The shopkeeper said her neighbour had cheated her out of the rent.",
        '"He is a liar," the woman said of her former landlord.',
        "A retired teacher said her husband misled her about the money.",
        '"Our tenant lied about the damage," the landlady said.',
        "Smith said Jones lied to him about the car.",
    ],
)
def test_allegations_between_private_people_are_no_events(text: str) -> None:
    assert not _accusations(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The senator said the president lied to the American people.", "the president"),
        ('"The minister is a liar," the opposition leader said.', "The minister"),
        ("The union said the company misled workers about the pension fund.", "the company"),
        ("The mayor accused the police chief of lying about the shooting.", "the police chief"),
        ('"The police lied to us," said the mother of the dead teenager.', "The police"),
        ("The governor said the ruling party had cheated in the election.", "the ruling party"),
        ("Activists accused the army of lying about civilian deaths.", "the army"),
        ("Customers said the bank had misled them about the fees.", "the bank"),
        ("The widow said the mayor lied to her about the inquiry.", "the mayor"),
        ("Prosecutors charged the businessman with fraud and bribery.", "the businessman"),
        ('"She is a disgrace," a voter said of the mayor.', "the mayor"),
        ("The councillor said the developer had misled residents about the tower.", "the developer"),
        ("Parents accused the school of hiding a series of thefts from the lockers.", "the school"),
        ("A lecturer accused the school board of lying about the size of classes.", "the school board"),
        ("Tenants accused the developer of lying about the noise of the works.", "the developer"),
    ],
)
def test_allegations_against_officials_parties_and_companies_stay(text: str, target: str) -> None:
    assert any((e.get("target") or {}).get("text") == target for e in _accusations(text))


@pytest.mark.parametrize(
    "headline",
    [
        "Explainer: Why farmers are angry at the government",
        "Opinion: The president must go",
        "Editorial: Parliament must reject this bill",
        "Comment: The senator lied and he should resign",
        "Op-Ed: The governor is a disgrace to the state",
    ],
)
def test_genre_labelled_headlines_code_no_speaker_claim(headline: str) -> None:
    assert not _headline_types(headline)


@pytest.mark.parametrize(
    ("headline", "plover"),
    [
        ("Analysis: Iran accuses Washington of sabotage", "ACCUSE"),
        ("Exclusive: Navy seizes tanker near the strait", "COERCE"),
        ("Minister: We will not resign", "REJECT"),
        ("Senator Berg: Governor must resign over the scandal", "REQUEST"),
    ],
)
def test_a_section_labels_headline_and_a_speakers_colon_stay(headline: str, plover: str) -> None:
    assert plover in _headline_types(headline)


def test_labels_are_matched_whole_and_by_kind() -> None:
    assert genre_label("In Pictures") and genre_label("FACTBOX") and not genre_label("Minister")
    assert opinion_headline("Opinion: the levy must go") and not opinion_headline("Analysis: the levy")
    assert label_colon("Exclusive: navy seizes tanker") == 9 and label_colon("Mayor: we stay") is None


def test_a_labels_clause_on_a_line_of_its_own_stays_an_event() -> None:
    types = {
        e["plover"]["type"]
        for e in events_of("Update: The envoy resigned on Friday after the audit was released.")
    }
    assert "RETREAT" in types


def test_an_opinion_headline_echoes_no_event_of_its_lede() -> None:
    head = "Opinion: Councillor slams mayor over bus fares"
    text = head + "\n\nCouncillor Ada Mills criticised Mayor Ivo Kranz on Friday over fares."
    events = events_of(text)
    assert any(e["plover"]["type"] == "ACCUSE" for e in events)
    assert not [e for e in events if e["evidence"]["start"] < len(head)]
