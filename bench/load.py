"""Load test of the REST API: concurrent clients on GET /events against a large store.

Builds (once) a store of synthetic records with the store's own writer, starts ``dateline serve``
on a free loopback port, runs ``--clients`` closed-loop clients (keep-alive HTTP/1.1, no think
time) for ``--duration`` seconds over random /events queries (no filter, actor, type, country,
dates; random pages), then prints p50/p95/p99 latency, throughput and the error count (JSON on
stdout, a summary on stderr). Traffic goes to 127.0.0.1 only, and the run stops by itself.

Example: .venv/bin/python bench/load.py --events 100000 --clients 50 --duration 30
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

EVENTS_PER_ARTICLE = 5
ACTORS = (
    "USA",
    "RUS",
    "CHN",
    "FRA",
    "DEU",
    "GBR",
    "UKR",
    "IRN",
    "ISR",
    "IND",
    "BRA",
    "TUR",
    "USAGOV",
    "RUSMIL",
)
COUNTRIES = ("FR", "US", "Germany", "UA", "CN", "IR", "BR", "JP", "NG", "EG")
TYPES = ("CONSULT", "AGREE", "AID", "COERCE", "ASSAULT", "PROTEST", "REQUEST", "THREATEN", "04", "19")


def random_query(rng: random.Random, mix: str = "random") -> str:
    """One /events query: no filter, or one or two of the CLI's filters, and a random page
    (``mix="paging"``: the unfiltered list, one of its first 40 pages)."""
    if mix == "paging":
        return f"/events?skip={50 * rng.randrange(40)}"
    params: list[str] = []
    kind = rng.randrange(6)
    if kind == 1:
        params.append(f"actor={rng.choice(ACTORS)}")
    elif kind == 2:
        params.append(f"type={rng.choice(TYPES)}")
    elif kind == 3:
        params.append(f"country={rng.choice(COUNTRIES)}")
    elif kind == 4:
        month = rng.randrange(1, 13)
        params += [f"since=2015-{month:02d}-01", f"type={rng.choice(TYPES)}"]
    elif kind == 5:
        params += [f"actor={rng.choice(ACTORS)}", f"until=2015-{rng.randrange(1, 13):02d}-28"]
    if rng.random() < 0.5:
        params.append(f"skip={50 * rng.randrange(40)}")
    return "/events" + ("?" + "&".join(params) if params else "")


def build_db(path: Path, n_events: int) -> None:
    """Write ``n_events`` synthetic events (EVENTS_PER_ARTICLE per article) into a new store."""
    from dateline.store import DocRef, StoreWriter, connect
    from dateline.store.synthetic import synthetic_articles

    started = time.monotonic()
    path.unlink(missing_ok=True)
    con = connect(path)
    try:
        writer = StoreWriter(con)
        batch = []
        for article in synthetic_articles(
            n_events // EVENTS_PER_ARTICLE, events_per_article=EVENTS_PER_ARTICLE
        ):
            batch.append((DocRef(raw_id=article.id), article))
            if len(batch) == 1000:
                writer.write_batch(batch)
                batch = []
        if batch:
            writer.write_batch(batch)
    finally:
        con.close()
    print(f"built {path} with {n_events:,} events in {time.monotonic() - started:.0f} s", file=sys.stderr)


def count_events(path: Path) -> int:
    from dateline.store import connect

    con = connect(path, read_only=True)
    try:
        return con.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        con.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int, extra_env: dict[str, str]) -> subprocess.Popen:
    """``dateline serve`` in a child process; returns once the port accepts connections."""
    env = {k: v for k, v in os.environ.items() if k != "DATELINE_API_TOKEN"} | extra_env
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from dateline.cli import main; main()",
            "serve",
            "--db",
            str(db),
            "--port",
            str(port),
        ],
        env=env,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited with code {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not start within 60 s")


async def _request(reader, writer, path: str) -> int:
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n\r\n".encode())
    await writer.drain()
    status_line = await reader.readline()
    if not status_line:
        raise ConnectionError("connection closed")
    status = int(status_line.split()[1])
    length = None
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b"\n", b""):
            break
        name, _, value = line.decode("latin-1").partition(":")
        if name.strip().lower() == "content-length":
            length = int(value.strip())
    if length is None:
        raise ConnectionError("response without Content-Length")
    body = await reader.readexactly(length)
    if status == 200:
        json.loads(body)
    return status


async def client(
    port: int, deadline: float, seed: int, mix: str, latencies: list[float], errors: list[str]
) -> None:
    reader = writer = None
    rng = random.Random(seed)
    while time.monotonic() < deadline:
        path = random_query(rng, mix)
        try:
            if writer is None:
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
            started = time.perf_counter()
            status = await asyncio.wait_for(_request(reader, writer, path), timeout=10)
            latencies.append(time.perf_counter() - started)
            if status != 200:
                errors.append(f"{path}: HTTP {status}")
        except (TimeoutError, OSError, ValueError, asyncio.IncompleteReadError) as exc:
            errors.append(f"{path}: {type(exc).__name__} {exc}")
            if writer is not None:
                writer.close()
            reader = writer = None
    if writer is not None:
        writer.close()


async def run_load(
    port: int, clients: int, duration: float, seed: int, mix: str
) -> tuple[list[float], list[str]]:
    latencies: list[float] = []
    errors: list[str] = []
    deadline = time.monotonic() + duration
    await asyncio.gather(
        *(client(port, deadline, seed * 1000 + k, mix, latencies, errors) for k in range(clients))
    )
    return latencies, errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("bench/load.duckdb"), help="store to build or reuse")
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=float, default=30.0)
    parser.add_argument("--warmup", type=float, default=2.0, help="seconds of load before measuring")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--no-cache", action="store_true", help="serve with the answer cache off")
    parser.add_argument(
        "--mix",
        choices=("random", "paging"),
        default="random",
        help="random: filtered queries, random pages; paging: /events pages 1-40 as a UI pages through",
    )
    args = parser.parse_args(argv)

    if args.rebuild or not args.db.exists() or count_events(args.db) != args.events:
        build_db(args.db, args.events)
    port = free_port()
    extra_env = {"DATELINE_API_CACHE_MB": "0"} if args.no_cache else {}
    server = start_server(args.db, port, extra_env)
    try:
        if args.warmup:
            asyncio.run(run_load(port, args.clients, args.warmup, seed=1, mix=args.mix))
        started = time.monotonic()
        load_avg = os.getloadavg()[0]
        latencies, errors = asyncio.run(run_load(port, args.clients, args.duration, seed=2, mix=args.mix))
        elapsed = time.monotonic() - started
    finally:
        server.terminate()
        server.wait(timeout=10)
    ms = sorted(x * 1000 for x in latencies)
    q = statistics.quantiles(ms, n=100) if len(ms) > 1 else [0.0] * 99
    result = {
        "events": args.events,
        "clients": args.clients,
        "mix": args.mix,
        "cache": not args.no_cache,
        "duration_s": round(elapsed, 1),
        "requests": len(ms),
        "errors": len(errors),
        "rps": round(len(ms) / elapsed, 1),
        "p50_ms": round(q[49], 1),
        "p95_ms": round(q[94], 1),
        "p99_ms": round(q[98], 1),
        "max_ms": round(ms[-1], 1) if ms else None,
        "cpus": os.cpu_count(),
        "load_avg_before": round(load_avg, 1),
        "first_errors": errors[:5],
    }
    print(json.dumps(result))
    print(
        f"/events ({args.mix}, cache {'off' if args.no_cache else 'on'}), {args.events:,} events, "
        f"{args.clients} clients, {elapsed:.0f} s: {len(ms):,} requests "
        f"({result['rps']}/s), p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms, "
        f"p99 {result['p99_ms']} ms, errors {len(errors)}",
        file=sys.stderr,
    )
    ok = not errors and result["p95_ms"] < 250
    print("acceptance (0 errors, p95 < 250 ms):", "PASS" if ok else "FAIL", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
