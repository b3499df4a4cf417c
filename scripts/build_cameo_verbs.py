"""Build the event coder's verb-pattern and discard tables from the PETRARCH2 CAMEO dictionaries.

Usage::

    python scripts/build_cameo_verbs.py ../shared/reference [/usr/share/wordnet]

writes ``src/dateline/ontology/cameo_verbs.json`` and ``src/dateline/ontology/cameo_discards.json``.

Sources (read from the reference folder, never shipped as they are):

- ``cameo-verbs-dictionary.txt``: PETRARCH2's CAMEO verb-pattern dictionary (CAMEO.2.0.txt, 30 April
  2015; MIT licence, (c) 2015 Open Event Data Alliance). Each verb block gives a default CAMEO code,
  its verbs (with per-verb codes) and patterns ``- <before> * <after> [code]``: words before the verb
  constrain the subject, bare words after it the object, ``(PREP words)`` a prepositional phrase,
  ``{A B}`` a phrase, ``&SET`` a synonym set, ``$`` / ``+`` the source / target position.
- ``cameo-discards-dictionary.txt``: Phoenix discards (MIT, (c) 2014 Open Event Data): phrases that
  mark a sentence, or (``+``) a whole story, as not political-event material.

A pattern the dictionary writes more than once with different codes (WARN ``- * (OF &FIGHT)`` once
[110], twice [138]) keeps one code: the one most copies give; on a tie the verb's own code or else the
block's default, when a copy gives it; else the first copy's.

- WordNet 3.0's verb database (``index.verb``, ``data.verb``; Princeton University, WordNet
  licence; Debian's ``wordnet-base`` installs it in ``/usr/share/wordnet``): which of a block's
  synonyms, added to the dictionary from WordNet, mean in their first (most frequent) sense the act
  of a verb that codes the block's default (``wordnet_synonyms``), and which one-word nouns name a
  person in every sense (``wordnet_person_nouns``, WordNet's noun.person).

The CAMEO codes are checked against ``cameo_codes.tsv`` (which carries the CAMEO -> PLOVER crosswalk
of the PLOVER manual, Draft 0.8); patterns with unknown codes are left out and counted.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from dateline.inflection import IRREGULAR_PLURALS, plural

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "src" / "dateline" / "ontology"
VERBS_IN = "cameo-verbs-dictionary.txt"
AGENTS_IN = "cameo-agents-dictionary.txt"
# synonym sets of the verb dictionary that name people or groups
PERSON_SETS = (
    "LEADER",
    "HOSTAGE",
    "NEGOTIATOR",
    "REFUGEE",
    "MILITARY",
    "SECURITY",
    "OPPOSITION",
    "PEOPLE",
    "SUSPECT",
)
DISCARDS_IN = "cameo-discards-dictionary.txt"
VERBS_OUT = ONTOLOGY / "cameo_verbs.json"
# endings of nouns of acts, states, places, bodies and writings the dictionary lists as agents
# ("rebellion", "bureaucracy", "monastery", "sanatorium", "politburo", "gangdom", "barracks")
THING_ENDINGS = (
    "ion", "ment", "ness", "ity", "ance", "ence", "ure", "ism", "cy", "dom", "ship", "hood", "ry",
    "ium", "torate", "riate", "ese", "ks", "uro", "age", "ety", "lic", "ies",
)  # fmt: skip
# the verb dictionary's sets of things and places: aircraft, cars, weapons, towns, strongholds
THING_SETS = ("AIRCRAFT", "CAR", "WEAPON", "TOWN", "STRONGHOLD")
# things and bodies of no such ending the agents dictionary lists: ships, aircraft, places,
# writings, firms and words that also name things or are mostly adjectives
THING_WORDS = frozenset({
    "aerospace", "airway", "battlewagon", "blog", "carrier", "chamber", "containership", "corvette",
    "cruiser", "freighter", "gazette", "humvee", "kfir", "landlord", "magazine", "monger", "oiler",
    "phalanx", "preschool", "prison", "schoolhouse", "supertanker", "tabloid", "tanker", "telecom",
    "islamic", "sunni", "hebrew", "native", "retired", "semi-official", "state-owned", "mp", "doc",
    "kindergarden", "kindergarten", "echelon", "rabble", "maffia", "producer", "generals", "adm.",
    "capt.", "cmdr.", "col.", "ens.", "gen.", "lt.", "maj.", "branokker", "kanidurgu", "tinginist",
    "college", "school", "hospital", "website", "newspaper", "media", "destroyer", "hmmwv", "naval",
    "revolt", "uprising", "jewish", "naturalized", "company", "actor", "consulate",
})  # fmt: skip
# plural sector terms of actor_sectors.json that name things or a word of no one kind
SECTOR_THING_PLURALS = frozenset({
    "ambulances", "campaigns", "clinics", "confederations", "customs", "figures", "mosques", "others",
})  # fmt: skip
# nouns no plural is made of: plurals already, and nouns of a body of people
UNCOUNTED = frozenset({"police", "clergy", "janjaweed", "hasidim", "mukhabarat", "muhabarat", "mukabarat"})
# shorter nouns are mostly abbreviations that spell other words too ("doc", "mp")
MIN_PERSON_NOUN = 4
# longer agent phrases are left out: the actor lexicon's matching is linear in its longest key
MAX_PHRASE_WORDS = 8
DISCARDS_OUT = ONTOLOGY / "cameo_discards.json"
VERSION = "1"
# particles that make a phrasal verb of the verb before them ("lash out", "back down")
PARTICLES = {"out", "down", "up", "back", "off", "over", "away", "in", "together", "forth"}
# particles a pattern may name right after its verb, alone ("- * DOWN", stepped down) or before words
PATTERN_PARTICLES = {"out", "down", "up", "back", "off", "over", "away", "aside"}
# CAMEO roots of verbal conflict (GDELT QuadClass 3): criticising, demanding, rejecting, threatening
CONFLICT_ROOTS = frozenset({"09", "10", "11", "12", "13"})
# CAMEO roots of material conflict (GDELT QuadClass 4): protest, force posture, reducing relations, coercion,
# assault, fight, mass violence
MATERIAL_CONFLICT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
# a block's default gives way to the code more than half of its coded patterns give (at least this many)
MAJORITY_MIN = 3

# a block header; four are written "[120]---  ---", with no space before the first closing dashes
BLOCK_RE = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\](?:---)?\s+---")
CODE_RE = re.compile(r"\[([^\]]*)\]")
AGENT_TYPE_RE = re.compile(r"\[~([A-Z]+)\]")
# pattern words that carry no lexical constraint
MARKERS = {"$", "+", "%", "^", "*"}
# auxiliaries and function words PETRARCH patterns spell out but a parse attaches elsewhere
SKIP_WORDS = {"will", "been", "be", "is", "was", "were", "has", "have", "had", "a", "an", "the"}
PREPOSITIONS = {
    "about", "across", "after", "against", "along", "amid", "among", "around", "as", "at", "before",
    "behind", "below", "beneath", "beside", "between", "beyond", "by", "despite", "during", "for", "from",
    "in", "inside", "into", "near", "of", "off", "on", "onto", "out", "outside", "over", "per", "since",
    "through", "throughout", "to", "toward", "towards", "under", "until", "upon", "via", "with",
    "within", "without",
}  # fmt: skip


def word(raw: str) -> str:
    """A dictionary word in the table's spelling: lower case, ``_`` joins become spaces."""
    return raw.strip().rstrip("_").replace("_", " ").lower()


def known_codes(ontology: Path) -> dict[str, str]:
    """CAMEO code -> PLOVER type from the project's CAMEO table (empty type: no PLOVER event)."""
    with (ontology / "cameo_codes.tsv").open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return {row["code"]: row["plover_type"] for row in rows}


