"""``dateline serve``: usage errors, and the app it hands to uvicorn."""

from __future__ import annotations

from typer.testing import CliRunner

from dateline.cli import app

runner = CliRunner()


def test_missing_database_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "dateline ingest" in result.stderr


def test_serves_the_app_on_host_and_port(tmp_path, monkeypatch):
    import uvicorn

    from dateline.store import connect

    db = tmp_path / "news.duckdb"
    connect(db).close()
    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    monkeypatch.delenv("DATELINE_API_TOKEN", raising=False)
    result = runner.invoke(app, ["serve", "--db", str(db), "--port", "8123", "--public-reads"])
    assert result.exit_code == 0, result.output
    (served, kw) = calls[0]
    assert kw["host"] == "127.0.0.1" and kw["port"] == 8123
    assert served.state.settings.api_public_reads is True
    assert {"/articles", "/events", "/extract", "/ingest"} <= set(served.openapi()["paths"])
