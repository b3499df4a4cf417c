"""Sports teams named after their towns: "the Cleveland Indians", "Manchester City", "Real Madrid".

In a story about sport a town's name followed by a club word ("United", "FC") or a capitalised plural
noun (the nickname: "Indians", "Nets"), or a club word followed by a town's name ("Real Madrid"), names
a team, an organisation: its nickname is no demonym ("Indians" is not India) and the team is no
country's actor. The town's name itself stays a place (the team's home). Once a team is named, its
nickname alone ("the Indians") is the team too. The conventions live in ``ontology/sports_teams.json``;
a story is about sport when it holds a story-level phrase of the CAMEO discards dictionary or one of
that file's sports words. The teams are computed once per document by the places layer and kept in
``doc.user_data`` for the event actors.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from ..ontology import load_json
from ..text.phrases import alternation
from .doc_index import doc_text

TABLE = "sports_teams.json"
DISCARDS = "cameo_discards.json"
USER_DATA_KEY = "dateline.sports_teams"
# words of a town's name before a club word or a nickname ("Salt Lake City", "Tampa Bay")
MAX_TOWN_WORDS = 3
# a nickname this short is not read as a plural ("Bus")
MIN_NICKNAME = 4


@dataclass(frozen=True)
class Team:
    """A team's name over characters [start, end); its nickname (or club word) over [nick_start, nick_end)."""

    start: int
    end: int
    nick_start: int
    nick_end: int


@dataclass(frozen=True)
class _Table:
    after: frozenset[str]
    before: frozenset[str]
    not_nicknames: frozenset[str]
    context: re.Pattern[str]


@cache
def _table() -> _Table:
    data = load_json(TABLE)
    phrases = set(data["sports_words"]) | set(load_json(DISCARDS)["story"])
    return _Table(
        frozenset(data["club_words_after"]),
        frozenset(data["club_words_before"]),
        frozenset(data["not_nicknames"]),
        re.compile(rf"(?<![\w-])(?:{alternation(phrases)})(?![\w-])", re.IGNORECASE),
    )


def about_sport(text: str) -> bool:
    """Whether a text is about sport: a story-level discard phrase or a sports word occurs in it."""
    return bool(_table().context.search(text))


# a game's score: two counts of at most three digits joined by a hyphen or a dash ("5-3", "120-98"),
# not a share ("60-40 percent"), a date range ("12-13 May"), an aircraft model ("737-800": a
# hundreds second count) or part of a longer number or name ("F-16", "2023-24", "1.5-2")
SCORE = re.compile(
    r"(?<![\w.,/-])\d{1,3}\s?[-\u2013]\s?(?![1-9]00\b)\d{1,3}"
    r"(?![\w,/%-]|\.\d|\s*(?:percent|per cent|%)|\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
)


@cache
def _words(key: str) -> re.Pattern[str]:
    words = load_json(TABLE)[key]
    return re.compile(rf"(?<![\w-])(?:{alternation(words)})(?![\w-])(?!\s+of\b)", re.IGNORECASE)


def tells_play(text: str) -> bool:
    """Whether a sentence tells a game in play: a word of ``play_words`` ("a run at goal", "in the
    second half"), not followed by "of" ("the goal of the talks", "the first half of the year")."""
    return bool(_words("play_words").search(text))


def tells_result(text: str) -> bool:
    """Whether a sentence tells a game's result: a game in play, a word of ``stage_words`` ("in the
    semi-final", "the national team"; not followed by "of": "the third round of talks") or a score
    ("won 5-3")."""
    return tells_play(text) or bool(_words("stage_words").search(text) or SCORE.search(text))


@cache
def game_verbs() -> frozenset[str]:
    """The lemmas of verbs of winning a game or a bout ("beat", "rout", "knock" out)."""
    return frozenset(load_json(TABLE)["game_verbs"])


def _capitalised(token: Token) -> bool:
    return token.is_title or token.is_upper and len(token) > 1


def _nickname(token: Token, table: _Table) -> bool:
    """A capitalised plural noun that can be a team's nickname ("Indians", "Giants")."""
    text = token.text
    return (
        token.is_title
        and len(text) >= MIN_NICKNAME
        and text.endswith("s")
        and not text.endswith("ss")
        and text not in table.not_nicknames
        and token.tag_ in ("NNPS", "NNS")
        and token.ent_type_ != "PERSON"
    )


