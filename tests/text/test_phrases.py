"""The phrase tree matches the same strings as the plain alternation of its phrases."""

from __future__ import annotations

import itertools
import re

from dateline.text.phrases import alternation

PHRASES = ("box", "boxing", "box office", "bout", "u.s. open", "grand prix", "prix", "c++", "")


def _plain(phrases: tuple[str, ...]) -> re.Pattern[str]:
    body = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def _tree(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation(phrases)})(?![\w-])", re.IGNORECASE)


def test_each_phrase_and_only_the_phrases_match_whole():
    tree = re.compile(alternation(PHRASES[:-1]))
    for phrase in PHRASES[:-1]:
        assert tree.fullmatch(phrase)
    for other in ("bo", "boxi", "box offic", "u.s.", "grand", "c+"):
        assert not tree.fullmatch(other)


def test_searches_agree_with_the_plain_alternation():
    phrases = PHRASES[:-1]
    words = ("Box", "boxing", "office", "bout", "U.S. Open", "the", "Grand Prix", "prixe", "c++", "-box")
    plain, tree = _plain(phrases), _tree(phrases)
    for n in (1, 2, 3):
        for combo in itertools.product(words, repeat=n):
            text = " ".join(combo)
            assert bool(plain.search(text)) == bool(tree.search(text)), text


def test_the_longer_phrase_is_tried_first():
    assert re.compile(alternation(("box", "boxing"))).match("boxing").group() == "boxing"


def test_empty_list_and_empty_phrase():
    assert alternation(()) == ""
    assert re.compile(alternation(PHRASES)).fullmatch("")
