"""A dictionary idiom of a body part ('stabbed in the back', betrayal) gives way to a word of bodily harm."""

import pytest

from dateline import extract


def _types(text: str) -> list[str]:
    return [e.plover.type for e in extract(text, published="2024-05-01").events]


@pytest.mark.parametrize(
    "text",
    [
        "A Tulsa woman was fatally stabbed in the back on Friday.",
        "The cook was stabbed to death in the back of the kitchen.",
    ],
)
def test_a_literal_stabbing_is_an_assault(text):
    assert "ASSAULT" in _types(text)


def test_the_idiom_of_betrayal_stays_no_event():
    assert "ASSAULT" not in _types("The governor said her own party had stabbed her in the back.")
    assert "ASSAULT" not in _types("Mr. Varga said his allies had repeatedly stabbed him in the back.")