def _near_sport(doc: Doc) -> Callable[[Token], bool]:
    """Whether a token's sentence, or the one before or after it, is about sport."""
    sents = list(doc.sents)
    flags = [about_sport(s.text) for s in sents]
    index = {}
    for k, sent in enumerate(sents):
        index[sent.start] = k

    def near(token: Token) -> bool:
        k = index[token.sent.start]
        return any(flags[max(k - 1, 0) : k + 2])

    return near


def _town_before(doc: Doc, end: int, is_town: Callable[[str], bool]) -> int | None:
    """The first token of the longest town name ending right before token ``end``, or None."""
    for size in range(min(MAX_TOWN_WORDS, end), 0, -1):
        words = doc[end - size : end]
        if words[0].lower_ != "the" and all(_capitalised(t) for t in words) and is_town(words.text):
            return end - size
    return None


def _town_after(doc: Doc, start: int, is_town: Callable[[str], bool]) -> int | None:
    """The end token of the longest town name starting at token ``start``, or None."""
    for size in range(min(MAX_TOWN_WORDS, len(doc) - start), 0, -1):
        words = doc[start : start + size]
        if all(_capitalised(t) for t in words) and is_town(words.text):
            return start + size
    return None


def find_teams(doc: Doc, is_town: Callable[[str], bool]) -> list[Team]:
    """The sports teams a story about sport names, with each later mention of a team's nickname.

    ``is_town`` says whether a name is a place (town, division or country) of some size."""
    text = doc_text(doc)
    if not len(doc) or not about_sport(text):
        return []
    table = _table()
    near = _near_sport(doc)
    teams: list[Team] = []
    nicknames: set[str] = set()
    i = 0
    while i < len(doc):
        token = doc[i]
        found: Team | None = None
        if token.text in table.before and i + 1 < len(doc):
            end = _town_after(doc, i + 1, is_town)
            if end is not None and not is_town(doc[i:end].text):
                found = Team(
                    token.idx, doc[end - 1].idx + len(doc[end - 1]), token.idx, token.idx + len(token)
                )
        club = token.text in table.after
        if found is None and i > 0 and (club or _nickname(token, table) and near(token)):
            nick = i
            start = _town_before(doc, i, is_town)
            if start is None and i > 1 and _capitalised(doc[i - 1]) and not club:
                # one capitalised modifier between the town and the nickname ("Toronto Blue Jays")
                nick = i - 1
                start = _town_before(doc, i - 1, is_town)
            # a capitalised word after it makes a longer name ("Leeds City Council", "Cox Enterprises Inc")
            institution = i + 1 < len(doc) and _capitalised(doc[i + 1])
            if start is not None and not institution and not is_town(doc[start : i + 1].text):
                found = Team(doc[start].idx, token.idx + len(token), doc[nick].idx, token.idx + len(token))
                if not club:
                    nicknames.add(doc[nick : i + 1].text)
        if found is not None:
            teams.append(found)
        i += 1
    if nicknames:
        teams.extend(_later_nicknames(text, nicknames, teams))
    return sorted(set(teams), key=lambda t: t.start)


def _later_nicknames(text: str, nicknames: Iterable[str], teams: list[Team]) -> list[Team]:
    """Each mention of a named team's nickname on its own ("the Indians moved into first place")."""
    body = "|".join(re.escape(n) for n in sorted(nicknames, key=len, reverse=True))
    found = []
    for m in re.finditer(rf"(?<![\w-])(?:{body})(?![\w-])", text):
        if not any(t.start <= m.start() < t.end for t in teams):
            found.append(Team(m.start(), m.end(), m.start(), m.end()))
    return found


def store(doc: Doc, teams: list[Team]) -> None:
    """Keep a document's teams for the later layers."""
    doc.user_data[USER_DATA_KEY] = tuple(teams)


def stored(doc: Doc) -> tuple[Team, ...]:
    """The teams the places layer found in a document (none when it did not run)."""
    return tuple(doc.user_data.get(USER_DATA_KEY, ()))


def in_team(start: int, end: int, teams: Iterable[Team], nickname_only: bool = False) -> bool:
    """Whether characters [start, end) overlap a team's name (or only its nickname)."""
    for t in teams:
        a, b = (t.nick_start, t.nick_end) if nickname_only else (t.start, t.end)
        if a < end and start < b:
            return True
    return False
