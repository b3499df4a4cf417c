"""The country of an actor that names none itself ("the foreign minister", "police", "smugglers"):
its own words first, then the story's dateline; never the country of the other party of its event,
a border's country or the dateline of a sentence that places no one (docs/annotation-guide.md,
section 3)."""

import pytest

from dateline.nlp import get_nlp

try:
    from dateline.actors import resolve_actor  # noqa: F401

    HAVE_ACTORS = True
except ImportError:
    HAVE_ACTORS = False

pytestmark = pytest.mark.skipif(not HAVE_ACTORS, reason="dateline.actors is not installed")


def _event(text: str, plover: str) -> dict:
    events = [e for e in get_nlp()(text)._.events if e["plover"]["type"] == plover]
    assert events, text
    return events[0]


def _country(actor: dict | None) -> str | None:
    return (actor or {}).get("country")


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The trade minister denounced Norway's fishing quotas.", "ACCUSE"),
        ("The interior minister urged Tunisia to take back the migrants.", "REQUEST"),
        ("A presidential spokeswoman rejected Bolivia's offer of talks.", "REJECT"),
        ("The prime minister welcomed Canada's pledge of vaccines.", "SUPPORT"),
    ],
)
def test_the_country_of_the_other_party_does_not_place_an_official(text, plover):
    event = _event(text, plover)
    assert _country(event["source"]) is None


def test_the_nationality_of_the_other_partys_people_still_places_their_counterpart():
    event = _event("Peruvian riot police detained the marchers near the stadium.", "COERCE")
    assert _country(event["source"]) == "PER"
    assert _country(event["target"]) == "PER"


def test_a_text_dateline_places_the_storys_officials():
    event = _event("HANOI — The foreign ministry condemned Beijing's survey ship patrols.", "ACCUSE")
    assert _country(event["source"]) == "VNM"


def test_a_text_dateline_places_the_storys_police():
    event = _event("ATHENS — Police detained 14 demonstrators outside the finance ministry.", "COERCE")
    assert _country(event["source"]) == "GRC"


@pytest.mark.parametrize(
    "text",
    [
        "Border guards detained four arms smugglers near the Algerian border on Tuesday.",
        "Rangers detained nine poachers close to the Zambian frontier.",
    ],
)
def test_a_border_named_by_a_country_places_no_one_in_it(text):
    event = _event(text, "COERCE")
    assert _country(event["target"]) not in ("DZA", "ZMB")
    assert _country(event["source"]) not in ("DZA", "ZMB")


def test_a_country_across_a_border_phrase_still_places_no_one():
    event = _event("Soldiers arrested six cattle thieves near the border with Niger.", "COERCE")
    assert _country(event["target"]) != "NER"


def test_people_named_by_a_crime_take_no_country_from_the_dateline():
    event = _event("TUNIS — Coast guards detained three smugglers in a fishing boat on Monday.", "COERCE")
    assert _country(event["target"]) is None


def test_a_place_where_the_event_happens_still_places_its_doer():
    event = _event("Police in Valparaiso arrested two looters on Friday.", "COERCE")
    assert _country(event["source"]) == "CHL"


def test_a_definite_suspect_keeps_the_storys_country():
    text = (
        "Canadian police charged a man over the arson of a mosque in Quebec. "
        "The suspect was later denied bail by a judge in Montreal."
    )
    events = [e for e in get_nlp()(text)._.events if e["target"] and e["target"]["text"] == "The suspect"]
    assert all(_country(e["target"]) == "CAN" for e in events)


def test_the_dateline_outweighs_a_country_a_later_sentence_names_once():
    text = (
        "LISBON — Portugal's premier met shipping executives on Monday. "
        "The transport minister said Morocco's port fees were too high."
    )
    events = [e for e in get_nlp()(text)._.events if e["plover"]["type"] == "CONSULT"]
    assert events and _country(events[0]["target"]) in ("PRT", None)


def test_the_nationality_of_people_arrested_does_not_place_the_police():
    event = _event("Police said they had detained three Moldovan truck drivers at the port.", "COERCE")
    assert _country(event["source"]) is None
    assert _country(event["target"]) == "MDA"


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministry summoned the Norwegian ambassador over the cartoon.",
        "The interior minister ordered the expulsion of three Belgian diplomats.",
    ],
)
def test_the_nationality_of_envoys_does_not_place_their_host(text):
    events = [e for e in get_nlp()(text)._.events if e["source"]]
    assert events and all(_country(e["source"]) is None for e in events)


def test_the_nationality_of_people_who_mostly_live_at_home_places_the_state_acting_on_them():
    event = _event("Riot police detained four Iranian students outside the campus gates.", "COERCE")
    assert _country(event["source"]) == "IRN"
