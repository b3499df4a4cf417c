"""What a regular expression needs in a text before it can match: words read off its parse tree.

``needs(pattern, flags)`` gives clauses (sets of strings): every match of the pattern contains, for
each clause, one of its strings, compared after ``fold``. A text that lacks every string of one
clause holds no match, so a scan of it can be skipped (``Needs.met_by``); the other texts are
scanned as before. The strings are read from the parse tree Python's ``re`` itself builds
(literal runs, alternatives, repeats of at least one), so no list is kept by hand.

``fold`` maps each character to one representative of the characters ``re.IGNORECASE`` takes for
it (``re`` lower-cases one character at a time and adds a few equivalences such as "ſ" = "s"), so a
case-blind part of a match is a plain substring of the folded text; a case-sensitive part
(``(?-i:...)``) is a substring of the text itself.

``start_class(pattern, flags)`` gives a character class that holds the first character of every
match (or None when that cannot be read off the tree, or a match may be empty). Put as a lookahead
before a pattern that starts with a lookbehind (which keeps ``re`` from skipping ahead on its own),
it fails at once where no match can start, and changes no match.
"""

from __future__ import annotations

import _sre
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from re import _casefix, _constants, _parser  # type: ignore[attr-defined]

# a character range of the pattern up to this size counts as its characters
MAX_RANGE = 10
# class escapes of the categories ``re`` puts in a parsed character class
_CATEGORIES = {
    _constants.CATEGORY_DIGIT: r"\d",
    _constants.CATEGORY_NOT_DIGIT: r"\D",
    _constants.CATEGORY_SPACE: r"\s",
    _constants.CATEGORY_NOT_SPACE: r"\S",
    _constants.CATEGORY_WORD: r"\w",
    _constants.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT)
_REPEATS = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)
# a needed string: its text and whether it is compared case-blind (in the folded text)
Need = tuple[str, bool]
Clause = frozenset[Need]


@cache
def _fold_char(code: int) -> str:
    lower = _sre.unicode_tolower(code)
    return chr(min((lower, *_casefix._EXTRA_CASES.get(lower, ()))))


class _FoldTable(dict):
    """``str.translate`` table folding each character it is asked for (filled on demand)."""

    def __missing__(self, code: int) -> str:
        self[code] = folded = _fold_char(code)
        return folded


_TABLE = _FoldTable()


def fold(text: str) -> str:
    """The text with each character folded as ``re.IGNORECASE`` compares it (same length)."""
    if text.isascii():
        return text.lower()
    return text.translate(_TABLE)


def _char(code: int, blind: bool) -> str:
    return _fold_char(code) if blind else chr(code)


def _strength(clause: Clause) -> tuple[int, bool, int]:
    return min(len(s) for s, _ in clause), not any(blind for _, blind in clause), -len(clause)


def _item(op: object, av: object, blind: bool) -> list[Clause]:
    if op is _constants.IN:
        chars: set[str] = set()
        for kind, value in av:  # type: ignore[attr-defined]
            if kind is _constants.LITERAL:
                chars.add(_char(value, blind))
            elif kind is _constants.RANGE and value[1] - value[0] < MAX_RANGE:
                chars.update(_char(c, blind) for c in range(value[0], value[1] + 1))
            else:
                return []
        return [frozenset((c, blind) for c in chars)] if chars else []
    if op is _constants.SUBPATTERN:
        _, add, remove, body = av  # type: ignore[misc]
        blind = bool(add & re.IGNORECASE) or (blind and not remove & re.IGNORECASE)
        return _sequence(body.data, blind)
    if op is _constants.ATOMIC_GROUP:
        return _sequence(av.data, blind)  # type: ignore[attr-defined]
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
        low, _, body = av  # type: ignore[misc]
        return _sequence(body.data, blind) if low >= 1 else []
    if op is _constants.BRANCH:
        union: set[Need] = set()
        for alternative in av[1]:  # type: ignore[index]
            clauses = _sequence(alternative.data, blind)
            if not clauses:
                return []
            union |= max(clauses, key=_strength)
        return [frozenset(union)]
    return []


