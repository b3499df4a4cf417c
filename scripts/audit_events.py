"""A blind expert-coder audit of the event coder on real news that no rule was tuned on.

Three steps::

    python scripts/audit_events.py sample [--n 30] [--skip 0] [--pool political|conflict|conflict-5w1h]
    python scripts/audit_events.py sheet --out sheet.tsv [--show reading.txt] [--n 30] [--skip 0] [--pool ...]
    python scripts/audit_events.py score SHEET.tsv [SHEET.tsv ...] [--rescore]

``sample`` picks articles of ``places.dev.jsonl`` that the events-news gold does not hold
(``evaluate/gold/events-news.articles.tsv``), whose title or first 500 characters of text name a
political or conflict word (``KEYWORDS``, fixed before any article was read), ordered by the
sha256 of the id; the first ``n`` after the first ``skip``. ``--pool conflict`` picks instead from
``places.dev``, ``time.dev`` and the ``gold_body`` of ``html.dev`` the articles that neither the gold
nor the ``political`` sheets hold and whose title or first 500 characters name an entry of
``CONFLICT_STEMS`` / ``CONFLICT_WORDS`` (international conflict and diplomacy); ``--pool
conflict-5w1h`` the articles of the tune half of ``5w1h.dev`` under the same rule.

``sheet`` runs ``dateline.extract`` (default settings) on each text and writes a judging sheet: one
``event`` row per output event (ids, offsets into the article's ``text`` field, codes and empty
verdict columns) and one ``lead`` row per article (the offsets of the first two sentences and a
column for the main events the output missed). The sheet holds no article text but the triggers;
``--show`` writes a reading file with the sentences for the judge (not to be committed).

``score`` reads a judged sheet: verdicts ``y`` / ``n`` (``-`` or empty: not judged) in ``type_ok``,
``source_ok``, ``target_ok`` and ``modality_ok``; a lead row's ``main_found`` lists the output
event ids that are main events (``;``-separated) and ``main_missed`` the main events no output
event found (``TYPE:source>target`` each, ``;``-separated). ``--rescore`` runs the current system,
pairs its events with the judged ones by signature (article, sentence, PLOVER type, source code,
target code), reports the figures on the paired events and lists the new events left to judge.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
POOL = "places.dev.jsonl"
GOLD_ARTICLES = ROOT / "src" / "dateline" / "evaluate" / "gold" / "events-news.articles.tsv"
THRESHOLD = 0.7
HEAD_CHARS = 500
# political and conflict news: a word that starts with one of these stems in the title or the start
KEYWORDS = (
    "minister",
    "president",
    "prime minister",
    "government",
    "parliament",
    "lawmaker",
    "senator",
    "congress",
    "police",
    "army",
    "troops",
    "soldier",
    "military",
    "rebel",
    "militant",
    "insurgent",
    "guerrilla",
    "protest",
    "demonstrat",
    "talks",
    "summit",
    "negotiat",
    "attack",
    "bomb",
    "airstrike",
    "clash",
    "ceasefire",
    "court",
    "judge",
    "trial",
    "prosecutor",
    "sanction",
    "election",
    "opposition",
    "diplomat",
    "embassy",
    "arrest",
    "detain",
)
KEYWORD = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in KEYWORDS) + r")", re.IGNORECASE)

# international conflict and diplomacy (``--pool conflict``): stems matched at a word start, and
# whole words (with a plural "s") in ``CONFLICT_WORDS``; upper-case entries match their case only
CONFLICT_STEMS = (
    "troops",
    "army",
    "armies",
    "soldier",
    "military",
    "militia",
    "rebel",
    "militant",
    "insurgen",
    "guerrilla",
    "terroris",
    "jihad",
    "airstrike",
    "air strike",
    "air raid",
    "bomb",
    "missile",
    "shelling",
    "artillery",
    "ceasefire",
    "cease-fire",
    "truce",
    "peace",
    "minister",
    "foreign",
    "diplomat",
    "embassy",
    "ambassador",
    "envoy",
    "talks",
    "summit",
    "sanction",
    "treaty",
    "nuclear",
    "United Nations",
    "Security Council",
    "NATO",
    "U.N.",
    "Syria",
    "Iraq",
    "Afghan",
    "Israel",
    "Palestin",
    "Gaza",
    "Hamas",
    "Hezbollah",
    "Russia",
    "Kremlin",
    "Ukrain",
    "Iran",
    "China",
    "Chinese",
    "North Korea",
    "Pakistan",
    "Taliban",
    "Kosovo",
    "Serb",
    "Libya",
    "Yemen",
)
CONFLICT_WORDS = ("war", "UN")
# an article of the conflict pool names this many different entries in its title or first characters
# (two left 10 articles: the conflict stories of these files are mostly in the events-news gold)
CONFLICT_MIN = 1
CONFLICT_FILES = ("places.dev.jsonl", "time.dev.jsonl", "html.dev.jsonl")
# the ``conflict-5w1h`` pool: the tune half of the 5W1H dev articles (no event gold) under the same rule
FIVE_W_FILE = "5w1h.dev.jsonl"
POOLS = ("political", "conflict", "conflict-5w1h")
# the sheets of the ``political`` pool, whose articles the ``conflict`` pool leaves out
POLITICAL_SHEETS = tuple(
    ROOT / "docs" / "audits" / name for name in ("events-2026-12-05.tsv", "events-2026-12-05-b.tsv")
)


def _entry(word: str, whole: bool) -> re.Pattern[str]:
    flags = 0 if word.isupper() else re.IGNORECASE
    return re.compile(r"\b" + re.escape(word) + (r"s?(?!\w)" if whole else ""), flags)


CONFLICT = tuple(_entry(w, False) for w in CONFLICT_STEMS) + tuple(_entry(w, True) for w in CONFLICT_WORDS)

EVENT_FIELDS = (
    "section",
    "article",
    "event",
    "sent_start",
    "sent_end",
    "trigger",
    "trigger_start",
    "trigger_end",
    "type",
    "mode",
    "cameo",
    "source_code",
    "source_start",
    "source_end",
    "target_code",
    "target_start",
    "target_end",
    "modality",
    "confidence",
    "type_ok",
    "source_ok",
    "target_ok",
    "modality_ok",
    "main_found",
    "main_missed",
    "note",
)
VERDICTS = ("type_ok", "source_ok", "target_ok", "modality_ok")


def sha(text: str) -> str:
    """The hex sha256 of a string."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def political(record: dict[str, Any]) -> bool:
    """Whether the title or the first ``HEAD_CHARS`` characters of the text name a keyword."""
    return bool(
        KEYWORD.search(record.get("title") or "") or KEYWORD.search((record.get("text") or "")[:HEAD_CHARS])
    )


