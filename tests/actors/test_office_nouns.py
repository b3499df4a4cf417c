"""The pope named by the common noun is the Holy See's (strings written for these tests)."""

import pytest

from dateline.actors.resolve import resolve_actor


@pytest.mark.parametrize("text", ["the pope", "The Pope", "Pope", "the pontiff", "pope", "Pope Leo"])
def test_the_pope_is_the_holy_see(text):
    assert resolve_actor(text, date="2025-08-01")["code"] == "VATREL"


@pytest.mark.parametrize("text", ["Coptic Pope Tawadros II", "Pope Shenouda III", "Alexander Pope"])
def test_another_churchs_pope_or_a_surname_is_not(text):
    found = resolve_actor(text, date="2025-08-01")
    assert found is None or found["country"] != "VAT", found


@pytest.mark.parametrize(("text", "code"), [("the Vatican", "VAT"), ("Holy See", "VAT")])
def test_the_vatican_and_the_holy_see(text, code):
    assert resolve_actor(text, date="2025-08-01")["code"] == code
