"""Shapes coded with confidence as events the text does not tell (sentences written for these
tests): agreeing that something is so (a view, no commitment), an event noun that a
later sentence sets in time against another event ("the arrests came amid ..."), a back reference,
and an act placed in an earlier year ("last year", "two years ago") in a text with no date."""

import pytest
from event_helpers import events_of

OPENING = "Officials gave details on Tuesday. "


def _types(text: str, start: int = 0) -> list[str]:
    """The PLOVER types of the events whose evidence starts at or after ``start``."""
    return [e["plover"]["type"] for e in events_of(text) if e["evidence"]["start"] >= start]


@pytest.mark.parametrize(
    "text",
    [
        "The Danish trade minister agreed that the tariffs had hurt fishermen in Greenland.",
        "Both Peru and Bolivia agree that the river treaty is outdated.",
        "The Portuguese president concurred that the reform came too late.",
        "The Austrian finance minister agreed that the figures might have been wrong.",
    ],
)
def test_agreeing_that_something_is_so_is_a_view_not_an_agreement(text):
    assert "AGREE" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Togo agreed that their defence ministers will meet in Lome.",
        "Ecuador agreed that the guerrillas should surrender their rifles by July.",
        "Sudan agreed to allow aid convoys into Darfur.",
        "Norway offered emergency aid to Haiti.",
        "Armenia and Georgia agreed that the transit duties be lifted.",
        "Chad agreed that French troops are to leave the base by June.",
        "Tunisia agreed that it was time to reopen the consulate in Tripoli.",
        "Qatar offered to mediate between Ethiopia and Eritrea.",
    ],
)
def test_agreeing_or_offering_to_act_stays_an_agreement(text):
    assert "AGREE" in _types(text)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        (
            "Chile protested the flights on Tuesday. The criticism by the Chilean foreign ministry "
            "comes after a fortnight in which jets crossed the border.",
            "ACCUSE",
        ),
        (
            "Police detained nine students in Baku on Sunday. The arrests by Azerbaijani police "
            "came amid anger over tuition fees.",
            "COERCE",
        ),
        (
            "Greece recalled two Turkish envoys on Friday. Athens' expulsion of the envoys came "
            "hot on the heels of the drilling dispute.",
            "SANCTION",
        ),
        (
            "Dock workers in Belgium walked out on Monday. The strike by the Belgian port unions "
            "follows months of failed pay talks.",
            "PROTEST",
        ),
        (
            "Serbia threatened to cut gas supplies to Kosovo. Belgrade's threat followed a dispute "
            "over customs posts.",
            "THREATEN",
        ),
    ],
)
def test_an_event_noun_set_in_time_against_another_is_a_back_reference(text, type_):
    text = OPENING + text
    last = text.rindex(". ", 0, len(text) - 1) + 2
    assert type_ not in _types(text, last)


def test_an_event_noun_set_in_time_in_the_lead_stays_coded():
    text = "The arrest of the opposition leader by Malawian police on Monday followed weeks of protests."
    assert "COERCE" in _types(text)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        (
            "Buses stopped at noon. Clashes between Belgian police and farmers followed the meeting.",
            "ASSAULT",
        ),
        (
            "Buses stopped at noon. Arrests of Peruvian opposition activists by police followed the vote.",
            "COERCE",
        ),
        ("Buses stopped at noon. A strike by Zimbabwean teachers came after months without pay.", "PROTEST"),
    ],
)
def test_an_indefinite_event_noun_set_in_time_tells_a_new_act(text, type_):
    text = OPENING + text
    last = text.rindex(". ", 0, len(text) - 1) + 2
    assert type_ in _types(text, last)


def test_an_event_noun_that_is_no_subject_of_sequence_stays_coded():
    text = OPENING + "Colombia criticized Panama on Monday. The criticism by Colombia angered Panama."
    last = text.rindex(". ", 0, len(text) - 1) + 2
    assert "ACCUSE" in _types(text, last)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Last year Belgium expelled three Iranian diplomats.", "SANCTION"),
        ("Uganda arrested six Congolese traders two years ago.", "COERCE"),
        ("Three years ago, Canada sued Ohio over the lake pipeline.", "ACCUSE"),
        ("Greece condemned Albania over the border quarrel two decades ago.", "ACCUSE"),
    ],
)
def test_an_act_of_an_earlier_year_is_background_in_an_undated_text(text, type_):
    text = OPENING + text
    assert type_ not in _types(text, len(OPENING))


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Belgium expelled three Iranian diplomats last week.", "SANCTION"),
        ("Earlier this year, Uganda arrested six Congolese traders.", "COERCE"),
        ("Denmark criticized Finland, which had banned Danish trawlers last year.", "ACCUSE"),
        ("Hungary criticised the European Commission last year and again on Monday.", "ACCUSE"),
    ],
)
def test_an_act_of_this_year_stays_coded_in_an_undated_text(text, type_):
    text = OPENING + text
    assert type_ in _types(text, len(OPENING))


def test_a_year_counted_from_a_told_time_is_not_the_story_s():
    text = OPENING + (
        "In 2015 Spain charged the separatist leaders; the previous year Madrid had banned their vote."
    )
    assert "ACCUSE" in _types(text, len(OPENING))
