"""Prepositional reports the parse splits from their verb: "weigh in on/about …" (with "in" read
as a particle or an adverb) and a bare time phrase between a cue and its preposition ("warned this
week of …", "complained on Monday about …").

Every sentence here is written for these tests (none comes from an evaluation file).
"""

import pytest

from dateline.nlp import get_nlp


def _quotes(text: str) -> list[dict]:
    return get_nlp()(text)._.quotes


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The harbour board weighed in on whether the old lighthouse should be sold.",
            "The harbour board",
            "whether the old lighthouse should be sold",
        ),
        (
            "Two retired judges weighed in about whether the new sentences were too long.",
            "Two retired judges",
            "whether the new sentences were too long",
        ),
        (
            "Several vicars weighed in last week on the plans for the church hall.",
            "Several vicars",
            "the plans for the church hall",
        ),
        (
            "The chemist warned this week of shortages of cough syrup.",
            "The chemist",
            "shortages of cough syrup",
        ),
        (
            "The rowing club complained yesterday about the litter on the towpath.",
            "The rowing club",
            "the litter on the towpath",
        ),
    ],
)
def test_a_prepositional_report_across_a_particle_or_a_time(text, speaker, content):
    quotes = _quotes(text)
    assert len(quotes) == 1, quotes
    assert quotes[0]["speaker_text"] == speaker
    assert quotes[0]["text"] == content