@cache
def people_endings() -> tuple[str, ...]:
    """Endings that make a noun of people (``people_endings`` of the project's
    ``event_arguments.json``: "fishermen", "townspeople")."""
    data = json.loads((ONTOLOGY / "event_arguments.json").read_text(encoding="utf-8"))
    return tuple(data["people_endings"])


def parse_code(raw: str) -> tuple[str | None, bool]:
    """(code, roles swapped) of ``042``, ``042:043``, ``:138``; (None, False) for ``---``."""
    raw = raw.strip()
    if not raw or raw.startswith("---"):
        return None, False
    first, _, second = raw.partition(":")
    if first.strip():
        return first.strip(), False
    return (second.strip() or None), bool(second.strip())


# a pattern whose subject is the event noun "talks" ("- TALKS * [164] # COLLAPSE") also takes the
# nouns of the dictionary's &NEGOTIATION set, the same talks in other words ("negotiations between
# A and B collapsed"), as the set TALKS
TALKS_NOUN = "talks"
TALKS_SET = "TALKS"
NEGOTIATION_SET = "NEGOTIATION"


def talks_nouns(sets: dict[str, list[str]]) -> list[str]:
    """ "talks" and the one-word members of &NEGOTIATION with their plurals."""
    words = [TALKS_NOUN]
    for member in sets.get(NEGOTIATION_SET, []):
        if " " not in member:
            words += [member, plural(member)]
    return list(dict.fromkeys(words))


def synonym_sets(lines: list[str]) -> dict[str, list[str]]:
    """``&NAME`` -> its member words (multi-word members joined by spaces)."""
    sets: dict[str, list[str]] = {}
    current: str | None = None
    for line in lines:
        text = line.split("#", 1)[0].strip()
        if text.startswith("&"):
            current = text[1:].rstrip("_").upper()
            sets[current] = []
        elif text.startswith("+") and current is not None:
            member = word(text[1:].split("{")[0])
            if member and member not in sets[current]:
                sets[current].append(member)
        elif not text:
            continue
        else:
            current = None
    return sets


def tokens_of(text: str) -> list[str]:
    """Pattern text split into words, with ``{``, ``}``, ``(`` and ``)`` as tokens of their own."""
    return re.sub(r"([{}()])", r" \1 ", text).split()


def alternatives(text: str) -> list[str]:
    """A pattern with words written as alternatives, ``(BY/WITH &WEAPON)``, ``(IN AIR
    ATTACK/BOMBING/RAID)``, as one pattern per choice of word."""
    out = [""]
    for piece in re.split(r"([^\s(){}]+/[^\s(){}]+)", text):
        choices = piece.split("/") if re.fullmatch(r"[^\s(){}]+/[^\s(){}]+", piece) else [piece]
        out = [done + choice for done in out for choice in choices]
    return out


def particle_first(words: list[str]) -> tuple[str | None, list[str]]:
    """The particle a pattern names right after its verb, and the words after it: ``- * DOWN``
    ("stepped down"), ``- * OUT (OF SUMMIT)``, and a particle written as a phrase with its object,
    ``- * (OFF SANCTIONS)`` ("shrugged off sanctions"), ``- * (OUT OF)``; "over" opens a phrase
    ("clashed over the plan")."""
    if words and word(words[0]) in PATTERN_PARTICLES:
        return word(words[0]), words[1:]
    if len(words) > 2 and words[0] == "(" and word(words[1]) in PATTERN_PARTICLES - {"over"}:
        inner = words[2:]
        close = inner.index(")") if ")" in inner else len(inner)
        return word(words[1]), inner[:close] + inner[close + 1 :]
    return None, words


def slot(raw: str, sets: dict[str, list[str]]) -> str | None:
    """A pattern word as a table slot: ``&SET`` stays a set reference, a word is normalised."""
    if raw.startswith("&"):
        name = raw[1:].rstrip("_").upper()
        return f"&{name}" if name in sets else None
    value = word(raw)
    if not value or value in SKIP_WORDS or not re.search(r"[a-z]", value):
        return None
    return value


def parse_pattern(text: str, sets: dict[str, list[str]]) -> dict[str, Any] | None:
    """One ``- before * after`` pattern as subject / object / preposition constraints."""
    before, star, after = text.partition("*")
    if not star or any(name.rstrip("_").upper() not in sets for name in re.findall(r"&(\w+)", text)):
        # a set the dictionary never defines (&WEATHER) would leave the pattern wider than written
        return None
    pattern: dict[str, Any] = {"subj": [], "obj": [], "preps": []}
    for raw in tokens_of(before):
        if raw in MARKERS or raw in "{}()":
            if raw == "$":
                pattern["source"] = "subj"
            elif raw == "+":
                pattern["target"] = "subj"
            continue
        value = slot(raw, sets)
        if value == TALKS_NOUN and TALKS_SET in sets:
            value = f"&{TALKS_SET}"
        if value and value not in PREPOSITIONS:
            pattern["subj"].append(value)
    group: list[str] | None = None
    prep: str | None = None
    # a particle right after the verb makes a phrasal verb ("- * DOWN (ON PROTEST)", "- * OFF
    # TALK"): the parse reads it as the verb's particle, what follows as its object
    particle, words = particle_first(tokens_of(after))
    if particle:
        pattern["prt"] = particle
    for raw in words:
        if raw == "(":
            group, prep = [], None
            continue
        if raw == ")":
            if prep in PATTERN_PARTICLES - {"over"} and not group and "prt" not in pattern:
                # "- * &MILITARY (OUT) (OF EXERCISE)": the particle after the object ("pulled the
                # troops out of")
                pattern["prt"] = prep
            elif prep:
                pattern["preps"].append([prep, group or []])
            group, prep = None, None
            continue
        if raw in "{}":
            continue
        if raw in ("$", "+"):
            role = "source" if raw == "$" else "target"
            where = f"prep:{prep}" if group is not None and prep else "obj"
            pattern.setdefault(role, where)
            continue
        if raw in MARKERS:
            continue
        if group is not None and prep is None:
            # a phrase in parentheses opens with its preposition; one that does not ("(HOLDING
            # TALKS)", "(THE STAKES)") holds words of the object
            prep = word(raw) if word(raw) in PREPOSITIONS else ""
            if prep:
                continue
        if group is not None and prep:
            value = slot(raw, sets)
            if value:
                group.append(value)
            continue
        value = slot(raw, sets)
        if word(raw) in PATTERN_PARTICLES - {"over"} and pattern["obj"] and "prt" not in pattern:
            # a particle after the object: "- * MINISTER OUT" ("forced the minister out")
            pattern["prt"] = word(raw)
            continue
        if value and word(raw) in PREPOSITIONS and not pattern["obj"]:
            # a bare preposition after the verb ("- * ON + BY $") is a PP with its object following
            pattern["preps"].append([word(raw), []])
            continue
        if value and value not in PREPOSITIONS:
            if pattern["preps"] and not pattern["obj"] and group is None and "target" not in pattern:
                pattern["preps"][-1][1].append(value)
            else:
                pattern["obj"].append(value)
    if not (pattern["subj"] or pattern["obj"] or pattern["preps"] or pattern.get("prt")):
        pattern["bare"] = True
    return {k: v for k, v in pattern.items() if v or k == "bare"}


def verb_entry(line: str) -> tuple[str, str | None] | None:
    """(lemma, own code or None) of a verb line: ``FREE {FREES ...}``, ``+SET_FREE``, ``ASK [020]``."""
    text = line.split("#", 1)[0].strip()
    if not text:
        return None
    code_match = CODE_RE.search(text)
    text = CODE_RE.sub("", text).split("{")[0].strip()
    lemma = word(text.lstrip("+"))
    if not lemma or not re.fullmatch(r"[a-z][a-z' -]*", lemma):
        return None
    return lemma, (code_match.group(1).strip() if code_match else None)


