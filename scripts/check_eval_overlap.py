"""List added lines that share a run of words with an evaluation text.

Tests, tables and rules must not be written from evaluation items. This script takes the lines a
git revision range adds (default: ``main..HEAD``) and reports each one that shares a sequence of
``--words`` consecutive words (default 7, most of them words of letters) with any text in
``../shared/eval``. A hit is for a person to read: a common phrase or title list may be fine.

    python scripts/check_eval_overlap.py                # added on this branch since main
    python scripts/check_eval_overlap.py 8b75462..HEAD  # any range

Exit status 1 when an overlap is found.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

WORD = re.compile(r"[\w']+")


def shingles(text: str, size: int) -> Iterator[tuple[str, ...]]:
    """Every run of ``size`` consecutive lower-cased words of ``text``."""
    words = [w.lower() for w in WORD.findall(text)]
    for i in range(len(words) - size + 1):
        run = tuple(words[i : i + size])
        if sum(w.isalpha() and len(w) > 1 for w in run) > size // 2:
            yield run


def strings(value: object) -> Iterator[str]:
    """Every string inside a JSON value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def eval_shingles(eval_dir: Path, size: int) -> set[tuple[str, ...]]:
    """The word runs of every string of every ``*.jsonl`` file under ``eval_dir``."""
    seen: set[tuple[str, ...]] = set()
    for path in sorted(eval_dir.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    for text in strings(json.loads(line)):
                        seen.update(shingles(text, size))
    return seen


def added_lines(revisions: str) -> Iterator[tuple[str, str]]:
    """(file, line) for each line the revision range adds, outside the project's gold files."""
    diff = subprocess.run(
        ["git", "diff", "--unified=0", revisions, "--", ".", ":(exclude)src/dateline/evaluate/gold"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    current = ""
    for line in diff.splitlines():
        if line.startswith("+++ "):
            current = line[6:]
        elif line.startswith("+") and not line.startswith("+++"):
            yield current, line[1:]


def main(argv: list[str] | None = None) -> int:
    """Print overlapping added lines; 1 if any."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revisions", nargs="?", default="main..HEAD")
    parser.add_argument("--words", type=int, default=7)
    root = Path(__file__).resolve().parent.parent
    parser.add_argument("--eval-dir", type=Path, default=root.parent / "shared" / "eval")
    args = parser.parse_args(argv)
    known = eval_shingles(args.eval_dir, args.words)
    found = 0
    for name, line in added_lines(args.revisions):
        if any(s in known for s in shingles(line, args.words)):
            found += 1
            print(f"{name}: {line.strip()[:160]}")
    print(f"{found} added line(s) share {args.words} words with {args.eval_dir}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
