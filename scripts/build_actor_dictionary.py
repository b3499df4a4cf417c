"""Build ``ontology/actor_dictionary.json`` from PETRARCH2's Phoenix actor dictionaries.

Usage::

    python scripts/build_actor_dictionary.py ../shared/reference \
        > src/dateline/ontology/actor_dictionary.json

Reads the TABARI-format files ``cameo-country-actors-dictionary.txt`` (state institutions and office
holders from CountryInfo.140130), ``cameo-international-actors-dictionary.txt`` (IGOs, NGOs,
companies) and ``cameo-nonstate-armed-actors-dictionary.txt`` (armed groups); MIT licence,
(c) 2014 Open Event Data Alliance. Each entry is a name with ``+`` synonyms and one or more codes
(``[CHNMIL]``, ``[AFGGOV 050101-090228]``, ``[USAGOV >20090120]``). An entry with dated codes is a
person (one role per code, an undated code holds whenever no dated one does); the others are
groups. Kept are codes of an international kind (IGO, NGO, MNC, IMG, NGM: ``international_codes`` of
``actor_sectors.json``) and country codes followed by a CAMEO agent type (the types the agents
dictionary ``cameo-agents-dictionary.txt`` uses): bare country codes (country names, cities, rivers)
and territory codes (``GBRGIB``) are left to the project's country and place tables. A one-word name
that is an English word is kept only as the name an entry of an institution, IGO or company file is
written under or a ``+`` synonym of it ("GOOGLE_ [MNCUSAMED]", "+KREMLIN_"), never from the
armed-groups file (whose synonyms translate names: "+YOUTH_", "+FALCON_") nor from brackets
("DIRECT_ACTION_(GREECE)_"); its key is listed under ``cased`` and the lexicon reads it only written
with a capital ("Google", not "google").
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from dateline.ontology.cameo import international_codes

FILES = (
    "cameo-country-actors-dictionary.txt",
    "cameo-international-actors-dictionary.txt",
    "cameo-nonstate-armed-actors-dictionary.txt",
)
CODE = re.compile(r"\[([A-Z]{3,})(?:\s+([<>]?\d{6,8}(?:-\d{6,8})?))?\]")
PAREN = re.compile(r"\(([^)]*)\)")
EARLIEST, LATEST = "0000-01-01", "9999-12-31"
MIN_NAME = 3
# longer names are left out: the lexicon's matching is linear in its longest name
MAX_WORDS = 8
# the file of armed groups: its one-word synonyms are often translations ("+YOUTH_" for Gazteriak)
ARMED_FILE = "cameo-nonstate-armed-actors-dictionary.txt"
AGENT = re.compile(r"\[~([A-Z]+)\]")


def agent_types(reference: Path) -> frozenset[str]:
    """The three-letter agent types of the CAMEO agents dictionary (GOV, MIL, REB, ...)."""
    text = (reference / "cameo-agents-dictionary.txt").read_text(encoding="utf-8", errors="replace")
    return frozenset(code[i : i + 3] for code in AGENT.findall(text) for i in range(0, len(code), 3))


def english_words() -> frozenset[str]:
    """Every word of the English model's WordNet lemma index (empty without the model)."""
    try:
        import spacy.util
        from spacy.lookups import Lookups

        from dateline.nlp.pipeline import MODEL_PACKAGE

        root = spacy.util.get_package_path(MODEL_PACKAGE)
        folder = next(root.glob("*/lemmatizer/lookups"))
        index = Lookups().from_disk(folder).get_table("lemma_index")
    except (ImportError, OSError, KeyError, StopIteration):
        return frozenset()
    return frozenset(word for pos in index for word in index[pos])


def usable_code(code: str, types: frozenset[str]) -> bool:
    """An actor code of an international kind, or a country code with an agent type after it."""
    return code.startswith(international_codes()) or (len(code) >= 6 and code[3:6] in types)


def _day(text: str) -> str:
    """A TABARI date (yymmdd or yyyymmdd) as ISO."""
    if len(text) == 6:
        year = int(text[:2])
        text = ("19" if year > 30 else "20") + text
    return f"{text[:4]}-{text[4:6]}-{text[6:8]}"


def _period(spec: str | None) -> tuple[str, str]:
    if not spec:
        return EARLIEST, LATEST
    if spec.startswith(">"):
        return _day(spec[1:]), LATEST
    if spec.startswith("<"):
        return EARLIEST, _day(spec[1:])
    start, _, end = spec.partition("-")
    return _day(start), _day(end)


