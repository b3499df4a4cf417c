"""A blind expert audit of the quote layer on real news that no quote rule was tuned on.

Three steps::

    python scripts/audit_quotes.py sample [--n 30] [--skip 0]   # the audit's article ids
    python scripts/audit_quotes.py sheet --out sheet.tsv [--show reading.txt] [--n 30] [--skip 0]
    python scripts/audit_quotes.py score SHEET.tsv [--rescore --out NEW.tsv --show]

``sample`` picks articles of ``places.dev.jsonl`` (field ``text``) and ``html.dev.jsonl`` (field
``gold_body``) that the events-news gold does not hold, whose title or first 500 characters name a
political or conflict word (``audit_events.KEYWORDS``, fixed before any article was read), ordered
by the sha256 of the id; the first ``n`` after the first ``skip``.

``sheet`` runs ``dateline.extract`` (default settings) on each text and writes a judging sheet: one
``quote`` row per output quote (ids, offsets into the article's text, kind, cue and speaker and
empty verdict columns). The sheet holds no article text but the cue word;
``--show`` writes a reading file with the quotes in their sentences for the judge (not to be
committed). A judge adds ``missed`` rows (article, start, end, note) for statements the output
does not hold in the articles read.

``score`` reads a judged sheet: verdicts ``y`` / ``n`` (``-`` or empty: not judged) in
``statement`` (the quote reports speech or writing), ``speaker_ok`` (the speaker phrase names who
spoke: a full name or the noun phrase, not a pronoun when the name is in the text, not a relative
pronoun, not a cut name; ``-`` when the quote is no statement) and ``span_ok`` (the span is what was
said, not the cue or the speaker clause, not run on into the next source's words). ``--rescore``
runs the current system on the judged articles and writes (``--out``) a new sheet with the
verdicts carried over from the judged quote each output quote pairs with (same article, word
overlap of at least half the longer span; the speaker verdict only when the speaker span is
unchanged, the span verdict only when the span is unchanged), a ``missed`` row for each judged
statement no longer output, and blanks to judge; ``--show`` prints those with their words.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from audit_events import gold_ids, offset_map, political, sha  # noqa: E402

POOLS = (("places.dev.jsonl", "text"), ("html.dev.jsonl", "gold_body"))
FIELDS = (
    "section",
    "article",
    "quote",
    "kind",
    "start",
    "end",
    "cue",
    "cue_start",
    "speaker_start",
    "speaker_end",
    "speaker_kind",
    "parts",
    "statement",
    "speaker_ok",
    "span_ok",
    "note",
)
VERDICTS = ("statement", "speaker_ok", "span_ok")
_WORD = re.compile(r"\w+")


def read_pool(eval_dir: Path | None = None) -> list[dict[str, Any]]:
    """The records of both pool files, each with its text in ``text``."""
    from dateline.evaluate import default_eval_dir

    out = []
    for name, field in POOLS:
        with ((eval_dir or default_eval_dir()) / name).open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    record = json.loads(line)
                    out.append(
                        {"id": record["id"], "title": record.get("title") or "", "text": record[field]}
                    )
    return out


def sample(
    records: Iterable[dict[str, Any]], exclude: set[str], n: int, skip: int = 0
) -> list[dict[str, Any]]:
    """The ``n`` political records not in ``exclude`` after the first ``skip``, in sha256 order of
    their id."""
    kept = [r for r in records if r["id"] not in exclude and political(r)]
    return sorted(kept, key=lambda r: sha(r["id"]))[skip : skip + n]


def run_system(text: str) -> list[dict[str, Any]]:
    """The output quotes of one text as sheet rows (offsets into ``text``)."""
    import dateline

    article = dateline.extract(text)
    where = offset_map(article.body, text)
    names = {e.id: e.name for e in article.entities}
    rows = []
    for k, quote in enumerate(article.quotes, 1):
        row: dict[str, Any] = {
            "section": "quote",
            "quote": f"Q{k}",
            "kind": quote.kind,
            "start": where[quote.start],
            "end": where[quote.end],
            "cue": quote.cue or "",
            "cue_start": where[quote.cue_start] if quote.cue_start is not None else "",
            "speaker_text": (quote.speaker_text or "").replace("\t", " ").replace("\n", " "),
            "speaker_start": where[quote.speaker_start] if quote.speaker_start is not None else "",
            "speaker_end": where[quote.speaker_end] if quote.speaker_end is not None else "",
            "speaker_kind": quote.speaker_kind or "",
            "speaker_entity": names.get(quote.speaker or "", ""),
            "parts": ";".join(f"{where[a]}-{where[b]}" for a, b in quote.parts or []),
        }
        rows.append(row)
    return rows


def write_sheet(path: Path, rows: list[dict[str, Any]]) -> None:
    """Write sheet rows as TSV with the audit's columns."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, FIELDS, delimiter="\t", extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: row.get(k, "") for k in FIELDS})


