"""Verbs of speaking from the broad reporting-verb classes (VerbNet manner_speaking-37.3,
lecture-37.11, complain-37.8, say-37.7) credit quotations and report clauses and topics; their
uses for sounds that are not speech report nothing.

Every sentence here is written for these tests (none comes from an evaluation file).
"""

import pytest

from dateline.nlp import get_nlp


def _quotes(text: str) -> list[dict]:
    return get_nlp()(text)._.quotes


SPOKEN = [
    ("“They took everything we had,” she wailed outside the court.", "They took everything we had", "she"),
    ("“Get off the field!” the groundskeeper hollered.", "Get off the field!", "the groundskeeper"),
    (
        "The bishop voiced concern that the shelters were too crowded.",
        "that the shelters were too crowded",
        "The bishop",
    ),
    ("The professor expounded on why the new tax would fail.", "why the new tax would fail", "The professor"),
    ("The paper editorialized that the mayor should resign.", "that the mayor should resign", "The paper"),
    (
        "The winner gloated that nobody had expected her victory.",
        "that nobody had expected her victory",
        "The winner",
    ),
    (
        "The minister lectured reporters about why the fees were fair.",
        "why the fees were fair",
        "The minister",
    ),
    ("The host pontificated about how young people waste money.", "how young people waste money", "The host"),
]

SOUNDS = [
    "As sirens wailed, police cordoned off the street near the station.",
    "The brakes squealed as the bus came to a halt outside the school.",
    "The old engine wheezed and the tractor stopped in the middle of the field.",
    "A stream babbled beside the path where the hikers camped.",
    "The film is narrated by a retired actor and runs for ninety minutes.",
    "Her voice was calm when she read the verdict to the court.",
    "The talking dog in the new cartoon is voiced by a well-known singer.",
]


@pytest.mark.parametrize(("text", "said", "speaker"), SPOKEN)
def test_verb_of_speaking_reports(text, said, speaker):
    quotes = _quotes(text)
    assert len(quotes) == 1
    assert said in quotes[0]["text"]
    assert quotes[0]["speaker_text"] == speaker


@pytest.mark.parametrize("text", SOUNDS)
def test_sound_that_is_not_speech_reports_nothing(text):
    assert _quotes(text) == []
