"""The events-news scorer on a made-up article (no pipeline, no shared data)."""

import json

import pytest
from shared_paths import EVAL_DIR

from dateline.evaluate import events_news as en

TEXT = (
    "Ruritania accused Freedonia of shelling its border towns. "
    "The two governments later met in Geneva. "
    "Local farmers said the harvest was poor."
)


def _actor(text, code, sector=None):
    start = TEXT.index(text)
    return {"text": text, "start": start, "end": start + len(text), "code": code, "sector": sector}


ARTICLE = {
    "id": "made-up-1",
    "lead": {"start": 0, "end": 56},
    "sentences": [
        {
            "start": 0,
            "end": 56,
            "events": [
                {
                    "type": "ACCUSE",
                    "cameo": "112",
                    "source": [_actor("Ruritania", "RUR")],
                    "target": [_actor("Freedonia", "FRE")],
                    "modality": "asserted",
                    "main": True,
                }
            ],
        },
        {
            "start": 57,
            "end": 97,
            "events": [
                {
                    "type": "CONSULT",
                    "cameo": "040",
                    "source": [_actor("The two governments", None)],
                    "target": [],
                    "modality": "asserted",
                    "main": False,
                }
            ],
        },
        {"start": 98, "end": 137, "events": []},
    ],
}


def _event(plover, start, end, source, target, confidence=0.9, modality="asserted"):
    return {
        "plover": {"type": plover},
        "evidence": {"start": start, "end": end},
        "source": {"country": source} if source else None,
        "target": {"country": target} if target else None,
        "modality": modality,
        "confidence": confidence,
    }


def test_type_dyad_main_and_resolution_counts():
    predicted = [
        _event("ACCUSE", 0, 56, "RUR", "FRE"),
        _event("ASSAULT", 0, 56, "RUR", "FRE"),
        _event("CONSULT", 57, 97, "RUR", None, modality="reported"),
        _event("PROTEST", 98, 137, None, None, confidence=0.1),
    ]
    counts = en.Counts()
    en.score_article(ARTICLE, predicted, counts, 0.5)
    m = counts.metrics()
    assert m["events"] == 3
    assert m["type_precision"] == pytest.approx(2 / 3)
    assert m["dyad_precision"] == pytest.approx(1 / 3)
    assert m["main_recall"] == 1.0
    assert m["recall"] == 1.0
    assert m["modality_accuracy"] == pytest.approx(1 / 2)
    assert m["resolved_source"] == 1.0


def test_threshold_zero_counts_every_event():
    predicted = [_event("PROTEST", 98, 137, None, None, confidence=0.1)]
    assert en.score([ARTICLE], [predicted], 0.0)["events"] == 1
    assert en.score([ARTICLE], [predicted], 0.5)["events"] == 0


def test_group_codes_match_by_prefix():
    assert en.actor_key({"country": None, "code": "IMGMUSISI"}) == "IMGMUSISI"
    assert en.actor_key({"country": None, "code": "GOV"}) is None
    assert en._same_actor("IMGMUS", "IMGMUSISI")
    assert not en._same_actor("USA", None)


def test_igo_and_ngo_gold_codes_take_the_dictionary_codes_under_them():
    ngo = en.actor_key({"country": None, "code": "NGOHRIAMN"})
    assert en._same_actor("NGO", ngo)
    assert en._same_actor("IGO", en.actor_key({"country": "IGO", "code": "IGOUNOREFHCR"}))
    assert not en._same_actor("IGO", ngo)
    assert not en._same_actor("USA", "USAGOV")


def test_a_state_that_no_longer_exists_is_scored_by_its_own_code():
    # the gold and the actor layer both follow CAMEO's country dictionary: the Soviet Union is SUN
    assert en._same_actor("SUN", "SUN")
    assert en._same_actor("SUN", en.actor_key({"country": "SUN", "code": "SUNMIL"}))
    assert not en._same_actor("SUN", "RUS")
    assert not en._same_actor("RUS", "SUN")


TWO = {
    "id": "made-up-2",
    "lead": {"start": 0, "end": 56},
    "sentences": [
        {
            "start": 0,
            "end": 56,
            "events": [
                {"type": "ACCUSE", "source": [{"code": "RUR"}], "target": [{"code": "FRE"}, {"code": "GRO"}]},
                {"type": "REQUEST", "source": [{"code": "RUR"}], "target": [{"code": "FRE"}]},
            ],
        },
        {"start": 57, "end": 97, "events": [{"type": "ACCUSE", "source": [{"code": "SYL"}], "target": []}]},
    ],
}


def test_pairing_does_not_depend_on_the_order_of_the_output():
    partial = _event("ACCUSE", 0, 56, "RUR", None)
    exact = _event("ACCUSE", 0, 56, "RUR", "FRE")
    for order in ([partial, exact], [exact, partial]):
        counts = en.Counts()
        en.score_article(TWO, order, counts, 0.5)
        assert (counts.typed, counts.dyad) == (2, 1)


def _accuse_sentence(start, end, source):
    events = [{"type": "ACCUSE", "source": [{"code": source}], "target": []}]
    return {"start": start, "end": end, "events": events}


