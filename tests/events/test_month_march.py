"""The month March, in a time expression, is no march."""

import pytest

from dateline.nlp import get_nlp


def _types(text: str) -> list[str]:
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.published = "2019-06-20"
    return [e["plover"]["type"] for e in nlp(doc)._.events or []]


@pytest.mark.parametrize(
    "text",
    ["Uruguay took part in March.", "The miners joined in late March.", "Latvia joined on 9 March."],
)
def test_the_month_is_no_protest(text):
    assert "PROTEST" not in _types(text)


@pytest.mark.parametrize(
    "text",
    ["Nurses took part in a march in Quito.", "The dockers union led a march in March."],
)
def test_a_march_stays_a_protest(text):
    assert _types(text) == ["PROTEST"]
