import pytest
import spacy

from dateline.nlp.indexed_rules import (
    CachedLemmatizer,
    IndexedAttributeRuler,
    UnsupportedPattern,
    compile_rules,
    index_model_rules,
)
from dateline.nlp.pipeline import MODEL_PACKAGE

TRICKY = (
    "Y'all ain't gonna believe it. Let's go, c'mon! There's nothin' left and there are two cats. "
    "I gave it to you; he gave me it. Did he have it? Do it.  \n\n  They do not know, won't they? "
    "The U.S. Secretary of State, who has been travelling, said that this is what those people want."
)


def _annotations(doc):
    return [(t.text, t.pos_, t.tag_, t.dep_, str(t.morph), t.lemma_, t.ent_type_) for t in doc]


@pytest.fixture(scope="module")
def models():
    plain = spacy.load(MODEL_PACKAGE)
    indexed = spacy.load(MODEL_PACKAGE)
    assert index_model_rules(indexed) == ["attribute_ruler", "lemmatizer"]
    return plain, indexed


def test_indexed_rules_annotate_exactly_like_the_model(models, example_text):
    plain, indexed = models
    texts = [example_text, TRICKY, TRICKY.upper(), ""]
    for a, b in zip(plain.pipe(texts), indexed.pipe(texts), strict=True):
        assert _annotations(a) == _annotations(b)


def test_the_pipeline_keeps_names_and_order(models):
    plain, indexed = models
    assert plain.pipe_names == indexed.pipe_names
    assert isinstance(indexed.get_pipe("attribute_ruler"), IndexedAttributeRuler)
    assert isinstance(indexed.get_pipe("lemmatizer"), CachedLemmatizer)


def test_later_rules_win_over_earlier_ones():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "bank"}]], {"LEMMA": "first"})
    ruler.add([[{"LOWER": {"IN": ["bank", "banks"]}}, {"LOWER": "holiday"}]], {"LEMMA": "second"})
    ruler.add([[{"LOWER": {"REGEX": "^hol"}}]], {"LEMMA": "third"}, index=0)
    ruler.add([[{"LOWER": "a"}, {"LOWER": "bank"}]], {"LEMMA": "fourth"}, index=-1)
    texts = ["A bank holiday", "bank holiday banks", "the bank"]
    expected = [[t.lemma_ for t in ruler(nlp.make_doc(text))] for text in texts]
    index_model_rules(nlp)
    assert isinstance(nlp.get_pipe("attribute_ruler"), IndexedAttributeRuler)
    assert [[t.lemma_ for t in nlp(text)] for text in texts] == expected
    assert expected[0] == ["", "fourth", "third"]


def test_rules_kept_per_row_write_each_token_like_the_ruler():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "mill"}]], {"LEMMA": "one", "POS": "NOUN", "MORPH": "Number=Sing"})
    ruler.add([[{"LOWER": {"REGEX": "^mil"}}]], {"POS": "PROPN"})
    ruler.add([[{"LOWER": "old"}, {"LOWER": "mill"}]], {"LEMMA": "two"}, index=1)
    ruler.add([[{"LOWER": "river"}]], {"MORPH": "Number=Sing|Foreign=Yes"})
    # the same words again: the second sentence reads the rules kept for the first one's rows
    texts = ["The old mill by the mill river mill", "mill river old mill mill old"]
    spacy_ruler = [[(t.lemma_, t.pos_, str(t.morph)) for t in ruler(nlp.make_doc(x))] for x in texts]
    index_model_rules(nlp)
    indexed = nlp.get_pipe("attribute_ruler")
    assert isinstance(indexed, IndexedAttributeRuler)
    for _ in range(2):
        assert [[(t.lemma_, t.pos_, str(t.morph)) for t in nlp(x)] for x in texts] == spacy_ruler
    assert spacy_ruler[0][2] == ("two", "PROPN", "Number=Sing")
    assert spacy_ruler[0][6] == ("", "", "Foreign=Yes|Number=Sing")


def test_a_pattern_it_cannot_index_keeps_the_spacy_ruler():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"LEMMA": "very"})
    with pytest.raises(UnsupportedPattern):
        compile_rules(ruler)
    assert index_model_rules(nlp) == []
    assert nlp("very very")[1].lemma_ == "very"


INFLECTED = (
    "The ferries were carrying fewer passengers, and the busiest harbours stopped taking bookings. "
    "Her analyses showed children's teeth, geese and mice; the oxen had been fed earlier than the "
    "wolves. Crises deepened as the leaves fell; she'd swum, they'd flown, prices rose 3.5% to $12bn."
)


def test_cached_lemmas_are_spacys_rule_lemmas(models, example_text):
    _, indexed = models
    lemmatizer = indexed.get_pipe("lemmatizer")
    with indexed.select_pipes(disable=["lemmatizer"]):
        docs = list(indexed.pipe([example_text, INFLECTED, TRICKY, INFLECTED.upper()]))
    tokens = [t for doc in docs for t in doc]
    assert [lemmatizer.lemma(t) for t in tokens] == [
        lemmatizer.lemmatizer.rule_lemmatize(t)[0] for t in tokens
    ]


def test_the_cached_lemmatizer_fills_only_the_lemmas_not_yet_set(models):
    _, indexed = models
    lemmatizer = indexed.get_pipe("lemmatizer")
    with indexed.select_pipes(disable=["lemmatizer"]):
        doc = indexed("The ferrymen were mooring their boats while gulls circled.")
    doc[1].lemma_ = "boatman"
    expected = [t.lemma_ or lemmatizer.lemma(t) for t in doc]
    lemmatizer(doc)
    assert doc[1].lemma_ == "boatman"
    assert [t.lemma_ for i, t in enumerate(doc) if i != 1] == [w for i, w in enumerate(expected) if i != 1]
    assert doc[3].lemma_ == "moor" and doc[5].lemma_ == "boat"
