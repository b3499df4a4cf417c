import pytest

from dateline.events.argument_kinds import ACTOR, PLACE, THING, fits, kinds_of
from dateline.events.lexicon import match_verb
from dateline.nlp import get_nlp


def _token(text: str, word: str):
    return next(t for t in get_nlp()(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("The guards released three journalists.", "journalists", ACTOR),
        ("Gunmen attacked a village near the lake.", "village", PLACE),
        ("The ministry published the figures.", "figures", THING),
        ("Nobody expected that.", "that", THING),
        ("The police questioned him.", "him", ACTOR),
    ],
)
def test_kinds_of_noun_phrase_heads(text, word, kind):
    assert kind in kinds_of(_token(text, word))


def test_a_code_about_persons_needs_a_person_object():
    assert not fits("0841", [_token("The agency released its annual report.", "report")])
    assert fits("0841", [_token("The militia released two nurses.", "nurses")])
    assert fits("0841", [])


@pytest.mark.parametrize(
    ("text", "word", "coded"),
    [
        # "- * (TO) [040]": the actor sits in the phrase the pattern names no word of
        ("The envoy came to Damascus for a second round.", "came", True),
        ("In the end it never came to that.", "came", False),
    ],
)
def test_a_bare_phrase_of_a_pattern_holds_an_actor_or_a_place(text, word, coded):
    sense = match_verb(_token(text, word))
    assert (sense is not None and sense.plover == "CONSULT") is coded
