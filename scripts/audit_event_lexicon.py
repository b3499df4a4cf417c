"""Trace every sense of the event frame lexicon to the CAMEO verb dictionary or the PLOVER codebook.

Usage::

    python scripts/audit_event_lexicon.py ../shared/reference [--out audit.tsv]

Reads ``src/dateline/ontology/event_verbs.json`` and the CAMEO verb dictionary
(``cameo-verbs-dictionary.txt``, parsed by ``scripts/build_cameo_verbs.py``), with the CAMEO -> PLOVER
crosswalk of ``ontology/cameo_codes.tsv``. Each sense (verb senses, noun senses, armed and light
senses) is put in one category:

- ``a``: the dictionary has the lemma (a verb of a block, or for a noun the object of a pattern or
  the noun of a dictionary verb) with the same CAMEO code, and its conditions trace (below);
- ``b``: the same, with a code of the same CAMEO root or the same PLOVER type;
- ``c``: the code does not trace, but every object / subject word of the sense is a word of one of
  that verb's dictionary patterns (or of a synonym set a pattern names);
- ``d``: none of these, or a condition word that no pattern of the verb, no dictionary pattern of the
  same CAMEO root and no codebook text of the sense's PLOVER type names.

A sense in ``d`` needs an explicit ``"source"`` (``codebook:<TYPE>/<mode>``, ``codebook:<TYPE>`` or
``general``); ``tests/events/test_lexicon_provenance.py`` holds every sense to it. With no argument the
shipped table ``ontology/cameo_verbs.json`` (built from the same dictionary) is read instead.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "src" / "dateline" / "ontology"
LEXICON = ONTOLOGY / "event_verbs.json"
TABLE = ONTOLOGY / "cameo_verbs.json"
PLOVER = ONTOLOGY / "plover.json"


@dataclass(frozen=True)
class Trace:
    """How one sense traces: its category, what matched, and the condition words left untraced."""

    part: str
    lemma: str
    cameo: str
    plover: str
    conditions: str
    category: str
    evidence: str
    untraced: tuple[str, ...]
    source: str | None


def _singular(word: str) -> str:
    word = word.lower().strip()
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def _common(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _names(text: str, lemma: str) -> bool:
    """Whether a codebook text names a word of the lemma's stem ("negotiate": "negotiation")."""
    for head in lemma.split():
        for word in re.findall(r"[a-z]+", text.lower()):
            if _common(word, head) >= max(4, min(len(head), len(word)) - 2):
                return True
    return False


def _words(items: list[str], synsets: dict[str, list[str]]) -> set[str]:
    out: set[str] = set()
    for item in items:
        members = synsets.get(item[1:], []) if item.startswith("&") else [item]
        for member in members:
            out.update(_singular(w) for w in member.split())
    return out


def load_build() -> Any:
    """The ``build_cameo_verbs`` script as a module (its dictionary parser)."""
    path = ROOT / "scripts" / "build_cameo_verbs.py"
    spec = importlib.util.spec_from_file_location("build_cameo_verbs", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def crosswalk() -> tuple[dict[str, str], dict[str, str]]:
    """CAMEO code -> PLOVER type, and CAMEO code -> label, of ``cameo_codes.tsv``."""
    with (ONTOLOGY / "cameo_codes.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"))
    return {row["code"]: row["plover_type"] for row in rows}, {row["code"]: row["label"] for row in rows}


