import json

import pytest
from shared_paths import EVAL_DIR
from typer.testing import CliRunner

from dateline.cli import app
from dateline.process import process_many
from dateline.sources.inputs import iter_documents
from dateline.sources.raw import RawDocument
from dateline.store import connect
from dateline.store.queries import get_article_model, table_counts

runner = CliRunner()


def _eval_inputs(folder, eval_dir, example_text):
    folder.mkdir()
    (folder / "example.txt").write_text(example_text, encoding="utf-8")
    lines = []
    for name, n in (("5w1h", 2), ("html", 1)):
        path = eval_dir / f"{name}.dev.jsonl"
        if not path.exists():
            pytest.skip("../shared/eval is not present")
        for line in path.read_text(encoding="utf-8").splitlines()[:n]:
            rec = json.loads(line)
            if name == "html":
                lines.append({"html": rec["html"], "url": rec["url"]})
            else:
                lines.append({"title": rec["title"], "text": rec["text"], "published": rec.get("date")})
    (folder / "eval.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")


def test_ingest_eval_articles_counts_match_records(tmp_path, example_text):
    folder = tmp_path / "in"
    _eval_inputs(folder, EVAL_DIR, example_text)
    db = tmp_path / "e.duckdb"
    result = runner.invoke(
        app, ["ingest", str(folder), "--db", str(db), "--published", "2015-03-22", "--json"]
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["inserted"] == 4 and summary["failed"] == 0

    raws = [d for d in iter_documents([folder]) if isinstance(d, RawDocument)]
    expected = {article.id: article for article in process_many(raws, published="2015-03-22")}
    con = connect(db, read_only=True)
    counts = table_counts(con)
    assert counts["articles"] == len(expected) == 4
    for table, field in (
        ("entities", "entities"),
        ("quotes", "quotes"),
        ("times", "times"),
        ("places", "places"),
        ("events", "events"),
        ("quantities", "quantities"),
        ("removed", "removed"),
    ):
        assert counts[table] == sum(len(getattr(a, field)) for a in expected.values()), table
    assert counts["mentions"] == sum(len(e.mentions) for a in expected.values() for e in a.entities)
    for article_id, article in expected.items():
        stored = get_article_model(con, article_id)
        assert (
            stored.model_dump(exclude={"warnings", "published"})
            == article.model_dump(exclude={"warnings", "published"})
            or stored.published is not None
        )
    con.close()

    again = runner.invoke(app, ["ingest", str(folder), "--db", str(db), "--json"])
    assert again.exit_code == 0
    assert json.loads(again.stdout.strip().splitlines()[-1])["inserted"] == 0
    con = connect(db, read_only=True)
    assert {k: v for k, v in table_counts(con).items() if k != "runs"} == {
        k: v for k, v in counts.items() if k != "runs"
    }
    con.close()


def test_ingest_exit_code_and_errors(tmp_path):
    (tmp_path / "ok.txt").write_text("Council votes\n\nThe council met on Monday to vote.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    db = tmp_path / "x.duckdb"
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(db)])
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr and "1 inserted" in result.stderr
    quiet = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(db), "--quiet"])
    assert quiet.exit_code == 0 and quiet.stderr == ""


@pytest.mark.parametrize("with_bar", [True, False])
def test_ingest_passes_link_and_progress_with_or_without_bar(tmp_path, monkeypatch, with_bar):
    from dateline.commands import ingest as ingest_command
    from dateline.errors import DatelineError
    from dateline.runners import local

    seen = {}

    def fake_ingest(paths, **kwargs):
        seen.update(kwargs)
        raise DatelineError("stop here")

    bar = ingest_command._progress_bar(True) if with_bar else (None, None)
    monkeypatch.setattr(ingest_command, "_progress_bar", lambda enabled: bar)
    monkeypatch.setattr(local, "ingest", fake_ingest)
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(tmp_path / "x.duckdb"), "--no-link"])
    assert result.exit_code == 2
    assert seen["link"] is False
    assert (seen["progress"] is not None) is with_bar
