from dateline.nlp import get_nlp
from dateline.nlp.summary.headline import BodyLexicon, read_headline, truecase

BODY = (
    "Taliban insurgents struck the German consulate in Mazar-i-Sharif late on Thursday, officials said. "
    "The police said the attackers slammed a truck into the wall. The consulate was bombed in revenge, "
    "the Taliban said, and the minister criticised the strike."
)


def lexicon():
    nlp = get_nlp()
    return BodyLexicon.of(nlp(BODY))


def test_truecase_keeps_names_and_length():
    text = "Taliban Strike German Consulate in Afghan City"
    cased = truecase(text, lexicon())
    assert len(cased) == len(text)
    assert cased.startswith("Taliban strike German consulate")
    assert truecase("Taliban strike the consulate", lexicon()) == "Taliban strike the consulate"


def test_kicker_is_skipped_and_verb_found():
    reading = read_headline(get_nlp(), "BREAKING NEWS: Taliban strike German consulate", lexicon())
    assert reading is not None and reading.verb is not None
    assert reading.verb.lower_ == "strike"
    assert reading.subject is not None and reading.subject.text == "Taliban"


def test_headlinese_passive_keeps_subject():
    reading = read_headline(get_nlp(), "German consulate bombed in revenge attack as talks start", lexicon())
    assert reading is not None and reading.verb is not None and reading.verb.lower_ == "bombed"
    assert reading.headlinese_passive and reading.subject.text == "German consulate"


def test_main_clause_before_subordinate_and_noun_tagged_verb():
    reading = read_headline(get_nlp(), "Minister slams police after consulate attack", lexicon())
    assert reading is not None and reading.verb is not None and reading.verb.lower_ == "slams"


def test_no_verb():
    reading = read_headline(get_nlp(), "Fatal attack on German consulate", lexicon())
    assert reading is not None and reading.verb is None
    assert read_headline(get_nlp(), "   ", lexicon()) is None


def test_gerund_subject_is_no_verb():
    reading = read_headline(get_nlp(), "Kabul shooting leaves five hurt near the consulate", lexicon())
    assert reading is not None and reading.verb is not None and reading.verb.lower_ == "leaves"
