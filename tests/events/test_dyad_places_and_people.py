"""Dyads of issue 13 on sentences written for these tests: a town naming where a deed was done, a
nationality's people the recogniser misread, people of the unknown kind, and public appeals."""

from event_helpers import events_of, one_event


def test_a_town_modifying_a_deed_is_where_it_was_done_not_its_doer():
    for text in (
        "The Kenyan government condemned the Garissa massacre.",
        "The Iraqi minister condemned the Fallujah bombing on Sunday.",
        "The Somali president denounced the Kismayo attack.",
    ):
        event = one_event(text, "ACCUSE")
        assert event["target"] is None, text


def test_a_nationality_or_a_named_group_modifying_a_deed_is_its_doer():
    event = one_event("Pakistan condemned the Russian attack on the convoy.", "ACCUSE")
    assert event["target"] is not None and event["target"]["country"] == "RUS"
    event = one_event("Israel condemned the Hamas attack on Sunday.", "ACCUSE")
    assert event["target"] is not None and event["target"]["text"] == "Hamas"


def test_a_nationality_s_people_misread_by_the_recogniser_are_still_people():
    # "all 880 Soviets" is read as an event name; the place they are in is not the one allowed
    event = one_event("Iraq has agreed to allow all 880 Soviets in Kuwait to leave.", "AGREE")
    assert event["target"] is not None and event["target"]["country"] == "RUS"


def test_people_of_the_unknown_kind_take_no_country_from_the_story():
    text = (
        "Police arrested two men on Monday. The Georgian Interior Ministry said the "
        "Georgian police found weapons in their car. Georgian officials said the investigation "
        "was continuing."
    )
    arrests = [e for e in events_of(text) if e["plover"]["type"] == "COERCE"]
    assert arrests and arrests[0]["target"] is not None
    # the guide: a generic noun takes no country from the story's setting ("two men in Tbilisi"
    # would take the one its own sentence names)
    assert arrests[0]["target"]["country"] is None


def test_an_appeal_to_anyone_asks_no_one_named():
    for text in (
        "Anyone with information is urged to call police.",
        "Anyone with information about the burglaries is asked to call the Hopkinton Police Department.",
        "Everyone was urged to contact the embassy.",
    ):
        requests = [e for e in events_of(text) if e["plover"]["type"] == "REQUEST"]
        assert all(e["target"] is None for e in requests), text


def test_an_appeal_in_the_passive_to_people_named_keeps_them():
    event = one_event("Residents were urged by the mayor to stay indoors.", "REQUEST")
    assert event["target"] is not None and event["target"]["text"] == "Residents"
    event = one_event("They were urged to call police.", "REQUEST")
    assert event["target"] is not None and event["target"]["text"] == "They"


def test_a_country_before_a_noun_of_relation_is_the_other_party():
    # as "Iran's allies" (annotation guide, section 3): the allies of the United States are not it
    for text in ("U.S. allies objected to the naval operation.", "Russian partners condemned the sanctions."):
        event = one_event(text, "ACCUSE")
        assert event["source"] is not None and event["source"]["country"] is None, text
    # a place complement still places them
    event = one_event("U.S. allies in Iraq criticized the raid.", "ACCUSE")
    assert event["source"]["country"] == "IRQ"


def test_a_nationality_of_an_owned_relation_or_a_counterpart_is_their_own():
    found = [e for e in events_of("The United States and its Iraqi allies attacked the town.") if e["source"]]
    assert any(e["source"]["text"] == "its Iraqi allies" and e["source"]["country"] == "IRQ" for e in found)
    event = one_event("The minister met his Chinese counterpart in Beijing.", "CONSULT")
    assert event["target"]["country"] == "CHN"
    event = one_event("NATO allies urged Turkey to drop the purchase.", "REQUEST")
    assert event["source"]["country"] == "IGO"


def test_a_place_named_with_a_compass_adjective_written_small_is_that_place():
    event = one_event("Police in northern Ireland arrested two IRA members on Sunday.", "COERCE")
    assert event["source"]["country"] == "GBR"
    event = one_event("Officials in western Sahara accused Morocco of abuses.", "ACCUSE")
    assert event["source"]["country"] == "ESH"
    # the north of a country that has no such place is still the country
    event = one_event("Rebels in northern Iraq attacked a checkpoint.", "ASSAULT")
    assert event["source"]["country"] == "IRQ"


def test_a_deployment_is_aimed_at_no_place_it_sends_forces_to():
    for text in (
        "Britain will send 500 more troops to Afghanistan.",
        "The US is sending warships toward North Korea.",
    ):
        event = one_event(text, "MOBILIZE")
        assert event["target"] is None, text
