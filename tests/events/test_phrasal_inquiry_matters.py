"""A phrasal verb of inquiry ("look into") holds only for a matter looked into (sentences written
for these tests)."""

import pytest

from tests.event_helpers import verb_sense


def _inquiry(sense) -> bool:
    return sense is not None and (sense.plover, sense.cameo) == ("ACCUSE", "090")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Senate ethics panel is looking into the senator's dealings with an arms firm.", "looking"),
        ("The Brenmoor attorney general looked into how the flood relief funds were spent.", "looked"),
        ("Police in Tarsk are looking into it.", "looking"),
        ("Police in Tarsk are looking into the cause of the fire at the Ulvik depot.", "looking"),
    ],
)
def test_a_matter_looked_into_is_an_inquiry(text, word):
    assert _inquiry(verb_sense(text, word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a thing or place seen
        ("The defence minister looked into the cameras and vowed revenge.", "looked"),
        ("Police looked into the windows of the abandoned consulate.", "looked"),
        ("The navy looked into the harbour with searchlights.", "looked"),
        # a course weighed
        ("The Brenmoor government is looking into building a second bridge.", "looking"),
        ("The finance ministry is looking into ways of cutting the deficit.", "looking"),
        ("The transport ministry is looking into the feasibility of a tunnel to Ulvik.", "looking"),
    ],
)
def test_a_thing_seen_or_a_course_weighed_is_no_inquiry(text, word):
    assert not _inquiry(verb_sense(text, word))
