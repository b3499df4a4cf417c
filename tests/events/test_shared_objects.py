"""Two coordinated verbs sharing one object ("beat and detained the students"): the parse hangs the
object on the second verb only, and the first takes it too (``argument_kinds.raised_objects``);
a headline of that shape is active, not a headline's bare passive."""

import pytest

from tests.event_helpers import events_of

STORY = "Unrest spreads in the hills\n\nKISUMU, Kenya (AP) — Tension rose in the county on Monday. "


def _pairs(text: str) -> set[tuple[str, str | None, str | None]]:
    return {
        (e["plover"]["type"], (e.get("source") or {}).get("text"), (e.get("target") or {}).get("text"))
        for e in events_of(text)
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Kenyan rangers beat and detained four fishermen near the lake.",
            ("ASSAULT", "Kenyan rangers", "four fishermen"),
        ),
        (
            "Kenyan police arrested and charged two bloggers on Saturday.",
            ("COERCE", "Kenyan police", "two bloggers"),
        ),
        (
            "Kenyan police have detained and questioned two bloggers in Kisumu.",
            ("COERCE", "Kenyan police", "two bloggers"),
        ),
        (
            "The county governor met and thanked the tea farmers on Saturday.",
            ("CONSULT", "The county governor", "the tea farmers"),
        ),
    ],
)
def test_first_verb_takes_the_shared_object(sentence, expected):
    assert expected in _pairs(STORY + sentence)


def test_headline_with_a_shared_object_is_active():
    assert ("ASSAULT", "Kenyan rangers", "a herder") in _pairs(
        "Kenyan rangers shot and wounded a herder near the lake"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenyan rangers fired into the air and detained four fishermen near the lake.",
        "Kenyan rangers attacked at dawn and detained four fishermen near the lake.",
    ],
)
def test_words_between_the_verbs_keep_the_object_apart(sentence):
    assert not any(t == "ASSAULT" and target == "four fishermen" for t, _, target in _pairs(STORY + sentence))


def test_two_bare_participles_stay_a_headline_passive():
    pairs = _pairs("Fishermen detained and beaten outside county office")
    assert any(t == "COERCE" and source is None and target == "Fishermen" for t, source, target in pairs)


def test_a_protest_takes_no_shared_object():
    pairs = _pairs(STORY + "Kenyan students rallied and backed the county governor on Saturday.")
    assert not any(t == "PROTEST" and target for t, _, target in pairs)
