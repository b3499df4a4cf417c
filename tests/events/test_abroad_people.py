"""People away from their own country (envoys, migrants) and the pope as actors (sentences written
for these tests)."""

from event_helpers import events_of


def _find(text, trigger):
    found = [e for e in events_of(text) if trigger in e["trigger"]]
    assert found, [(e["plover"]["type"], e["trigger"]) for e in events_of(text)]
    return found[0]


def test_an_envoy_the_text_does_not_place_takes_no_code_of_the_state_acting_on_it():
    # a state's envoys are of the state they represent (annotation guide, section 3: null code)
    for text, trigger in (
        ("Paraguay expelled three diplomats on Thursday, its foreign ministry said.", "expelled"),
        ("Police in Minsk detained an envoy outside the hotel on Friday.", "detained"),
    ):
        event = _find(text, trigger)
        assert event["target"] is not None and not event["target"]["country"], text


def test_an_envoy_its_own_phrase_places_keeps_that_country():
    event = _find("Paraguay expelled three Bolivian diplomats on Thursday.", "expelled")
    assert event["target"]["country"] == "BOL"
    event = _find("Lithuania summoned the Belarusian ambassador over the border incident.", "summoned")
    assert event["target"]["country"] == "BLR"


def test_migrants_are_not_placed_by_the_state_that_deports_them():
    event = _find("Tunisia deported 60 migrants on Wednesday, officials said.", "deported")
    assert event["target"] is not None and not event["target"]["country"]
    event = _find("Greek police detained 25 Sudanese migrants near the border.", "detained")
    assert event["target"]["country"] == "SDN"


def test_people_of_no_such_kind_are_still_placed_where_the_event_happens():
    event = _find("Police in southern Iraq arrested three men on Thursday.", "arrested")
    assert event["target"]["country"] == "IRQ"


def test_the_pope_is_an_actor_of_the_holy_see():
    event = _find("The president of Uruguay praised the Pope on Friday for his visit.", "praised")
    assert event["target"] is not None and event["target"]["code"].startswith("VAT")


def test_an_envoy_is_not_of_the_state_bodies_of_its_own_sentence():
    event = _find("The Latvian foreign minister met the envoy in Riga on Thursday.", "met")
    assert event["target"] is not None and not event["target"]["country"]


def test_an_envoy_described_after_a_named_one_keeps_its_country():
    text = "The Finnish ambassador arrived in Tallinn. The ambassador met the Estonian premier on Friday."
    event = _find(text, "met")
    assert event["source"]["country"] == "FIN"