def conflict(record: dict[str, Any]) -> bool:
    """Whether the title and the first ``HEAD_CHARS`` characters of the text name at least
    ``CONFLICT_MIN`` different entries of the conflict and diplomacy list."""
    head = (record.get("title") or "") + "\n" + (record.get("text") or "")[:HEAD_CHARS]
    return sum(1 for entry in CONFLICT if entry.search(head)) >= CONFLICT_MIN


def gold_ids(path: Path = GOLD_ARTICLES) -> set[str]:
    """The ids of the articles the events-news gold holds."""
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["id"] for row in csv.DictReader(handle, delimiter="\t")}


def sheet_ids(paths: Iterable[Path] = POLITICAL_SHEETS) -> set[str]:
    """The ids of the articles the audit sheets hold."""
    return {row["article"] for path in paths for row in read_sheet(path)}


def sample(
    records: Iterable[dict[str, Any]], exclude: set[str], n: int, keep: Any = political
) -> list[dict[str, Any]]:
    """The first ``n`` records not in ``exclude`` that ``keep`` accepts, in sha256 order of their id."""
    kept = [r for r in records if r["id"] not in exclude and keep(r)]
    return sorted(kept, key=lambda r: sha(r["id"]))[:n]


def _record(record: dict[str, Any]) -> dict[str, Any]:
    """A record with ``text`` (an html page's ``gold_body``), ``title`` and ``date`` (a TimeBank
    text's ``dct``) where its file names them otherwise."""
    if "gold_body" in record:
        body = record["gold_body"]
        record = {"id": record["id"], "title": "", "text": body, "source": record.get("source")}
    if "dct" in record and "date" not in record:
        record = dict(record, date=record["dct"])
    return record


