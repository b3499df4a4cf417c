import pytest

from dateline.nlp import get_nlp


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


@pytest.mark.parametrize(
    ("text", "word", "lemma", "tag"),
    [
        ("The brigade retook the hill on Sunday.", "retook", "retake", "VBD"),
        ("Engineers rebuilt the dam within a year.", "rebuilt", "rebuild", "VBD"),
        ("Militia fighters overran two outposts.", "overran", "overrun", "VBD"),
        ("Few analysts foresaw the coup.", "foresaw", "foresee", "VBD"),
    ],
)
def test_a_prefixed_irregular_past_gets_its_lemma_and_a_past_tag(nlp, text, word, lemma, tag):
    token = next(t for t in nlp(text) if t.text == word)
    assert (token.lemma_, token.tag_) == (lemma, tag)
    assert token.morph.get("Tense") == ["Past"]


def test_a_verb_the_lemmatizer_knows_is_left_alone(nlp):
    token = next(t for t in nlp("Farmers resent the new levy.") if t.text == "resent")
    assert token.lemma_ == "resent"


def test_the_prefixed_past_codes_its_event(nlp):
    from dateline import extract

    article = extract("Government troops retook the border town of Karvel from the rebels on Monday.")
    assert any(e.plover.type == "COERCE" for e in article.events)