def test_pairing_matches_as_many_events_as_possible_before_right_actors():
    article = {
        "id": "made-up-3",
        "sentences": [_accuse_sentence(0, 56, "RUR"), _accuse_sentence(57, 97, "SYL")],
    }
    # the wide event fits the first sentence's dyad best, but the narrow one can take no other
    wide = _event("ACCUSE", 0, 97, "RUR", None)
    narrow = _event("ACCUSE", 0, 56, "XXX", None)
    counts = en.Counts()
    en.score_article(article, [wide, narrow], counts, 0.5)
    assert (counts.typed, counts.found, counts.dyad) == (2, 2, 0)


@pytest.mark.skipif(not (EVAL_DIR / "quotes.dev.jsonl").exists(), reason="../shared/eval is not present")
def test_events_news_gate_on_the_check_half():
    report = en.run(EVAL_DIR, half="check")
    row = next(v for k, v in report.rows.items() if k.startswith("dateline"))
    assert row["resolved_source"] >= 0.95, row
    assert row["type_precision"] >= 0.40, row
    assert row["main_recall"] >= 0.20, row


def _gold_file(tmp_path):
    records = [
        {"id": "made-up-quotes", "file": "quotes.dev.jsonl", "sentences": []},
        {"id": "made-up-wire", "file": "places.dev.jsonl", "sentences": []},
        {"id": "made-up-page", "file": "html.dev.jsonl", "sentences": []},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_load_gold_keeps_the_articles_of_the_named_dev_files(tmp_path):
    path = _gold_file(tmp_path)
    assert [r["id"] for r in en.load_gold(path)] == ["made-up-quotes", "made-up-wire", "made-up-page"]
    kept = en.load_gold(path, sources=["quotes.dev.jsonl", "html.dev.jsonl"])
    assert [r["id"] for r in kept] == ["made-up-quotes", "made-up-page"]
    assert [r["id"] for r in en.load_gold(path, sources=["places.dev.jsonl"])] == ["made-up-wire"]


def test_load_gold_refuses_a_dev_file_no_article_comes_from(tmp_path):
    with pytest.raises(ValueError, match="nope.dev.jsonl"):
        en.load_gold(_gold_file(tmp_path), sources=["quotes.dev.jsonl", "nope.dev.jsonl"])


def test_evaluate_command_takes_source_for_events_news_only(tmp_path):
    from typer.testing import CliRunner

    from dateline.cli import app

    runner = CliRunner()
    other = runner.invoke(app, ["evaluate", "events", "--eval-dir", str(tmp_path), "--source", "x.jsonl"])
    assert other.exit_code == 2 and "events-news only" in other.output
    unknown = runner.invoke(
        app, ["evaluate", "events-news", "--eval-dir", str(tmp_path), "--source", "nope.dev.jsonl"]
    )
    assert unknown.exit_code == 2 and "nope.dev.jsonl" in unknown.output


def test_evaluate_command_refuses_a_source_that_names_no_file(tmp_path):
    from typer.testing import CliRunner

    from dateline.cli import app

    empty = CliRunner().invoke(
        app, ["evaluate", "events-news", "--eval-dir", str(tmp_path), "--source", " , "]
    )
    assert empty.exit_code == 2 and "--source" in empty.output


def test_evaluate_command_reports_a_failure_while_scoring_as_such(tmp_path, monkeypatch):
    # only a dev file no gold article comes from is a usage error; a failure while scoring is not
    from typer.testing import CliRunner

    from dateline.cli import app

    def broken(*args, **kwargs):
        raise ValueError("made-up failure while scoring")

    monkeypatch.setattr(en, "run", broken)
    result = CliRunner().invoke(
        app, ["evaluate", "events-news", "--eval-dir", str(tmp_path), "--source", "places.dev.jsonl"]
    )
    assert result.exit_code == 1 and isinstance(result.exception, ValueError)


def test_article_texts_take_the_date_or_the_document_creation_time(tmp_path):
    import hashlib

    def _sha(text):
        return hashlib.sha256(text.encode()).hexdigest()

    texts = {"made-up-wire": "Ruritania recalled its envoy.", "made-up-tb": "Freedonia closed its border."}
    files = ("wire.dev.jsonl", "tb.dev.jsonl")
    gold = [
        {"id": key, "file": name, "text_field": "text", "text_sha256": _sha(text)}
        for (key, text), name in zip(texts.items(), files, strict=True)
    ]
    (tmp_path / "wire.dev.jsonl").write_text(
        json.dumps({"id": "made-up-wire", "date": "2020-05-01", "text": texts["made-up-wire"]}) + "\n"
    )
    (tmp_path / "tb.dev.jsonl").write_text(
        json.dumps({"id": "made-up-tb", "dct": "1998-02-27T08:00:00", "text": texts["made-up-tb"]}) + "\n"
    )
    out = en.article_texts(gold, tmp_path)
    assert out["made-up-wire"]["date"] == "2020-05-01"
    assert out["made-up-tb"]["date"] == "1998-02-27T08:00:00"
