"""What the spark command does before Spark runs: a missing PySpark, the workers' interpreter."""

from __future__ import annotations

import sys

from typer.testing import CliRunner

from dateline.cli import app
from dateline.runners.spark import worker_python


def test_spark_without_pyspark_is_a_friendly_error(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyspark", None)
    monkeypatch.setitem(sys.modules, "pyspark.sql", None)
    (tmp_path / "a.txt").write_text("The minister said the plan would go ahead.", encoding="utf-8")
    result = CliRunner().invoke(app, ["spark", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "E200" in result.output and "DATELINE_EXTRAS=spark" in result.output
    assert "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit)


def test_local_masters_run_workers_on_this_interpreter():
    environ = {"PYSPARK_PYTHON": "python3"}
    assert worker_python("local[2]", environ) == sys.executable
    assert worker_python("local", environ) == sys.executable
    assert worker_python(None, environ) == sys.executable  # Spark's default master is local[*]


def test_spark_submit_and_clusters_keep_their_python():
    assert worker_python("yarn", {}) is None
    assert worker_python("spark://host:7077", {}) is None
    assert worker_python("local[2]", {"PYSPARK_GATEWAY_PORT": "41234"}) is None
