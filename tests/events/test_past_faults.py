"""What someone "should have done" ("X said Y should have done Z") faults Y for a past act:
criticism (ACCUSE 111), not a demand, since a past act can no longer be asked for; "X said Y
should do Z" stays a demand."""

import pytest

from tests.event_helpers import readings


def _types(text: str) -> list[str]:
    return [plover for plover, _ in readings(text, published="2021-03-09")]


@pytest.mark.parametrize(
    "text",
    [
        "The union said the regulator should have stopped the merger last year.",
        "Residents said the mayor should have closed the bridge before the storm.",
        '"The minister should have resigned months ago," the opposition leader said.',
    ],
)
def test_what_someone_should_have_done_is_criticism(text):
    found = readings(text, published="2021-03-09")
    assert ("ACCUSE", "111") in found
    assert "REQUEST" not in [plover for plover, _ in found]


@pytest.mark.parametrize(
    "text",
    [
        "The ombudsman said the victims should have been warned about the flooding.",
        "The coach said the pupils should have had a longer break.",
    ],
)
def test_what_should_have_befallen_someone_faults_no_one_named(text):
    assert not {"REQUEST", "ACCUSE"} & set(_types(text))


@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader said the minister should resign.",
        "The union said the regulator should block the merger.",
        "The envoy said Iran must release the tanker immediately.",
    ],
)
def test_what_someone_should_do_stays_a_demand(text):
    assert "REQUEST" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The analyst said the hackers must have had inside help.",
        "The senator said the treasurer must have known about the transfers.",
        "The judge said the detainees should have been freed on bail.",
    ],
)
def test_an_inference_or_an_act_not_done_is_no_event(text):
    assert not _types(text)


def test_a_present_demand_beside_the_past_fault_stays_a_demand():
    types = _types("The union said the director should have quit in May and must quit now.")
    assert "ACCUSE" in types
    assert "REQUEST" in types