def read_pool(eval_dir: Path | None = None, files: Iterable[str] = (POOL,)) -> list[dict[str, Any]]:
    """The records of the pool files (in ``eval_dir``, by default the one ``dateline evaluate`` uses)."""
    from dateline.evaluate import default_eval_dir

    out = []
    for name in files:
        with ((eval_dir or default_eval_dir()) / name).open(encoding="utf-8") as handle:
            out.extend(_record(json.loads(line)) for line in handle if line.strip())
    return out


def pool_records(pool: str, eval_dir: Path | None = None) -> list[dict[str, Any]]:
    """The ordered candidates of a pool: ``political`` (places.dev, not in the events-news gold) or
    ``conflict`` (places, time and html dev, in neither the gold nor an audit sheet) or
    ``conflict-5w1h`` (the tune half of the 5W1H dev articles)."""
    if pool == "conflict-5w1h":
        from dateline.evaluate.split import half_of

        records = [r for r in read_pool(eval_dir, (FIVE_W_FILE,)) if half_of(r["id"]) == "tune"]
        return sample(records, gold_ids(), len(records), conflict)
    if pool == "conflict":
        records = read_pool(eval_dir, CONFLICT_FILES)
        return sample(records, gold_ids() | sheet_ids(), len(records), conflict)
    records = read_pool(eval_dir)
    return sample(records, gold_ids(), len(records))


# ---------------------------------------------------------------- running the system


def offset_map(body: str, text: str) -> list[int]:
    """Index in ``text`` of each index of ``body`` (and of its end); the clean stage may add line breaks."""
    from difflib import SequenceMatcher

    out = [-1] * (len(body) + 1)
    for tag, a0, _a1, b0, b1 in SequenceMatcher(None, text, body, autojunk=False).get_opcodes():
        if tag == "equal":
            for k in range(b1 - b0):
                out[b0 + k] = a0 + k
    last = len(text)
    for k in range(len(body), -1, -1):
        if out[k] < 0:
            out[k] = last
        last = out[k]
    return out


def lead_sentences(body: str, count: int) -> list[tuple[int, int]]:
    """(start, end) in ``body`` of its first ``count`` sentences, split by the project's pipeline."""
    from dateline.nlp import get_nlp

    doc = get_nlp()(body[:3000])
    out = []
    for sentence in doc.sents:
        text = sentence.text
        if text.strip():
            start = sentence.start_char + len(text) - len(text.lstrip())
            out.append((start, sentence.start_char + len(text.rstrip())))
        if len(out) == count:
            break
    return out


def run_system(
    text: str, date: str | None = None, lead_count: int = 2
) -> tuple[list[dict[str, Any]], list[tuple[int, int]]]:
    """The output events of one text as sheet rows (offsets into ``text``) and its first ``lead_count``
    sentences."""
    import dateline

    article = dateline.extract(text, published=date)
    where = offset_map(article.body, text)
    rows = []
    for event in article.events:
        s0, s1 = where[event.evidence.start], where[event.evidence.end]
        t0: int | str = ""
        t1: int | str = ""
        if event.trigger:
            at = text.find(event.trigger, s0, s1)
            if at >= 0:
                t0, t1 = at, at + len(event.trigger)
        source, target = _actor(event.source, where), _actor(event.target, where)
        rows.append(
            {
                "section": "event",
                "event": event.id,
                "sent_start": s0,
                "sent_end": s1,
                "trigger": event.trigger or "",
                "trigger_start": t0,
                "trigger_end": t1,
                "type": event.plover.type,
                "mode": event.plover.mode or "",
                "cameo": event.cameo.code if event.cameo else "",
                "source_code": source[0],
                "source_start": source[1],
                "source_end": source[2],
                "target_code": target[0],
                "target_start": target[1],
                "target_end": target[2],
                "modality": event.modality,
                "confidence": f"{event.confidence or 0.0:.3f}",
            }
        )
    lead = [(where[a], where[b]) for a, b in lead_sentences(article.body, lead_count)]
    return rows, lead


