"""scripts/audit_quotes.py: the figures, the re-scoring's pairing and the stored sheets."""

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHEETS = sorted((ROOT / "docs" / "audits").glob("quotes-*.tsv"))
TEXT = "The mayor said the bridge would open in May. “It is late,” the engineer said. Ann Lee said so."


@pytest.fixture(scope="module")
def audit():
    sys.path.insert(0, str(ROOT / "scripts"))
    spec = importlib.util.spec_from_file_location("audit_quotes", ROOT / "scripts" / "audit_quotes.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["audit_quotes"] = module
    spec.loader.exec_module(module)
    return module


def _quote(quote: str, start: int, end: int, speaker=(0, 9), **verdicts) -> dict:
    row = {"section": "quote", "article": "a1", "quote": quote, "kind": "indirect", "start": str(start)}
    row |= {"end": str(end), "speaker_start": str(speaker[0]), "speaker_end": str(speaker[1]), "parts": ""}
    row |= {"statement": "", "speaker_ok": "", "span_ok": "", "note": ""} | verdicts
    return row


def _run(monkeypatch, audit, spans):
    rows = []
    for k, (start, end, speaker) in enumerate(spans, 1):
        rows.append({"section": "quote", "quote": f"Q{k}", "kind": "indirect", "start": start, "end": end})
        rows[-1] |= {"speaker_start": speaker[0], "speaker_end": speaker[1], "parts": ""}
        rows[-1] |= {"cue": "said", "speaker_text": "x", "speaker_entity": ""}
    monkeypatch.setattr(audit, "run_system", lambda text: [dict(r) for r in rows])


def test_rescore_carries_verdicts_over_by_span_and_speaker(audit, monkeypatch):
    judged = [
        _quote("Q1", 15, 43, statement="y", speaker_ok="y", span_ok="y"),
        _quote("Q2", 46, 57, speaker=(59, 71), statement="y", speaker_ok="n", span_ok="y"),
    ]
    # the first unchanged; the second with a new speaker span
    _run(monkeypatch, audit, [(15, 43, (0, 9)), (46, 57, (63, 71))])
    fresh = audit.rescore(judged, {"a1": TEXT})
    verdicts = [(r["statement"], r["speaker_ok"], r["span_ok"]) for r in fresh]
    assert verdicts == [("y", "y", "y"), ("y", "", "y")]
    assert fresh[1]["note"] == "changed from Q2"


def test_rescore_makes_a_dropped_statement_missed_but_not_a_merged_one(audit, monkeypatch):
    judged = [
        _quote("Q1", 15, 43, statement="y", speaker_ok="y", span_ok="y"),
        _quote("Q2", 46, 57, statement="y", speaker_ok="y", span_ok="y"),
        _quote("Q3", 80, 84, statement="n"),
    ]
    # Q1 dropped; Q2 merged into a longer quote; Q3 (no statement) dropped
    _run(monkeypatch, audit, [(46, 78, (59, 71))])
    fresh = audit.rescore(judged, {"a1": TEXT})
    missed = [r for r in fresh if r["section"] == "missed"]
    assert [(r["start"], r["note"]) for r in missed] == [("15", "dropped: was Q1")]
    got = audit.figures([{k: str(v) for k, v in r.items()} for r in fresh])
    assert (got.quotes, got.missed) == (1, 1)


def test_figures_count_verdicts_and_missed_rows(audit):
    rows = [
        _quote("Q1", 0, 5, statement="y", speaker_ok="y", span_ok="y"),
        _quote("Q2", 6, 9, statement="y", speaker_ok="n", span_ok="y"),
        _quote("Q3", 10, 12, statement="n"),
        _quote("Q4", 13, 15, statement="-"),
        {"section": "missed", "article": "a1", "start": "1", "end": "2", "note": ""},
    ]
    got = audit.figures(rows)
    assert (got.quotes, got.statements, got.speaker_right, got.span_right, got.all_right, got.missed) == (
        3,
        2,
        1,
        2,
        1,
        1,
    )


@pytest.mark.parametrize("sheet", SHEETS, ids=lambda p: p.name)
def test_the_stored_quote_sheets_hold_no_article_text(audit, sheet):
    rows = audit.read_sheet(sheet)
    assert rows and set(rows[0]) == set(audit.FIELDS)
    assert all(len(r["cue"].split()) <= 4 and len(r["note"]) <= 140 for r in rows)
