"""Criticism voiced by putting a quality of someone's act in doubt, and allegations of wrongdoing in a
reported clause whose verb hides a wrong, abuses a trust or names a corrupt act; a small clause the
parse hangs on the object ("held the sheriff responsible"). Sentences written for these tests
(docs/annotation-guide.md sections 1-4)."""

from dateline.nlp import get_nlp
from tests.event_helpers import coded_spans


def _accusations(text: str) -> list[tuple[str, str | None, str | None]]:
    return coded_spans(text, "ACCUSE")


def test_a_quality_of_an_owned_thing_put_in_doubt_is_disapproval_of_its_owner():
    assert _accusations("The councillor questioned the legality of the sheriff's curfew.") == [
        ("110", "The councillor", "the sheriff")
    ]
    assert _accusations("The senator called into question the regulator's account of the merger.") == [
        ("110", "The senator", "the regulator")
    ]


def test_a_quality_of_no_ones_thing_a_person_questioned_or_a_summons_is_none():
    assert not _accusations("The councillor questioned the legality of the curfew.")
    assert not _accusations("The councillor questioned the widow of the sheriff's deputy.")
    assert not _accusations("The tribunal called the treasurer into the chamber.")


def test_a_wrong_hidden_is_an_allegation():
    assert _accusations("Farm groups said the water board had hushed up the scandal.") == [
        ("112", "Farm groups", "the water board")
    ]
    assert _accusations("The auditors said the port authority had covered up the fraud.") == [
        ("112", "The auditors", "the port authority")
    ]


def test_covering_up_a_thing_is_no_wrong():
    assert not _accusations("Engineers said the crew had covered up the trench before dawn.")


def test_corrupt_acts_and_abused_trust_are_allegations():
    assert _accusations("The opposition said the treasurer had siphoned money from the harbour fund.") == [
        ("112", "The opposition", "the treasurer")
    ]
    assert _accusations("Senators said the commissioner had abused his office.") == [
        ("112", "Senators", "the commissioner")
    ]


def test_abusing_people_keeps_the_act():
    doc = get_nlp()("Monitors said the wardens had abused the inmates.")
    assert not [e for e in doc._.events if e["cameo"]["code"] == "112"]


def test_an_object_complement_hung_on_the_object_is_read():
    assert _accusations("The mayor held the railway company responsible for the derailment.") == [
        ("112", "The mayor", "the railway company")
    ]


def test_blame_laid_on_someone_whose_phrase_the_parse_hangs_on_the_object():
    assert _accusations("The dockers blamed the delays on the harbour authority.") == [
        ("112", "The dockers", "the harbour authority")
    ]
    assert _accusations("The herders blamed the fires on the rebels.") == [
        ("112", "The herders", "the rebels")
    ]


def test_questions_raised_about_someones_conduct_are_disapproval():
    assert _accusations("Two senators raised questions about the port authority's accounts.") == [
        ("110", "Two senators", "the port authority")
    ]
    assert not _accusations("The watchdog raised questions about the merger.")
    assert not _accusations("The watchdog raised the question of pay with the staff.")


def test_obstructing_the_course_of_justice_is_an_allegation_blocking_a_road_is_not():
    assert _accusations("Two senators said the sheriff had obstructed the inquest.") == [
        ("112", "Two senators", "the sheriff")
    ]
    assert not _accusations("Engineers said the landslide had obstructed the canal.")


def test_questions_a_thing_raises_or_posed_as_asked_are_none():
    assert not _accusations("The verdict raises questions about the harbour police's methods.")
    assert not _accusations("The flooding called into question the water board's planning.")
    assert not _accusations("Pupils posed questions about the mayor's timetable.")


def test_making_or_washing_things_is_no_wrong():
    assert not _accusations("The union said the company had fabricated the hull plates.")
    assert not _accusations("The army said the cadets had laundered the towels.")
    assert _accusations("The senator said the bureau had fabricated the charges.") == [
        ("112", "The senator", "the bureau")
    ]


def test_a_to_phrase_on_the_object_of_a_protest_is_the_objects_own():
    assert not _accusations("Dockers protested the transfer of cargo work to Panama.")
