"""A headline's simple present tells its news; a rate in the body's simple present states a habit
(sentences written for these tests)."""

import pytest

from dateline.events import headline
from dateline.nlp import get_nlp

BODY = "\nVELL (Wire) -- Officials in Ruritania gave few details on Tuesday, and more were expected."


def _head_events(line: str) -> list[tuple[str, str]]:
    doc = get_nlp()(line + BODY)
    return [(e["plover"]["type"], e["trigger"]) for e in doc._.events if e["evidence"]["start"] < len(line)]


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        # a base-form verb the tagger reads as a modifier of the noun after it
        ("Ruritanian police detain opposition leader", ("COERCE", "detain")),
        ("Campaigners urge boycott of Vell summit", ("REQUEST", "urge")),
        # a verb in -s read as a noun between a person's title and its object
        ("Minister pledges aid for storm-hit growers", ("AGREE", "pledges")),
        ("Minister Pledges Aid For Storm-Hit Growers", ("AGREE", "Pledges")),
        # a base-form verb read as an adjective heading the line
        ("Councillors urge mayor to reopen libraries", ("REQUEST", "urge")),
        # a lower-case verb in -s of a sentence-cased Title Case line read as a name
        ("Assembly Panel Subpoenas Port Executives", ("ACCUSE", "Subpoenas")),
        # a base-form verb read as an adjective before its object, in a Title Case line
        ("Commandos Free Kidnapped Ruritanian Nurse", ("RETREAT", "Free")),
        # a gerund after the object is no other verb of the line (a tribunal jailing someone
        # sentences them: SANCTION/convict)
        ("Tribunals Jail Bloggers For Mocking Governor", ("SANCTION", "Jail")),
    ],
)
def test_a_headlines_present_tense_verb_read_as_a_noun_or_modifier_is_its_event(line, wanted):
    kind, word = wanted
    found = _head_events(line)
    assert any(t == kind and trigger.split()[0] == word for t, trigger in found), found


def test_a_verb_of_dissent_before_a_preposition_after_a_crowd_word_is_the_headlines_verb():
    nlp = get_nlp()
    doc = nlp("Thousands rally against junta in Vell" + BODY)
    parsed = headline.parse_misread_headline(doc, nlp)
    assert parsed is not None
    rally = parsed[1]
    assert (rally.pos_, rally.dep_) == ("VERB", "ROOT")
    assert parsed[0].dep_ == "nsubj"


def test_a_noun_compound_of_a_place_and_a_plural_stays_a_noun():
    # "Ruritania sanctions relief": a place names whose sanctions, no doer of a verb
    assert ("SANCTION", "sanctions") not in _head_events("Ruritania sanctions relief package explained")


def _body_events(sentence: str) -> list[str]:
    text = f"A look at the long dispute in the province\nVELL (Wire) -- {sentence} Few details were given."
    doc = get_nlp()(text)
    start = text.index(sentence)
    end = start + len(sentence)
    return [e["plover"]["type"] for e in doc._.events if start <= e["evidence"]["start"] < end]


@pytest.mark.parametrize(
    "sentence",
    [
        "The watchdog investigates hundreds of complaints a year.",
        "Border guards in the province detain about 300 migrants a month.",
        "The ministry expels a dozen foreign reporters per year.",
        "The army fires 300 shells a day at the border villages.",
    ],
)
def test_a_rate_in_the_simple_present_states_a_habit(sentence):
    assert _body_events(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        ("The Ruritanian watchdog opened an investigation into the bank a year ago.", "ACCUSE"),
        ("The watchdog investigates the Vell bank over its loans.", "ACCUSE"),
    ],
)
def test_a_unit_of_time_that_dates_an_act_or_no_rate_leaves_the_act(sentence, wanted):
    assert wanted in _body_events(sentence)


def test_a_phrase_after_a_thing_object_goes_to_the_verb_but_for_its_of_or_for_phrase():
    nlp = get_nlp()
    doc = nlp("Minister pledges aid for storm-hit growers" + BODY)
    parsed = headline.parse_misread_headline(doc, nlp)
    assert parsed is not None
    for_phrase = next(t for t in parsed if t.lower_ == "for")
    assert for_phrase.head.lower_ == "aid"


def test_a_headline_joining_two_acts_by_a_comma_gives_the_first_its_object():
    found = _head_events("Ruritania bans Freedonian flights, freezes envoys' assets")
    assert any(t == "COERCE" and trigger.startswith("bans") for t, trigger in found), found


def test_a_reported_clause_after_a_comma_keeps_its_subject():
    nlp = get_nlp()
    doc = nlp("Police say gunman, 31, surrenders" + BODY)
    parsed = headline.parse_misread_headline(doc, nlp)
    if parsed is not None:
        assert not any(t.lower_ == "gunman" and t.dep_ == "dobj" for t in parsed)


def test_a_noun_the_parse_made_the_second_acts_subject_is_the_first_acts_object():
    nlp = get_nlp()
    doc = nlp("EU bans Ruritanian flights, freezes assets" + BODY)
    parsed = headline.parse_misread_headline(doc, nlp)
    assert parsed is not None
    flights = next(t for t in parsed if t.lower_ == "flights")
    assert (flights.dep_, flights.head.lower_) == ("dobj", "bans")
    assert next(t for t in parsed if t.lower_ == "freezes").head.lower_ == "bans"
