"""The needed-words prefilter and the start classes of regular expressions, and of the time grammar:
same matches as a full scan."""

from __future__ import annotations

import re

import pytest

from dateline.nlp.regex_needs import fold, needs, start_class
from dateline.nlp.time_grammar import find_candidates, rules

SENTENCES = [
    "The talks resumed on Monday, three weeks after the ceasefire collapsed in late March 2019.",
    "Officials said the second-quarter figures, due on 14 August, would cover the past six months.",
    "The mayor will open the bridge next spring; the 1990s plan was shelved two decades ago.",
    "Shops close at 5:30 p.m. on Saturdays and open every other Sunday morning.",
    "In fiscal 2021 the firm earned $4 billion, up 12% from the year-ago period.",
    "THE MINISTER SAID ON TUESDAY THAT THE VOTE WOULD BE HELD BY THE END OF THE YEAR.",
    "He served in the 19th century army for a while and retired around midnight.",
    "The strike began at dawn and lasted for hours; unions meet weekly.",
    "Nothing here names a time at all, only Marc and Janet at the market.",
    "ſome ſeaſon later: the \u212aelvin ſcale in wınter, on or about 3 June.",
    "",
]


def _key(found):
    return [(c.start, c.end, c.rule.name, c.groups) for c in found]


@pytest.mark.parametrize("text", SENTENCES)
def test_prefiltered_time_grammar_finds_what_a_full_scan_finds(text):
    assert _key(find_candidates(text)) == _key(find_candidates(text, prefilter=False))


def test_prefilter_skips_rules_a_text_cannot_match():
    text = "Nothing here names a time at all."
    folded = fold(text)
    skipped = [r.name for r in rules() if not r.needs.met_by(text, folded)]
    assert "season" in skipped and "quarter" in skipped and "set_plural_weekday" in skipped


@pytest.mark.parametrize(
    ("pattern", "flags", "text"),
    [
        (r"(?<!\w)(?:next|last)\s+(?:week|month)s?(?!\w)", re.IGNORECASE, "See you NEXT  Week then."),
        (r"(?:early|late)?\s*(?-i:May|June)\s+\d{4}", re.IGNORECASE, "late June 2020 and may 2021"),
        (r"(?:on or about|around)\s+noon", re.IGNORECASE, "ON OR ABOUT  noon"),
        (r"sea(?:son|side)s?", re.IGNORECASE, "ſeaſons and SEASIDE"),
        (r"\bk(?:m|ilometres)\b", re.IGNORECASE, "\u212am away, 5 KILOMETRES on"),
        (r"x{2,3}y+|z", 0, "xxyyy and z"),
        (r"[ab]-[0-9]", re.IGNORECASE, "B-7 and a-1"),
    ],
)
def test_needs_hold_for_every_match(pattern, flags, text):
    regex = re.compile(pattern, flags)
    found = [m.group() for m in regex.finditer(text)]
    assert found
    need = needs(regex)
    assert need.met_by(text, fold(text))
    for match in found:
        assert need.met_by(match, fold(match))


def test_a_text_without_a_needed_word_is_skipped():
    need = needs(re.compile(r"(?:next|last)\s+(?:week|month)", re.IGNORECASE))
    assert not need.met_by("the last time", fold("the last time"))
    assert need.met_by("LAST MONTH", fold("LAST MONTH"))


def test_case_sensitive_parts_are_needed_as_written():
    need = needs(re.compile(r"(?-i:May)\s+\d", re.IGNORECASE))
    assert not need.met_by("you may 2", fold("you may 2"))
    assert need.met_by("in May 2", fold("in May 2"))


def test_fold_keeps_length_and_matches_case_blind_equivalents():
    for text in ("ABC", "İstanbul", "ſ\u212aı", "straße"):
        assert len(fold(text)) == len(text)
    assert fold("\u212a") == "k" and fold("ſ") == "s" and fold("ı") == "i"


def test_optional_and_zero_width_parts_are_not_needed():
    assert needs(re.compile(r"(?:very\s+)?old")).clauses == (frozenset({("old", False)}),)
    assert needs(re.compile(r"(?=abc)\w+")).clauses == ()


@pytest.mark.parametrize(
    ("pattern", "flags", "text"),
    [
        (r"(?:next|last)\s+(?:week|month)s?", re.IGNORECASE, "See you NEXT  Week and last month."),
        (r"(?:early|late)?\s*(?-i:May|June)\s+\d{4}", re.IGNORECASE, "late June 2020, May 2021"),
        (r"(?:\$|USD\s?)?\d+(?:\.\d+)?", 0, "USD 5 or $7.50 and 12"),
        (r"\bk(?:m|ilometres)\b", re.IGNORECASE, "\u212am away, 5 KILOMETRES on"),
        (r"(?:a[-\]^]|[x-z])+", 0, "a- a] a^ yz"),
        (r"(?=x)\w+|\s\d", 0, "xy 4"),
    ],
)
def test_every_match_starts_with_a_character_of_the_start_class(pattern, flags, text):
    regex = re.compile(pattern, flags)
    first = re.compile(start_class(pattern, flags), flags)
    starts = [m.group()[0] for m in regex.finditer(text)]
    assert starts
    assert all(first.fullmatch(ch) for ch in starts)
    led = re.compile(rf"(?={start_class(pattern, flags)})(?:{pattern})", flags)
    assert [m.span() for m in led.finditer(text)] == [m.span() for m in regex.finditer(text)]


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [(r"(?:very\s+)?", 0), (r".x", 0), (r"[^a]b", 0), (r"(a)?\1b", 0), (r"(?i:a)b", 0)],
)
def test_no_start_class_when_a_match_may_start_anywhere_or_be_empty(pattern, flags):
    assert start_class(pattern, flags) is None


def test_start_class_skips_zero_width_and_optional_parts():
    assert start_class(r"\b(?:the\s+)?(?:next|last)", re.IGNORECASE) == "[tnl]"
    assert start_class(r"(?<!\w)(?=a)x*y", 0) == "[xy]"


def test_every_time_rule_is_scanned_behind_its_start_class():
    for rule in rules():
        assert rule.regex.pattern != rule.full.pattern
        assert needs(rule.regex) == needs(rule.full)
