"""A dictionary slot's words are read once per slot; the slot test against argument words is unchanged."""

from __future__ import annotations

import re

from dateline.events.patterns import _has


def _has_by_scan(slot: frozenset[str], words: set[str]) -> bool:
    """The slot test as a scan of its alternatives, one by one."""
    for alternative in slot:
        if " " in alternative or "-" in alternative:
            if all(part in words for part in re.split(r"[ -]", alternative) if part):
                return True
        elif alternative in words or (alternative.endswith("s") and alternative[:-1] in words):
            return True
    return False


SLOTS = [
    frozenset({"grain", "wheat shipments", "cease-fire"}),
    frozenset({"tanks", "armour"}),
    frozenset({"-", "s", ""}),
    frozenset({"truce talks", "pass"}),
    frozenset(),
]
WORDS = [
    set(),
    {"grain"},
    {"tank"},
    {"tanks"},
    {"wheat", "shipments"},
    {"wheat"},
    {"cease", "fire"},
    {"fire"},
    {""},
    {"pas"},
    {"truce", "talks", "armour"},
]


def test_slot_test_matches_the_scan() -> None:
    for slot in SLOTS:
        for words in WORDS:
            assert _has(slot, words) is _has_by_scan(slot, words), (slot, words)
