"""Boilerplate rules remove segments, never a whole story: one-line articles keep their body."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.text import clean_text

WORDS = (
    "the council said on monday that its budget would pay for new roads and schools while residents "
    "asked for more buses and safer streets near the river after a long winter of repairs"
).split()
NAMES = ("Maria Lopez", "Tom Becker", "Ana Cruz", "Ravi Menon")
AGENCIES = ("The Daily News", "News-Leader", "AP Photo", "Riverside Herald")

SENTENCE = st.lists(st.sampled_from(WORDS), min_size=6, max_size=18).map(
    lambda ws: " ".join([ws[0].capitalize(), *ws[1:]]) + "."
)
CREDIT = st.tuples(st.sampled_from(NAMES), st.sampled_from(AGENCIES)).map(lambda p: f"({p[0]} / {p[1]})")


def _story(sentences: int) -> str:
    base = (
        "The city council met on Tuesday to debate a budget that pays for parks, roads and two new "
        "schools, and residents asked for more buses on the east side."
    )
    return " ".join([base] * sentences)


def test_one_line_story_with_a_photo_credit_inside_keeps_its_body():
    text = (
        "Council backs new budget. Residents listen to the debate at city hall on Tuesday. "
        f"(Maria Lopez / The Daily News) {_story(8)} (Maria Lopez / The Daily News)"
    )
    doc = clean_text(text)
    assert doc.body.startswith("The city council met on Tuesday")
    assert "(Maria Lopez / The Daily News)" not in doc.body
    assert {r.kind for r in doc.removed} == {"caption", "credit"}


def test_one_line_story_ending_with_a_credit_keeps_its_body():
    doc = clean_text(f"{_story(10)} (Tom Becker / AP Photo)")
    assert doc.body == _story(10)
    doc = clean_text(f"{_story(10)} (tb/rc)")
    assert doc.body == _story(10)


def test_one_line_story_with_a_dateline_like_start_keeps_its_body():
    text = f"SPRINGVALE CITY, Riverside Mayor Ana Cruz said on Monday that {_story(9)}"
    doc = clean_text(text)
    assert "Mayor Ana Cruz said on Monday" in doc.body
    assert len(doc.body.split()) >= len(text.split()) - 3


@settings(max_examples=150, deadline=None)
@given(
    sentences=st.lists(SENTENCE, min_size=14, max_size=60),
    breaks=st.lists(st.booleans(), min_size=60, max_size=60),
    credits=st.lists(st.tuples(st.integers(0, 59), CREDIT), max_size=4),
    prefix=st.sampled_from(["", "SPRINGVALE CITY, Riverside ", "RIVERSIDE — ", "By Tom Becker\n"]),
    suffix=st.sampled_from(["", " (Maria Lopez / The Daily News)", " (tb/rc)"]),
    one_line=st.booleans(),
)
def test_no_prose_of_more_than_200_words_comes_out_empty(
    sentences, breaks, credits, prefix, suffix, one_line
):
    parts = list(sentences)
    for at, credit in credits:
        if at < len(parts):
            parts[at] = f"{parts[at]} {credit}"
    text = prefix
    for i, sentence in enumerate(parts):
        text += sentence + ("\n\n" if breaks[i] and not one_line else " ")
    text = text.rstrip() + suffix
    prose_words = sum(len(s.split()) for s in sentences)
    if prose_words > 200:
        assert clean_text(text).body.strip()