class Dictionary:
    """The CAMEO verb table indexed for tracing: codes and pattern words by verb lemma."""

    def __init__(
        self, table: dict[str, Any], codes: tuple[dict[str, str], dict[str, str]], codebook: dict[str, str]
    ) -> None:
        self.plover, self.labels = codes
        self.codebook = codebook
        synsets = table["synsets"]
        self.codes: dict[str, dict[str, str]] = {}
        self.pattern_words: dict[str, set[str]] = {}
        self.root_words: dict[str, set[str]] = {}
        self.noun_codes: dict[str, dict[str, str]] = {}
        for lemma, records in table["verbs"].items():
            codes = self.codes.setdefault(lemma, {})
            words = self.pattern_words.setdefault(lemma, set())
            for block_name, own, _head in records:
                block = table["blocks"][block_name]
                if own and own != "---":
                    codes.setdefault(own, f"{block_name} own")
                elif block["code"]:
                    codes.setdefault(block["code"], f"{block_name} default")
                for pattern in block["patterns"]:
                    if pattern.get("verb") not in (None, lemma):
                        continue
                    found = _words(pattern.get("obj", []) + pattern.get("subj", []), synsets)
                    for _prep, ws in pattern.get("preps", []):
                        found |= _words(ws, synsets)
                    words |= found
                    if pattern.get("code"):
                        codes.setdefault(pattern["code"], f"{block_name} pattern")
                        self.root_words.setdefault(pattern["code"][:2], set()).update(found)
                        for noun in _words(pattern.get("obj", []), synsets):
                            self.noun_codes.setdefault(noun, {}).setdefault(
                                pattern["code"], f"{block_name} pattern object"
                            )

    def verb_codes(self, lemma: str) -> dict[str, str]:
        """The codes the dictionary gives a verb lemma (either spelling of -ise / -ize)."""
        out = dict(self.codes.get(lemma, {}))
        for a, b in (("ise", "ize"), ("ize", "ise"), ("yse", "yze")):
            if lemma.endswith(a):
                out = {**self.codes.get(lemma[: -len(a)] + b, {}), **out}
        return out

    def noun_trace_codes(self, lemma: str) -> dict[str, str]:
        """Codes of a noun: as the object of a dictionary pattern, or as the noun of a dictionary verb
        ("bombing", "invasion", "walkout": the verb shares all its letters but the last two)."""
        out = dict(self.noun_codes.get(_singular(lemma.split()[-1]), {}))
        head = lemma.split()[-1]
        for verb in self.codes:
            joined = verb.replace(" ", "")
            if joined[:4] != head[:4]:
                continue
            if _common(joined, head) >= max(4, len(joined) - 2):
                for code, why in self.verb_codes(verb).items():
                    out.setdefault(code, f"verb '{verb}': {why}")
        return out

    def code_category(self, codes: dict[str, str], cameo: str, plover: str) -> tuple[str, str]:
        """``a`` (same code), ``b`` (same root or PLOVER type) or ``d``, with the evidence."""
        if cameo in codes:
            return "a", f"{cameo} ({codes[cameo]})"
        for code, why in codes.items():
            if code[:2] == cameo[:2] or (plover and self.plover.get(code) == plover):
                return "b", f"{code} ({why})"
        return "d", ""

    def condition_words(
        self, lemma: str, words: list[str], cameo: str, plover: str
    ) -> tuple[list[str], list[str]]:
        """(words of the verb's own patterns, words traced nowhere) of a sense's object/subject words:
        a word traces when a pattern of the verb, a pattern of the same CAMEO root, the PLOVER
        definition of the type or the CAMEO label of the code names it."""
        own = self.pattern_words.get(lemma, set())
        root = self.root_words.get(cameo[:2], set())
        text = f"{self.codebook.get(plover, '')} {self.labels.get(cameo, '').lower()}"
        mine, untraced = [], []
        for word in words:
            parts = {_singular(w) for w in word.split()}
            if parts <= own:
                mine.append(word)
            elif not (parts <= root or all(p in text for p in parts)):
                untraced.append(word)
        return mine, untraced


def codebook_text(plover: dict[str, Any]) -> dict[str, str]:
    """PLOVER type -> the words of its definition and its modes' names and definitions."""
    out = {}
    for name, entry in plover["types"].items():
        parts = [entry.get("definition", "")]
        for mode, raw in entry.get("modes", {}).items():
            parts += [mode, raw.get("definition", "") if isinstance(raw, dict) else str(raw)]
        text = " ".join(parts).lower()
        out[name] = " ".join(_singular(w.strip(".,;:()'\"")) for w in text.split())
    return out


