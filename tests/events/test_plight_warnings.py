"""A warning of a plight in a place is aimed at no one: the place is where, not whom."""

import pytest

from dateline.nlp import get_nlp


def _events(text: str) -> list[dict]:
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.published = "2023-08-14"
    return list(nlp(doc)._.events or [])


@pytest.mark.parametrize(
    "text",
    [
        "The Arab League warned of an economic catastrophe in Tunisia.",
        "The UN envoy warned of a humanitarian catastrophe in Darfur.",
        "The agriculture agency warned of a locust plague in Kenya.",
    ],
)
def test_a_warning_of_a_plight_in_a_place_is_no_event(text):
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Egypt warned Ethiopia of a catastrophe if it filled the dam.", "ETH"),
        ("Pakistan warned of retaliation against India.", "IND"),
    ],
)
def test_a_warning_to_someone_keeps_its_target(text, code):
    assert [(e["target"] or {}).get("code") for e in _events(text)] == [code]