def _actor(actor: Any, where: list[int]) -> tuple[str, int | str, int | str]:
    """(code, start, end) of an event actor; the code is its country, else its actor code."""
    if actor is None:
        return "", "", ""
    code = actor.country or actor.code or ""
    start = where[actor.start] if actor.start is not None else ""
    end = where[actor.end] if actor.end is not None else ""
    return code, start, end


def _lead_row(article_id: str, sentences: list[tuple[int, int]]) -> dict[str, Any]:
    return {
        "section": "lead",
        "article": article_id,
        "event": "lead",
        "sent_start": sentences[0][0] if sentences else "",
        "sent_end": sentences[-1][1] if sentences else "",
    }


def write_sheet(path: Path, rows: list[dict[str, Any]]) -> None:
    """Write sheet rows as TSV with ``EVENT_FIELDS`` columns."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(
            handle, EVENT_FIELDS, delimiter="\t", lineterminator="\n", extrasaction="ignore"
        )
        writer.writeheader()
        for row in rows:
            writer.writerow({k: row.get(k, "") for k in EVENT_FIELDS})


def read_sheet(path: Path) -> list[dict[str, str]]:
    """The rows of a sheet."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def build_rows(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Sheet rows (a lead row, then the event rows) of each record."""
    rows: list[dict[str, Any]] = []
    for record in records:
        title = (record.get("title") or "").strip()
        # a text that opens with its title: the title line, then two sentences
        count = 3 if title and record["text"].lstrip().startswith(title[:40]) else 2
        events, sentences = run_system(record["text"], record.get("date"), count)
        rows.append(_lead_row(record["id"], sentences))
        rows.extend(dict(e, article=record["id"]) for e in events)
    return rows


def _slice(text: str, start: Any, end: Any) -> str:
    return text[int(start) : int(end)] if start != "" and end != "" else "-"


def reading(records: list[dict[str, Any]], rows: list[dict[str, Any]]) -> str:
    """A plain reading view for the judge: each article's title, text and its events by sentence."""
    by_article: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_article.setdefault(row["article"], []).append(row)
    out = []
    for record in records:
        text = record["text"]
        out.append(f"=== {record['id']}\nTITLE: {record.get('title')}\n")
        for row in by_article.get(record["id"], []):
            s0, s1 = int(row["sent_start"] or 0), int(row["sent_end"] or 0)
            if row["section"] == "lead":
                out.append(f"LEAD [{s0}:{s1}]: {text[s0:s1]}\n")
                continue

            source = _slice(text, row["source_start"], row["source_end"])
            target = _slice(text, row["target_start"], row["target_end"])
            out.append(
                f"  {row['event']} c={row['confidence']} {row['type']}/{row['mode']} {row['cameo']} "
                f"[{row['trigger']}] src={row['source_code']}:{source} "
                f"tgt={row['target_code']}:{target} {row['modality']}\n"
                f"    S[{s0}:{s1}]: {text[s0:s1]}\n"
            )
        out.append("\nFULL TEXT:\n" + text + "\n\n")
    return "".join(out)


# ---------------------------------------------------------------- scoring


def _yes(value: str | None) -> bool | None:
    value = (value or "").strip().lower()
    if value in ("y", "yes", "1"):
        return True
    if value in ("n", "no", "0"):
        return False
    return None


def _confident(row: dict[str, str], threshold: float) -> bool:
    return float(row.get("confidence") or 0.0) >= threshold


def judged(row: dict[str, str]) -> bool:
    """Whether an event row carries a type verdict."""
    return _yes(row.get("type_ok")) is not None


