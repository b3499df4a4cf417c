import pytest

from dateline.events.triggers import find_triggers
from dateline.nlp import get_nlp


def _triggers(text: str):
    doc = get_nlp()(text)
    return [t for sent in doc.sents for t in find_triggers(sent)]


@pytest.mark.parametrize(
    ("text", "word", "plover", "cameo"),
    [
        # the light verb decides the sense of a noun it is listed with
        ("Hundreds of farmers staged a protest outside the parliament.", "staged", "PROTEST", "141"),
        ("The embassy lodged a protest with the foreign ministry.", "lodged", "ACCUSE", "114"),
        # a dictionary pattern of the light verb that names the noun and more decides
        ("The opposition launched a scathing attack on the budget.", "launched", "ACCUSE", "111"),
        # one that names the noun alone says no more than the noun
        ("The Dutch king made a visit to Indonesia in March.", "made", "CONSULT", "042"),
        # a support noun passes the light verb on to the event noun after it
        ("Thousands of dock workers took part in a strike on Tuesday.", "took", "PROTEST", "143"),
        ("Naval units took part in a joint military exercise with Chile.", "took", "COOPERATE", "062"),
        # a frame noun takes the sense of its modifier, read as the dictionary verb of that word
        ("The coast guard launched a rescue mission for the fishermen.", "launched", "AID", "073"),
        # a concession is the CAMEO dictionary's YIELD (080); making none, its MAKE * NO CONCESSION (124)
        ("The Ruritanian government made concessions to the striking dockers.", "made", "CONCEDE", "080"),
        ("The Ruritanian government has made no concessions to the dockers.", "made", "REJECT", "124"),
    ],
)
def test_light_verbs_take_the_sense_of_their_noun(text, word, plover, cameo):
    found = [t for t in _triggers(text) if t.token.text == word]
    assert found and (found[0].sense.plover, found[0].sense.cameo) == (plover, cameo)


def test_a_support_noun_without_an_event_noun_codes_nothing():
    text = "About two hundred pupils took part in a spelling contest at the town hall."
    assert not [t for t in _triggers(text) if t.token.text == "took"]


def test_a_report_of_an_event_noun_is_not_an_event_of_its_own():
    found = _triggers("The monitoring group reported fierce clashes between the militias.")
    assert [(t.token.text, t.sense.plover) for t in found] == [("clashes", "ASSAULT")]


def test_the_ground_of_an_armed_group_is_not_a_verbal_target():
    doc = get_nlp()("Greek gunboats shelled Albanian positions along the coast.")
    assert [e["plover"]["type"] for e in doc._.events] == ["ASSAULT"]


def test_an_agreement_is_made_by_signing_or_reaching_it_not_by_delivering_the_papers():
    assert not _triggers("The clerk delivered the signed agreements to the court registry.")
    found = _triggers("Chile and Peru signed a fisheries treaty on Monday.")
    assert [t.token.text for t in found] == ["signed"]


@pytest.mark.parametrize(
    "text",
    [
        "Fighting broke out between Chadian troops and rebels near the border.",
        "Clashes erupted between riot police and students outside the university.",
    ],
)
def test_an_event_noun_takes_the_between_phrase_of_the_verb_it_is_the_subject_of(text):
    found = _triggers(text)
    assert [(t.token.i, t.sense.plover) for t in found] == [(0, "ASSAULT")]


def test_a_phrasal_light_verb_takes_its_own_pattern_for_the_noun():
    # CANCEL: "- * STRIKE [087] # CALLED_OFF": calling off a strike is no strike
    found = _triggers("The dockers' union called off the strike on Friday.")
    assert [(t.token.text, t.sense.cameo) for t in found] == [("called", "087")]


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president discussed military aid with the visiting British defence minister.",
        "Modi and Abe discussed trade, investment and military cooperation on Tuesday.",
    ],
)
def test_talks_about_cooperation_are_talks(text):
    found = [t for t in _triggers(text) if t.token.lemma_ == "discuss"]
    assert [t.sense.plover for t in found] == ["CONSULT"], text
