import pytest
from shared_paths import EVAL_DIR

from dateline.evaluate import TASKS
from dateline.evaluate.quotes import match, run, speaker_correct, word_positions

# Measured with `dateline evaluate quotes --half check` (44 articles of quotes.dev, never read for
# errors); floors sit a little below.
# Check half on 2026-12-03 (session 22): spans 0.859 / 0.532, direct+mixed F1 0.840, speaker 0.946 / 0.961.
FLOORS = {
    ("spans all", "precision"): 0.84,
    ("spans all", "recall"): 0.52,
    ("spans direct+mixed", "f1"): 0.83,
    ("speaker all", "lenient"): 0.94,
    ("speaker direct", "lenient"): 0.95,
}


def test_registered():
    assert TASKS["quotes"] == "quotes"


def test_match_is_one_to_one_and_needs_half_of_longer():
    gold = [frozenset(range(0, 10)), frozenset(range(20, 24))]
    predicted = [frozenset(range(0, 6)), frozenset(range(0, 10)), frozenset(range(20, 40))]
    assert match(gold, predicted) == [(0, 1)]


def test_speaker_strict_and_lenient():
    text = "Donald Trump spoke. He said the vote was rigged."
    gold = {"speaker": "He", "speaker_span": [20, 22]}
    entities = {"E1": {"name": "Donald Trump", "aliases": [], "mentions": [{"start": 20, "end": 22}]}}
    assert speaker_correct(gold, {"speaker": "E1", "speaker_start": 20, "speaker_end": 22}, entities) == (
        True,
        True,
    )
    assert speaker_correct(gold, {"speaker": "E1", "speaker_start": 0, "speaker_end": 12}, entities) == (
        False,
        True,
    )
    assert speaker_correct(gold, {"speaker": None, "speaker_start": None}, entities) == (False, False)
    assert len(word_positions(text)) == 9


@pytest.mark.skipif(not (EVAL_DIR / "quotes.dev.jsonl").exists(), reason="../shared/eval is not present")
def test_quotes_check_half_above_floors():
    report = run(EVAL_DIR, half="check")
    for (row, metric), floor in FLOORS.items():
        assert report.rows[row][metric] >= floor, (row, metric, report.rows[row][metric])
