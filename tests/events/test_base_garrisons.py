"""People the sentence puts at or from a military base are its owner's garrison (sentences written
for these tests)."""

import pytest

from dateline.nlp import get_nlp


def _sources(text: str) -> list[str]:
    return [((e.get("source") or {}).get("code") or "")[:3] for e in get_nlp()(text)._.events]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Sailors at a British base in Cyprus detained a Greek fisherman.", "GBR"),
        ("Paratroopers at a Russian base in Tajikistan fired on smugglers.", "RUS"),
    ],
)
def test_the_garrison_is_of_the_bases_owner(text, owner):
    sources = _sources(text)
    assert owner in sources, sources
