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