def _names(raw: str) -> tuple[list[str], list[str]]:
    """The written name and the bracketed acronyms of a line:
    'ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_' -> (['Aden Abyan Islamic Army'], ['AAIA'])."""
    text = raw.split("#", 1)[0].strip().strip("+").strip()
    text = CODE.sub("", text).strip()
    acronyms = [a.replace("_", " ").strip() for a in PAREN.findall(text)]
    text = PAREN.sub("", text).replace("_", " ")
    text = re.sub(r"\s+", " ", text).strip(" -")
    written = [text] if len(text) >= MIN_NAME else []
    return written, [a for a in acronyms if len(a) >= MIN_NAME and a.isupper() and " " not in a]


def _entries(path: Path) -> list[dict]:
    """The entries of one dictionary file: names (header first), the written ones among them (not
    bracketed acronyms) and (code, from, to) triples."""
    entries: list[dict] = []
    current: dict | None = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        codes = [(m.group(1), *_period(m.group(2))) for m in CODE.finditer(line.split("#", 1)[0])]
        if line[:1] in (" ", "\t"):
            if current is not None:
                current["codes"] += codes
            continue
        written, acronyms = _names(line)
        if line.startswith("+"):
            if current is not None:
                current["names"] += written + acronyms
                current["written"] += written
                current["codes"] += codes
            continue
        current = {"names": written + acronyms, "written": written, "codes": codes}
        entries.append(current)
    return entries


def _record(
    entry: dict, types: frozenset[str], words: frozenset[str], armed: bool = False
) -> tuple[str, dict] | None:
    """A person (dated codes) or a group, with the lexicon keys of its names (``key_of``): a person
    only under names of two to ``MAX_WORDS`` words, a group under names of up to ``MAX_WORDS``. A
    group's one-word names that are English words are kept when written out in an institution, IGO
    or company file (not ``armed``), and their keys listed under ``cased``."""
    from dateline.actors.lexicon import key_of

    written = set(entry["written"]) if not armed else set()
    codes = [c for c in dict.fromkeys(entry["codes"]) if usable_code(c[0], types)]
    names = [n for n in dict.fromkeys(entry["names"]) if " " in n or n.lower() not in words or n in written]
    if not names or not codes:
        return None
    person = any((c[1], c[2]) != (EARLIEST, LATEST) for c in codes)
    keys = [k for k in dict.fromkeys(key_of(n) for n in names) if k and k.count(" ") < MAX_WORDS]
    if person:
        keys = [k for k in keys if " " in k]
    if not keys:
        return None
    name = names[0].title()
    if person:
        return "people", {"name": name, "keys": keys, "roles": [list(c) for c in codes]}
    item: dict = {"name": name, "keys": keys, "code": codes[0][0]}
    cased = [k for k in keys if " " not in k and k in words]
    if cased:
        item["cased"] = cased
    return "groups", item


def build(reference: Path) -> dict:
    out: dict = {
        "source": (
            "Built by scripts/build_actor_dictionary.py from PETRARCH2's Phoenix actor dictionaries "
            "(Phoenix.Countries.actors.txt from CountryInfo.140130, Phoenix.International.actors.txt, "
            "Phoenix.MilNonState.actors.txt), MIT licence, (c) 2014 Open Event Data Alliance. Office "
            "holders stop in early 2014."
        ),
        "people": [],
        "groups": [],
    }
    seen: set[tuple[str, ...]] = set()
    types, words = agent_types(reference), english_words()
    for name in FILES:
        for entry in _entries(reference / name):
            record = _record(entry, types, words, armed=name == ARMED_FILE)
            if record is None:
                continue
            kind, item = record
            key = (kind, *item["keys"])
            if key in seen:
                continue
            seen.add(key)
            out[kind].append(item)
    return out


def main(argv: list[str]) -> int:
    reference = Path(argv[1] if len(argv) > 1 else "../shared/reference")
    data = build(reference)
    lines = ["{", f'  "source": {json.dumps(data["source"])},']
    for kind in ("people", "groups"):
        items = [json.dumps(item, ensure_ascii=False) for item in data[kind]]
        lines.append(f'  "{kind}": [')
        lines.append(",\n".join("    " + item for item in items))
        lines.append("  ]" + ("," if kind == "people" else ""))
    lines.append("}")
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
