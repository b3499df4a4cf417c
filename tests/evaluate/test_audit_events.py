"""scripts/audit_events.py: the sample rule, the sheet's offsets, the figures and the re-scoring."""

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHEETS = (
    ROOT / "docs" / "audits" / "events-2026-12-05.tsv",
    ROOT / "docs" / "audits" / "events-2026-12-05-b.tsv",
)


@pytest.fixture(scope="module")
def audit():
    spec = importlib.util.spec_from_file_location("audit_events", ROOT / "scripts" / "audit_events.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["audit_events"] = module
    spec.loader.exec_module(module)
    return module


def _event(
    article="a1", event="V1", sent=0, kind="ACCUSE", source="USA", target="RUS", confidence="0.8", **verdicts
):
    row = {
        "section": "event",
        "article": article,
        "event": event,
        "sent_start": str(sent),
        "sent_end": str(sent + 50),
        "type": kind,
        "source_code": source,
        "source_start": "3" if source else "",
        "target_code": target,
        "confidence": confidence,
    }
    row.update(verdicts)
    return row


def _lead(article="a1", end=100, found="", missed=""):
    return {
        "section": "lead",
        "article": article,
        "event": "lead",
        "sent_start": "0",
        "sent_end": str(end),
        "main_found": found,
        "main_missed": missed,
    }


def test_keyword_filter_reads_title_and_the_first_characters_only(audit):
    assert audit.political({"title": "Rebels shell a border town", "text": "Nothing here."})
    assert audit.political({"title": "Weather", "text": "The Prime Minister flew home."})
    assert not audit.political({"title": "Bake sale", "text": "x" * 600 + " the army arrived"})
    # a stem matches at a word start only
    assert not audit.political({"title": "Heartbreak", "text": "A tractor tipped over."})


def test_sample_leaves_out_gold_articles_and_orders_by_hash(audit):
    records = [{"id": f"r{i}", "title": "Police raid a depot", "text": ""} for i in range(10)]
    records.append({"id": "off", "title": "Garden show", "text": "Roses."})
    picked = audit.sample(records, exclude={"r3"}, n=5)
    ids = [r["id"] for r in picked]
    assert len(ids) == 5 and "r3" not in ids and "off" not in ids
    assert ids == sorted(ids, key=audit.sha)
    assert ids == [r["id"] for r in audit.sample(list(reversed(records)), {"r3"}, 5)]


def test_offset_map_follows_added_line_breaks(audit):
    text = "Line one.\nLine two."
    body = "Line one.\n\nLine two."
    where = audit.offset_map(body, text)
    start = body.index("two")
    assert text[where[start] : where[start + 3]] == "two"
    assert where[len(body)] == len(text)


def test_figures_count_only_judged_events_at_the_threshold(audit):
    rows = [
        _event(event="V1", type_ok="y", source_ok="y", target_ok="y", modality_ok="y"),
        _event(event="V2", type_ok="y", source_ok="n", target_ok="y", modality_ok="n"),
        _event(event="V3", source="", type_ok="n", source_ok="-", target_ok="-", modality_ok="-"),
        _event(event="V4", confidence="0.4", type_ok="y", source_ok="y", target_ok="y", modality_ok="y"),
        _event(event="V5"),
        _lead(found="V1", missed="ASSAULT:->USA;REQUEST:USA>-@V4"),
    ]
    got = audit.figures(rows, 0.7)
    assert (got.events, got.type_ok, got.dyad_ok, got.no_source) == (3, 2, 1, 1)
    assert (got.modality_right, got.modality_judged) == (1, 2)
    assert (got.main_found, got.main_missed, got.main_below) == (1, 2, 1)
    assert audit.figures(rows, 0.0).events == 4


def test_rescore_pairs_by_signature_and_lists_new_events(audit):
    judged = [
        _event(event="V1", type_ok="y", source_ok="y", target_ok="y", modality_ok="y", note="fine"),
        _event(
            event="V2",
            sent=60,
            kind="COERCE",
            source="",
            target="USA",
            confidence="0.5",
            type_ok="y",
            source_ok="y",
            target_ok="y",
            modality_ok="y",
        ),
        _lead(found="V1", missed="COERCE:->USA@V2;ASSAULT:null>USA"),
    ]
    new = [
        # the same event under a new id and a new confidence
        _event(event="V7", confidence="0.9"),
        # the event that was below the threshold now above it
        _event(event="V8", sent=60, kind="COERCE", source="", target="USA", confidence="0.75"),
        # another target: a new event to judge
        _event(event="V9", target="GBR", confidence="0.95"),
        _event(event="V10", kind="ASSAULT", confidence="0.2"),
    ]
    rows, unmatched = audit.rescore(judged, new, 0.7)
    events = [r for r in rows if r["section"] == "event"]
    assert [r["event"] for r in events] == ["V7", "V8"]
    assert events[0]["note"] == "fine" and events[1]["type_ok"] == "y"
    assert [r["event"] for r in unmatched] == ["V9"]
    (lead,) = [r for r in rows if r["section"] == "lead"]
    assert lead["main_found"] == "V1;COERCE:->USA@V2"
    assert lead["main_missed"] == "ASSAULT:null>USA"
    got = audit.figures(rows, 0.7)
    assert (got.events, got.type_ok, got.main_found, got.main_missed) == (2, 2, 2, 1)


def test_rescore_loses_a_main_event_whose_signature_changed(audit):
    judged = [_event(type_ok="y", source_ok="y", target_ok="y", modality_ok="y"), _lead(found="V1")]
    rows, unmatched = audit.rescore(judged, [_event(event="V3", source="")], 0.7)
    (lead,) = [r for r in rows if r["section"] == "lead"]
    assert lead["main_found"] == "" and lead["main_missed"] == "lost:V1"
    assert len(unmatched) == 1


@pytest.mark.parametrize("sheet", SHEETS, ids=lambda p: p.name)
def test_the_stored_sheets_hold_verdicts_and_no_article_text(audit, sheet):
    rows = audit.read_sheet(sheet)
    events = [r for r in rows if r["section"] == "event"]
    leads = [r for r in rows if r["section"] == "lead"]
    assert len(leads) == 30 and events
    assert all(audit.judged(r) for r in events)
    assert all(len(r["trigger"].split()) <= 4 and len(r["note"]) <= 140 for r in events)


def test_the_two_blocks_hold_different_articles(audit):
    first, second = ({r["article"] for r in audit.read_sheet(sheet)} for sheet in SHEETS)
    assert len(first) == len(second) == 30 and not first & second


def test_one_new_event_stands_for_one_missed_main_event(audit):
    judged = [
        _event(type_ok="y", source_ok="y", target_ok="y", modality_ok="y"),
        _lead(missed="ASSAULT:->USA;ASSAULT:USA>USA"),
    ]
    new = [_event(), _event(event="V5", kind="ASSAULT", sent=20)]
    rows, unmatched = audit.rescore(judged, new, 0.7)
    (lead,) = [r for r in rows if r["section"] == "lead"]
    assert lead["main_found"] == "ASSAULT:->USA" and lead["main_missed"] == "ASSAULT:USA>USA"
    assert [r["event"] for r in unmatched] == ["V5"]


def test_one_paired_event_keeps_one_of_two_main_events_of_its_signature(audit):
    verdicts = {"type_ok": "y", "source_ok": "y", "target_ok": "y", "modality_ok": "y"}
    judged = [
        _event(event="V1", **verdicts),
        _event(event="V2", **verdicts),
        _lead(found="V1;V2"),
    ]
    rows, _ = audit.rescore(judged, [_event(event="V9")], 0.7)
    (lead,) = [r for r in rows if r["section"] == "lead"]
    assert lead["main_found"] == "V1" and lead["main_missed"] == "lost:V2"
    got = audit.figures(rows, 0.7)
    assert (got.main_found, got.main_missed) == (1, 1)


def test_conflict_rule_reads_the_title_and_the_first_characters(audit):
    assert audit.conflict({"title": "Envoy flies to Kabul", "text": "The market opened."})
    assert audit.conflict({"title": "", "text": "Fighters shelled a UN-run depot."})
    assert audit.conflict({"title": "Vote", "text": "Iranian voters queued for hours."})
    assert not audit.conflict({"title": "Bake sale", "text": "Police found a stolen car."})
    # whole words only: "warm", "warrant", "unusual" and a lower-case "un" name nothing
    assert not audit.conflict({"title": "Warm weather", "text": "A warrant was unusual, un peu."})
    assert audit.conflict({"title": "", "text": "The war went on."})
    assert audit.conflict({"title": "", "text": "x" * 400 + " Troops left."})
    assert not audit.conflict({"title": "", "text": "x" * 600 + " Troops left."})


def test_pool_records_read_html_bodies_and_timebank_dates(audit):
    html = audit._record({"id": "h1", "url": "u", "html": "<p>", "gold_body": "Body.", "source": "s"})
    assert (html["text"], html["title"], "html" in html) == ("Body.", "", False)
    timebank = audit._record({"id": "t1", "text": "Text.", "dct": "1998-02-01"})
    assert timebank["date"] == "1998-02-01" and timebank["text"] == "Text."
    place = {"id": "p1", "title": "T", "text": "Text."}
    assert audit._record(place) is place


def test_conflict_sample_keeps_its_order_and_leaves_out_excluded_ids(audit):
    records = [{"id": f"c{i}", "title": "Troops in Syria", "text": ""} for i in range(6)]
    records.append({"id": "local", "title": "Police arrest a man", "text": "A court hearing."})
    picked = audit.sample(records, {"c2"}, 10, audit.conflict)
    assert [r["id"] for r in picked] == sorted((f"c{i}" for i in (0, 1, 3, 4, 5)), key=audit.sha)


def test_the_conflict_pool_leaves_out_the_political_sheets(audit):
    assert len(audit.sheet_ids()) == 60


CONFLICT_SHEETS = {
    ROOT / "docs" / "audits" / "events-2026-12-05-conflict.tsv": 47,
    ROOT / "docs" / "audits" / "events-2026-12-05-conflict-5w1h.tsv": 5,
}


@pytest.mark.parametrize("sheet", CONFLICT_SHEETS, ids=lambda p: p.name)
def test_the_conflict_sheets_judge_every_event_and_hold_no_article_text(audit, sheet):
    rows = audit.read_sheet(sheet)
    events = [r for r in rows if r["section"] == "event"]
    leads = [r for r in rows if r["section"] == "lead"]
    assert len(leads) == CONFLICT_SHEETS[sheet] and events
    assert all(audit.judged(r) for r in events)
    assert all(len(r["trigger"].split()) <= 4 and len(r["note"]) <= 140 for r in rows)


def test_the_conflict_sheets_share_no_article_with_the_first_audit_or_the_gold(audit):
    rows = [r for sheet in CONFLICT_SHEETS for r in audit.read_sheet(sheet)]
    ids = [r["article"] for r in rows if r["section"] == "lead"]
    assert len(ids) == len(set(ids)) == 52
    assert not set(ids) & (audit.sheet_ids() | audit.gold_ids())
