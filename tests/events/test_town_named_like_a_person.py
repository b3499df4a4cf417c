"""A town named like a given name ("Alexandria detectives") takes the country the places layer
reads for that name in the story, not the dictionaries' most populous town of the name."""

import pytest

from dateline.nlp import get_nlp


def _events(text: str) -> list[dict]:
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.published = "2021-03-09"
    return list(nlp(doc)._.events or [])


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Alexandria police arrested two men on Duke Street on Friday, the Virginia city's police "
            "chief said. Alexandria detectives questioned a third man.",
            "USACOP",
        ),
        (
            "Alexandria police in Egypt arrested two fishermen near the harbour on Friday. Alexandria "
            "prosecutors charged them with smuggling.",
            "EGYCOP",
        ),
    ],
)
def test_a_town_named_like_a_person_takes_the_story_reading(text, code):
    events = [e for e in _events(text) if e["plover"]["type"] == "COERCE"]
    assert events
    assert (events[0].get("source") or {}).get("code") == code