def read_sheet(path: Path) -> list[dict[str, str]]:
    """The rows of a sheet."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def build_rows(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Sheet rows for the output quotes of each record."""
    rows = []
    for record in records:
        for row in run_system(record["text"]):
            rows.append(row | {"article": record["id"]})
    return rows


def reading(records: list[dict[str, Any]], rows: list[dict[str, Any]]) -> str:
    """A reading file: each article's text, then its quotes with span and speaker shown."""
    out = []
    by_article: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_article.setdefault(row["article"], []).append(row)
    for record in records:
        text = record["text"]
        out.append(f"=== {record['id']}  {record.get('title', '')}\n{text}\n")
        for row in by_article.get(record["id"], []):
            out.append(
                f"  {row['quote']} [{row['kind']}] cue={row['cue']!r} speaker={row['speaker_text']!r} "
                f"({row['speaker_kind']}; {row['speaker_entity']})\n      «{_quoted(text, row)}»\n"
            )
        out.append("\n")
    return "".join(out)


def _quoted(text: str, row: dict[str, Any]) -> str:
    """The quote's words: its parts joined by " … ", else its span."""
    if row.get("parts"):
        spans = [tuple(int(x) for x in part.split("-")) for part in str(row["parts"]).split(";")]
    else:
        spans = [(int(row["start"]), int(row["end"]))]
    return " … ".join(text[a:b] for a, b in spans)


def _yes(value: str | None) -> bool | None:
    value = (value or "").strip().lower()
    if value == "y":
        return True
    if value == "n":
        return False
    return None


@dataclass
class Figures:
    """Counts over judged quote rows."""

    quotes: int = 0
    statements: int = 0
    speaker_right: int = 0
    speaker_judged: int = 0
    span_right: int = 0
    span_judged: int = 0
    missed: int = 0

    def lines(self) -> list[str]:
        """The figures as report lines."""

        def share(a: int, b: int) -> str:
            return f"{a / b:.3f} ({a}/{b})" if b else "-"

        return [
            f"output quotes judged      {self.quotes}",
            f"statements                {share(self.statements, self.quotes)}",
            f"speaker right (of stmts)  {share(self.speaker_right, self.speaker_judged)}",
            f"span right (of stmts)     {share(self.span_right, self.span_judged)}",
            f"all three right           {share(self.all_right, self.quotes)}",
            f"missed statements noted   {self.missed}",
        ]

    all_right: int = 0


def figures(rows: list[dict[str, str]]) -> Figures:
    """Count the verdicts of judged rows (a quote row whose ``statement`` is ``y`` or ``n``)."""
    out = Figures()
    for row in rows:
        if row["section"] == "missed":
            out.missed += 1
            continue
        statement = _yes(row.get("statement"))
        if statement is None:
            continue
        out.quotes += 1
        if not statement:
            continue
        out.statements += 1
        speaker, span = _yes(row.get("speaker_ok")), _yes(row.get("span_ok"))
        if speaker is not None:
            out.speaker_judged += 1
            out.speaker_right += speaker
        if span is not None:
            out.span_judged += 1
            out.span_right += span
        out.all_right += bool(speaker and span)
    return out


def _judged_all(row: dict[str, Any]) -> bool:
    statement = _yes(row.get("statement"))
    if statement is None:
        return False
    return not statement or (_yes(row.get("speaker_ok")) is not None and _yes(row.get("span_ok")) is not None)


def _words(text: str, start: int, end: int) -> frozenset[int]:
    return frozenset(m.start() for m in _WORD.finditer(text, start, end))


