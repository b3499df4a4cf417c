"""The time-expression grammar: rules from ``ontology/time_rules.json`` compiled to regular expressions.

Word classes (%MONTH%, %WEEKDAY%, %UNITS%, ...) are built from ``ontology/time_lexicon.json``; the rules
refer to them and to the macros of the rules file. Matching is a set of ``re.finditer`` scans, so the
time taken is linear in the length of the text. A rule whose needed words (``regex_needs``: a month
name, "quarter" or "half", a weekday in the plural, ...) are not all in the text is not scanned: it
cannot match there. A rule is scanned behind a lookahead of the characters its matches can start with
(``regex_needs.start_class``): ``re`` then gives up at once at the other word starts, same matches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

from ..errors import ResourceError
from ..ontology import load_json
from ..text.phrases import alternation
from .regex_needs import Need, Needs, fold, needs, start_class

_MACRO = re.compile(r"%([A-Z0-9_]+)%")
_MAX_EXPANSIONS = 50


@dataclass(frozen=True)
class Rule:
    """One compiled pattern with the type it yields and the resolver that values it."""

    name: str
    type: str
    resolve: str
    # the pattern as scanned: behind a lookahead of its matches' first characters when they are known
    regex: re.Pattern[str]
    priority: int
    # words every match contains (``regex_needs``)
    needs: Needs = Needs(())
    # the pattern without the lookahead (the same matches)
    plain: str = ""

    @cached_property
    def full(self) -> re.Pattern[str]:
        """The pattern without the lookahead, compiled on first use."""
        return re.compile(self.plain or self.regex.pattern, self.regex.flags)


@dataclass
class Candidate:
    """A match of one rule: its span, rule and named groups."""

    start: int
    end: int
    rule: Rule
    groups: dict[str, str | None]


@cache
def lexicon() -> dict[str, Any]:
    """The time lexicon with the shared number words."""
    return {**load_json("time_lexicon.json"), **load_json("numbers.json")}


def _alternation(words: list[str], *, capitalised: bool = False) -> str:
    """A regex alternation of words (a space in one matches any run of whitespace), optionally
    requiring the capitalised form, written as the tree of their beginnings ("s(?:even(?:ty)?|ix)"):
    where one word begins another the longer is tried first, as in a list of the words longest
    first (two words that are not beginnings of each other never match at the same place), and
    ``re`` follows one branch per character instead of trying every word."""
    body = alternation({word.capitalize() if capitalised else word for word in words}, space=r"\s+")
    return f"(?-i:{body})" if capitalised else f"(?:{body})"


def _word_classes(lex: dict[str, Any]) -> dict[str, str]:
    numbers = lex["numbers"]
    months = []
    for word in lex["months"]:
        if len(word) <= 4 and word not in ("may", "june", "july"):
            months.append(f"{word.capitalize()}.")
        months.append(word)
    month_re = "|".join(
        re.escape(w if w.endswith(".") else w.capitalize())
        for w in sorted(set(months), key=lambda w: (-len(w), w))
    )
    needs_period = set(lex["weekday_abbreviations_need_period"])
    weekdays = [f"{w.capitalize()}." if w in needs_period else w.capitalize() for w in lex["weekdays"]]
    weekday_re = "|".join(re.escape(w) for w in sorted(weekdays, key=lambda w: (-len(w), w)))
    numword = list(numbers["ones"]) + list(numbers["teens"]) + list(numbers["tens"]) + ["hundred", "thousand"]
    return {
        "MONTH": f"(?-i:{month_re})(?![a-z])",
        "WEEKDAY": f"(?-i:{weekday_re})(?![a-z])",
        "NUMWORD": _alternation(numword),
        "ONESW": _alternation(list(numbers["ones"])),
        "TEENSW": _alternation(list(numbers["teens"])),
        "TENSW": _alternation(list(numbers["tens"])),
        "ARTNUM": _alternation(list(numbers["articles"])),
        "ORD": _alternation(list(lex["ordinals"])),
        "UNITS": _alternation(list(lex["units"])),
        "CLOCKWORD": _alternation(list(lex["clock_words"])),
        "DECWORD": _alternation(list(lex["decade_words"])),
        "POSMOD": _alternation([w.rstrip("-") for w in lex["position_mods"]]),
        "AMTMOD": _alternation(list(lex["amount_mods"])),
        "REFWORD": _alternation(list(lex["reference_words"])),
        "SETADV": _alternation(list(lex["set_adverbs"])),
        "TZ": f"(?-i:{'|'.join(lex['timezones'])})",
    }


def _expand(pattern: str, macros: dict[str, str], rule: str) -> str:
    for _ in range(_MAX_EXPANSIONS):
        expanded = _MACRO.sub(lambda m: _lookup(m.group(1), macros, rule), pattern)
        if expanded == pattern:
            return expanded
        pattern = expanded
    raise ResourceError(f"time rule {rule}: macros nest too deeply")


def _lookup(name: str, macros: dict[str, str], rule: str) -> str:
    if name not in macros:
        raise ResourceError(f"time rule {rule}: unknown macro %{name}%")
    return macros[name]


@cache
def rules() -> tuple[Rule, ...]:
    """Every rule of the grammar, compiled (once per process)."""
    data = load_json("time_rules.json")
    macros = {**_word_classes(lexicon()), **data["macros"]}
    compiled = []
    for priority, spec in enumerate(data["rules"]):
        body = _expand(spec["pattern"], macros, spec["name"])
        plain = rf"(?<!\w)(?:{body})(?!\w)"
        try:
            first = start_class(body, re.IGNORECASE)
            regex = re.compile(rf"(?<!\w)(?={first})(?:{body})(?!\w)" if first else plain, re.IGNORECASE)
        except re.error as exc:
            raise ResourceError(f"time rule {spec['name']} does not compile: {exc}") from exc
        compiled.append(
            Rule(spec["name"], spec["type"], spec["resolve"], regex, priority, needs(regex), plain)
        )
    return tuple(compiled)


def find_candidates(text: str, *, prefilter: bool = True) -> list[Candidate]:
    """Every match of every rule in ``text`` (overlapping; the caller chooses among them).
    ``prefilter=False`` scans every rule from every position, even one whose needed words the text
    lacks (same result)."""
    found = []
    folded = fold(text) if prefilter else ""
    seen: dict[Need, bool] = {}
    for rule in rules():
        if prefilter and not rule.needs.met_by(text, folded, seen):
            continue
        for match in (rule.regex if prefilter else rule.full).finditer(text):
            if match.end() == match.start():
                continue
            groups = match.groupdict()
            start, end = match.span()
            if groups.get("skip"):
                start = match.end("skip")
                while start < end and text[start].isspace():
                    start += 1
            found.append(Candidate(start, end, rule, groups))
    return found


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: the longest first, ties to the earlier rule, returned in text order."""
    ranked = sorted(candidates, key=lambda c: (-(c.end - c.start), c.rule.priority, c.start))
    taken: list[Candidate] = []
    occupied = bytearray(max((c.end for c in candidates), default=0))
    for cand in ranked:
        if any(occupied[cand.start : cand.end]):
            continue
        taken.append(cand)
        occupied[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
    return sorted(taken, key=lambda c: c.start)