@dataclass
class Figures:
    """The audit's figures over judged event rows and lead rows."""

    events: int = 0
    type_ok: int = 0
    dyad_ok: int = 0
    no_source: int = 0
    uncoded_source: int = 0
    modality_right: int = 0
    modality_judged: int = 0
    main_found: int = 0
    main_missed: int = 0
    main_below: int = 0

    def lines(self) -> list[str]:
        """The figures as report lines."""

        def share(a: int, b: int) -> str:
            return f"{a}/{b} = {a / b:.3f}" if b else f"{a}/0"

        mains = self.main_found + self.main_missed
        return [
            f"events judged (confidence >= threshold): {self.events}",
            f"type right: {share(self.type_ok, self.events)}",
            f"type and source and target right (dyad): {share(self.dyad_ok, self.events)}",
            f"no source: {share(self.no_source, self.events)}",
            f"source span without a code: {share(self.uncoded_source, self.events)}",
            f"modality right (of type-right events): {share(self.modality_right, self.modality_judged)}",
            f"lead main events found: {share(self.main_found, mains)}"
            f" ({self.main_below} of the missed found only below the threshold)",
        ]


def _items(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(";") if v.strip()]


def figures(rows: list[dict[str, str]], threshold: float = THRESHOLD) -> Figures:
    """Figures of the judged event rows at or above ``threshold`` and of the lead rows.

    A lead row's ``main_missed`` item with ``@<event id>`` is a main event that an output event
    below the threshold found: it counts as missed (and in ``main_below``)."""
    out = Figures()
    for row in rows:
        if row.get("section") == "lead":
            missed = _items(row.get("main_missed"))
            out.main_found += len(_items(row.get("main_found")))
            out.main_missed += len(missed)
            out.main_below += sum("@" in item for item in missed)
            continue
        if not (_confident(row, threshold) and judged(row)):
            continue
        out.events += 1
        type_ok = bool(_yes(row["type_ok"]))
        out.type_ok += int(type_ok)
        out.dyad_ok += int(type_ok and bool(_yes(row.get("source_ok"))) and bool(_yes(row.get("target_ok"))))
        has_span = bool(row.get("source_start"))
        out.no_source += int(not has_span and not row.get("source_code"))
        out.uncoded_source += int(has_span and not row.get("source_code"))
        modality = _yes(row.get("modality_ok"))
        if type_ok and modality is not None:
            out.modality_judged += 1
            out.modality_right += int(modality)
    return out


def signature(row: dict[str, Any]) -> tuple[str, str, str, str, str]:
    """What pairs a new output event with a judged one: article, sentence start, PLOVER type, source
    and target codes."""
    return (
        str(row["article"]),
        str(row["sent_start"]),
        str(row["type"]),
        str(row.get("source_code") or ""),
        str(row.get("target_code") or ""),
    )


def rescore(
    judged_rows: list[dict[str, str]], new_rows: list[dict[str, Any]], threshold: float = THRESHOLD
) -> tuple[list[dict[str, str]], list[dict[str, Any]]]:
    """Rows to score the current output with the old verdicts, and the new events left to judge.

    Each new event at or above ``threshold`` takes the verdicts of a judged event with its signature
    (one to one, in order); the others are returned to be judged. A lead's main event stays found
    while a paired event has the signature of the event that found it; a missed one (``@<id>`` of an
    event that found it below the threshold, or none) counts as found when a paired event has that
    event's signature or an unpaired new event of its type lies in the lead (to be checked by eye).
    Each new event stands for one main event at most."""
    pool: dict[tuple[str, ...], list[dict[str, str]]] = {}
    for row in judged_rows:
        if row.get("section") == "event" and judged(row):
            pool.setdefault(signature(row), []).append(row)
    out: list[dict[str, str]] = []
    unmatched: list[dict[str, Any]] = []
    kept: Counter[tuple[str, ...]] = Counter()
    for row in new_rows:
        if row.get("section") != "event" or not _confident(row, threshold):
            continue
        sig = signature(row)
        if pool.get(sig):
            old = pool[sig].pop(0)
            verdicts = {k: old.get(k, "") for k in (*VERDICTS, "note")}
            out.append({**{k: str(v) for k, v in row.items()}, **verdicts})
            kept[sig] += 1
        else:
            unmatched.append(row)
    spare = list(unmatched)
    by_id = {(r["article"], r["event"]): r for r in judged_rows if r.get("section") == "event"}

    def still_found(article: str, event_id: str) -> bool:
        """Whether a paired event not yet counted has the judged event's signature (and count it)."""
        old = by_id.get((article, event_id))
        if old is None or kept[signature(old)] == 0:
            return False
        kept[signature(old)] -= 1
        return True

    for lead in judged_rows:
        if lead.get("section") != "lead":
            continue
        article, end = lead["article"], int(lead["sent_end"] or 0)
        found, missed = [], []
        for event_id in _items(lead.get("main_found")):
            if still_found(article, event_id):
                found.append(event_id)
            else:
                missed.append("lost:" + event_id)
        for item in _items(lead.get("main_missed")):
            kind, _, below = item.partition("@")
            kind = kind.split(":", 1)[0]
            if below and still_found(article, below):
                found.append(item)
                continue
            new = next(
                (
                    r
                    for r in spare
                    if r["article"] == article and r["type"] == kind and int(r["sent_start"]) < end
                ),
                None,
            )
            if new is not None:
                spare.remove(new)
                found.append(item)
            else:
                missed.append(item.split("@", 1)[0])
        out.append(dict(lead, main_found=";".join(found), main_missed=";".join(missed)))
    return out, unmatched


