"""Judging and protesting a thing (a plan, a call, a decision) is aimed at the thing's owner or author
only, never at an actor named inside its content (docs/annotation-guide.md section 3: a target the
sentence does not mention gives target []); sentences made up for these tests."""

import pytest
from event_helpers import events_of_type


def _targets(text: str, plover: str) -> list[str | None]:
    return [(e.get("target") or {}).get("text") for e in events_of_type(text, plover)]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Hundreds of teachers protested calls for Governor Anna Kowalski to seek re-election.", "PROTEST"),
        ("Residents protested the plan to house migrants in the old barracks near Lyon.", "PROTEST"),
        ("The opposition rejected calls for Prime Minister Irene Vasquez to form a coalition.", "REJECT"),
        ("The senator denounced a proposal to move the embassy to the coastal city.", "ACCUSE"),
    ],
)
def test_an_actor_inside_the_content_of_the_thing_judged_is_no_target(text, plover):
    assert _targets(text, plover) == [None]


@pytest.mark.parametrize(
    ("text", "plover", "target"),
    [
        (
            "Villagers protested plans by Minister Paul Okoro to dam the river.",
            "PROTEST",
            "Minister Paul Okoro",
        ),
        ("Fishermen protested the new quotas set by Brussels.", "PROTEST", "Brussels"),
        (
            "The opposition condemned the government's decision to shut two papers.",
            "ACCUSE",
            "the government",
        ),
        (
            "The governor rejected a request from the nurses union for more pay.",
            "REJECT",
            "the nurses union",
        ),
        ("The ministry denounced the sanctions imposed by Washington on its banks.", "ACCUSE", "Washington"),
        ("The president welcomed the decision of Japan to lift the tariffs.", "SUPPORT", "Japan"),
    ],
)
def test_the_owner_or_author_of_the_thing_judged_is_the_target(text, plover, target):
    assert _targets(text, plover) == [target]


def test_a_sit_in_is_the_protest_itself_not_a_thing_protested():
    found = _targets("Nurses held a sit-in outside the Ministry of Health in Tallinn on Friday.", "PROTEST")
    assert found == ["the Ministry of Health"]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Residents protested the closure of the hospital in Dunmore.", "PROTEST"),
        ("The opposition criticized the dismissal of the army chief.", "ACCUSE"),
        ("The minister welcomed the release of the two aid workers.", "SUPPORT"),
        ("The party rejected the expulsion of its deputies from parliament.", "REJECT"),
    ],
)
def test_an_act_done_to_someone_is_judged_at_its_doer_not_at_them(text, plover):
    assert _targets(text, plover) == [None]


@pytest.mark.parametrize(
    ("text", "plover", "target"),
    [
        ("Activists denounced the eviction of families by the city council.", "ACCUSE", "the city council"),
        ("Unions protested the privatization of the railway by the cabinet.", "PROTEST", "the cabinet"),
    ],
)
def test_the_doer_named_with_an_act_done_to_someone_is_the_target(text, plover, target):
    assert _targets(text, plover) == [target]


@pytest.mark.parametrize(
    ("text", "plover", "target"),
    [
        ("The Kremlin criticized the expansion of NATO.", "ACCUSE", "NATO"),
        (
            "The senator praised the nomination of Judge Carla Mendes to the appeals court.",
            "SUPPORT",
            "Judge Carla Mendes",
        ),
        ("Labour MPs criticised the appointment of Sir Peter Hale as envoy.", "ACCUSE", "Sir Peter Hale"),
    ],
)
def test_a_mover_or_one_chosen_for_office_named_by_of_is_the_target(text, plover, target):
    assert _targets(text, plover) == [target]
