"""bench/throughput.py: both sides alternate round by round, and the median ratio is reported."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture(scope="module")
def throughput():
    sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location("bench_throughput", BENCH / "throughput.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    yield module
    sys.path.remove(str(BENCH))


def _fake_sides(monkeypatch, throughput, calls: list[str], raw_s: float, ours_s: float) -> None:
    def raw(texts_path, workers, batch_size):
        calls.append("raw_spacy")
        return {
            "docs": 10,
            "docs_per_s": 10 / raw_s,
            "words_per_s": 100 / raw_s,
            "pipe_s": raw_s - 1,
            "cpu_s": 6,
        }

    def ours(folder, db, workers, batch_size):
        calls.append("dateline_ingest")
        return {
            "docs": 10,
            "docs_per_s": 10 / ours_s,
            "words_per_s": 100 / ours_s,
            "ingest_s": ours_s - 1,
            "cpu_s": 8,
        }

    monkeypatch.setattr(throughput, "raw_spacy", raw)
    monkeypatch.setattr(throughput, "dateline_ingest", ours)


def test_rounds_alternate_the_order(monkeypatch, tmp_path, throughput) -> None:
    calls: list[str] = []
    _fake_sides(monkeypatch, throughput, calls, raw_s=4.0, ours_s=5.0)
    first = throughput.one_round(tmp_path, 0, 2, 32, 8)
    second = throughput.one_round(tmp_path, 1, 2, 32, 8)
    assert calls == ["raw_spacy", "dateline_ingest", "dateline_ingest", "raw_spacy"]
    assert first["order"] == ["raw_spacy", "dateline_ingest"]
    assert second["order"] == ["dateline_ingest", "raw_spacy"]
    assert first["ratio_docs_per_s"] == 0.8
    assert first["ratio_pipe_vs_ingest"] == 0.75
    assert first["ratio_docs_per_cpu_s"] == 0.75


def test_process_tree_cpu_counts_children(throughput) -> None:
    code = "import subprocess, sys; subprocess.run([sys.executable, '-c', 'sum(range(30_000_000))'])"
    done, wall, cpu = throughput.run_timed([sys.executable, "-c", code], poll_s=0.02)
    assert done.returncode == 0
    alone, _, cpu_alone = throughput.run_timed([sys.executable, "-c", "pass"], poll_s=0.02)
    assert cpu > cpu_alone + 0.2


def test_summary_is_the_median_with_the_spread(throughput) -> None:
    rounds = [{"r": 0.9}, {"r": 0.6}, {"r": 0.75}]
    expected = {"median": 0.75, "min": 0.6, "max": 0.9, "all": [0.9, 0.6, 0.75]}
    assert throughput.summarize(rounds, "r") == expected
