"""People a body serves are not the body: a description of them takes no code from it."""

import pytest

from dateline.nlp import get_nlp


def _target(text: str) -> str:
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.published = "2022-11-02"
    events = list(nlp(doc)._.events or [])
    return (events[0]["target"] or {}).get("code") or ""


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("UNHCR commended the returnees.", "REF"),
        ("The FAO applauded the herders.", "AGR"),
        ("The World Health Organization praised the midwives.", "HLH"),
    ],
)
def test_people_an_igo_serves_take_no_code_from_it(text, code):
    assert _target(text) == code
