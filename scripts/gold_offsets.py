"""Turn an annotator's compact event notes into the events-news gold (exact offsets), and validate it.

The notes file (``src/dateline/evaluate/gold/notes/events-news.<A|B>.notes``) holds, per article::

    == 7                      article number in events-news.articles.tsv
    lead: 2                   sentences in the lead (default 1)
    split: <text>             force a sentence break before this text
    join: <text>              remove the automatic break before this text
    @4                        the events that follow belong to sentence 4 (1-based)
    ASSAULT/firearms 193 opened fire | the soldiers = SYR MIL | the crowd = null CVL | asserted main ; note

An event line is ``TYPE/mode cameo trigger | sources | targets | modality [main] [; note]``.
Actors are ``text = CODE SECTOR`` joined by `` & ``; ``-`` means none; ``null`` and ``-`` in the
code and sector slots mean no value; ``text#2`` picks the second occurrence in the sentence;
``<text`` the nearest occurrence before it (a speaker named in an earlier sentence of the quote).

Usage::

    python3 scripts/gold_offsets.py show 7          numbered sentences of article 7 (split/join of its notes)
    python3 scripts/gold_offsets.py build A         notes -> events-news.A.jsonl (validated; also C, D, E, F)
    python3 scripts/gold_offsets.py check FILE      validate any gold JSONL file
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "src" / "dateline" / "evaluate" / "gold"
ARTICLES = GOLD / "events-news.articles.tsv"

TYPES_MODES: dict[str, set[str]] = {
    "AGREE": set(),
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "SUPPORT": set(),
    "CONCEDE": set(),
    "COOPERATE": set(),
    "AID": set(),
    "RETREAT": {"withdraw", "release", "return", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "THREATEN": {"restrict", "ban", "arrest", "relations", "rights", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {
        "seize",
        "restrict",
        "ban",
        "censor",
        "curfew",
        "arrest",
        "deport",
        "withhold",
        "misinformation",
        "cyber",
    },
    "ASSAULT": {
        "abduct",
        "beat",
        "torture",
        "execute",
        "sexual",
        "assassinate",
        "destroy",
        "primitive",
        "firearms",
        "explosives",
        "suicide-attack",
        "aerial",
        "drone",
        "heavy-weapons",
        "crowd-control",
        "cleansing",
        "massacre",
        "unconventional",
    },
}
MODALITIES = {"asserted", "planned", "hypothetical", "negated", "reported"}
SECTORS = {
    "GOV",
    "MIL",
    "LEG",
    "JUD",
    "COP",
    "OPP",
    "PTY",
    "REB",
    "CVL",
    "BUS",
    "MED",
    "EDU",
    "ELI",
    "LAB",
    "REF",
    "NGO",
    "HLH",
    "REL",
    "CRM",
    "SPY",
    "UAF",
    "INS",
    "AGR",
    "DEV",
    "ENV",
    "HRI",
    "MOD",
    "RAD",
    "IGO",
}
ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "sen",
    "rep",
    "gov",
    "gen",
    "lt",
    "col",
    "sgt",
    "capt",
    "st",
    "jr",
    "sr",
    "prof",
    "rev",
    "jan",
    "feb",
    "mar",
    "apr",
    "aug",
    "sept",
    "sep",
    "oct",
    "nov",
    "dec",
    "no",
    "vs",
    "inc",
    "corp",
    "co",
    "ltd",
    "mt",
    "ft",
    "pres",
    "gens",
    "reps",
    "sens",
    "atty",
    "supt",
    "cmdr",
}
CLOSERS = "\"'”’)]"
OPENERS = "\"'“‘([`" + "—-"


def shared_dir() -> Path:
    """The shared evaluation folder (``$DATELINE_SHARED`` or ``../shared`` or ``/work/shared``)."""
    for candidate in (os.environ.get("DATELINE_SHARED"), ROOT.parent / "shared", Path("/work/shared")):
        if candidate and (Path(candidate) / "eval").is_dir():
            return Path(candidate)
    raise SystemExit("no shared folder with eval/: set DATELINE_SHARED")


def articles() -> list[dict[str, str]]:
    """The selected articles, in order."""
    with ARTICLES.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


_TEXTS: dict[str, dict[str, dict]] = {}


def article_text(row: dict[str, str]) -> str:
    """The article's text, checked against its sha256."""
    name = row["file"]
    if name not in _TEXTS:
        records = {}
        with (shared_dir() / "eval" / name).open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                records[record["id"]] = record
        _TEXTS[name] = records
    text = _TEXTS[name][row["id"]][row["text_field"]]
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != row["text_sha256"]:
        raise SystemExit(f"article {row['n']}: text_sha256 does not match")
    return text


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at ``dot`` closes an abbreviation or an initial."""
    start = dot
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot]
    if "." in word:  # U.S, a.m, D.C
        return True
    if len(word) == 1 and word.isupper():
        return True
    return word.lower() in ABBREVIATIONS


def split_sentences(text: str, force: list[int], keep: list[int]) -> list[tuple[int, int]]:
    """Sentence spans: breaks after final punctuation and at line breaks, adjusted by directives."""
    breaks: set[int] = set()
    for match in re.finditer(r"\n+", text):
        breaks.add(match.end())
    for match in re.finditer(r"[.!?]+[" + re.escape(CLOSERS) + r"]*(\s+)", text):
        nxt = match.end()
        if nxt >= len(text):
            continue
        char = text[nxt]
        if not (char.isupper() or char.isdigit() or char in OPENERS):
            continue
        if match.group(0)[0] == "." and len(match.group(0).rstrip().rstrip(CLOSERS)) == 1:
            if _is_abbreviation(text, match.start()):
                continue
        breaks.add(nxt)
    breaks |= set(force)
    # a kept position also removes a break that only white space separates from it (an indented
    # continuation line of a hard-wrapped text)
    breaks = {b for b in breaks if not any(b <= k and not text[b:k].strip() for k in keep)}
    spans = []
    cuts = sorted(b for b in breaks if 0 < b < len(text))
    start = 0
    for cut in [*cuts, len(text)]:
        piece = text[start:cut]
        left = len(piece) - len(piece.lstrip())
        right = len(piece.rstrip())
        if right > left:
            spans.append((start + left, start + right))
        start = cut
    return spans


def _locate(text: str, needle: str, lo: int, hi: int, where: str) -> tuple[int, int]:
    """The span of ``needle`` (``text#k`` = k-th occurrence) inside ``text[lo:hi]``.

    ``<text`` is the nearest occurrence before ``lo`` (a speaker named in an earlier sentence).
    """
    if needle.startswith("<"):
        position = text.rfind(needle[1:], 0, lo)
        while position >= 0 and not _whole_words(text, position, position + len(needle) - 1):
            position = text.rfind(needle[1:], 0, position)
        if position < 0:
            raise ValueError(f"{where}: {needle!r} not before the sentence")
        return position, position + len(needle) - 1
    occurrence = 1
    match = re.fullmatch(r"(.*)#(\d+)", needle)
    if match:
        needle, occurrence = match.group(1), int(match.group(2))
    position = lo - 1
    for _ in range(occurrence):
        position = text.find(needle, position + 1, hi)
        while position >= 0 and not _whole_words(text, position, position + len(needle)):
            position = text.find(needle, position + 1, hi)
        if position < 0:
            raise ValueError(f"{where}: {needle!r} (#{occurrence}) not in the sentence")
    return position, position + len(needle)


def _whole_words(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` neither starts nor ends inside a word."""
    inside_left = start > 0 and text[start].isalnum() and text[start - 1].isalnum()
    inside_right = end < len(text) and text[end - 1].isalnum() and text[end].isalnum()
    return not (inside_left or inside_right)


def _actors(field: str, text: str, lo: int, hi: int, where: str) -> list[dict]:
    field = field.strip()
    if field in ("", "-"):
        return []
    actors = []
    for part in field.split(" & "):
        if " = " not in part:
            raise ValueError(f"{where}: actor {part!r} lacks ' = CODE SECTOR'")
        mention, codes = part.rsplit(" = ", 1)
        bits = codes.split()
        if len(bits) != 2:
            raise ValueError(f"{where}: actor {part!r} needs CODE and SECTOR")
        start, end = _locate(text, mention.strip(), lo, hi, where)
        code = None if bits[0] in ("null", "-") else bits[0]
        sector = None if bits[1] in ("null", "-") else bits[1]
        actors.append({"text": text[start:end], "start": start, "end": end, "code": code, "sector": sector})
    return actors


def _event(line: str, text: str, lo: int, hi: int, where: str) -> dict:
    note = ""
    if " ; " in line:
        line, note = line.split(" ; ", 1)
    fields = [f.strip() for f in line.split(" | ")]
    if len(fields) != 4:
        raise ValueError(f"{where}: an event line has four ' | ' fields: {line!r}")
    head, sources, targets, tail = fields
    kind, cameo, trigger = head.split(" ", 2)
    event_type, _, mode = kind.partition("/")
    flags = tail.split()
    start, end = _locate(text, trigger.strip(), lo, hi, where)
    return {
        "type": event_type,
        "mode": mode,
        "cameo": None if cameo in ("-", "null") else cameo,
        "trigger": {"start": start, "end": end, "text": text[start:end]},
        "source": _actors(sources, text, lo, hi, where),
        "target": _actors(targets, text, lo, hi, where),
        "modality": flags[0] if flags else "",
        "main": "main" in flags[1:],
        "note": note.strip(),
    }


def parse_notes(path: Path) -> dict[int, list[str]]:
    """Notes lines grouped by article number."""
    groups: dict[int, list[str]] = {}
    current = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("=="):
            current = int(line[2:].split()[0])
            groups[current] = []
        elif current is None:
            raise ValueError(f"{path}: line before the first '== N': {line!r}")
        else:
            groups[current].append(line)
    return groups


def build_article(row: dict[str, str], lines: list[str], annotator: str) -> dict:
    """One gold record from an article's notes."""
    text = article_text(row)
    force, keep, lead = [], [], 1
    for line in lines:
        if line.startswith("split:"):
            force.append(_locate(text, line[6:].strip(), 0, len(text), f"article {row['n']}")[0])
        elif line.startswith("join:"):
            keep.append(_locate(text, line[5:].strip(), 0, len(text), f"article {row['n']}")[0])
        elif line.startswith("lead:"):
            lead = int(line[5:])
    spans = split_sentences(text, force, keep)
    sentences = [{"start": s, "end": e, "events": []} for s, e in spans]
    current = None
    for line in lines:
        if line.startswith(("split:", "join:", "lead:")):
            continue
        if line.startswith("@"):
            current = int(line[1:]) - 1
            if not 0 <= current < len(sentences):
                raise ValueError(f"article {row['n']}: no sentence {line}")
            continue
        if current is None:
            raise ValueError(f"article {row['n']}: event before any @sentence: {line!r}")
        where = f"article {row['n']} sentence {current + 1}"
        sentence = sentences[current]
        sentence["events"].append(_event(line, text, sentence["start"], sentence["end"], where))
    return {
        "id": row["id"],
        "file": row["file"],
        "text_field": row["text_field"],
        "text_sha256": row["text_sha256"],
        "annotator": annotator,
        "lead": {"start": sentences[0]["start"], "end": sentences[lead - 1]["end"]},
        "sentences": sentences,
    }


def validate(record: dict, text: str) -> list[str]:
    """Problems of one gold record (empty when it is valid)."""
    problems = []
    label = record["id"]
    previous = 0
    for index, sentence in enumerate(record["sentences"]):
        gap = text[previous : sentence["start"]]
        if gap.strip() or sentence["start"] > sentence["end"]:
            problems.append(f"{label}: sentence {index + 1} does not follow the previous one")
        previous = sentence["end"]
        in_lead = sentence["end"] <= record["lead"]["end"]
        for event in sentence["events"]:
            where = f"{label} sentence {index + 1} {event['type']}"
            modes = TYPES_MODES.get(event["type"])
            if modes is None:
                problems.append(f"{where}: unknown type")
            elif event["mode"] and event["mode"] not in modes:
                problems.append(f"{where}: mode {event['mode']!r} is not a mode of the type")
            if event["modality"] not in MODALITIES:
                problems.append(f"{where}: modality {event['modality']!r}")
            if event["main"] and not in_lead:
                problems.append(f"{where}: main outside the lead")
            spans = [event["trigger"], *event["source"], *event["target"]]
            for span in spans:
                if text[span["start"] : span["end"]] != span["text"] or span["start"] >= span["end"]:
                    problems.append(f"{where}: span {span['text']!r} does not match the text")
            trigger = event["trigger"]
            if not sentence["start"] <= trigger["start"] < trigger["end"] <= sentence["end"]:
                problems.append(f"{where}: trigger {trigger['text']!r} outside the sentence")
            for actor in [*event["source"], *event["target"]]:
                code = actor["code"]
                if code is not None and not re.fullmatch(r"[A-Z]{3}([A-Z]{3})*", code):
                    problems.append(f"{where}: code {code!r}")
                if actor["sector"] is not None and actor["sector"] not in SECTORS:
                    problems.append(f"{where}: sector {actor['sector']!r}")
    if text[previous:].strip():
        problems.append(f"{label}: text after the last sentence")
    return problems


def check_file(path: Path) -> int:
    rows = {row["id"]: row for row in articles()}
    problems = []
    count = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        problems += validate(record, article_text(rows[record["id"]]))
        count += 1
    for problem in problems:
        print(problem)
    print(f"{path.name}: {count} articles, {len(problems)} problems")
    return 1 if problems else 0


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 2
    command, arg = argv[0], argv[1]
    rows = articles()
    if command == "show":
        row = rows[int(arg) - 1]
        text = article_text(row)
        lines = []
        for notes in sorted((GOLD / "notes").glob("events-news.*.notes")):
            lines = lines or parse_notes(notes).get(int(arg), [])
        record = build_article(row, [ln for ln in lines if ln.startswith(("split:", "join:", "lead:"))], "A")
        for index, sentence in enumerate(record["sentences"], 1):
            start, end = sentence["start"], sentence["end"]
            print(f"@{index} [{start}:{end}] {text[start:end]}")
        return 0
    if command == "build":
        annotator = arg
        groups = parse_notes(GOLD / "notes" / f"events-news.{annotator}.notes")
        out = []
        problems = []
        for number in sorted(groups):
            row = rows[number - 1]
            record = build_article(row, groups[number], annotator)
            problems += validate(record, article_text(row))
            out.append(json.dumps(record, ensure_ascii=False))
        for problem in problems:
            print(problem)
        if problems:
            return 1
        target = GOLD / f"events-news.{annotator}.jsonl"
        target.write_text("\n".join(out) + "\n", encoding="utf-8")
        print(f"{target.relative_to(ROOT)}: {len(out)} articles")
        return 0
    if command == "check":
        return check_file(Path(arg))
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
