import pytest

from dateline.events.argument_kinds import (
    ACTOR,
    PLACE,
    THING,
    fits,
    headline_line_end,
    kinds_of,
    mark_story_headline,
    never_target,
    story_headline,
)
from dateline.events.lexicon import match_verb
from dateline.nlp import get_nlp


def _token(text: str, word: str):
    return next(t for t in get_nlp()(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("The guards released three journalists.", "journalists", ACTOR),
        ("Gunmen attacked a village near the lake.", "village", PLACE),
        ("The ministry published the figures.", "figures", THING),
        ("Nobody expected that.", "that", THING),
        ("The police questioned him.", "him", ACTOR),
        # people nouns of the CAMEO agents dictionary's !PERSON! compounds and of the sector table
        ("Raiders seized nine cattlemen at the well.", "cattlemen", ACTOR),
        ("Soldiers held two herdsman brothers overnight.", "herdsman", ACTOR),
        ("Unknown men abducted eleven goat shepherds.", "shepherds", ACTOR),
        ("The militia freed the nuns of the convent.", "nuns", ACTOR),
        ("Guards searched the inmates of the block.", "inmates", ACTOR),
        # a figure of some standing is a person, a bare figure a number
        ("Police held a senior opposition figure overnight.", "figure", ACTOR),
        ("Troops seized two Hezbollah figures at a checkpoint.", "figures", ACTOR),
        ("The bureau revised the export figures.", "figures", THING),
    ],
)
def test_kinds_of_noun_phrase_heads(text, word, kind):
    assert kind in kinds_of(_token(text, word))


def test_a_code_about_persons_needs_a_person_object():
    assert not fits("0841", [_token("The agency released its annual report.", "report")])
    assert fits("0841", [_token("The militia released two nurses.", "nurses")])
    assert fits("0841", [])


@pytest.mark.parametrize(
    ("text", "word", "coded"),
    [
        # "- * (TO) [040]": the actor sits in the phrase the pattern names no word of
        ("The envoy came to Damascus for a second round.", "came", True),
        ("In the end it never came to that.", "came", False),
    ],
)
def test_a_bare_phrase_of_a_pattern_holds_an_actor_or_a_place(text, word, coded):
    sense = match_verb(_token(text, word))
    assert (sense is not None and sense.plover == "CONSULT") is coded


@pytest.mark.parametrize(
    ("text", "word", "plover"),
    [
        # a quantity word names what its of-phrase names
        ("Soldiers detained dozens of students at the gate.", "detained", "COERCE"),
        ("Pupils demonstrated outside the town hall.", "demonstrated", "PROTEST"),
        ("The envoy met with the rebel commanders in Doha.", "met", "CONSULT"),
        ("The premier asked parliament to pass the budget.", "asked", "REQUEST"),
        ("The opposition leader declined to attend the talks.", "declined", "REJECT"),
    ],
)
def test_senses_whose_arguments_fit(text, word, plover):
    sense = match_verb(_token(text, word))
    assert sense is not None and sense.plover == plover


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a material event with a finite clause as complement is showing, not demonstrating
        ("The survey results demonstrate that the scheme worked.", "demonstrate"),
        # a transitive sense without a complement is another sense
        ("The columnist seized on the governor's slip.", "seized"),
        ("Exports declined by four percent in May.", "declined"),
        # a meeting needs a partner that is an actor or a place
        ("Her speech was met with silence.", "met"),
        # a question is not a request
        ("Asked about the budget, the treasurer smiled.", "Asked"),
        # a dictionary default of material cooperation with a thing as object
        ("The columnist linked the outage to the storm.", "linked"),
    ],
)
def test_senses_whose_arguments_do_not_fit(text, word):
    assert match_verb(_token(text, word)) is None


@pytest.mark.parametrize(
    ("text", "word", "coded"),
    [
        ("The mayor talked about the tram project at length.", "talked", False),
        ("The mayor talked with the union leaders about the tram project.", "talked", True),
        ("Norway and Sweden discussed fishing quotas.", "discussed", True),
        ("The premier discussed the drought with the Kenyan president.", "discussed", True),
    ],
)
def test_a_consultation_needs_a_partner(text, word, coded):
    assert (match_verb(_token(text, word)) is not None) is coded


@pytest.mark.parametrize(
    ("text", "word", "never"),
    [
        ("Police found two rockets in the truck.", "rockets", True),
        ("The bomber blew himself up at the gate.", "himself", True),
        ("The envoys committed themselves to a truce.", "themselves", True),
        ("The minister praised the Minsk Agreement.", "Agreement", True),
        ("Police arrested two smugglers at the port.", "smugglers", False),
        ("The army shelled the town overnight.", "town", False),
    ],
)
def test_weapons_and_reflexives_are_never_targets(text, word, never):
    assert never_target(_token(text, word)) is never


def test_a_story_headline_is_a_short_first_line_over_more_text_or_a_headline_parsed_apart():
    nlp = get_nlp()
    story = nlp("Relief convoy halted at river crossing\n\nThe trucks turned back on Sunday.")
    assert headline_line_end(story.text) == story.text.index("\n")
    assert story_headline(story[1]) and not story_headline(story[-2])
    one_line = nlp("Relief convoy halted at river crossing")
    assert headline_line_end(one_line.text) is None and not story_headline(one_line[1])
    long_line = nlp("The convoy of relief trucks " * 6 + "\n\nMore text follows.")
    assert headline_line_end(long_line.text) is None
    mark_story_headline(one_line)
    assert story_headline(one_line[1])
