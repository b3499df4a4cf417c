"""Rule-based references to people and organisations: pronouns and definite descriptions.

"he/she/his/her" -> the nearest compatible person (same sentence: the closest preceding one;
earlier sentences: the subject first), "they/their" -> a group or organisation that was a
subject just before, "the alliance" -> the last entity whose alias entry lists that noun,
"the president" -> the person last mentioned holding that title. No model: the parse, the
genders known from first names and honorifics, and a window of a few sentences.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from .doc_index import sentence_bounds
from .people_data import PeopleData

if TYPE_CHECKING:
    from .entities import Group, Mention
    from .roles import TitleMatches

_GENDER = {
    "he": "male",
    "him": "male",
    "his": "male",
    "himself": "male",
    "she": "female",
    "her": "female",
    "hers": "female",
    "herself": "female",
}
_PLURAL = {"they", "them", "their", "theirs", "themselves"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_WINDOW_SENTENCES = 3
_GROUP_TYPES = {"ORG", "NORP", "GPE"}
_MAX_CANDIDATES = 40


def resolve_references(doc: Doc, groups: list[Group], titles: TitleMatches, data: PeopleData) -> None:
    """Add pronoun and nominal mentions to the groups they refer to."""
    from .entities import Mention

    sent_index = _sentence_index(doc)
    taken = {i for g in groups for m in g.mentions for i in range(m.start, m.end)}
    timeline = sorted(((m.start, g, m) for g in groups for m in g.mentions), key=lambda t: t[0])
    added: list[tuple[Group, Mention]] = []
    pos = 0
    recent: list[tuple[int, Group, Mention]] = []
    for token in doc:
        while pos < len(timeline) and timeline[pos][0] < token.i:
            recent.append(timeline[pos])
            pos += 1
        if token.i in taken:
            continue
        lower = token.lower_
        target = None
        end = token.i + 1
        if lower in _GENDER and token.pos_ == "PRON":
            target = _person_for(doc, token.i, _GENDER[lower], recent, sent_index)
        elif lower in _PLURAL and token.pos_ == "PRON":
            target = _group_for(doc, token.i, recent, sent_index)
        elif lower == "the" and token.i + 1 < len(doc):
            target, end = _nominal_for(doc, token.i, recent, titles, data, sent_index)
        if target is not None:
            mention = Mention(token.i, end, "nominal" if lower == "the" else "pronoun")
            added.append((target, mention))
            recent.append((token.i, target, mention))
    for group, mention in added:
        group.mentions.append(mention)


def _sentence_index(doc: Doc) -> list[int]:
    """Sentence number of each token."""
    index = []
    number = -1
    previous = None
    for bounds in sentence_bounds(doc):
        if bounds != previous:
            number += 1
            previous = bounds
        index.append(number)
    return index


def _is_subject(doc: Doc, mention: Mention) -> bool:
    return any(doc[i].dep_ in _SUBJECT_DEPS for i in range(mention.start, mention.end))


def _window(recent, i: int, sent_index: list[int], sentences: int = _WINDOW_SENTENCES):
    """The recent mentions at most ``sentences`` sentences back, oldest first (a bounded scan)."""
    here = sent_index[i]
    out = []
    for item in reversed(recent):
        if here - sent_index[item[0]] > sentences or len(out) >= _MAX_CANDIDATES:
            break
        out.append(item)
    out.reverse()
    return out


def _pick(doc: Doc, i: int, candidates: list[tuple[int, Group, Mention]], sent_index: list[int]):
    """Same sentence: the nearest; else, in the latest earlier sentence with a candidate, its subject."""
    here = sent_index[i]
    same = [c for c in candidates if sent_index[c[0]] == here]
    if same:
        return same[-1][1]
    earlier = [c for c in candidates if here - sent_index[c[0]] <= _WINDOW_SENTENCES]
    if not earlier:
        return None
    latest = max(sent_index[c[0]] for c in earlier)
    in_latest = [c for c in earlier if sent_index[c[0]] == latest]
    subjects = [c for c in in_latest if _is_subject(doc, c[2])]
    return (subjects or in_latest)[0][1]


def _person_for(doc: Doc, i: int, gender: str, recent, sent_index: list[int]) -> Group | None:
    candidates = [
        c
        for c in _window(recent, i, sent_index)
        if c[1].type == "PERSON" and c[1].gender in (None, gender) and c[2].end <= i
    ]
    return _pick(doc, i, candidates, sent_index)


def _group_for(doc: Doc, i: int, recent, sent_index: list[int]) -> Group | None:
    here = sent_index[i]
    candidates = [
        c
        for c in _window(recent, i, sent_index, 1)
        if c[1].type in _GROUP_TYPES
        and c[2].end <= i
        and here - sent_index[c[0]] <= 1
        and c[1].type != "GPE"
        and _is_subject(doc, c[2])
    ]
    return candidates[-1][1] if candidates else None


def _nominal_for(doc: Doc, i: int, recent, titles: TitleMatches, data: PeopleData, sent_index: list[int]):
    """ "the alliance" / "the president": (group, end token) or (None, i + 1)."""
    nxt = doc[i + 1]
    entry = data.nominals.get(nxt.lower_)
    if entry is not None and nxt.pos_ == "NOUN":
        for _, group, _ in reversed(_window(recent, i, sent_index, 2 * _WINDOW_SENTENCES)):
            if group.entry is entry:
                return group, i + 2
        return None, i + 1
    if i + 1 in titles.by_start:
        end, title = titles.by_start[i + 1]
        if title.kind == "honorific" or (end < len(doc) and doc[end].pos_ == "PROPN"):
            return None, i + 1
        if end < len(doc) and doc[end].lower_ in ("of", "'s", "\u2019s"):
            return None, i + 1
        for _, group, _ in reversed(_window(recent, i, sent_index, 2 * _WINDOW_SENTENCES)):
            if group.type == "PERSON" and any(
                r["title"].lower() == doc[i + 1 : end].text.lower() or _same_title(r, title)
                for r in group.roles
                if not r.get("former")
            ):
                return group, end
    return None, i + 1


def _same_title(role: dict, title) -> bool:
    return (
        title.kind == "title"
        and role.get("sector") == title.sector
        and role["title"].lower().endswith(title.title.lower().split()[-1])
    )
