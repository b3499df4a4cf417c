"""Shapes of CAMEO verb-dictionary patterns a plain news sentence uses (sentences written for these
tests, one per pattern shape of the dictionary)."""

from tests.event_helpers import events_of, readings


def _coded(text: str) -> list[tuple[str, str]]:
    return readings(text, published="2024-05-01")


def test_manner_adverb_before_the_verb_is_the_patterns_word():
    # "- SHARPLY * [111] # ATTACK": an attack in words, not by force
    assert ("ACCUSE", "111") in _coded("Peruvian President Elena Quispe sharply attacked Chile on Friday.")
    assert not any(
        t == "ASSAULT" for t, _ in _coded("Peruvian President Elena Quispe sharply attacked Chile on Friday.")
    )
    # "- ETHNICALLY * [203] # CLEANSE"
    assert ("ASSAULT", "203") in _coded("Croatian militias ethnically cleansed the village of Dolac.")


def test_manner_adverb_after_the_verb_counts_too():
    assert ("ACCUSE", "111") in _coded("Peruvian President Elena Quispe attacked Chile sharply on Friday.")


def test_adverb_no_pattern_names_leaves_the_attack_physical():
    assert ("ACCUSE", "111") not in _coded("Peruvian rebels suddenly attacked an army post near Puno.")
    assert any(t == "ASSAULT" for t, _ in _coded("Peruvian rebels suddenly attacked an army post near Puno."))


def test_symbolic_charge_is_no_event():
    # "- SYMBOLICALLY * [---] # CHARGE"
    assert not _coded("The mayor of Lyon symbolically charged the visitors one euro for the tour.")


def test_ethnic_cleansing_is_the_noun_of_cleansing_ethnically():
    # CAMEO 203 "Engage in ethnic cleansing"; the dictionary's "- ETHNIC * [203] # CLEANSE"
    assert ("ASSAULT", "203") in _coded(
        "Militias from Tavria carried out ethnic cleansing in the river valley, the UN said."
    )


def test_ethnic_cleansing_in_an_accusation_or_a_book_is_no_act():
    assert ("ASSAULT", "203") not in _coded("Norway accused the Tavrian army of ethnic cleansing.")
    assert not _coded("The historian wrote a book about ethnic cleansing in the Balkans.")
    assert ("ASSAULT", "203") not in _coded("Did the militias carry out ethnic cleansing in the valley?")


def _dyads(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (e["plover"]["type"], (e["source"] or {}).get("code"), (e["target"] or {}).get("code"))
        for e in events_of(text)
    ]


def test_the_other_party_of_talks_sought_or_left_is_the_target():
    # CAMEO 026 "- * TALKS [026] # SEEK", 164 "- TALK WALK OUT *"
    assert ("REQUEST", "MDA", "UKR") in _dyads("Moldova is seeking talks with Ukraine over the river dam.")
    assert ("REJECT", "ETH", "ERI") in _dyads("Ethiopia ruled out a resumption of border talks with Eritrea.")
    assert any(
        t == "SANCTION" and tgt and tgt.startswith("PRY")
        for t, _, tgt in _dyads(
            "ASUNCION (Reuters) - Paraguay's opposition walked out of talks with the government."
        )
    )


def test_help_sought_with_a_task_names_no_partner():
    assert ("REQUEST", "MDA", None) in _dyads("Moldova sought help with the grape harvest.")
    assert not _dyads("Did Moldova seek talks with Ukraine?")


def test_a_to_phrase_hung_on_the_object_is_the_patterns_phrase_after_it():
    # "- * {HUMANITARIAN TRIP} (TO) [073] # ORGANISE": the parse hangs "to Gaza" on "trip"
    assert ("AID", "073") in _coded(
        "BEIRUT (Reuters) - The Lebanese Red Cross organised a humanitarian trip to Gaza."
    )


def test_a_trip_to_no_actor_or_place_of_note_is_no_aid():
    assert not _coded("The village school organised a trip to the zoo.")


def test_talks_between_others_called_for_stay_one_appeal():
    events = events_of("The Arab League called for talks between the Libyan army and the militias in Sirte.")
    assert [e["plover"]["type"] for e in events] == ["REQUEST"]
