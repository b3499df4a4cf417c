"""A Title Case title joined to its story by a spaced dash or bar, and country words in a sentence-cased
headline (headlines written for these tests)."""

import pytest

from dateline.events import headline
from dateline.nlp import get_nlp

DASHED = (
    "Ruritania Detains Striking Dockers After Port Clashes - Ruritanian police held dozens of dock "
    "workers in Vell on Monday, their union said."
)
BARRED = (
    "Senator Odd Brekke Rejects Budget Deal With Governor | Senator Odd Brekke turned down the deal "
    "on school funding on Friday. Brekke spoke in Vell."
)


@pytest.mark.parametrize(("text", "mark"), [(DASHED, " - "), (BARRED, " | ")])
def test_a_title_case_title_joined_by_a_spaced_dash_or_bar_is_a_headline(text, mark):
    doc = get_nlp()(text)
    assert headline.headline_end(doc) == text.index(mark)
    verb = text.split()[1] if mark == " - " else "Rejects"
    coded = [e for e in doc._.events if e["trigger"].startswith(verb)]
    assert coded, [(e["plover"]["type"], e["trigger"]) for e in doc._.events]


@pytest.mark.parametrize(
    "text",
    [
        "VELL - Ruritanian police held dozens of dock workers on Monday, their union said.",
        "Port workers detained after clashes - Ruritanian police held dozens of dock workers on Monday.",
        "Senator Odd Brekke - who chairs the budget panel - condemned the cuts on Friday. Brekke spoke.",
        "Rep. Ola Vik (D-Vell) condemned the cuts on Friday. Vik spoke in Vell on Friday evening.",
    ],
)
def test_a_dateline_a_sentence_case_title_a_dash_in_a_sentence_or_a_word_is_no_separator(text):
    doc = get_nlp()(text)
    assert headline.headline_end(doc) is None


def test_a_countrys_name_or_demonym_keeps_its_capital_and_a_verb_that_spells_one_does_not():
    nlp = get_nlp()
    text = "Peru Expels Bolivian Envoys Over Border Row\n\nThe government ordered the envoys out on Monday."
    doc = nlp.make_doc(text)
    cased = headline.sentence_cased(doc, headline.headline_end(doc))
    assert cased == "Peru expels Bolivian envoys over border row"
    text = "Officials Polish Draft Treaty Before Summit\n\nThe officials worked on the text on Monday."
    doc = nlp.make_doc(text)
    cased = headline.sentence_cased(doc, headline.headline_end(doc))
    assert cased == "Officials polish draft treaty before summit"


def test_a_glued_titles_person_names_read_as_common_words_are_masked_for_its_parse():
    text = (
        "Moe Attacks Dahl Over Spending. Tina Moe criticised Lars Dahl over public spending. "
        "Moe said Dahl wasted money."
    )
    doc = get_nlp()(text)
    coded = [e for e in doc._.events if e["trigger"] == "Attacks"]
    assert coded and coded[0]["plover"]["type"] == "ACCUSE"
    assert (coded[0]["source"]["text"], coded[0]["target"]["text"]) == ("Moe", "Dahl")


def test_an_actor_of_the_story_that_the_parse_runs_on_from_a_dashed_title_starts_after_it():
    text = (
        "Vell Mayor Vetoes Parking Levy - Mayor Ann Ekholm rejected the parking levy passed by the "
        "council on Tuesday. Ekholm said drivers paid enough."
    )
    doc = get_nlp()(text)
    sources = [e["source"]["text"] for e in doc._.events if e["source"] and e["evidence"]["start"] == 0]
    assert sources, [(e["trigger"], e["source"]) for e in doc._.events]
    assert all(" - " not in s for s in sources), sources


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Dockers Block Harbour Entrance. Dock workers blocked the harbour entrance in Vell.", "Block"),
        ("Monks Condemn Crackdown in Ruritania. Buddhist monks in Vell denounced the raids.", "Condemn"),
    ],
)
def test_a_glued_title_in_the_simple_present_with_a_bare_plural_subject_is_coded(text, verb):
    coded = [e for e in get_nlp()(text)._.events if e["trigger"] == verb]
    assert coded, [(e["trigger"], e["plover"]["type"]) for e in get_nlp()(text)._.events]


@pytest.mark.parametrize(
    "text",
    [
        "Smugglers Raid Border Posts Every Month. Customs officers in Vell have complained for years.",
        "Council Passes Budget. The Vell council passed the budget. Many farmers criticize the levy.",
    ],
)
def test_a_recurring_glued_title_and_a_generic_sentence_of_the_story_stay_uncoded(text):
    doc = get_nlp()(text)
    assert not [e for e in doc._.events if e["trigger"] in ("Raid", "criticize")]


def test_a_dash_before_a_word_in_lower_case_opens_an_aside_not_a_story():
    text = "The Vell Harbour Workers Union - founded by dockers in 1920 - condemned the port authority."
    assert headline.headline_end(get_nlp()(text)) is None


def test_an_actor_of_the_story_does_not_open_with_the_bar_after_a_title():
    text = "Monks Free Captured Soldiers | Monks released two soldiers they had sheltered for a week."
    doc = get_nlp()(text)
    sources = [e["source"]["text"] for e in doc._.events if e["source"] and e["trigger"] == "released"]
    assert sources == ["Monks"], [(e["trigger"], e["source"]) for e in doc._.events]


def test_a_title_case_pronoun_that_spells_a_countrys_abbreviation_is_lower_cased():
    nlp = get_nlp()
    text = "Rebels Tell Us They Will Not Disarm\n\nA rebel commander spoke to reporters in Vell on Monday."
    doc = nlp.make_doc(text)
    assert headline.sentence_cased(doc, headline.headline_end(doc)) == "Rebels tell us they will not disarm"