def senses(lexicon: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(part, lemma, raw sense) of every sense of the frame lexicon, a named list of its
    ``object_lists`` ("@ties") in a verb sense's objects standing for its words."""
    lists = lexicon.get("object_lists", {})

    def listed(sense: dict[str, Any]) -> dict[str, Any]:
        objects = sense.get("objects")
        if not objects or not any(w.startswith("@") for w in objects):
            return sense
        words = [x for w in objects for x in (lists[w[1:]] if w.startswith("@") else [w])]
        return {**sense, "objects": words}

    out = [("verb", lemma, listed(s)) for lemma, group in lexicon["verbs"].items() for s in group]
    out += [("noun", lemma, s) for lemma, s in lexicon["nouns"].items()]
    out += [("armed", lemma, s) for lemma, s in lexicon.get("armed_senses", {}).items()]
    out += [("light", lemma, s) for lemma, s in lexicon.get("light_senses", {}).items()]
    return out


def trace(part: str, lemma: str, sense: dict[str, Any], dictionary: Dictionary) -> Trace:
    """How one sense traces to the dictionary and the codebook (see the module docstring)."""
    cameo, plover = sense["cameo"], sense["plover"]
    words = list(sense.get("objects", [])) + list(sense.get("subjects", []))
    conditions = ";".join(
        f"{key}={','.join(v) if isinstance(v, list) else v}"
        for key in ("particle", "objects", "subjects", "preps_required", "light_verbs", "verbs")
        if (v := sense.get(key))
    )
    if part == "verb":
        name = f"{lemma} {sense['particle']}" if sense.get("particle") else lemma
        codes = {**dictionary.verb_codes(lemma), **dictionary.verb_codes(name)}
    else:
        codes = dictionary.noun_trace_codes(lemma)
    category, evidence = dictionary.code_category(codes, cameo, plover)
    mine, untraced = dictionary.condition_words(lemma, words, cameo, plover) if part == "verb" else ([], [])
    labels, text = dictionary.labels.get(cameo, ""), dictionary.codebook.get(plover, "")
    if category == "d" and words and len(mine) == len(words):
        category, evidence = "c", f"pattern words of '{lemma}': {','.join(mine)}"
    elif category == "d" and _names(labels, lemma):
        category, evidence = "l", f"CAMEO {cameo} '{labels}'"
    elif category == "d" and _names(text, lemma):
        category, evidence = "l", f"PLOVER {plover} definition"
    elif category == "d" and words and all(_names(labels, w) for w in words):
        category, evidence = "l", f"CAMEO {cameo} '{labels}' names the object"
    if words and len(untraced) == len(words):
        category, evidence = "d", f"{evidence}; no condition word traces".lstrip("; ")
    return Trace(
        part, lemma, cameo, plover, conditions, category, evidence, tuple(untraced), sense.get("source")
    )


def source_holds(source: str | None, plover: dict[str, Any]) -> bool:
    """Whether an explicit source names general knowledge or a PLOVER type (and mode) of the codebook."""
    if source == "general":
        return True
    if not source or not source.startswith("codebook:"):
        return False
    name, _, mode = source.removeprefix("codebook:").partition("/")
    entry = plover["types"].get(name)
    return entry is not None and (not mode or mode in entry.get("modes", {}))


def audit(table: dict[str, Any]) -> list[Trace]:
    """The traces of every sense of the shipped frame lexicon against a CAMEO verb table."""
    plover = json.loads(PLOVER.read_text(encoding="utf-8"))
    dictionary = Dictionary(table, crosswalk(), codebook_text(plover))
    lexicon = json.loads(LEXICON.read_text(encoding="utf-8"))
    return [trace(part, lemma, s, dictionary) for part, lemma, s in senses(lexicon)]


def light_verbs_traced(table: dict[str, Any]) -> tuple[list[str], list[str]]:
    """(traced, untraced) light verbs: traced when a dictionary pattern of the verb has an event noun
    of the frame lexicon as its object ("- * (PART IN &PROTEST)", "- * TALKS")."""
    lexicon = json.loads(LEXICON.read_text(encoding="utf-8"))
    nouns = {_singular(n.split()[-1]) for n in lexicon["nouns"]}
    dictionary = Dictionary(table, crosswalk(), {})
    traced = [v for v in lexicon["light_verbs"] if dictionary.pattern_words.get(v, set()) & nouns]
    return traced, [v for v in lexicon["light_verbs"] if v not in traced]


def main(argv: list[str]) -> int:
    """Print the trace table (TSV) and the counts per category."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("reference", nargs="?", help="folder with cameo-verbs-dictionary.txt")
    parser.add_argument("--out", help="write the table here instead of stdout")
    args = parser.parse_args(argv)
    if args.reference:
        build = load_build()
        table = build.parse_verbs(Path(args.reference) / build.VERBS_IN, build.known_codes(ONTOLOGY))
        shipped = json.loads(TABLE.read_text(encoding="utf-8"))
        if table["blocks"] != shipped["blocks"] or table["verbs"] != shipped["verbs"]:
            print("note: cameo_verbs.json differs from the dictionary; rebuild it", file=sys.stderr)
    else:
        table = json.loads(TABLE.read_text(encoding="utf-8"))
    plover = json.loads(PLOVER.read_text(encoding="utf-8"))
    traces = audit(table)
    lines = ["part\tlemma\tcameo\tplover\tconditions\tcategory\tevidence\tuntraced\tsource"]
    for t in traces:
        fields = (t.part, t.lemma, t.cameo, t.plover, t.conditions, t.category, t.evidence)
        lines.append("\t".join((*fields, ",".join(t.untraced), t.source or "")))
    text = "\n".join(lines) + "\n"
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    counts = Counter(t.category for t in traces)
    sourced = sum(1 for t in traces if t.category == "d" and source_holds(t.source, plover))
    print(
        f"senses {len(traces)}: "
        + ", ".join(f"{k} {counts[k]}" for k in "abcld")
        + f"; of d, with a source {sourced}, without {counts['d'] - sourced}",
        file=sys.stderr,
    )
    traced, untraced = light_verbs_traced(table)
    print(
        f"light verbs {len(traced) + len(untraced)}: {len(traced)} with a dictionary pattern naming an "
        f"event noun; the others: {', '.join(untraced)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
