"""A prepositional cue reports its topic past a time or manner phrase the parse hung it on, and
"tell" reports what it told about; phrases that are not a cue's topic report nothing.

Every sentence here is written for these tests (none comes from an evaluation file).
"""

import pytest

from dateline.nlp import get_nlp


def _quotes(text: str) -> list[dict]:
    return get_nlp()(text)._.quotes


TOPICS = [
    ("The farmer spoke at length about why the harvest had failed.", "why the harvest had failed"),
    ("The agency warned on Monday of heavy rain across the north.", "heavy rain across the north"),
    ("She told reporters about how the funds had been moved.", "how the funds had been moved"),
    ("The officer testified on Tuesday about what he saw that night.", "what he saw that night"),
    ("Parents complained last week about the new school timetable.", "the new school timetable"),
]

NO_TOPIC = [
    "The scar on his arm told of a hard life at sea.",
    "The family waited at length for news about their son.",
    "The delegates stayed in Geneva on Friday for talks about the border.",
    "The minister arrived on Monday of last week for the summit.",
    "The two leaders talked at length during a dinner at the embassy.",
    "She told him about it.",
    "The drivers complained on the morning of the race about the wet track.",
]


@pytest.mark.parametrize(("text", "topic"), TOPICS)
def test_topic_past_a_time_or_manner_phrase(text, topic):
    quotes = _quotes(text)
    assert [q["text"] for q in quotes] == [topic]


@pytest.mark.parametrize("text", NO_TOPIC)
def test_no_topic_reported(text):
    assert _quotes(text) == []
