"""A verb of naming whose object the parse merges with the noun it is called ("called the campaign
ethnic cleansing") names that act; it does not perform it (sentences written for these tests)."""

from tests.event_helpers import readings


def _coded(text: str) -> list[tuple[str, str]]:
    return readings(text, published="2024-05-01")


def test_act_noun_called_of_a_thing_is_not_done_by_the_caller():
    for text in (
        "The Nordic council has called the resettlement drive ethnic cleansing.",
        "Senators in Valmora called the evictions ethnic cleansing.",
    ):
        assert ("ASSAULT", "203") not in _coded(text), text


def test_called_strike_is_still_called():
    assert ("PROTEST", "143") in _coded("The dockers' union called a general strike for Thursday.")
    assert ("PROTEST", "143") in _coded("The Valmora teachers' federation called a rail strike on Monday.")


def test_ethnic_cleansing_carried_out_or_committed_is_still_the_act():
    assert ("ASSAULT", "203") in _coded("Border militias committed ethnic cleansing in Dravo, judges found.")
    assert ("ASSAULT", "203") in _coded("Gunmen from the hills carried out ethnic cleansing in Dravo.")
