"""Verbs light only for their own nouns, pledges and the infinitive object of a threat noun, on
sentences written for these tests."""

from event_helpers import events_of


def _codes(text):
    return {(e["plover"]["type"], e["cameo"]["code"]) for e in events_of(text)}


def test_a_verb_light_for_its_own_nouns_claims_no_support_noun():
    # "return" is light for an indictment only: returning part of a territory is still a return
    assert ("RETREAT", "0842") in _codes("Kenya returned part of the captured territory to Somalia.")


def test_pledged_support_is_the_dictionary_pledge():
    # the CAMEO dictionary: PLEDGE - * SUPPORT [032]
    assert ("AGREE", "032") in _codes("Norway pledged support for Moldova.")
    assert not any(t == "SUPPORT" for t, _ in _codes("Norway pledged support for Moldova."))


def test_a_threat_to_shut_a_place_names_no_target():
    events = [
        e
        for e in events_of("Tehran's threat to close the strait alarmed investors.")
        if e["plover"]["type"] == "THREATEN"
    ]
    assert events and all(e["target"] is None for e in events)
