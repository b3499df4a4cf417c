"""Nouns of reproof (WordNet reprimand.n.01, denunciation.n.01, censure.n.01) coded as criticism,
ACCUSE/disapprove 111, like 'criticism' and 'condemnation', on sentences written for these tests."""

import pytest
from event_helpers import events_of, one_event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The senator's rebuke of the president surprised his colleagues.", "The senator", "the president"),
        ("The governor issued a sharp rebuke to the legislature.", "The governor", "the legislature"),
        ("The council's censure of the mayor was the first in decades.", "The council", "the mayor"),
        (
            "The minister's denunciation of the opposition was broadcast live.",
            "The minister",
            "the opposition",
        ),
        ("The prime minister's reprimand of the envoy was made public.", "The prime minister", "the envoy"),
    ],
)
def test_a_noun_of_reproof_with_its_doer_is_criticism(text, source, target):
    event = one_event(text, "ACCUSE")
    assert event["cameo"]["code"] == "111"
    assert event["source"]["text"] == source
    assert event["target"] is not None and event["target"]["text"] == target


def test_a_noun_of_reproof_with_no_doer_is_no_event():
    assert not events_of("A stern rebuke would not change anything.")