def main(argv: list[str] | None = None) -> int:
    """Command line: sample, sheet or score."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=None)
    sub = parser.add_subparsers(dest="command", required=True)
    p_sample = sub.add_parser("sample", help="print the audit's article ids")
    p_sample.add_argument("--n", type=int, default=30)
    p_sample.add_argument("--skip", type=int, default=0, help="leave out the first SKIP of the order")
    p_sample.add_argument("--pool", choices=POOLS, default="political")
    p_sheet = sub.add_parser("sheet", help="run the system and write a judging sheet")
    p_sheet.add_argument("--n", type=int, default=30)
    p_sheet.add_argument("--skip", type=int, default=0, help="leave out the first SKIP of the order")
    p_sheet.add_argument("--pool", choices=POOLS, default="political")
    p_sheet.add_argument("--out", type=Path, required=True)
    p_sheet.add_argument("--show", type=Path, help="also write a reading file with the sentences")
    p_score = sub.add_parser("score", help="figures of a judged sheet")
    p_score.add_argument("sheets", type=Path, nargs="+", help="judged sheets, scored together")
    p_score.add_argument("--threshold", type=float, default=THRESHOLD)
    p_score.add_argument("--rescore", action="store_true", help="pair the current output with the verdicts")
    args = parser.parse_args(argv)

    if args.command in ("sample", "sheet"):
        records = pool_records(args.pool, args.eval_dir)[args.skip : args.skip + args.n]
        if args.command == "sample":
            for record in records:
                print(record["id"])
            return 0
        rows = build_rows(records)
        write_sheet(args.out, rows)
        if args.show:
            args.show.write_text(reading(records, rows), encoding="utf-8")
        return 0

    rows = [row for path in args.sheets for row in read_sheet(path)]
    below = sum(1 for r in rows if r.get("section") == "event" and not _confident(r, args.threshold))
    names = ", ".join(str(path) for path in args.sheets)
    print(f"{names}: threshold {args.threshold:g}; {below} output events below it (not scored)")
    print("\n".join(figures(rows, args.threshold).lines()))
    if args.rescore:
        ids = {r["article"] for r in rows}
        records = [r for r in read_pool(args.eval_dir, (*CONFLICT_FILES, FIVE_W_FILE)) if r["id"] in ids]
        records.sort(key=lambda r: sha(r["id"]))
        paired, unmatched = rescore(rows, build_rows(records), args.threshold)
        print("\ncurrent system, events paired with a judged one by signature:")
        print("\n".join(figures(paired, args.threshold).lines()))
        print(f"\n{len(unmatched)} new events to judge (article, sentence, type, source, target, trigger):")
        for row in unmatched:
            print("\t".join((*signature(row), str(row.get("trigger") or ""))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
