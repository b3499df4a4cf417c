"""Event nouns as the subject of a dictionary pattern ("- TALKS * [164] # COLLAPSE", "- RELATIONS *
[050] # IMPROVE"): the verb's act coded between the noun's parties (own sentences)."""

from __future__ import annotations

import dateline

CONFIDENT = 0.7


def _coded(text: str) -> list[tuple[str, str | None, str | None, str]]:
    record = dateline.extract(text, published="2024-05-01").model_dump()
    return [
        (
            e["cameo"]["code"],
            (e.get("source") or {}).get("code"),
            (e.get("target") or {}).get("code"),
            e["modality"],
        )
        for e in record["events"]
        if e["confidence"] >= CONFIDENT
    ]


def test_talks_that_collapse_or_fail_are_a_breakdown_between_their_parties():
    for sentence in (
        "Talks between Ecuador and Bolivia collapsed on Thursday.",
        "Talks between Uruguay and Paraguay failed on Friday.",
        "Peace talks between Ghana and Togo hit an impasse in Accra.",
    ):
        coded = _coded(sentence)
        assert [c[0] for c in coded] == ["164"], (sentence, coded)
        assert coded[0][1] and coded[0][2] and coded[0][1] != coded[0][2], (sentence, coded)


def test_talks_fail_by_any_verb_of_the_dictionary_block():
    assert ("164", "ECU", "BOL", "asserted") in _coded("Talks between Ecuador and Bolivia broke down.")
    assert ("164", "ARM", "AZE", "asserted") in _coded("Peace talks between Armenia and Azerbaijan faltered.")


def test_a_failed_meeting_is_no_consultation():
    coded = _coded("Talks between Ecuador and Bolivia collapsed without an agreement.")
    assert not [c for c in coded if c[0].startswith("04")], coded


def test_negotiations_and_dialogue_are_talks_by_the_dictionary_set():
    assert ("164", "KEN", "SOM", "asserted") in _coded(
        "Negotiations between Kenya and Somalia collapsed on Monday."
    )
    assert ("046", "NPL", "BTN", "asserted") in _coded("Dialogue between Nepal and Bhutan resumed in March.")


def test_relations_that_improve_and_tensions_that_ease():
    assert ("050", "ECU", "BOL", "asserted") in _coded(
        "Relations between Ecuador and Bolivia have improved since March."
    )
    assert ("050", "ECU", "BOL", "asserted") in _coded("Ecuador's relations with Bolivia have improved.")
    assert ("080", "IND", "NPL", "asserted") in _coded("Tensions between India and Nepal eased on Sunday.")


def test_the_mood_of_the_verb_is_the_events():
    assert ("164", "ECU", "BOL", "negated") in _coded("Talks between Ecuador and Bolivia did not collapse.")
    assert not _coded("Did talks between Ecuador and Bolivia collapse?")
    assert not [
        c for c in _coded("Talks between Ecuador and Bolivia could collapse next week.") if c[0] == "164"
    ]


def test_near_misses_code_nothing_confident():
    for sentence in (
        "Relations between the two men improved.",
        "Talks about the weather collapsed into laughter.",
        "Talks between the club and the striker collapsed.",
        "Merger talks between the two banks failed.",
        "Talks between Siemens and Alstom collapsed on Monday.",
    ):
        assert not _coded(sentence), sentence


def test_a_noun_naming_people_stays_the_doer():
    coded = _coded("Chinese forces with heavy armour moved to the border with India.")
    assert ("154", "CHNMIL", "IND", "asserted") in coded, coded
