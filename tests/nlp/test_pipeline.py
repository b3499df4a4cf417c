import pytest

from dateline.errors import ResourceError
from dateline.nlp import get_nlp
from dateline.nlp.pipeline import check_model


def test_pipeline_built_once_and_checked():
    nlp = get_nlp()
    assert get_nlp() is nlp
    assert "dateline_entities" in nlp.pipe_names
    check_model(nlp)


def test_wrong_model_refused():
    import spacy

    blank = spacy.blank("en")
    with pytest.raises(ResourceError):
        check_model(blank)


def test_empty_doc():
    doc = get_nlp()("")
    assert doc._.entities == []


@pytest.mark.parametrize(
    ("text", "title", "name"),
    [
        ("Police Sgt. Ana Ruiz said the van was found empty.", "Sgt.", "Ana Ruiz"),
        ("Det. Owen Pratt told reporters the suspect had fled.", "Det.", "Owen Pratt"),
        ("Const. Maya Lind of the city force said two men were held.", "Const.", "Maya Lind"),
    ],
)
def test_title_abbreviation_is_one_token_before_the_name(text: str, title: str, name: str):
    doc = get_nlp()(text)
    assert title in [t.text for t in doc]
    assert len(list(doc.sents)) == 1
    assert not any(e.text.rstrip(".") == title.rstrip(".") for e in doc.ents)
    (quote,) = doc._.quotes
    assert name in quote["speaker_text"]
