"""Clashes of words: named people or holders of office clashing over an issue or in a debate are
criticism (ACCUSE 111), however a headline's parse reads the names; crowds, gangs and police clash
with force. Sentences written for these tests."""

import pytest

from dateline.nlp import get_nlp


def _types(text):
    return [e["plover"]["type"] for e in get_nlp()(text)._.events or []]


@pytest.mark.parametrize(
    "text",
    [
        # a name the actor dictionaries list as a person, read as an organisation in the headline
        "Obama, Trump clash over pensions\nThe two men traded insults in Iowa on Thursday.",
        # "over" a particle and the issue its object
        "Obama and Trump clash over farm subsidies\nThe two men traded insults in Iowa on Thursday.",
        # a clash in a debate
        "Kovacs, Lindqvist clash in debate\nThe two candidates traded barbs in Vienna on Monday.",
    ],
)
def test_named_people_clashing_over_an_issue_or_in_a_debate_clash_in_words(text):
    first = [e for e in get_nlp()(text)._.events or [] if e["evidence"]["start"] < text.index("\n")]
    assert first and all(e["plover"]["type"] == "ACCUSE" for e in first), first


@pytest.mark.parametrize(
    "text",
    [
        "Police clashed with farmers at the hearing in Lyon.",
        "Rival gangs clash over territory in the port\nThree people were shot.",
    ],
)
def test_police_and_gangs_still_clash_with_force(text):
    assert "ASSAULT" in _types(text) and "ACCUSE" not in _types(text)
