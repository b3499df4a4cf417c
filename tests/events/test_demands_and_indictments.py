"""Demands with a subjunctive that-clause, doers named by a protest word, and indictments under
light verbs, on sentences written for these tests."""

import pytest
from event_helpers import events_of, one_event

from dateline.nlp import get_nlp


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Hospital staff demanded that the health secretary resign.", "the health secretary"),
        ("The villagers insisted that the district governor apologize.", "the district governor"),
        ("Opposition deputies demanded that the finance minister resign.", "the finance minister"),
        ("Retired nurses asked that the city council reconsider.", "the city council"),
    ],
)
def test_the_subject_of_a_demanded_subjunctive_clause_is_the_target(text, target):
    event = one_event(text, "REQUEST")
    assert event["target"] is not None and event["target"]["text"] == target


def test_a_subjunctive_verb_read_as_a_noun_is_read_as_the_clause_verb():
    doc = get_nlp()("Hospital staff demanded that the health secretary resign.")
    verb = next(t for t in doc if t.lower_ == "resign")
    assert verb.pos_ == "VERB" and verb.dep_ == "ccomp"
    assert next(t for t in doc if t.lower_ == "secretary").dep_ == "nsubj"


def test_a_noun_phrase_object_is_left_as_the_parser_read_it():
    doc = get_nlp()("The panel demanded that the bill be withdrawn, and rejected the court ruling.")
    assert next(t for t in doc if t.lower_ == "ruling").pos_ == "NOUN"


@pytest.mark.parametrize(
    "text",
    [
        "Protest leaders have demanded the cabinet's resignation.",
        "Strike organizers demanded the ouster of the port director.",
        "Rally organisers have demanded the resignation of the police chief.",
    ],
)
def test_people_named_by_a_protest_word_make_a_demand_not_a_protest(text):
    types = [e["plover"]["type"] for e in events_of(text)]
    assert "REQUEST" in types and "PROTEST" not in types


def test_a_protest_itself_stays_a_protest():
    assert one_event("Thousands of dockworkers marched on the harbour office on Sunday.", "PROTEST")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A county grand jury handed down an indictment against the former sheriff.", "the former sheriff"),
        ("A federal grand jury returned an indictment against two customs officers.", "two customs officers"),
        ("The state attorney general obtained an indictment of the former mayor.", "the former mayor"),
        ("Prosecutors filed an indictment against the former deputy minister.", "the former deputy minister"),
    ],
)
def test_an_indictment_under_a_light_verb_is_an_accusation_by_its_doer(text, target):
    event = one_event(text, "ACCUSE")
    assert event["cameo"]["code"] == "1121"
    assert event["source"] is not None and event["target"]["text"] == target


@pytest.mark.parametrize(
    "text",
    [
        "Federal prosecutors secured an indictment of the port commissioner.",
        "Prosecutors unsealed an indictment against the former minister.",
    ],
)
def test_an_indictment_secured_or_unsealed_is_an_accusation(text):
    assert one_event(text, "ACCUSE")["cameo"]["code"] == "1121"


@pytest.mark.parametrize(
    "text",
    [
        "The indictment runs to sixty pages.",
        "The referee returned the ball to the goalkeeper.",
        "The senator won the primary in March.",
    ],
)
def test_the_verbs_light_for_an_indictment_alone_make_no_other_event(text):
    assert not events_of(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The army issued a threat to disband the opposition militia.", "the opposition militia"),
        ("The cabinet's threat to expel twelve diplomats angered Lisbon.", "twelve diplomats"),
        ("The senator issued a threat of sanctions against the junta.", "the junta"),
    ],
)
def test_a_threat_noun_is_aimed_at_whom_its_act_would_hit(text, target):
    event = one_event(text, "THREATEN")
    assert event["target"] is not None and event["target"]["text"] == target


def test_the_act_a_threat_noun_names_is_not_coded_apart():
    types = [e["plover"]["type"] for e in events_of("Oslo issued a threat to expel the trade attaches.")]
    assert types == ["THREATEN"]
