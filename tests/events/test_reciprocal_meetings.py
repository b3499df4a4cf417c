"""Reciprocal events of coordinated parties and talks named by their parties: coded once, the
first-named party as source and the other as target, and talks only when they took place
(docs/annotation-guide.md section 3). Sentences written for these tests."""

import pytest

from dateline.nlp import get_nlp


def _dyads(text):
    return [
        (
            e["plover"]["type"],
            (e.get("source") or {}).get("code"),
            (e.get("target") or {}).get("code"),
            e["modality"],
        )
        for e in get_nlp()(text)._.events or []
    ]


@pytest.mark.parametrize(
    ("text", "plover", "source", "target"),
    [
        ("Latvia and Lithuania met in Riga on Tuesday.", "CONSULT", "LVA", "LTU"),
        ("Latvia and Lithuania met.", "CONSULT", "LVA", "LTU"),
        ("Latvia and Lithuania talked in Riga.", "CONSULT", "LVA", "LTU"),
        ("Slovenia and Croatia negotiated in Zagreb on Monday.", "CONSULT", "SVN", "HRV"),
        ("Benin and Togo exchanged fire near the border.", "ASSAULT", "BEN", "TGO"),
        ("Benin and Togo agreed on a truce.", "AGREE", "BEN", "TGO"),
        ("Benin and Togo signed an accord in Cotonou.", "SUPPORT", "BEN", "TGO"),
    ],
)
def test_coordinated_countries_with_no_object_act_on_each_other(text, plover, source, target):
    # the two names may be tagged as organisations: a country's name is never a private party's
    assert _dyads(text) == [(plover, source, target, "asserted")]


def test_a_partner_named_in_a_with_phrase_is_the_target_of_each():
    dyads = _dyads("Latvia and Lithuania met with Estonia in Tallinn.")
    assert [(s, t) for _, s, t, _ in dyads] == [("LVA", "EST"), ("LTU", "EST")]


def test_three_coordinated_parties_give_the_first_named_as_source():
    dyads = _dyads("Latvia, Lithuania and Estonia met in Vilnius.")
    assert [(s, t) for _, s, t, _ in dyads] == [("LVA", "LTU"), ("LVA", "EST")]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Talks between Benin and Togo took place in Lome on Monday.", "asserted"),
        ("Talks between Benin and Togo were held in Lome on Monday.", "asserted"),
        ("Talks between Benin and Togo ended on Monday.", "asserted"),
        ("Negotiations between Benin and Togo resumed in Lome.", "asserted"),
        ("Mediators held talks between Benin and Togo in Accra.", "asserted"),
        ("Officials held a new round of talks between Benin and Togo in Accra.", "asserted"),
        ("Envoys wrapped up talks between Benin and Togo in Accra.", "asserted"),
        ("Benin held talks with Togo in Lome on Monday.", "asserted"),
        ("Benin had talks with Togo in Lome on Monday.", "asserted"),
        ("Benin wrapped up talks with Togo on Monday.", "asserted"),
        ("Talks between Benin and Togo are due to begin in Lome next week.", "planned"),
    ],
)
def test_talks_that_took_place_are_between_their_parties(text, modality):
    assert [d for d in _dyads(text) if d[0] == "CONSULT"] == [("CONSULT", "BEN", "TGO", modality)]


@pytest.mark.parametrize(
    "text",
    [
        "Benin called for talks with Togo.",
        "Benin asked for talks with Togo.",
        "Benin pressed for talks with Togo.",
        "Benin is waiting for talks with Togo.",
        "Benin offered talks with Togo.",
        "Benin proposed talks with Togo.",
        "Benin planned talks with Togo.",
        "Benin skipped talks with Togo.",
        "Benin missed talks with Togo.",
        "Benin postponed talks with Togo.",
        "Benin cancelled talks with Togo.",
        "Benin walked out of talks with Togo.",
        "Benin withdrew from talks with Togo.",
        "Ghana proposed talks between Benin and Togo.",
        "Ghana proposed a new round of talks between Benin and Togo.",
        "Ghana called for talks between Benin and Togo.",
        "Ghana waited for talks between Benin and Togo.",
        "Talks between Benin and Togo were postponed.",
        "Talks between Benin and Togo were cancelled on Monday.",
    ],
)
def test_talks_asked_for_offered_or_put_off_are_no_meeting_held(text):
    assert not [d for d in _dyads(text) if d[0] == "CONSULT"], _dyads(text)


def test_countries_tagged_as_people_clash_with_force_unless_said_to_clash_in_words():
    # the tagger may take two country names for people's: states, whose clash is force
    assert _dyads("Benin and Togo clashed near the border on Monday.") == [
        ("ASSAULT", "BEN", "TGO", "asserted")
    ]
    # the CAMEO dictionary's VERBALLY ATTACK [111]
    assert _dyads("Latvia and Lithuania clashed verbally over the pipeline.") == [
        ("ACCUSE", "LVA", "LTU", "asserted")
    ]


def test_a_titled_person_the_parse_sets_in_apposition_after_the_and_is_a_party():
    text = (
        "President Anda Kalnins of Latvia and Prime Minister Rokas Varnas of Lithuania met in Riga on Friday."
    )
    assert _dyads(text) == [("CONSULT", "LVAGOV", "LTUGOV", "asserted")]


@pytest.mark.parametrize(
    "text",
    [
        "Chad met Kelly Brandt at the county fair.",
        "Jordan met Omar Haddin in Amman.",
        "Chad and Kelly Brandt clashed outside the bar on Saturday.",
    ],
)
def test_a_name_a_country_shares_with_a_person_is_the_persons_beside_a_persons_name(text):
    # "Chad", "Jordan" as first names, tagged as people beside a person's name: no state meets or fights
    assert not any(plover in ("CONSULT", "ASSAULT") for plover, _, _, _ in _dyads(text))


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Latvia and Lithuania are under way in Riga.",
        "Talks between Latvia and Lithuania are ongoing in Vilnius.",
        "Talks between Latvia and Lithuania made progress on Monday.",
        "Talks between Latvia and Lithuania went well, officials said.",
    ],
)
def test_talks_said_to_be_under_way_or_going_on_are_held(text):
    assert ("CONSULT", "LVA", "LTU") in [d[:3] for d in _dyads(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Latvia and Lithuania are planned for May.",
        "Talks between Latvia and Lithuania are on hold.",
    ],
)
def test_talks_planned_or_on_hold_are_not_under_way(text):
    assert not any(d[0] == "CONSULT" and d[3] == "asserted" for d in _dyads(text))


def test_countries_clashing_over_a_statement_or_a_policy_clash_in_words():
    # the sense of an attack verb by its object ('verbal_objects'), here the object of "over"
    assert _dyads("Benin and Togo clashed over the joint statement.") == [
        ("ACCUSE", "BEN", "TGO", "asserted")
    ]
