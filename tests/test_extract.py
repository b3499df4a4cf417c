import pytest

import dateline
from dateline.errors import BinaryInput, EmptyInput


def test_example_record(example_article, example_gold):
    a = example_article
    assert a.headline == example_gold["headline"]
    assert a.published.value == "2015-03-22" and a.published.source == "argument"
    assert len(a.paragraphs) == 10
    assert a.pipeline_version.startswith(dateline.__version__)
    names = {e.name for e in a.entities}
    assert {"Stephen Harper", "NATO", "Ukraine"} <= names
    for e in a.entities:
        for m in e.mentions:
            assert a.body[m.start : m.end] == m.text


def test_no_date_is_null_with_warning():
    a = dateline.extract("Some headline\n\nThe council met on Monday to vote on the budget.")
    assert a.published is None
    assert any("publication date" in w for w in a.warnings)


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyInput),
        (b"   \n\t ", EmptyInput),
        (b"%PDF-1.4 binary", BinaryInput),
        (b"\x89PNG\r\n\x1a\n\x00\x00", BinaryInput),
    ],
)
def test_bad_input_raises_specific_error(data, error):
    with pytest.raises(error) as info:
        dateline.extract(data)
    assert str(info.value).startswith("[E1")


def test_html_input():
    html = (
        "<html><head><title>Council passes budget</title></head><body><article>"
        "<h1>Council passes budget</h1>"
        + "".join(f"<p>The city council passed the budget on Monday, paragraph {i}.</p>" for i in range(8))
        + "</article></body></html>"
    )
    a = dateline.extract(html)
    assert "council passed the budget" in a.body
    assert a.source.content_type == "text/html"


def test_a_record_survives_pickling_unchanged(example_article):
    import pickle

    copy = pickle.loads(pickle.dumps(example_article))
    assert copy == example_article
    assert copy is not example_article
    assert copy.model_dump() == example_article.model_dump()


def test_a_publication_date_that_is_not_iso_is_refused():
    from dateline.errors import BadDate

    with pytest.raises(BadDate, match="YYYY-MM-DD"):
        dateline.extract("The minister said the plan would go ahead. " * 3, published="22/03/2015")


def test_python_callers_get_the_same_settings_as_the_cli(monkeypatch):
    from dateline.errors import TooLarge

    monkeypatch.setenv("DATELINE_MAX_CHARS", "20")
    with pytest.raises(TooLarge, match="over the limit of 20"):
        dateline.extract("The minister said the plan would go ahead on Monday.")


def test_a_text_longer_than_the_model_takes_is_the_projects_too_large_error():
    from dateline.errors import TooLarge

    with pytest.raises(TooLarge, match="E103"):
        dateline.extract("x" * 2_000_000)
    with pytest.raises(TooLarge, match="language model"):
        dateline.extract("word " * 210_000, settings=dateline_settings(max_chars=5_000_000))


def dateline_settings(**values):
    from dateline.settings import load_settings

    return load_settings(**values)