def spelling(text: str) -> str:
    """A word with its spelling variants folded: no hyphens, underscores or spaces, "-ise" and
    "-yse" as "-ize" and "-yze" ("re-arrest" / "rearrest", "legalise" / "legalize")."""
    folded = re.sub(r"[-_ ]", "", text.lower())
    return re.sub(r"([iy])s(e|es|ed|ing)$", r"\1z\2", folded)


def names_block(lemma: str, name: str, forms: list[str]) -> bool:
    """Whether a verb is the one its block is named by: the same word in either spelling ("LEGALISE"
    for "legalize", "RE_ARREST" for "rearrest"), or a block named by one of the verb's inflected
    forms ("OVERTHREW" for "overthrow")."""
    if lemma == word(name):
        return True
    return spelling(lemma) == spelling(name) or spelling(name) in {spelling(f) for f in forms}


def verb_forms(line: str) -> list[str]:
    """The inflected forms a verb line lists in braces: ``+STEP_UP {+STEPS_UP +STEPPED_UP}``."""
    braces = re.search(r"\{([^}]*)\}", line.split("#", 1)[0])
    return [word(form.lstrip("+")) for form in braces.group(1).split()] if braces else []


def regular_lemmas(form: str) -> list[str]:
    """The verbs a regular inflected form may be of, the particle kept: "called off" -> "call off",
    "ruled out" -> "rule out", "wrapped up" -> "wrap up", "carried" -> "carry"."""
    head, _, rest = form.partition(" ")
    stems: list[str] = []
    for ending in ("ed", "ing", "s"):
        if head.endswith(ending) and len(head) > len(ending) + 2:
            stem = head[: -len(ending)]
            stems += [stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                stems.append(stem[:-1])
            if ending != "ing" and stem.endswith("i"):
                stems.append(stem[:-1] + "y")
    return [f"{stem} {rest}".strip() for stem in stems]


def pattern_origins(comment: str, verbs: set[str], forms: dict[str, str]) -> list[str]:
    """The block verbs a pattern's comment names before any coder's note: ``DELAY , POSTPONE``,
    ``STEP_UP , STEPPED_UP``, ``CALLED_OFF`` (an inflected form stands for its verb)."""
    out: list[str] = []
    for piece in comment.split(","):
        words = piece.split()
        name = forms.get(word(words[0]), word(words[0])) if words else ""
        if name not in verbs:
            # a regular form, which the dictionary does not list ("CALLED_OFF", "RULED_OUT")
            name = next((v for v in regular_lemmas(name) if v in verbs), name)
        if name not in verbs:
            break
        if name not in out:
            out.append(name)
    return out


def dictionary_forms(lines: list[str]) -> dict[str, str]:
    """Every verb of the dictionary and its listed forms -> the verb ("laid" -> "lay")."""
    out: dict[str, str] = {}
    for line in lines:
        if line.startswith(("-", "#")) or BLOCK_RE.match(line) or not line.strip():
            continue
        entry = verb_entry(line)
        if entry is not None:
            out.setdefault(entry[0], entry[0])
            for form in verb_forms(line):
                out.setdefault(form, entry[0])
    return out


def named_verb(comment: str, forms: dict[str, str]) -> str | None:
    """The verb a pattern's comment names when it is no verb of the pattern's block: a word in
    capitals ("# URGE" in DEMAND, "# CONCLUDE" in CANCEL, "# LAID_DOWN" in LAY: "lay down"), as the
    dictionary writes the verb a pattern was found for; None for a coder's note."""
    first = comment.split()[0].rstrip(",") if comment.split() else ""
    if not re.fullmatch(r"[A-Z][A-Z_]{3,}", first):
        return None
    name = word(first)
    head, _, rest = name.partition(" ")
    if head in forms:
        return f"{forms[head]} {rest}".strip()
    folded = {spelling(form): verb for form, verb in forms.items()}
    # "PULLBACK" for "pull back"
    return folded.get(spelling(name)) or next((v for v in regular_lemmas(name) if v in forms), name)


def pattern_words(pattern: dict[str, Any]) -> tuple[str, ...]:
    """What a pattern names, whatever it codes: the verb it was written for, its word slots,
    particle and actor positions."""
    keys = ("verb", "subj", "obj", "preps", "prt", "source", "target")
    return tuple(json.dumps(pattern.get(k)) for k in keys)


def copy_key(pattern: dict[str, Any]) -> str:
    """A pattern's words with its code and roles: copies of one pattern share it."""
    return json.dumps([pattern_words(pattern), pattern.get("code"), bool(pattern.get("swap"))])


def own_codes(name: str, verbs: dict[str, list[list[Any]]]) -> dict[str, str | None]:
    """The codes block ``name``'s verbs carry of their own there ("ASK [020]"; '---': none)."""
    return {
        lemma: record[1]
        for lemma, records in verbs.items()
        for record in records
        if record[0] == name and record[1]
    }


def resolve_copies(
    block: dict[str, Any], own: dict[str, str | None]
) -> tuple[list[dict[str, Any]], tuple[int, int]]:
    """A block's patterns with one code for each set of words the dictionary codes more than once
    with different codes (WARN "- * (OF &FIGHT)" once [110] and twice [138]): the code most copies
    give; on a tie, the verb's own code in the block (EXPRESS [110]) or else the block's default
    when one of the copies gives it, else the first copy. Returns the patterns and (number of such
    word sets, number whose first copy's code changed)."""
    copies: dict[str, int] = block.pop("copies")
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for pattern in block["patterns"]:
        groups.setdefault(pattern_words(pattern), []).append(pattern)
    keep: dict[tuple[str, ...], int] = {}
    conflicts = recoded = 0
    for words, group in groups.items():
        codes = {(p.get("code"), bool(p.get("swap"))) for p in group}
        if len({code for code, _ in codes}) < 2:
            continue
        conflicts += 1
        verb = group[0].get("verb") or ""
        default = (None if own[verb] == "---" else own[verb]) if verb in own else block["code"]
        ranks = [
            (copies.get(copy_key(p), 1), p.get("code") == default, -index) for index, p in enumerate(group)
        ]
        best = group[-max(ranks)[2]]
        keep[words] = id(best)
        recoded += best.get("code") != group[0].get("code")
    patterns = [p for p in block["patterns"] if keep.get(pattern_words(p), id(p)) == id(p)]
    return patterns, (conflicts, recoded)


def own_over_shared(patterns: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A block's patterns, less those written for several verbs ("# SEND , DEPLOY") that a pattern
    written for one of them alone contradicts with the same words ("- * &MILITARY [154] # DEPLOY"):
    the verb's own pattern says what it means with those words."""

    def words(pattern: dict[str, Any]) -> tuple[Any, ...]:
        return tuple(json.dumps(pattern.get(k)) for k in ("verb", "subj", "obj", "preps", "prt"))

    own = {words(p) for p in patterns if not p.get("shared")}
    return [
        {k: v for k, v in p.items() if k != "shared"}
        for p in patterns
        if not (p.get("shared") and words(p) in own)
    ]


def parse_verbs(path: Path, codes: dict[str, str]) -> dict[str, Any]:
    """The verb table: synonym sets, blocks (default code, patterns) and verbs -> blocks."""
    lines = path.read_text(encoding="latin-1").splitlines()
    start = next(i for i, line in enumerate(lines) if "VERB PATTERNS" in line)
    end = next((i for i, line in enumerate(lines) if "TRANSFORMATIONS" in line), len(lines))
    sets = synonym_sets(lines[:start])
    sets[TALKS_SET] = talks_nouns(sets)
    all_forms = dictionary_forms(lines[start + 1 : end])
    blocks: dict[str, dict[str, Any]] = {}
    verbs: dict[str, list[list[Any]]] = {}
    stats = {"blocks": 0, "patterns": 0, "unknown_code": 0, "unparsed": 0, "conflicts": 0, "recoded": 0}
    block: dict[str, Any] | None = None
    block_verbs: set[str] = set()
    block_forms: dict[str, str] = {}
    members: dict[str, set[str]] = {}
    # the verbs a block is named by
    heads: dict[str, set[str]] = {}
    name = ""
    for line in lines[start + 1 : end]:
        head = BLOCK_RE.match(line)
        if head:
            name = head.group(1)
            default, _ = parse_code(head.group(2))
            if name in blocks:
                name = f"{name}_{len(blocks)}"
            block = {"code": default if default in codes else None, "patterns": [], "copies": {}}
            block_verbs = set()
            block_forms = {}
            blocks[name] = block
            stats["blocks"] += 1
            continue
        if block is None or line.startswith("#") or not line.strip():
            continue
        if line.startswith("- "):
            text, _, comment = line[2:].partition("#")
            code_match = CODE_RE.search(text)
            if code_match is None:
                stats["unparsed"] += 1
                continue
            code, swapped = parse_code(code_match.group(1))
            if code is not None and code not in codes:
                stats["unknown_code"] += 1
                continue
            # the comment names the verbs the pattern was written for: it holds for those verbs only
            origins = pattern_origins(comment, block_verbs, block_forms)
            named = None if origins else named_verb(comment, all_forms)
            if named is not None:
                # a pattern found for a verb the block does not list holds for that verb, which
                # joins the block with no default of its own, not for the block's other verbs
                origins = [named]
                record = [name, None, False]
                if record not in verbs.setdefault(named, []):
                    verbs[named].append(record)
                members.setdefault(name, set()).add(named)
            for variant in alternatives(CODE_RE.sub("", text)):
                pattern = parse_pattern(variant, sets)
                if pattern is None:
                    stats["unparsed"] += 1
                    continue
                pattern["code"] = code
                if swapped:
                    pattern["swap"] = True
                if pattern.get("subj") == [f"&{TALKS_SET}"] and not pattern.get("obj") and origins:
                    # talks that fail fail by any verb of the block: "broke down", "faltered"
                    origins = [None]
                for origin in origins or [None]:
                    written = dict(pattern, verb=origin) if origin else pattern
                    if len(origins) > 1:
                        written["shared"] = True
                    copy = copy_key(written)
                    block["copies"][copy] = block["copies"].get(copy, 0) + 1
                    if written not in block["patterns"]:
                        block["patterns"].append(written)
                        stats["patterns"] += 1
            continue
        entry = verb_entry(line)
        if entry is None:
            continue
        lemma, own = entry
        block_verbs.add(lemma)
        block_forms.update(dict.fromkeys(verb_forms(line), lemma))
        own_code, _ = parse_code(own) if own is not None else (None, False)
        if own is not None and own_code is None:
            own_code = "---"
        if own_code not in (None, "---") and own_code not in codes:
            own_code = None
        record = [name, own_code, names_block(lemma, name, verb_forms(line))]
        if record[2]:
            heads.setdefault(name, set()).add(lemma)
        if record not in verbs.setdefault(lemma, []):
            verbs[lemma].append(record)
        members.setdefault(name, set()).add(lemma)
    for lemma, records in verbs.items():
        for record in records:
            record[2] = (
                record[2]
                or own_phrasal_verb(
                    lemma, members[record[0]], blocks[record[0]], codes, particle_codes(lemma, verbs, blocks)
                )
                or narrow_synonym(lemma, record, members[record[0]], blocks[record[0]], codes)
            )
    for name, block in blocks.items():
        block["patterns"] = own_over_shared(block["patterns"])
        block["patterns"], changed = resolve_copies(block, own_codes(name, verbs))
        block["patterns"] += money_for_kin(block["patterns"], members.get(name, set()))
        stats["conflicts"] += changed[0]
        stats["recoded"] += changed[1]
        block["code"] = pattern_majority(block, codes, heads.get(name, set()))
        coded = [p for p in block["patterns"] if p.get("code")]
        if block["code"] is not None and 2 * sum(1 for p in coded if p.get("swap")) > len(coded):
            # most patterns make the subject the one the event befalls ("died in clashes" is
            # [:190]): so does the block's default
            block["swap"] = True
    used = {
        s[1:]
        for b in blocks.values()
        for p in b["patterns"]
        for part in ("subj", "obj")
        for s in p.get(part, [])
        if s.startswith("&")
    }
    used |= {
        s[1:]
        for b in blocks.values()
        for p in b["patterns"]
        for _, ws in p.get("preps", [])
        for s in ws
        if s.startswith("&")
    }
    print(f"cameo verbs: {stats}, {len(verbs)} verbs", file=sys.stderr)
    return {
        "version": VERSION,
        "about": (
            "Derived by scripts/build_cameo_verbs.py from PETRARCH2's CAMEO verb-pattern dictionary "
            "CAMEO.2.0.txt (30 April 2015; MIT licence, (c) 2015 Open Event Data Alliance). "
            "blocks: default CAMEO code (the code more than half of the block's coded patterns give "
            "when they contradict the dictionary's; null: codes nothing unless a pattern matches; swap: "
            "its subject is the target, as in most of the block's patterns) and patterns "
            "(verb: the verb it was written for, when the comment names one, or a verb of the block the "
            "dictionary codes with the same CAMEO root that a pattern naming &CURRENCY is copied to "
            "(shared); subj / obj: words of the "
            "subject / object phrase, &SET a synonym set; preps: [preposition, words of its object]; "
            "prt: the verb's particle; source / target: where the actor sits; swap: roles reversed; code "
            "null: not an event; words the dictionary codes more than once with different codes keep the "
            "code most copies give, on a tie the verb's own code or the block's default, else the first "
            "copy's). verbs: lemma -> [block, own code ('---': none), head verb: the block's "
            "named verb or a phrasal verb whose verb is no member of the block, coding its default]. "
            "wordnet_synonyms: lemma -> the blocks whose default it codes, below a head verb, because "
            "its first WordNet 3.0 verb sense is (or is a manner of) a main sense of a verb that codes it. "
            "agent_sectors: person noun of the CAMEO agents dictionary (CAMEO.agents, same licence) -> "
            "the CAMEO actor type its line gives (nouns of several types left out). agent_phrases: the "
            "dictionary's phrases of two or more words (with their substitution sets spelt out and the "
            "plural of a last head word) -> the CAMEO actor type of their line, the first three letters "
            "of a compound type (phrases of several types left out; those whose head names no person, "
            "group, body, vehicle or weapon by a WordNet 3.0 noun sense left out, media phrases kept; the "
            "MED of carriers, telecom, post, transport, read as BUS or dropped from GOVMED). "
            "figurative (a pattern): codes nothing and names only a body part (noun.body), an idiom a "
            "literal word of harm undoes. "
            "wordnet_person_nouns: one-word nouns all of whose WordNet 3.0 noun senses (named people "
            "left out) are in noun.person (occupations and roles: 'clerk', 'cashier'; not 'pilot', "
            "'diner')."
        ),
        "synsets": {k: v for k, v in sorted(sets.items()) if k in used},
        "agent_nouns": agent_nouns(path.parent / AGENTS_IN, sets),
        "agent_sectors": person_sectors(path.parent / AGENTS_IN, sets),
        "agent_phrases": agent_phrases(path.parent / AGENTS_IN),
        "blocks": blocks,
        "verbs": dict(sorted(verbs.items())),
    }


def particle_codes(
    lemma: str, verbs: dict[str, list[list[Any]]], blocks: dict[str, dict[str, Any]]
) -> list[str]:
    """The codes of the patterns that the plain verb of a phrasal verb has with its particle, in the
    plain verb's blocks ("walk out": WALK's "- * OUT (OF SUMMIT) [164]")."""
    words = lemma.split()
    if len(words) != 2:
        return []
    return [
        p["code"]
        for record in verbs.get(words[0], [])
        for p in blocks[record[0]]["patterns"]
        if p.get("prt") == words[1] and p.get("verb") in (None, words[0]) and p.get("code")
    ]


def narrow_synonym(
    lemma: str, record: list[Any], members: set[str], block: dict[str, Any], codes: dict[str, str]
) -> bool:
    """Whether a member of a block codes the block's default like its head verb: the block is named
    by one of its verbs (not a WordNet concept such as GO_SOMEWHERE or VERBAL_CONFLICT), its default
    is a specific code of verbal conflict (CAMEO 09-13, GDELT's QuadClass 3, below the root's
    catch-all x0: DENOUNCE [111], not DISAPPROVE [110]), the member has no code of its own and none
    of its own patterns gives another PLOVER type ("chastise", "lambaste", "scold" in DENOUNCE). The
    WordNet synonyms of verbal cooperation are left to their patterns: theirs are mostly other senses
    ("inspire", "spur" in ENCOURAGE [051]; "tend", "shield" in DEFEND [052]). In a block whose
    default is material conflict (CAMEO 14-20: protest, force posture, sanctions, coercion, force), of any
    name, a member whose own patterns code the default's PLOVER type and nothing else codes the
    default too ("blew himself up": "blow up", whose pattern "- * PIPELINE [1712]" is force;
    "evict", whose pattern "- * SETTLER [174]" is coercion, in DEPORT [174])."""
    code = pattern_majority(block, codes)
    if record[1] is not None or code is None:
        return False
    kind = codes.get(code)
    own = [p["code"] for p in block["patterns"] if p.get("verb") == lemma and p.get("code")]
    if not kind or not all(codes.get(c) == kind for c in own):
        return False
    if code[:2] in MATERIAL_CONFLICT_ROOTS:
        # a verb the dictionary's own patterns code as the default's type, and only as that ("blow
        # up" a pipeline, "ram", "blitz" in EXPLOSIVE_DESTRUCTION, POUND, PHYSICAL_CONFLICT; "evict"
        # settlers in DEPORT)
        return bool(own)
    if word(record[0]) not in members:
        return False
    return code[:2] in CONFLICT_ROOTS and not (len(code) == 3 and code[2] == "0")


def own_phrasal_verb(
    lemma: str, members: set[str], block: dict[str, Any], codes: dict[str, str], elsewhere: list[str]
) -> bool:
    """Whether a verb entry is a phrasal verb whose verb is no member of its block ("lash out" in
    DEPLORE, "back down" in RETREAT): the particle makes the word the block is about, so it heads the
    block like its named verb. A phrasal form of a member ("go away" beside "go") is that member's
    synonym, and one whose own patterns (with those the plain verb has with the particle elsewhere,
    ``elsewhere``) mostly code another PLOVER type than the default ("step up" security, BOOST [060];
    "walk out" of a summit, 164, in GO_SOMEWHERE [040]) is coded by those patterns."""
    words = lemma.split()
    if len(words) != 2 or words[1] not in PARTICLES or words[0] in members:
        return False
    own = [p["code"] for p in block["patterns"] if p.get("verb") == lemma and p.get("code")] + elsewhere
    kind = codes.get(block["code"] or "")
    return 2 * sum(1 for code in own if codes.get(code) == kind) >= len(own)


def pattern_majority(
    block: dict[str, Any], codes: dict[str, str], heads: set[str] | None = None
) -> str | None:
    """A block's default code, or the code more than half of its coded patterns give when they
    contradict it: CONSIDER [040] (a consultation) is mostly 014 in its patterns, considering a policy
    option; DEFEND [074] is mostly 052, defending verbally. A default none of the (three or more)
    coded patterns shares the CAMEO root of codes nothing (HEAR [040], INTRODUCE [040]) when three or
    more of them are of its named verbs ``heads`` (or of no verb): patterns written for its other
    verbs alone do not decide that (TAKE_CONTROL [171] keeps its default for "take over" whatever
    OVERTURN's and HIJACK's patterns say)."""
    coded = [p["code"] for p in block["patterns"] if p.get("code")]
    if block["code"] is None or len(coded) < MAJORITY_MIN:
        return block["code"]
    top = max(sorted(set(coded)), key=coded.count)
    if 2 * coded.count(top) > len(coded) and top in codes:
        return top
    own = {None, *heads} if heads is not None else None
    named = [p["code"] for p in block["patterns"] if p.get("code") and (own is None or p.get("verb") in own)]
    if not any(code[:2] == block["code"][:2] for code in coded) and len(named) >= MAJORITY_MIN:
        # none of its patterns is of the default's CAMEO root (HEAR [040], INTRODUCE [040])
        return None
    return block["code"]


def money_for_kin(patterns: list[dict[str, Any]], members: set[str]) -> list[dict[str, Any]]:
    """Copies of a block's patterns naming the CURRENCY set for the block's other verbs that the
    dictionary codes with the same CAMEO root ("- * &CURRENCY [071] # GIVE , PROVIDE" holds for
    "grant", which has "- * LOAN [071]", and for "donate", "award", "supply"; not for "issue" or
    "add", which give no aid in the dictionary): money given, sought or promised is the same act
    whichever verb of the act carries it."""

    def words(pattern: dict[str, Any]) -> tuple[str, ...]:
        return pattern_words(dict(pattern, verb=None))

    roots: dict[str, set[str]] = {}
    said: set[tuple[str, tuple[str, ...]]] = set()
    for p in patterns:
        if p.get("verb"):
            said.add((p["verb"], words(p)))
            if p.get("code"):
                roots.setdefault(p["verb"], set()).add(p["code"][:2])
    out = []
    for p in patterns:
        if not p.get("code") or not p.get("verb") or "&CURRENCY" not in json.dumps(words(p)):
            continue
        for verb in sorted(members - {p["verb"]}):
            if p["code"][:2] in roots.get(verb, set()) and (verb, words(p)) not in said:
                said.add((verb, words(p)))
                out.append(dict(p, verb=verb, shared=True))
    return out


def agent_nouns(path: Path, sets: dict[str, list[str]]) -> list[str]:
    """Head nouns that name people or groups: the last word of each agents-dictionary phrase (with
    its ``!PERSON!`` substitutions), its one-word person nouns with their plurals (``person_nouns``),
    the people synonym sets of the verb dictionary and the plural people terms of the sector table
    (``sector_people``)."""
    lines = path.read_text(encoding="latin-1").splitlines()
    subs: dict[str, list[str]] = {}
    heads: set[str] = set()
    for line in lines:
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        if text.startswith("!") and "=" in text:
            name, _, members = text.partition("=")
            subs[name.strip()] = [m.strip().lower() for m in members.split(",") if m.strip()]
            continue
        phrase = CODE_RE.sub("", text).split("{")[0].strip()
        if not phrase:
            continue
        last = phrase_head(phrase)
        match = re.search(r"(![A-Z]+!)$", last)
        if match:
            heads.update(subs.get(match.group(1), []))
            continue
        value = word(last)
        if re.fullmatch(r"[a-z][a-z'-]+", value):
            heads.add(value)
    for name in PERSON_SETS:
        heads.update(w for w in sets.get(name, []) if " " not in w)
    heads.update(person_nouns(path, sets))
    heads.update(sector_people(ONTOLOGY, sets))
    return sorted(heads)


def phrase_head(phrase: str) -> str:
    """The head word of an agents-dictionary phrase: its last word, or the last before the first
    preposition after its first word ("CENTER_FOR_HUMAN_RIGHTS": center, "SECRETARY_OF_THE_ECONOMY":
    secretary; "!MINIST! FOR_TRADE": the ministry; not "rights", "trade", which name issues, no one)."""
    parts = [p for p in re.split(r"[_ ]", phrase) if p]
    cut = next((i for i, p in enumerate(parts) if i and p.lower() in PREPOSITIONS), len(parts))
    if cut == len(parts) - 1:
        # a phrase that ends in its preposition ("CENTRAL_JAIL_OF {}") has its head in the name after it
        return ""
    return parts[cut - 1] if parts else ""


def person_noun(noun: str, things: frozenset[str]) -> bool:
    """Whether a one-word noun of the agents dictionary names a person, not a thing, a place or a
    body: no thing of the verb dictionary's thing sets or of ``THING_WORDS``, no ending of an act,
    a state or a place (``THING_ENDINGS``) unless a person's (``people_endings`` of
    ``event_arguments.json``)."""
    if noun in things or noun in THING_WORDS or not re.fullmatch(r"[a-z][a-z-]*[a-z]", noun):
        return False
    return noun.endswith(people_endings()) or not noun.endswith(THING_ENDINGS)


def plural_of(noun: str) -> str:
    """The English plural of a person noun ("herdsman" -> "herdsmen", "rabbi" -> "rabbis",
    "mullah" -> "mullahs", "boss" -> "bosses", "attorney" -> "attorneys", "spy" -> "spies"); a
    plural or an uncounted noun is its own."""
    uncounted = noun in UNCOUNTED or noun.endswith(IRREGULAR_PLURALS)
    return noun if uncounted or (noun.endswith("s") and not noun.endswith("ss")) else plural(noun)


def sector_people(ontology: Path, sets: dict[str, list[str]]) -> list[str]:
    """The one-word plural terms of ``actor_sectors.json`` that name people ("shepherds", "nuns",
    "inmates", "boys": ``person_noun``, not ``SECTOR_THING_PLURALS``): people of a sector the agents
    dictionary does not list, as counted in news ("kidnapped 30 shepherds"); their singulars, more
    often of another sense or generic ("engage the crowd", "my father died"), are left out."""
    vocab = json.loads((ontology / "actor_sectors.json").read_text(encoding="utf-8"))
    things = frozenset(w for name in THING_SETS for w in sets.get(name, []))
    out: set[str] = set()
    for term in (t.lower() for terms in vocab["terms"].values() for t in terms):
        plural = term.endswith(("s", "men", "children")) and not term.endswith("ss")
        if " " in term or not plural or term in SECTOR_THING_PLURALS or not person_noun(term, things):
            continue
        out.add(term)
    return sorted(out)


def person_nouns(path: Path, sets: dict[str, list[str]]) -> list[str]:
    """The agents dictionary's one-word nouns that name a person (``person_noun``), its
    ``!PERSON!`` compounds spelt out ("FISHER!PERSON!": fisherman, fishermen, fisherwoman, ...),
    each with its plural."""
    return sorted(person_types(path, sets))


def person_sectors(path: Path, sets: dict[str, list[str]]) -> dict[str, str]:
    """Person noun -> the CAMEO actor type the agents dictionary gives it ("farmers" -> "AGR",
    "rustler" -> "CRM", "herdsmen" -> "AGR"; the first three letters of a compound type, "GOVAGR" ->
    "GOV"); a noun the dictionary gives several types is left out."""
    return {
        noun: next(iter(types)) for noun, types in sorted(person_types(path, sets).items()) if len(types) == 1
    }


def agent_entries(path: Path) -> Iterator[tuple[str, str, dict[str, list[str]]]]:
    """(phrase, CAMEO actor type, the ``!SET!`` substitutions read so far) of each coded line of the
    agents dictionary; the phrase is the text before the type and any ``{`` comment."""
    subs: dict[str, list[str]] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        text = line.split("#", 1)[0].strip()
        if text.startswith("!") and "=" in text:
            name, _, members = text.partition("=")
            subs[name.strip()] = [m.strip().lower() for m in members.split(",") if m.strip()]
            continue
        match = AGENT_TYPE_RE.search(text)
        if match:
            yield text[: match.start()].split("{")[0].strip(), match.group(1), subs


def person_types(path: Path, sets: dict[str, list[str]]) -> dict[str, set[str]]:
    """Each person noun of ``person_nouns`` (with its plural) -> the CAMEO actor types of its lines."""
    things = frozenset(w for name in THING_SETS for w in sets.get(name, []))
    nouns: dict[str, set[str]] = {}
    for phrase, code, subs in agent_entries(path):
        phrase = phrase.strip("_")
        if not phrase or "_" in phrase:
            continue
        stem, _, sub = phrase.partition("!")
        forms = [stem.lower() + head for head in subs.get(f"!{sub}", [])] if sub else [phrase.lower()]
        for noun in forms:
            if len(noun) >= MIN_PERSON_NOUN and person_noun(noun, things):
                for form in (noun, plural_of(noun)):
                    nouns.setdefault(form, set()).add(code[:3])
    return nouns


def agent_phrases(path: Path) -> dict[str, str]:
    """Phrase of two or more words -> the CAMEO actor type the agents dictionary gives it, with the
    second type of a compound ("law enforcement agency" -> "COP", "prosecutor general" ->
    "GOVJUD", "trade unions" -> "LAB", "state news agency" -> "GOVMED"). ``!SET!`` substitutions
    and unstopped stems of a set's name ("COMMERCE_MINIST") are spelt out with each member; the
    plural of the last word is added when no preposition follows the first word (the dictionary
    leaves regular plurals to the coder); a phrase that ends in its preposition is left out (its
    head is the name after it), and so is one of several first types (of one first type, the
    shortest type is kept)."""
    phrases: dict[str, set[str]] = {}
    for phrase, code, subs in agent_entries(path):
        if not phrase:
            continue
        for name in subs:
            # a stem left unstopped ("COMMERCE_MINIST") stands for its substitution set
            phrase = re.sub(rf"(?<![A-Z!]){name.strip('!')}(?=$|[_ ])", name, phrase)
        forms = [""]
        for part in re.split(r"(![A-Z]+!)", phrase):
            options = subs.get(part, [part.lower()]) if part.startswith("!") else [part.lower()]
            forms = [f + o for f in forms for o in options]
        for form in forms:
            words = word(form).replace("-", " ").split()
            if not 2 <= len(words) <= MAX_PHRASE_WORDS or not all(
                re.fullmatch(r"[a-z0-9.']+", w) for w in words
            ):
                continue
            if words[-1] in PREPOSITIONS:
                continue  # its head is the name after it ("AMBASSADOR_TO {}")
            spelt = [" ".join(words)]
            if not set(words[1:]) & PREPOSITIONS:
                spelt.append(" ".join([*words[:-1], plural_of(words[-1])]))
            for key in spelt:
                phrases.setdefault(key, set()).add(code[:6])
    return {
        key: min(types, key=len) for key, types in sorted(phrases.items()) if len({t[:3] for t in types}) == 1
    }


# WordNet 3.0 noun lexicographer files of a phrase head that names someone: noun.Tops (its
# 'person', 'group'), noun.animal (aircraft named after animals; 'drug mules'), noun.group,
# noun.person; an artifact names someone only as a vehicle or weapon ('jets', 'gunboats')
AGENT_LEXFILES = frozenset({3, 5, 14, 18})
ARTIFACT_LEXFILE = 6
AGENT_ARTIFACTS = frozenset({"conveyance", "weapon"})
TOPS_AGENTS = frozenset({"person", "group", "people"})


def wordnet_nouns(
    folder: Path,
) -> tuple[dict[str, list[str]], dict[str, tuple[int, list[str], str]], dict[str, str]]:
    """WordNet's noun senses: lemma -> synset offsets (``index.noun``), offset -> (lexicographer
    file, hypernym offsets, first word) (``data.noun``), irregular plural -> singular (``noun.exc``)."""
    senses: dict[str, list[str]] = {}
    for line in (folder / "index.noun").read_text(encoding="utf-8").splitlines():
        if not line.startswith(" "):
            fields = line.split()
            senses[fields[0]] = fields[-int(fields[2]) :]
    synsets: dict[str, tuple[int, list[str], str]] = {}
    for line in (folder / "data.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" | ", 1)[0].split()
        at = 4 + 2 * int(fields[3], 16)
        pointers = [fields[at + 1 + 4 * k : at + 5 + 4 * k] for k in range(int(fields[at]))]
        hypernyms = [q[1] for q in pointers if q[0] in ("@", "@i") and q[2] == "n"]
        synsets[fields[0]] = (int(fields[1]), hypernyms, fields[4].lower())
    irregular = {}
    for line in (folder / "noun.exc").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            irregular.setdefault(parts[0], parts[1])
    return senses, synsets, irregular


def names_agent(head: str, wordnet: tuple) -> bool:
    """Whether a phrase head can name a person, a group or a body by one of its WordNet senses (or
    a vehicle or weapon, which CAMEO codes as the force using it: 'Israeli jets struck'); a word
    WordNet lacks (a misspelling), a model number or letter ('f 16', 'su 24') is given the benefit
    of the doubt. 'security checks', 'fighting positions', 'state prisons' name acts, places and
    things: no actor."""
    senses, synsets, irregular = wordnet
    if len(head) <= 2 or not head.replace("_", "").isalpha():
        return True
    offsets = [o for lemma in noun_lemmas(head, wordnet) for o in senses.get(lemma, [])]
    if not offsets:
        return True
    for offset in offsets:
        lexfile, _, first = synsets[offset]
        if lexfile in AGENT_LEXFILES and (lexfile != 3 or first in TOPS_AGENTS):
            return True
        if lexfile == ARTIFACT_LEXFILE and _below(offset, AGENT_ARTIFACTS, synsets):
            return True
    return False


# WordNet 3.0's noun lexicographer file of people (noun.person)
PERSON_LEXFILE = 18


def wordnet_person_nouns(folder: Path) -> list[str]:
    """The one-word common nouns every WordNet 3.0 sense of which, named people (instances:
    'Burger', the chief justice) left out, is in noun.person: occupations and roles the agents
    dictionary lacks ('clerk', 'cashier', 'janitor'), not words that also name things ('pilot',
    a program; 'diner', a restaurant; 'monitor', a screen)."""
    senses, synsets, _ = wordnet_nouns(folder)
    instances = set()
    for line in (folder / "data.noun").read_text(encoding="utf-8").splitlines():
        if not line.startswith(" ") and " @i " in line.split(" | ", 1)[0]:
            instances.add(line.split(" ", 1)[0])
    out = []
    for lemma, offsets in senses.items():
        common = [o for o in offsets if o not in instances]
        if (
            len(lemma) > 2
            and lemma.isalpha()
            and common
            and all(synsets[o][0] == PERSON_LEXFILE for o in common)
        ):
            out.append(lemma)
    return sorted(out)


# WordNet 3.0's noun lexicographer file of body parts (noun.body)
BODY_LEXFILE = 8


def mark_body_idioms(table: dict[str, Any], folder: Path) -> int:
    """Mark ``figurative`` the patterns that code nothing and name only a phrase of a body part
    (STAB's "- * (IN BACK) [---]", the idiom of betrayal): the dictionary reads them as idioms,
    which a literal word of harm undoes ("fatally stabbed in the back"). A body part is a noun
    whose first WordNet 3.0 sense is in noun.body. Returns how many were marked."""
    senses, synsets, _ = wordnet_nouns(folder)

    def body(word: str) -> bool:
        offsets = senses.get(word)
        return bool(offsets) and synsets[offsets[0]][0] == BODY_LEXFILE

    marked = 0
    for block in table["blocks"].values():
        for pattern in block["patterns"]:
            preps = pattern.get("preps") or []
            if pattern.get("code") or pattern.get("subj") or pattern.get("obj") or not preps:
                continue
            if all(words and all(body(w) for w in words) for _, words in preps):
                pattern["figurative"] = True
                marked += 1
    return marked


def noun_lemmas(noun: str, wordnet: tuple) -> set[str]:
    """The forms of a noun (words joined by ``_``) WordNet may list it under: itself, the singular
    ``noun.exc`` gives and the singulars of the regular plural endings."""
    senses, _, irregular = wordnet
    endings = (
        ("ies", "y"),
        ("ses", "s"),
        ("xes", "x"),
        ("ches", "ch"),
        ("shes", "sh"),
        ("men", "man"),
        ("s", ""),
    )
    forms = {noun, irregular.get(noun, noun)} | {noun[: -len(e)] + r for e, r in endings if noun.endswith(e)}
    return {form for form in forms if form in senses}


def _below(offset: str, names: frozenset[str], synsets: dict[str, tuple[int, list[str], str]]) -> bool:
    """Whether a synset or one of its hypernyms is first-named by one of ``names``."""
    todo, seen = [offset], set()
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        if synsets[current][2] in names:
            return True
        todo.extend(synsets[current][1])
    return False


# the agents dictionary's MED covers carriers of messages and goods ('TELECOM FIRM', 'MINISTER OF
# TRANSPORT'); CAMEO's MED actor is journalists and the media, so a carrier is a business (or a
# ministry) of no media sector
CARRIER_WORDS = frozenset(
    {"telecom", "telecoms", "telecommunication", "telecommunications", "post", "transport"}
)


def carrier_type(phrase: str, cameo_type: str) -> str:
    """The CAMEO type of a phrase that names carriers ('telecom firm' BUS, 'transport minister' GOV,
    not MED); any other phrase's type as given."""
    if "MED" not in (cameo_type[:3], cameo_type[3:6]) or not CARRIER_WORDS & set(phrase.split()):
        return cameo_type
    return "BUS" if cameo_type[:3] == "MED" else cameo_type[:3]


def agent_phrase_heads(phrases: dict[str, str], folder: Path) -> dict[str, str]:
    """The agent phrases whose head (the last word before a preposition after the first word, or
    the last word: 'special affairs of tribes people minister'), first word when WordNet lacks it
    (a maker or model name: 'eurofighter typhoon') or whole phrase, when WordNet holds it
    ('organized crime' is a group), can name an actor
    (``names_agent``), and those of the media (``MED``), whose outlets speak for it; carriers are
    no media (``carrier_type``)."""
    wordnet = wordnet_nouns(folder)
    others = {
        line.split(" ", 1)[0]
        for part in ("adj", "adv", "verb")
        for line in (folder / f"index.{part}").read_text(encoding="utf-8").splitlines()
    }
    out = {}
    for phrase, cameo_type in phrases.items():
        words = phrase.split()
        cut = next((i for i, w in enumerate(words) if i and w in PREPOSITIONS), len(words))
        whole = "_".join(words)
        agent = (
            names_agent(words[cut - 1], wordnet)
            or names_agent(words[-1], wordnet)
            or len(words[0]) > 2
            and words[0].isalpha()
            and not noun_lemmas(words[0], wordnet)
            and words[0] not in others
            or bool(noun_lemmas(whole, wordnet))
            and names_agent(whole, wordnet)
        )
        if "MED" in (cameo_type[:3], cameo_type[3:6]) or agent:
            out[phrase] = carrier_type(phrase, cameo_type)
    return out


def parse_discards(path: Path) -> dict[str, Any]:
    """Sentence-level and story-level (``+``) discard phrases, lower case."""
    story: list[str] = []
    sentence: list[str] = []
    for line in path.read_text(encoding="latin-1").splitlines():
        text = line.split("#", 1)[0].split(";", 1)[0].strip()
        if not text:
            continue
        target = story if text.startswith("+") else sentence
        phrase = " ".join(text.lstrip("+").replace("_", " ").split()).lower()
        if phrase.isdigit():
            continue  # bare years 1914-2013 mark history only for news after 2014
        if phrase and phrase not in target:
            target.append(phrase)
    return {
        "version": VERSION,
        "about": (
            "Derived by scripts/build_cameo_verbs.py from the Phoenix discards dictionary of PETRARCH2 "
            "(Phoenix.discards.txt; MIT licence, (c) 2014 Open Event Data). 'story': a phrase that marks "
            "the whole story as not political-event material (sports, entertainment); 'sentence': one "
            "sentence (history anniversaries, sports results, ...). The list's bare years (1914-2013, "
            "history for news after 2014) are left out."
        ),
        "story": story,
        "sentence": sentence,
    }


# how many of a coding verb's most frequent WordNet senses a synonym's first sense may be
MAIN_SENSES = 2
# the CAMEO roots of acts of force, coercion or repression done to people (mobilize, coerce,
# assault, fight, mass violence), whose synonyms code their block's default by their sense; a
# synonym of a verbal act or of a cut in relations (reject, threaten, reduce: "postponed the
# summit", "sabotaged the talks") names in news mostly a step in politics no act against anyone
FORCE_ROOTS = frozenset({"15", "17", "18", "19", "20"})


def wordnet_verbs(folder: Path) -> tuple[dict[str, list[str]], dict[str, tuple[set[str], list[str]]]]:
    """WordNet's verb senses: lemma -> its synset offsets, most frequent first (``index.verb``), and
    offset -> (the synset's words, its hypernyms' offsets) (``data.verb``); words with spaces."""
    senses: dict[str, list[str]] = {}
    for line in (folder / "index.verb").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        senses[fields[0].replace("_", " ")] = fields[-int(fields[2]) :]
    synsets: dict[str, tuple[set[str], list[str]]] = {}
    for line in (folder / "data.verb").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" | ", 1)[0].split()
        count = int(fields[3], 16)
        words = {fields[4 + 2 * i].lower().replace("_", " ") for i in range(count)}
        at = 4 + 2 * count
        pointers = [fields[at + 1 + 4 * k : at + 5 + 4 * k] for k in range(int(fields[at]))]
        synsets[fields[0]] = (words, [p[1] for p in pointers if p[0] == "@" and p[2] == "v"])
    return senses, synsets


def wordnet_synonyms(table: dict[str, Any], folder: Path) -> dict[str, list[str]]:
    """The blocks in which a synonym codes the block's default by its sense: lemma -> blocks.

    In a block whose default is an act of force, coercion or repression (``FORCE_ROOTS``), a member
    with no code of its own, not its head verb (nor coded as one, ``narrow_synonym``), and coded as
    a head in no other block, whose first (most frequent) WordNet verb sense is one of the
    ``MAIN_SENSES`` most frequent senses of a one-word verb that codes the block's default (its
    head verb or a member with that code of its own; a phrasal verb's senses are broader: "boot
    out" is to dismiss from office, which would make "oust" a deportation), or a manner of one (the
    sense's hypernym is: "quell" is to "suppress" completely, "raze" to "destroy" by tearing
    down). A verb whose first sense is another act ("curb", whose first sense is to restrain a
    horse; "crush", to squash), or is a rare sense of the coding verb ("upset" is the third sense
    of "disturb"), is coded by its patterns only. The synonyms of cooperation are left to their
    patterns, as in ``narrow_synonym``: in political news they are mostly in other senses
    ("promoted the plan", "proposed cuts", "protected the data", "tolerated no dissent")."""
    senses, synsets = wordnet_verbs(folder)
    blocks = table["blocks"]
    # the main senses of the verbs that code each block's default
    coders: dict[str, set[str]] = {}
    for lemma, records in table["verbs"].items():
        for name, own, head in records:
            code = blocks[name]["code"]
            if (
                code
                and code[:2] in FORCE_ROOTS
                and " " not in lemma
                and (head and own is None or own == code)
            ):
                coders.setdefault(name, set()).update(senses.get(lemma, [])[:MAIN_SENSES])
    out: dict[str, list[str]] = {}
    for lemma, records in table["verbs"].items():
        if any(head or own not in (None, "---") for name, own, head in records if blocks[name]["code"]):
            continue
        first = senses.get(lemma, [None])[0]
        if first is None:
            continue
        meant = {first, *synsets[first][1]}
        found = [name for name, own, _ in records if own is None and meant & coders.get(name, set())]
        if found:
            out[lemma] = found
    return out


def phrasal_synonyms(table: dict[str, Any], folder: Path) -> dict[str, list[str]]:
    """Phrasal verbs that WordNet makes synonyms of a block's head verb: lemma -> blocks.

    A verb and preposition the dictionary writes a pattern of for that phrase alone (``V * (P
    words)`` coding C, no object, subject or particle) is a
    member of a block whose default is C when WordNet's first sense of "V P" is the first sense of
    the one-word verb heading that block: "look into" is "investigate", so LOOK's ``(INTO CHARGES)``
    [090] stands for any inquiry ("looked into the deal", "is looking into whether ..."). A phrasal
    verb whose first sense is that of a verb coding C only by a code of its own ("look for", to
    "search", which the dictionary codes 090 in one sense) is left to its patterns. The lemma is
    added to ``table["verbs"]`` as a member with no code of its own."""
    senses, _ = wordnet_verbs(folder)
    blocks = table["blocks"]
    heads: dict[tuple[str, str], str] = {}
    for lemma, records in table["verbs"].items():
        for name, own, head in records:
            code = blocks[name]["code"]
            if code and head and own is None and " " not in lemma and senses.get(lemma):
                heads[(code, senses[lemma][0])] = name
    out: dict[str, list[str]] = {}
    for block in blocks.values():
        for pattern in block["patterns"]:
            verb = pattern.get("verb") or ""
            preps = pattern.get("preps") or []
            alone = not any(pattern.get(k) for k in ("obj", "subj", "prt"))
            if " " in verb or len(preps) != 1 or not preps[0][1] or not alone:
                continue
            phrasal = f"{verb} {preps[0][0]}"
            name = heads.get((pattern["code"], senses.get(phrasal, [""])[0]))
            if name and phrasal not in table["verbs"]:
                table["verbs"][phrasal] = [[name, None, False]]
                out[phrasal] = [name]
    return out


def main(argv: list[str]) -> int:
    reference = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared" / "reference"
    wordnet = Path(argv[2]) if len(argv) > 2 else Path("/usr/share/wordnet")
    if not (wordnet / "data.verb").is_file():
        print(f"no WordNet verb database in {wordnet}: install wordnet-base or name it", file=sys.stderr)
        return 1
    codes = known_codes(ONTOLOGY)
    table = parse_verbs(reference / VERBS_IN, codes)
    table["wordnet_synonyms"] = wordnet_synonyms(table, wordnet) | phrasal_synonyms(table, wordnet)
    table["agent_phrases"] = agent_phrase_heads(table["agent_phrases"], wordnet)
    table["wordnet_person_nouns"] = wordnet_person_nouns(wordnet)
    print(f"body idioms: {mark_body_idioms(table, wordnet)}", file=sys.stderr)
    VERBS_OUT.write_text(json.dumps(table, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    discards = parse_discards(reference / DISCARDS_IN)
    DISCARDS_OUT.write_text(json.dumps(discards, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {VERBS_OUT.name} and {DISCARDS_OUT.name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
