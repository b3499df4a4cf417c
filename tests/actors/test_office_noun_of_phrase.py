"""A pope named with an of-phrase is another church's or a field's, not the Holy See's (phrases
written for these tests)."""

import pytest

from dateline.actors.resolve import resolve_actor


@pytest.mark.parametrize(
    "text",
    ["the pope of the Alexandrian church", "the pontiff of the Coptic faithful"],
)
def test_an_of_phrase_names_another_pope(text):
    assert (resolve_actor(text, date="2024-05-01") or {}).get("code") != "VATREL"


def test_the_bare_pope_is_the_holy_sees():
    assert resolve_actor("the pontiff's envoy", date="2024-05-01")["code"] == "VATREL"
