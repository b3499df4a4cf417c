import pytest

from dateline.events.lexicon import cues, lexicon, match_noun, match_verb, recode
from dateline.nlp import get_nlp

PLOVER_TYPES = {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
}


def _token(text: str, word: str):
    return next(t for t in get_nlp()(text) if t.text == word)


def test_every_sense_has_a_plover_type_and_a_cameo_code():
    lex = lexicon()
    senses = [s for senses in lex.verbs.values() for s in senses] + list(lex.nouns.values())
    assert len(senses) > 250
    for sense in senses:
        assert sense.plover in PLOVER_TYPES, sense
        assert sense.cameo.isdigit() and 2 <= len(sense.cameo) <= 4, sense


def test_more_specific_senses_are_tried_first():
    for senses in lexicon().verbs.values():
        ranks = [s.specificity for s in senses]
        assert ranks == sorted(ranks, reverse=True)


@pytest.mark.parametrize(
    ("text", "word", "plover", "cameo"),
    [
        ("The United States is sending weapons to Ukraine.", "sending", "AID", "072"),
        ("Russia is sending troops to the border.", "sending", "MOBILIZE", "154"),
        ("Serbia lifted a night curfew in Montenegro.", "lifted", "CONCEDE", "0813"),
        ("Iran threatened to cut off electricity to Armenia.", "cut", "SANCTION", "162"),
        ("Police arrested 12 protesters.", "arrested", "COERCE", "173"),
    ],
)
def test_verb_senses_depend_on_object_and_particle(text, word, plover, cameo):
    sense = match_verb(_token(text, word))
    assert sense is not None and (sense.plover, sense.cameo) == (plover, cameo)


def test_a_verb_with_only_conditional_senses_codes_nothing_when_none_holds():
    assert match_verb(_token("She sent a letter to her mother.", "sent")) is None


def test_two_word_event_nouns():
    assert match_noun(_token("They began a hunger strike.", "strike")).cameo == "142"
    assert match_noun(_token("The union called a strike.", "strike")).cameo == "143"


def test_recode_uses_the_longest_prefix():
    table = cues().intent_recode
    assert recode("072", table) == ("0332", "AGREE")
    assert recode("0874", table) == ("0356", "AGREE")
    assert recode("190", table) == ("138", "THREATEN")
    assert recode("120", table) is None
