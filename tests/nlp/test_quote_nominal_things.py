"""Nouns of promising and asking whose phrase says what a thing brings or a market wants, and a
noun of a deal naming an amount: none reports anyone's words.

Every sentence here is written for these tests (none comes from an evaluation file).
"""

import pytest

from dateline.nlp import get_nlp


def _reported(text: str) -> list[tuple[str | None, str]]:
    return [(q["speaker_text"], q["text"]) for q in get_nlp()(text)._.quotes or []]


@pytest.mark.parametrize(
    "text",
    [
        "The vaccine's promise to end the outbreak lifted markets.",
        "The drought's threat to ruin the wheat crop worried growers.",
        "Samsung's demand for display glass doubled last quarter.",
        "The carmaker's demand for lithium keeps rising.",
        "Under a great deal of strain, the coalition held its vote.",
        "Under a good deal of pressure from donors, the charity closed.",
    ],
)
def test_a_things_promise_or_a_markets_demand_reports_nothing(text):
    assert _reported(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "The rebels' threat to attack the capital alarmed diplomats.",
            "The rebels'",
            "to attack the capital",
        ),
        ("The nurses' demands for safer wards were rejected.", "The nurses'", "safer wards"),
        ("The teachers' demand to reopen talks was refused.", "The teachers'", "to reopen talks"),
        ("A request by the defence for a retrial was refused.", "the defence", "a retrial"),
    ],
)
def test_a_speakers_promise_or_demands_still_report(text, speaker, words):
    assert (speaker, words) in _reported(text)


def test_under_the_deal_still_reports_its_terms():
    assert ("the deal", "fishing boats would stay in port") in _reported(
        "Under the deal, fishing boats would stay in port."
    )