def _sequence(items: Iterable[tuple[object, object]], blind: bool) -> list[Clause]:
    clauses: list[Clause] = []
    run: list[str] = []
    for op, av in items:
        if op is _constants.LITERAL:
            run.append(_char(av, blind))  # type: ignore[arg-type]
            continue
        if run:
            clauses.append(frozenset({("".join(run), blind)}))
            run = []
        clauses.extend(_item(op, av, blind))
    if run:
        clauses.append(frozenset({("".join(run), blind)}))
    return clauses


@dataclass(frozen=True)
class Needs:
    """The clauses a pattern's matches satisfy (none: the pattern may match any text)."""

    clauses: tuple[Clause, ...]

    def met_by(self, text: str, folded: str, seen: dict[Need, bool] | None = None) -> bool:
        """Whether a text (and its ``fold``) holds a string of every clause; ``seen`` caches the
        answers for one text across patterns."""
        seen = {} if seen is None else seen
        for clause in self.clauses:
            for need in clause:
                found = seen.get(need)
                if found is None:
                    seen[need] = found = need[0] in (folded if need[1] else text)
                if found:
                    break
            else:
                return False
        return True


def needs(pattern: str | re.Pattern[str], flags: int = 0) -> Needs:
    """The strings every match of a pattern contains (see the module's docstring)."""
    if isinstance(pattern, re.Pattern):
        pattern, flags = pattern.pattern, pattern.flags
    tree = _parser.parse(pattern, flags)
    clauses = set(_sequence(tree.data, bool(flags & re.IGNORECASE)))
    return Needs(tuple(sorted(clauses, key=lambda c: (_strength(c), sorted(c)), reverse=True)))


class _Unread(Exception):
    """A part of a pattern whose first characters are not read (any character, a back-reference)."""


def _starts(items: Iterable[tuple[object, object]], blind: bool) -> tuple[list[str], bool]:
    """The class members that can start a match of a sequence, and whether it can match empty."""
    members: list[str] = []
    for op, av in items:
        first, empty = _start(op, av, blind)
        members += first
        if not empty:
            return members, False
    return members, True


def _start(op: object, av: object, blind: bool) -> tuple[list[str], bool]:
    if op is _constants.LITERAL:
        return [re.escape(chr(av))], False  # type: ignore[arg-type]
    if op is _constants.IN:
        members = []
        for kind, value in av:  # type: ignore[attr-defined]
            if kind is _constants.LITERAL:
                members.append(re.escape(chr(value)))
            elif kind is _constants.RANGE:
                members.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
            elif kind is _constants.CATEGORY and value in _CATEGORIES:
                members.append(_CATEGORIES[value])
            else:
                raise _Unread(kind)
        return members, False
    if op is _constants.SUBPATTERN:
        _, add, _, body = av  # type: ignore[misc]
        if add & re.IGNORECASE and not blind:
            raise _Unread(op)  # a case-blind part of a case-sensitive class would be too narrow
        return _starts(body.data, blind)
    if op is _constants.ATOMIC_GROUP:
        return _starts(av.data, blind)  # type: ignore[attr-defined]
    if op in _REPEATS:
        low, _, body = av  # type: ignore[misc]
        members, empty = _starts(body.data, blind)
        return members, empty or low == 0
    if op is _constants.BRANCH:
        members, empty = [], False
        for alternative in av[1]:  # type: ignore[index]
            first, can_be_empty = _starts(alternative.data, blind)
            members += first
            empty = empty or can_be_empty
        return members, empty
    if op in _ZERO_WIDTH:
        return [], True
    raise _Unread(op)


def start_class(pattern: str, flags: int = 0) -> str | None:
    r"""A character class (``[...]``) holding the first character of every match of ``pattern``
    compiled with ``flags`` (with ``re.IGNORECASE`` it is meant to be compiled case-blind too), or
    None. Case-sensitive parts add their characters as written: a case-blind class holds more, never less.

    Example: ``start_class(r"(?:next|last)\s+week", re.IGNORECASE)`` is ``"[nl]"``.
    """
    tree = _parser.parse(pattern, flags)
    try:
        members, empty = _starts(tree.data, bool(tree.state.flags & re.IGNORECASE))
    except _Unread:
        return None
    if empty or not members:
        return None
    return "[" + "".join(dict.fromkeys(members)) + "]"
