"""An ordinal on a noun of no doer ('the first chance to free them') tells no act of the subject."""

import pytest

from dateline import extract


def _types(text: str) -> list[str]:
    return [e.plover.type for e in extract(text, published="2024-05-01").events]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The truce is the first opportunity to release the prisoners.", "RETREAT"),
        ("The gala was the first occasion to meet the new premier.", "CONSULT"),
        ("Friday is the last chance to punish the cabinet at the polls.", "COERCE"),
    ],
)
def test_a_noun_complement_is_no_act_of_the_subject(text, kind):
    assert kind not in _types(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Marlow became the first city to impose a curfew.", "COERCE"),
        ("Tavira was the only country to recognize the junta.", "SUPPORT"),
    ],
)
def test_a_noun_of_a_doer_keeps_the_act(text, kind):
    assert kind in _types(text)
