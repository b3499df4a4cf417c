"""The person-vs-thing test of common nouns (sentences written for these tests)."""

import pytest

from dateline.nlp import get_nlp
from dateline.nlp.noun_kinds import agentive, may_name_people


def _word(text: str, word: str):
    return next(t for t in get_nlp()(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The residents left at dawn.", "residents"),
        ("The panel met at noon.", "panel"),
        ("A protester was hurt.", "protester"),
        ("Her spokeswoman declined.", "spokeswoman"),
        ("Her critics were loud.", "critics"),
    ],
)
def test_people_nouns(text, word):
    assert may_name_people(_word(text, word))


@pytest.mark.parametrize(
    ("text", "word"),
    [("The drought lasted a year.", "drought"), ("His fever rose overnight.", "fever")],
)
def test_thing_nouns(text, word):
    assert not may_name_people(_word(text, word))


def test_a_short_doubled_stem_names_no_doer():
    assert agentive("kidnapper") and agentive("protester")
    assert not agentive("letter") and not agentive("banner")
