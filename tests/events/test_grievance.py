"""Displeasure said of an actor and aimed at an actor or an actor's act is criticism (CAMEO 111);
displeasure at things, at one's own family or in a "why" clause is not (all sentences made up)."""

import pytest

from tests.event_helpers import events_of


def _criticism(text: str) -> list[dict]:
    return [e for e in events_of(text) if (e.get("cameo") or {}).get("code") == "111"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The Brazilian foreign ministry said it was deeply disappointed with Argentina's decision"
            " to close the border.",
            "BRA",
            "ARG",
        ),
        ("Kenyan opposition leaders were outraged by the president's remarks on Tuesday.", "KEN", "KEN"),
        ("Residents were angered by the council's decision to close the library.", None, None),
        ("The union remained unhappy with the transport minister.", None, None),
    ],
)
def test_displeasure_with_an_actor_is_criticism(text: str, source: str | None, target: str | None) -> None:
    found = _criticism(text)
    assert found and found[0]["plover"]["type"] == "ACCUSE"
    if source:
        assert (found[0].get("source") or {}).get("country") == source
        assert (found[0].get("target") or {}).get("country") == target


@pytest.mark.parametrize(
    "text",
    [
        "Parents were disappointed with the weather during the school fair.",
        "I was disappointed with the movie.",
        "She was disappointed by her son's grades.",
        "The minister was shocked by the bombing in the market.",
        "Why voters are angry with Congress.",
        "The ambassador was pleased with the talks.",
        "The chancellor was saddened by the archbishop's death.",
        "The ruling coalition was stunned by the Greens' win in the city.",
        "The truce was breached by militia fighters near the border.",
        "Unrest was inflamed by the governor's speech on land.",
    ],
)
def test_displeasure_at_things_kin_or_in_a_why_clause_is_no_criticism(text: str) -> None:
    assert not _criticism(text)