def rescore(rows: list[dict[str, str]], texts: dict[str, str]) -> list[dict[str, Any]]:
    """A sheet of the current system's quotes on the judged articles, with the verdicts carried over
    from the judged quote each pairs with (same article, word overlap of at least half the longer
    span): the statement verdict always, the speaker verdict when the speaker span is unchanged,
    the span verdict when the span is unchanged; the rest is left blank to judge. A judged
    statement no longer output becomes a ``missed`` row; earlier ``missed`` rows stay."""
    judged: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        if row["section"] == "quote" and _yes(row.get("statement")) is not None:
            judged.setdefault(row["article"], []).append(row)
    out: list[dict[str, Any]] = []
    for article, text in texts.items():
        old = judged.get(article, [])
        used: set[int] = set()
        for row in run_system(text):
            row["article"] = article
            words = _words(text, row["start"], row["end"])
            best, best_overlap = None, 0
            for k, candidate in enumerate(old):
                theirs = _words(text, int(candidate["start"]), int(candidate["end"]))
                overlap = len(words & theirs)
                if k not in used and overlap >= max(1, 0.5 * max(len(words), len(theirs))):
                    if overlap > best_overlap:
                        best, best_overlap = k, overlap
            if best is not None:
                used.add(best)
                before = old[best]
                same_speaker = (str(row["speaker_start"]), str(row["speaker_end"])) == (
                    before["speaker_start"],
                    before["speaker_end"],
                )
                same_span = (str(row["start"]), str(row["end"]), str(row["parts"])) == (
                    before["start"],
                    before["end"],
                    before["parts"],
                )
                row["statement"] = before["statement"]
                row["speaker_ok"] = before["speaker_ok"] if same_speaker else ""
                row["span_ok"] = before["span_ok"] if same_span else ""
                row["note"] = (
                    before["note"] if same_speaker and same_span else f"changed from {before['quote']}"
                )
            out.append(row)
        now = [_words(text, int(row["start"]), int(row["end"])) for row in out if row["article"] == article]
        for k, before in enumerate(old):
            theirs = _words(text, int(before["start"]), int(before["end"]))
            # a quote merged into a longer one (its words inside a current quote) is still output
            merged = any(len(theirs & words) >= 0.5 * len(theirs) for words in now)
            if k not in used and _yes(before["statement"]) and not merged:
                out.append(
                    {
                        "section": "missed",
                        "article": article,
                        "start": before["start"],
                        "end": before["end"],
                        "note": f"dropped: was {before['quote']}",
                    }
                )
    for row in rows:
        if row["section"] != "missed" or row["article"] not in texts:
            continue
        text = texts[row["article"]]
        theirs = _words(text, int(row["start"]), int(row["end"]))
        now = [
            _words(text, int(q["start"]), int(q["end"]))
            for q in out
            if q["article"] == row["article"] and q["section"] == "quote" and not _judged_all(q)
        ]
        # a statement missed before and now inside a new or changed output quote (one to judge) is found
        if not any(len(theirs & words) >= 0.5 * len(theirs) for words in now):
            out.append(row)
    return out


def main(argv: list[str] | None = None) -> int:
    """Command-line entry."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("sample", "sheet"):
        p = sub.add_parser(name)
        p.add_argument("--n", type=int, default=30)
        p.add_argument("--skip", type=int, default=0)
        if name == "sheet":
            p.add_argument("--out", type=Path, required=True)
            p.add_argument("--show", type=Path)
    p = sub.add_parser("score")
    p.add_argument("sheets", type=Path, nargs="+")
    p.add_argument("--rescore", action="store_true")
    p.add_argument("--out", type=Path, help="with --rescore: write the re-scored sheet here")
    p.add_argument("--show", action="store_true", help="with --rescore: print the quotes left to judge")
    args = parser.parse_args(argv)

    pool = read_pool()
    if args.command in ("sample", "sheet"):
        records = sample(pool, gold_ids(), args.n, args.skip)
        if args.command == "sample":
            for record in records:
                print(record["id"])
            return 0
        rows = build_rows(records)
        write_sheet(args.out, rows)
        if args.show:
            args.show.write_text(reading(records, rows), encoding="utf-8")
        print(f"{len(records)} articles, {len(rows)} quotes -> {args.out}")
        return 0

    rows = [row for sheet in args.sheets for row in read_sheet(sheet)]
    for line in figures(rows).lines():
        print(line)
    if args.rescore:
        texts = {r["id"]: r["text"] for r in pool}
        articles = list(dict.fromkeys(row["article"] for row in rows))
        fresh = rescore(rows, {a: texts[a] for a in articles})
        if args.out:
            write_sheet(args.out, fresh)
        print("\ncurrent system (blank verdicts not counted):")
        for line in figures([{k: str(v) for k, v in r.items()} for r in fresh]).lines():
            print("  " + line)
        todo = [r for r in fresh if r["section"] == "quote" and not _judged_all(r)]
        print(f"  quotes left to judge: {len(todo)}")
        for row in todo:
            note = row.get("note", "")
            print(
                f"    {row['article'][:40]} {row['quote']} {note} speaker={row['speaker_text']!r} "
                f"({row['speaker_entity']}) cue={row['cue']!r}"
            )
            if args.show:
                print(f"      «{_quoted(texts[row['article']], row)}»")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
