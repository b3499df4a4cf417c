"""A regular expression for a list of literal phrases, their common beginnings written once.

The plain alternation ``(?:sports|sportsman|soccer|...)`` makes ``re`` try every phrase at every
position of a text; written as a tree of their characters (``s(?:o(?:ccer)|ports(?:man)?)``) it
tries one branch per character. Both match the same strings, so a search finds a phrase in exactly
the same texts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""


def alternation(phrases: Iterable[str], space: str | None = None) -> str:
    r"""A pattern (without a group around it) matching exactly the given literal phrases; at a
    position where one phrase is the beginning of another, the longer is tried first. ``space``,
    when given, is written for each space (``r"\s+"``: any run of whitespace)."""
    tree: dict[str, dict] = {}
    for phrase in phrases:
        node = tree
        for char in phrase:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _branches(tree, space)


def _branches(node: dict[str, dict], space: str | None) -> str:
    parts = [
        (space if space is not None and char == " " else re.escape(char)) + _branches(child, space)
        for char, child in sorted(node.items())
        if char != _END
    ]
    if not parts:
        return ""
    ends = _END in node
    if len(parts) == 1 and not ends:
        return parts[0]
    group = "(?:" + "|".join(parts) + ")"
    return group + "?" if ends else group
