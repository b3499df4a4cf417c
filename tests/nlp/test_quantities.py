import time

import pytest

from dateline.nlp import get_nlp


def quantities(text: str):
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.published = "2015-03-22"
    doc._.dateline = None
    doc._.warnings = []
    return nlp(doc)._.quantities


def test_example_gold_quantities(example_article, example_gold):
    got = {(q.value, q.unit) for q in example_article.quantities}
    for must in example_gold["quantities"]["must"]:
        assert (must["value"], must["unit"]) in got
    for q in example_article.quantities:
        assert example_article.body[q.start : q.end] == q.text


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "modifier"),
    [
        ("The deal was worth $1.2 billion.", "$1.2 billion", 1.2e9, "USD", None),
        ("Prices rose 3 per cent in March.", "3 per cent", 3, "percent", None),
        ("Prices rose 3% in March.", "3%", 3, "percent", None),
        ("More than 200 people died.", "More than 200 people", 200, "people", "MORE_THAN"),
        ("About 1,500 soldiers were hurt.", "About 1,500 soldiers", 1500, "soldiers", "APPROX"),
        ("Twenty-four soldiers fled.", "Twenty-four soldiers", 24, "soldiers", None),
        ("The firm paid 300 million euros.", "300 million euros", 3e8, "EUR", None),
        ("Hundreds of protesters gathered.", "Hundreds of protesters", 200, "protesters", "AT_LEAST"),
        ("The hole is 40m deep.", "40m", 40, "m", None),
        ("The bridge cost £40m to build.", "£40m", 4e7, "GBP", None),
        ("Some 6,000 of the residents fled.", "Some 6,000", 6000, "residents", "APPROX"),
    ],
)
def test_quantity(text, surface, value, unit, modifier):
    by_text = {q["text"]: q for q in quantities(text)}
    assert surface in by_text, by_text
    q = by_text[surface]
    assert q["value"] == pytest.approx(value)
    assert q["unit"] == unit
    assert q["modifier"] == modifier
    assert q["approximate"] == (modifier is not None)


def test_dates_times_ordinals_are_not_quantities():
    got = quantities(
        "On March 3, 2015, the first of two votes was held at 7:15 p.m. for the third time in 1999."
    )
    texts = " ".join(q["text"] for q in got)
    assert "2015" not in texts and "1999" not in texts and "7" not in texts and "3" not in texts
    assert [q["value"] for q in got] == [2]


def test_bad_input():
    assert quantities("") == []
    assert quantities("!!! ??? ...") == []
    quantities("MORE THAN 200 PEOPLE DIED IN 45,000 PLACES.")
    start = time.perf_counter()
    assert len(quantities("Some 45,000 troops and two camps. " * 200)) == 400
    assert time.perf_counter() - start < 30


def _every_token_scanned(doc):
    """A doc's quantities by a scan of every token (``_vague_plural`` and ``is_number`` asked of each)."""
    from dateline.nlp.quantities import (
        _blocked_mask,
        _quantity,
        _run_end,
        _run_value,
        _vague_plural,
        is_number,
    )

    blocked, found, i = _blocked_mask(doc), [], 0
    while i < len(doc):
        token = doc[i]
        vague = _vague_plural(doc, i)
        if vague is None and not is_number(token) or blocked[token.idx]:
            i += 1
            continue
        j, value = vague if vague is not None else (_run_end(doc, i), _run_value(doc[i : _run_end(doc, i)]))
        item = _quantity(doc, i, j, value, vague is not None)
        if item is not None:
            found.append(item)
        i = max(j, i + 1)
    return found


def test_only_number_words_and_vague_plurals_open_a_quantity():
    from dateline.nlp.quantities import QuantityTagger

    text = (
        "Hundreds of volunteers and tens of thousands of residents left Ossery after twelve "
        "dams failed; about 3,500 homes, 40% of the total, and two-thirds of the 18 schools flooded."
    )
    doc = get_nlp()(text)
    found = QuantityTagger(get_nlp(), "q").predict(doc)
    assert found == _every_token_scanned(doc)
    assert [q["text"] for q in found][:3] == [
        "Hundreds of volunteers",
        "tens of thousands of residents",
        "twelve dams",
    ]
    assert "18 schools" in [q["text"] for q in found]
