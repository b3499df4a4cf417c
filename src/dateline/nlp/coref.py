"""Rule-based references to people and organisations: pronouns and definite descriptions.

"he/she/his/her" -> the nearest compatible person (same sentence: the closest preceding one;
earlier sentences: the subject first; after centering theory, a subject pronoun's antecedent may
also be a subject that describes a person, "Brazil's president met Macri. He urged ...", which
then becomes an entity of its own), "they/their" -> a group or organisation that was a
subject just before, "its" -> a country or organisation named in the subject of its clause or of
a clause above it (else the previous sentence's subject), a subject "it" of a main clause -> a
country or organisation the sentence before had as subject, "the alliance" -> the last entity
whose alias entry lists that noun, "the president" -> the person last mentioned holding that
title. No model: the parse, the genders known from first names and honorifics, and a window of a
few sentences.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from .doc_index import doc_text, sentence_bounds
from .people_data import PeopleData

if TYPE_CHECKING:
    from .entities import Group, Mention
    from .roles import TitleMatches

# the third-person pronouns of one man or one woman, and the gender each names
PRONOUN_GENDERS = {
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
# the possessive that stands for a country or an organisation ("Russia deployed ... and its jets")
_NEUTER_POSSESSIVE = "its"
_OWNER_TYPES = {"ORG", "GPE", "NORP"}
# the subject pronoun that stands for a country or an organisation acting ("Peru rejected the
# claim. It accused Chile of ..."), and the entity types it may stand for
_NEUTER_SUBJECT = "it"
_DOER_TYPES = {"ORG", "GPE"}
# the dependencies that keep a word among the arguments of its sentence's main verb: its subject,
# objects and their phrases, a coordinated verb's; a clause or a noun modifier leaves them
_MAIN_CLAUSE_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "dative", "iobj", "attr", "agent", "prep", "pobj", "conj", "appos"}
)
# verbs whose "it" subject is a placeholder or a thing, never a country or an organisation acting
# ("it seems", "it took two days", "it remains unclear"; general English usage)
_IMPERSONAL_VERBS = frozenset(
    {
        "appear",
        "become",
        "cost",
        "depend",
        "emerge",
        "follow",
        "happen",
        "look",
        "matter",
        "mean",
        "occur",
        "rain",
        "remain",
        "seem",
        "snow",
        "sound",
        "take",
        "turn",
    }
)
# verbs whose "it" subject, after a sentence reporting another one's deed in a clause, is mostly that
# deed, its weapon or its outcome ("Kenya said rebels had shelled the base. It killed two soldiers",
# "It prompted talks"; general English usage)
_EFFECT_VERBS = frozenset(
    {
        "cause",
        "damage",
        "destroy",
        "disrupt",
        "hit",
        "injure",
        "kill",
        "mark",
        "prompt",
        "spark",
        "trigger",
        "wound",
    }
)
# how many verbs up from its own clause a possessive looks for the subject it stands for
_MAX_CLAUSE_STEPS = 4
_VERB_POS = {"VERB", "AUX"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# a personal pronoun in one of these slots of a verb is never its own subject ("The king urged him":
# him is someone else; the same person would be "himself")
_OBJECT_DEPS = {"dobj", "dative", "iobj"}
_WINDOW_SENTENCES = 3
_GROUP_TYPES = {"ORG", "NORP", "GPE"}
_MAX_CANDIDATES = 40
# what marks a title noun as a description of someone ("the president", "Brazil's president")
_DESCRIPTION_DEPS = {"det", "poss"}
_SINGULAR_NOUN_TAGS = {"NN"}
_PLURAL_NOUN_TAGS = {"NNS"}


def resolve_references(doc: Doc, groups: list[Group], titles: TitleMatches, data: PeopleData) -> None:
    """Add pronoun and nominal mentions to the groups they refer to."""
    from .entities import Mention

    sent_index = _sentence_index(doc)
    taken = {i for g in groups for m in g.mentions for i in range(m.start, m.end)}
    timeline = sorted(((m.start, g, m) for g in groups for m in g.mentions), key=lambda t: t[0])
    added: list[tuple[Group, Mention]] = []
    descriptions = _Descriptions(doc, titles, data, taken, sent_index)
    owners = {i: g for _, g, m in timeline for i in range(m.start, m.end)}
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
        gender = PRONOUN_GENDERS.get(lower)
        if gender is not None and token.pos_ == "PRON":
            speaker = _speaker_group(doc, token.i, owners, recent, sent_index, descriptions)
            target = _person_for(doc, token.i, gender, recent, sent_index, descriptions, speaker)
            if (
                target is not None
                and target.gender is None
                and (target in descriptions.made or not _quoted(doc, token.idx))
            ):
                # a person the narration once calls "she" is no later "he" ("Dana Ruiz spoke.
                # '...,' she said. 'He lied'": the "he" is someone else); a pronoun of quoted
                # words may stand for someone the window does not name
                target.gender = gender
        elif lower in _PLURAL and token.pos_ == "PRON":
            target = _group_for(doc, token.i, recent, sent_index)
            if target is _speaker_group(doc, token.i, owners, recent, sent_index, descriptions):
                # "'They are traitors,' the party said": the party's own quote speaks of others
                target = None
        elif lower == _NEUTER_POSSESSIVE and token.pos_ == "PRON" and token.dep_ == "poss":
            target = _owner_for(doc, token.i, recent, sent_index)
        elif lower == _NEUTER_SUBJECT and token.pos_ == "PRON" and token.dep_ == "nsubj":
            target = _doer_for(doc, token.i, recent, sent_index)
        elif lower == "the" and token.i + 1 < len(doc):
            target, end = _nominal_for(doc, token.i, recent, titles, data, sent_index)
        if target is not None:
            mention = Mention(token.i, end, "nominal" if lower == "the" else "pronoun")
            added.append((target, mention))
            recent.append((token.i, target, mention))
            owners.update((k, target) for k in range(token.i, end))
            descriptions.covered.update(range(token.i, end))
    for group, mention in added:
        group.mentions.append(mention)
    groups.extend(descriptions.made)


def _own_speaker(doc: Doc, i: int) -> int | None:
    """The subject of the reporting verb outside the quotation marks a quoted word's clause hangs on
    ("'He is a disgrace,' she said": she), or None for a word outside quotes or a quoted sentence
    with no reporting clause of its own."""
    if not _quoted(doc, doc[i].idx):
        return None
    token = doc[i]
    while token.head.i != token.i and _quoted(doc, token.idx):
        token = token.head
    if _quoted(doc, token.idx):
        return None
    subjects = [c.i for c in token.children if c.dep_ in _SUBJECT_DEPS and not _quoted(doc, c.idx)]
    return subjects[0] if subjects else None


def _speaker_group(
    doc: Doc, i: int, owners: dict[int, Group], recent, sent_index: list[int], descriptions: _Descriptions
) -> Group | None:
    """The entity that speaks the quotation a third-person pronoun stands in, which that pronoun
    never refers to ("'He is a disgrace,' she said": he is someone other than she; a first-person
    "I" or "we" of the quote is the speaker, and coreference leaves those alone). A speaker named
    by a pronoun after the quote is resolved here as it will be when reached, one by a surname alone
    is the last entity named with it."""
    speaker = _own_speaker(doc, i)
    if speaker is None:
        return None
    word = doc[speaker]
    if word.pos_ == "PROPN":
        # a surname the entity layer left unlinked or typed apart ("Senator Lopez ... 'He lied,'
        # Lopez said")
        named = [
            g
            for _, g, m in recent
            if g.type == "PERSON" and m.kind == "name" and doc[m.end - 1].text == word.text
        ]
        if named:
            return named[-1]
    if speaker in owners:
        return owners[speaker]
    if word.pos_ != "PRON" or speaker < i:
        return None
    if word.lower_ in PRONOUN_GENDERS:
        return _person_for(doc, speaker, PRONOUN_GENDERS[word.lower_], recent, sent_index, descriptions)
    if word.lower_ in _PLURAL:
        return _group_for(doc, speaker, recent, sent_index)
    return None


def _spoken_by(doc: Doc, mention: Mention, i: int) -> bool:
    """Whether a pronoun mention stands inside a quotation whose speaker is token ``i``."""
    return mention.kind == "pronoun" and _own_speaker(doc, mention.start) == i


def _named_in_same_quote(doc: Doc, mention: Mention, i: int) -> bool:
    """Whether a name mention stands earlier in the same quotation as token ``i``, so that a speaker
    who names himself there may be the "he" that follows ("'Tom Brill does not quit. He never has,'
    Brill said")."""
    return (
        mention.kind == "name"
        and _quoted(doc, doc[mention.start].idx)
        and not any(doc[j].is_quote for j in range(mention.end, i))
    )


def _quoted(doc: Doc, offset: int) -> bool:
    """Whether a character offset lies inside quotation marks of its paragraph."""
    text = doc_text(doc)
    before = text[text.rfind("\n", 0, offset) + 1 : offset]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


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


def _person_for(
    doc: Doc,
    i: int,
    gender: str,
    recent,
    sent_index: list[int],
    descriptions: _Descriptions,
    speaker: Group | None = None,
) -> Group | None:
    """The person a "he" or "she" refers to, never ``speaker`` (the one whose quotation holds it),
    nor, for a speaker's pronoun, a pronoun inside that speaker's own quotation."""
    candidates = [
        c
        for c in _window(recent, i, sent_index)
        if c[1].type == "PERSON"
        and c[1].gender in (None, gender)
        and c[2].end <= i
        and (c[1] is not speaker or _named_in_same_quote(doc, c[2], i))
        and not _spoken_by(doc, c[2], i)
    ]
    clause_subjects = [] if doc[i].lower_.endswith(("self", "selves")) else _clause_subjects(doc, i)
    if clause_subjects:
        # "The king urged him to ...": the object pronoun is not the subject of its own verb;
        # a reflexive ("defended himself") is
        bound = [g for _, g, m in candidates if any(m.start <= s < m.end for s in clause_subjects)]
        candidates = [c for c in candidates if not any(c[1] is g for g in bound)]
    if doc[i].dep_ not in _SUBJECT_DEPS:
        return _pick(doc, i, candidates, sent_index)
    here = sent_index[i]
    earlier = [c for c in candidates if sent_index[c[0]] < here]
    latest = max((sent_index[c[0]] for c in earlier), default=here - _WINDOW_SENTENCES - 1)
    if any(sent_index[c[0]] == here for c in candidates):
        return _pick(doc, i, candidates, sent_index)
    # a description subject of a later earlier sentence than any named candidate, or of the same
    # one when no named candidate there is a subject; not across a quotation mark (a pronoun of
    # the quoted words is not their speaker)
    for head in descriptions.subjects_between(max(latest, here - _WINDOW_SENTENCES), i, gender):
        named_subject = any(sent_index[c[0]] == sent_index[head] and _is_subject(doc, c[2]) for c in earlier)
        made = descriptions.made_for(head)
        if (
            not named_subject
            and not any(doc[j].is_quote for j in range(head + 1, i))
            and (made is None or made is not speaker)
        ):
            return descriptions.group(head)
        break
    return _pick(doc, i, candidates, sent_index)


def _clause_subjects(doc: Doc, i: int) -> list[int]:
    """The subject tokens of the verb a personal pronoun is the object of (none for a pronoun in
    another slot)."""
    token = doc[i]
    if token.dep_ not in _OBJECT_DEPS or token.head.i == token.i:
        return []
    return [c.i for c in token.head.children if c.dep_ in _SUBJECT_DEPS]


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


def _owner_for(doc: Doc, i: int, recent, sent_index: list[int]) -> Group | None:
    """The country or organisation an "its" stands for: one named in the subject of its clause, or
    of a clause above or before it that the possessive's own phrase is not ("Russia deployed
    jets, and its pilots ...", "the U.S. is taking steps to ensure that its navy ...", "Syria's
    government and its army"); else the subject of the sentence before ("The Peruvian army advanced.
    Its commanders said ...")."""
    candidates = [c for c in _window(recent, i, sent_index, 1) if c[1].type in _OWNER_TYPES and c[2].end <= i]
    if not candidates:
        return None
    own = doc[i].head
    for subject in _subjects_above(doc, i):
        if subject.left_edge.i <= own.i <= subject.right_edge.i and subject.i != own.i:
            # "Syria's government and its army": the possessive's phrase is a conjunct of the subject
            inside = [c for c in candidates if subject.left_edge.i <= c[2].start < own.left_edge.i]
        elif subject.left_edge.i <= i <= subject.right_edge.i:
            continue
        elif _plural_common(subject):
            # "Iranian forces in Syria fired at its troops": a plural noun is no "its", and the
            # names in its phrase say who and where the forces are; the subject above is the owner
            continue
        else:
            inside = [c for c in candidates if subject.left_edge.i <= c[2].start <= subject.right_edge.i]
        if inside:
            return inside[-1][1]
    here = sent_index[i]
    before = [c for c in candidates if sent_index[c[0]] == here - 1 and c[1].type != "NORP"]
    subjects = [c for c in before if _is_subject(doc, c[2])]
    return subjects[0][1] if subjects else None


def _doer_for(doc: Doc, i: int, recent, sent_index: list[int]) -> Group | None:
    """The country or organisation a subject "it" of a main clause stands for: the first subject of
    the sentence before that names one ("Peru rejected the claim on Tuesday. It accused Chile of
    ..."), when that sentence names no other, nothing earlier in its own sentence is named and its
    verb is one of doing ("It is unclear", "It seems", "It took two days" stand for no one)."""
    verb = doc[i].head
    if verb.dep_ != "ROOT" or verb.pos_ != "VERB" or verb.lemma_.lower() in _IMPERSONAL_VERBS:
        return None
    here = sent_index[i]
    if any(sent_index[c[0]] == here for c in recent):
        return None
    before = [
        c
        for c in _window(recent, i, sent_index, 1)
        if sent_index[c[0]] == here - 1 and c[1].type in _DOER_TYPES
    ]
    if len({id(c[1]) for c in before}) > 1:
        # "Britain accused Russia of it. It rejected ...": the one replying may be either; one
        # named only inside a clause or a modifier of the sentence before is not ("Chile said Bolivia
        # had sealed the pass. It also ...": the main clause names Chile alone)
        if verb.lemma_.lower() in _EFFECT_VERBS:
            return None
        before = [c for c in before if _in_main_clause(doc, c[2])]
        if len({id(c[1]) for c in before}) != 1:
            return None
    subjects = [c for c in before if _is_subject(doc, c[2])]
    return subjects[0][1] if subjects else None


def _in_main_clause(doc: Doc, mention: Mention) -> bool:
    """Whether a mention is an argument of its sentence's main verb, of a verb coordinated with it
    or of a phrase of one of those ("Britain accused Russia of it", "talks with Russia"), not inside
    a clause under it or a modifier of a noun ("said Bolivia had sealed the pass", "the Bolivian
    envoy's remarks"). A relative clause on a common noun of the main clause keeps its names there
    ("signed the pact that Chile drafted": the pact is as much what a later "it" may be)."""
    heads = [
        doc[i] for i in range(mention.start, mention.end) if not mention.start <= doc[i].head.i < mention.end
    ]
    if len(heads) != 1:
        return False
    current = heads[0]
    for _ in range(_MAX_CLAUSE_STEPS * 3):
        if current.dep_ == "ROOT":
            return True
        if current.dep_ == "relcl" and current.head.pos_ == "NOUN":
            current = current.head
            continue
        if current.dep_ not in _MAIN_CLAUSE_DEPS:
            return False
        current = current.head
    return False


def _plural_common(subject) -> bool:
    """Whether a subject is a plural common noun that names no country or organisation itself
    ("forces", "militants"; not "the United States")."""
    return subject.tag_ in _PLURAL_NOUN_TAGS and subject.ent_type_ not in _OWNER_TYPES


def _subjects_above(doc: Doc, i: int) -> list:
    """The subjects of the verb whose clause holds token i and of the verbs above it (a few steps)."""
    out = []
    current = doc[i]
    for _ in range(_MAX_CLAUSE_STEPS * 3):
        if current.head.i == current.i:
            break
        current = current.head
        if current.pos_ in _VERB_POS:
            out.extend(c for c in current.children if c.dep_ in _SUBJECT_DEPS)
            if len(out) >= _MAX_CLAUSE_STEPS:
                break
    return out


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


class _Descriptions:
    """Subjects that describe one person by a title or role noun with a determiner or a
    possessor ("the president", "Brazil's foreign minister"), made entities when a pronoun
    refers to them."""

    def __init__(
        self, doc: Doc, titles: TitleMatches, data: PeopleData, taken: set[int], sent_index: list[int]
    ) -> None:
        from .entities import canonical

        self.doc = doc
        self.sent_index = sent_index
        self.covered: set[int] = set(taken)
        self.made: list[Group] = []
        self._groups: dict[int, Group] = {}
        self._canonical = canonical
        heads: list[tuple[int, int, str | None]] = []  # (head, start, gender)
        for end, (start, entry) in titles.by_end.items():
            head = doc[end - 1]
            if (
                entry.kind == "honorific"
                or head.dep_ not in _SUBJECT_DEPS
                or head.tag_ not in _SINGULAR_NOUN_TAGS
                or head.i in taken
                or not any(c.dep_ in _DESCRIPTION_DEPS and c.i < start for c in head.children)
            ):
                continue
            gender = data.gendered_titles.get(doc[start:end].text.lower())
            heads.append((head.i, head.left_edge.i, gender))
        # head -> (start, gender), in text order
        self.heads: dict[int, tuple[int, str | None]] = {h: (start, g) for h, start, g in sorted(heads)}

    def subjects_between(self, first: int, i: int, gender: str) -> list[int]:
        """Heads of compatible description subjects from sentence ``first`` up to token ``i``,
        latest sentence first."""
        found = [
            h
            for h, (_, g) in self.heads.items()
            if first <= self.sent_index[h]
            and h < i
            and g in (None, gender)
            and h not in self.covered
            and (self._groups.get(h) is None or self._groups[h].gender in (None, gender))
        ]
        return sorted(found, key=lambda h: (-self.sent_index[h], h))

    def made_for(self, head: int) -> Group | None:
        """The entity already made of the description ending on ``head``, if any."""
        return self._groups.get(head)

    def group(self, head: int) -> Group:
        """The entity of the description ending on ``head`` (made once)."""
        from .entities import Group, Mention

        if head not in self._groups:
            start, gender = self.heads[head]
            name = self._canonical(self.doc[start : head + 1].text)
            group = Group(name, "PERSON", mentions=[Mention(start, head + 1, "nominal")], gender=gender)
            self._groups[head] = group
            self.made.append(group)
        return self._groups[head]
