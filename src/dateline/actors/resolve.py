"""Resolve an actor string as written in news to a CAMEO-style actor: code, country and sector.

The string is matched against the lexicon (longest match first), split into its head (before the
first free preposition or comma) and its complement, and the pieces are combined by fixed rules:
a dated person or a known group decides the country; otherwise the first country name, demonym,
seat of government, region or city in the head, then in the complement, then in ``context``. The
sector comes from the head's last specific term, then the complement's, then generic titles; a
modifier such as "former" turns officials into elites (ELI), "ordinary" makes civilians (CVL).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..errors import BadDate
from ..inflection import plural, singulars
from ..isodates import to_date
from ..knowledge import historic_state
from .lexicon import AGENT_NOUN, APOSTROPHE, OFFICE_NOUN, Entry, Lexicon, Token, _deletes, lexicon, tokenize

PREPOSITIONS = frozenset(
    {"of", "to", "in", "at", "for", "from", "with", "on", "by", "near", "against", "under"}
)
PLACE_KINDS = ("country", "adjective", "seat", "region", "city")
CONJUNCTIONS = frozenset({"and", "or"})
# the sector of the owners of a company or a news outlet (``proprietor_nouns``)
PROPRIETOR_SECTOR = "BUS"
# words of the line between two states: a country that names one ("near the Chadian border", "on
# Chad's frontier") places no one on either side
BORDER_WORDS = frozenset({"border", "borders", "frontier", "frontiers", "boundary", "boundaries"})
# the article some names begin with ("The Hague", "The Guardian")
LEADING_ARTICLE = "the"
# a singular noun this short is not looked up in the plural ("new" is not "news")
MIN_PLURAL_STEM = 4
# English words shorter than this are never read as misspelt places ("Green" is not "Greek")
MAX_COMMON_WORD = 7
NAME_GUARDED = ("country", "seat", "region", "city")
# a capitalised word that names another place with the place after it ("New London", "New Britain"):
# a place the lexicon knows under the whole name was matched whole before
NEW_PLACE_WORD = "new"
# a participle joined to a place by a hyphen that puts an actor there ("a Phoenix-based activist")
BASE_WORDS = frozenset({"based", "headquartered"})
ELITE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL"})
STATE_OWNED = frozenset({"JRN", "BUS", "MED", "EDU"})
# the sector of a party body a person leads ("the Trump campaign")
PARTY_SECTOR = "PTY"
# the word of a party's name after its adjective ("Democratic Party"), and the shortest adjective read
# as the party's ("Dem" is an abbreviation, not the name of the DEM Party)
PARTY_WORD = "party"
MIN_PARTY_WORD = 4
_DATE_FORMATS = (
    "%Y-%m-%d",
    "%d %B %Y",
    "%d %b %Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%B %d %Y",
    "%Y/%m/%d",
    "%Y%m%d",
)


@dataclass
class Match:
    """A lexicon entry found over tokens [start, end)."""

    start: int
    end: int
    entries: list[Entry]
    fuzzy: bool = False


def parse_date(value: str | dt.date | None) -> dt.date:
    """The reference date of a resolution: a date, an ISO or written date, "today", or None (= today).

    Raises ``BadDate`` (E111) for a string it cannot read: a wrong office holder is worse than an error.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not value or str(value).strip().lower() in ("today", "now"):
        return dt.date.today()
    text = str(value).strip()
    day = to_date(text)
    if day is not None:
        return day
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    m = re.match(r"(\d{4})-(\d{2})", text)
    if m and 1 <= int(m.group(2)) <= 12:
        return dt.date(int(m.group(1)), int(m.group(2)), 1)
    m = re.match(r"(\d{4})$", text)
    if m:
        return dt.date(int(m.group(1)), 7, 1)
    raise BadDate(f"cannot read the date {text!r}; give an ISO date such as 2015-03-22")


COMPASS_ADJECTIVES = frozenset({"northern", "southern", "eastern", "western"})


def _usable(entry: Entry, tokens: list[Token], all_lower: bool) -> bool:
    if entry.caps_only:
        return all(t.upper for t in tokens)
    if entry.capitalised:
        return tokens[0].capitalized
    if entry.proper and not all_lower:
        # a hand-made table's name that begins with the article is written with a small one too
        # ("the Guardian"); the broad dictionary's are read only as written ("The Foundation"); a
        # name's particle is written small ("al-Qaeda", "el-Sisi")
        small = len(tokens) > 1 and tokens[0].key == LEADING_ARTICLE and not entry.extra.get("dictionary")
        small = small or (len(tokens) > 1 and tokens[0].key in lexicon().name_particles)
        # a place named with a compass adjective the writer wrote small ("police in northern
        # Ireland"): "northern Iraq" names no such place and stays Iraq's north
        compass = tokens[0].key in COMPASS_ADJECTIVES and entry.kind in PLACE_KINDS
        small = small or (len(tokens) > 1 and compass)
        first = tokens[1] if small else tokens[0]
        return first.capitalized or first.text[:1].isdigit()
    return True


def _plural(key: str) -> list[str]:
    """The plural of a noun of at least ``MIN_PLURAL_STEM`` letters ("voter" -> "voters")."""
    if len(key) < MIN_PLURAL_STEM or key.endswith("s") or not key.isalpha():
        return []
    return [plural(key)]


NAME_KINDS = ("group", "person")


def _possessive_name(span: list[Token], lex: Lexicon, start: int, all_lower: bool) -> Match | None:
    """A group or person whose name holds a possessive, under the key that writes it "peoples" or
    "people" (the Phoenix dictionaries drop apostrophes)."""
    for joined in (
        " ".join(t.key + ("s" if t.possessive and not t.key.endswith("s") else "") for t in span),
        " ".join(t.key for t in span),
    ):
        entries = lex.entries.get(joined, ())
        usable = [e for e in entries if e.kind in NAME_KINDS and _usable(e, span, all_lower)]
        if usable:
            return Match(start, start + len(span), usable)
    return None


def _in_name(tokens: list[Token], start: int, n: int) -> bool:
    """Whether a capitalised span sits inside a run of capitalised words, as part of a name
    ("Howard Dean", "Hunter Biden") rather than a noun at the start of a sentence ("Bandits")."""
    if not tokens[start].capitalized:
        return False
    before = start > 0 and tokens[start - 1].capitalized
    after = start + n < len(tokens) and tokens[start + n].capitalized
    return before or after


def find_matches(tokens: list[Token], lex: Lexicon, cased: bool = False) -> list[Match]:
    """Greedy longest-first matches of lexicon entries over the tokens (linear in the token count).

    A text written all in lower case may name proper entries ("canada"), unless ``cased`` says its
    case is the writer's (a phrase of running text: "lunar lander missions" names no town)."""
    all_lower = not cased and not any(t.text[:1].isupper() for t in tokens)
    matches: list[Match] = []
    i = 0
    while i < len(tokens):
        found = None
        for n in range(min(lex.max_len, len(tokens) - i), 0, -1):
            span = tokens[i : i + n]
            if n > 1 and any(t.possessive for t in span[:-1]):
                # a name written with a possessive inside ("the People's Liberation Army") is
                # stored as the dictionaries spell it, without the apostrophe
                found = _possessive_name(span, lex, i, all_lower)
                if found:
                    break
                continue
            keys = [" ".join(t.key for t in span)]
            if APOSTROPHE in keys[0]:
                # a transliteration written with an ayn or hamza the table's name leaves out ("Hay'at")
                keys.append(keys[0].replace(APOSTROPHE, ""))
            names = len(keys)
            if n <= 3:
                keys += [" ".join([*(t.key for t in span[:-1]), s]) for s in singulars(span[-1].key)]
                if i > 0 and i + n == len(tokens) and not span[-1].capitalized:
                    # the head noun of the string in the singular, a term the table lists in the
                    # plural only ("a voter", "one migrant"): a singular count noun comes after a
                    # determiner or modifier (a bare "force" is a word, not a body of people); a
                    # capitalised one is a name ("the House")
                    keys += [" ".join([*(t.key for t in span[:-1]), s]) for s in _plural(span[-1].key)]
            named = _in_name(tokens, i, n)
            for key in keys:
                usable = [
                    e
                    for e in lex.entries.get(key, ())
                    if _usable(e, span, all_lower) and not (named and e.extra.get(AGENT_NOUN))
                ]
                if key not in keys[:names]:
                    usable = [e for e in usable if e.kind == "term"]
                if usable:
                    found = Match(i, i + n, usable)
                    break
            if found:
                break
        if found is None:
            found = _party_member(tokens, lex, i)
        if found:
            matches.append(found)
            i = found.end
        else:
            i += 1
    return matches


def _party_member(tokens: list[Token], lex: Lexicon, index: int) -> Match | None:
    """A member of a party its plural names ("one Republican", "a Tory", "a Liberal Democrat"): the
    party as the last word; as a modifier only the party's country ("a Republican senator" keeps the
    office's sector), as is the adjective of a party named "<word> Party" ("Democratic lawmakers";
    a word of WordNet's adjectives, ``english_adjectives``)."""
    token = tokens[index]
    if not token.capitalized or token.possessive:
        return None
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    named_pair = token.key != LEADING_ARTICLE and token.key not in lex.skip_words
    if named_pair and following is not None and following.capitalized and not following.possessive:
        # "a Liberal Democrat": the party's plural written with the word before ("The Republican
        # candidate" is no member of a party called "The Republicans")
        pair = [f"{token.key} {key}" for key in _party_plurals(following.key)]
        found = _party_of(pair, lex, index, index + 2, last=index + 2 == len(tokens))
        if found is not None:
            return found
    found = _party_of(_party_plurals(token.key), lex, index, index + 1, last=index == len(tokens) - 1)
    if found is not None or following is None or len(token.key) < MIN_PARTY_WORD:
        return found
    if _in_party_name(tokens, index, lex) or token.key not in english_adjectives():
        # only an adjective ("Democratic lawmakers"); a noun that names a party with "Party" after
        # it names something else before another noun ("Renaissance scholars", "Jubilee celebrations")
        return None
    entries = [
        e
        for e in lex.entries.get(f"{token.key} {PARTY_WORD}", ())
        if e.kind == "group" and e.group_kind == "PARTY"
    ]
    if len({e.country for e in entries}) != 1 or not entries[0].country:
        return None
    return Match(index, index + 1, [_party_country(entries[0])])


def _party_plurals(key: str) -> list[str]:
    """The plurals a party's members are named by ("republicans", "tories")."""
    return [key + "s"] + ([key[:-1] + "ies"] if key.endswith("y") else [])


def _party_of(keys: list[str], lex: Lexicon, start: int, end: int, last: bool) -> Match | None:
    """The party one of ``keys`` names, over tokens [start, end): the party itself as the last
    word of the string, else its country alone."""
    for key in keys:
        usable = [e for e in lex.entries.get(key, ()) if e.kind == "group" and e.group_kind == "PARTY"]
        if usable and last:
            return Match(start, end, usable)
        if usable and usable[0].country:
            return Match(start, end, [_party_country(usable[0])])
    return None


def _party_country(party: Entry) -> Entry:
    """The country of a party, as a modifier reads it ("a Republican senator")."""
    return replace(
        Entry("adjective", party.name, country=party.country, code=party.country), extra={"party": True}
    )


def _in_party_name(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """Whether a capitalised word is part of another name with a capitalised neighbour: a pair of
    words of a group's name ("Christian Democratic", "Social Democratic"), or an unknown capitalised
    word after it ("Democratic Unionist")."""
    pairs = group_name_pairs()
    before = tokens[index - 1] if index > 0 else None
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if before is not None and before.capitalized and (before.key, tokens[index].key) in pairs:
        return True
    if after is None or not after.capitalized:
        return False
    return (tokens[index].key, after.key) in pairs or after.key not in lex.entries


@lru_cache(maxsize=1)
def group_name_pairs() -> frozenset[tuple[str, str]]:
    """The pairs of adjacent words of the lexicon's names of groups of several words."""
    pairs = set()
    for key, entries in lexicon().entries.items():
        words = key.split(" ")
        if len(words) > 1 and any(e.kind == "group" for e in entries):
            pairs.update(zip(words, words[1:], strict=False))
    return frozenset(pairs)


@lru_cache(maxsize=1)
def english_adjectives() -> frozenset[str]:
    """The lower-case adjectives of WordNet's index as the English model's lemmatizer ships it;
    empty when the model is not installed."""
    try:
        from ..nlp.pipeline import wordnet_index
    except ImportError:
        return frozenset()
    index = wordnet_index()
    return frozenset() if index is None else frozenset(index["adj"])


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """The short (under ``MAX_COMMON_WORD`` letters) lower-case words of WordNet's index as the
    English model's lemmatizer ships it; empty when the model is not installed. Longer words of the
    index include place adjectives that one edit from a lexicon entry are its spelling variants
    ("Californian", "Bavarian")."""
    try:
        from ..nlp.pipeline import wordnet_index
    except ImportError:
        return frozenset()
    index = wordnet_index()
    if index is None:
        return frozenset()
    return frozenset(word for pos in index for word in index[pos] if len(word) < MAX_COMMON_WORD)


def _fuzzy(tokens: list[Token], matches: list[Match], lex: Lexicon) -> list[Match]:
    """Edit-distance-1 matches for lone capitalised words (misspelt countries, demonyms, cities).

    A word written between capitalised words is part of a name, never a misspelling ("Green Party"),
    and neither is an English word ("Green" is not a misspelt "Greek").
    """
    covered = {k for m in matches for k in range(m.start, m.end)}
    extra = []
    for i, tok in enumerate(tokens):
        if i in covered or len(tok.key) < 5 or not tok.capitalized or tok.key in lex.entries:
            continue
        if tok.key in english_words():
            continue
        # a capitalised neighbour, known or not, makes the word part of a name ("Green Party")
        neighbours = [tokens[j] for j in (i - 1, i + 1) if 0 <= j < len(tokens)]
        if any(n.capitalized and n.key not in lex.skip_words for n in neighbours):
            continue
        candidates = sorted(
            k for k in {k for d in _deletes(tok.key) for k in lex.fuzzy.get(d, ())} if _one_edit(tok.key, k)
        )
        entries = [e for k in candidates for e in lex.entries[k] if e.kind in PLACE_KINDS]
        if entries and len({e.country for e in entries}) == 1:
            extra.append(Match(i, i + 1, entries, fuzzy=True))
    return extra


def _one_edit(a: str, b: str) -> bool:
    """Whether two words differ by one insertion, deletion, substitution or adjacent transposition."""
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    if len(a) != len(b):
        short, long_ = (a, b) if len(a) < len(b) else (b, a)
        return short in _deletes(long_)
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 1:
        return True
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _name_like(i: int, tokens: list[Token], covered: set[int], lex: Lexicon) -> bool:
    """Whether the token at i is an unknown capitalised word (part of a personal or other name)."""
    if not 0 <= i < len(tokens) or i in covered:
        return False
    tok = tokens[i]
    return tok.capitalized and not tok.upper and tok.key not in lex.skip_words and tok.key not in PREPOSITIONS


def _new_place(i: int, tokens: list[Token], covered: set[int]) -> bool:
    """Whether the token at i is a capitalised "New" naming another place with the next word."""
    return (
        0 <= i < len(tokens)
        and i not in covered
        and tokens[i].key == NEW_PLACE_WORD
        and tokens[i].capitalized
    )


def _guard_names(tokens: list[Token], matches: list[Match], lex: Lexicon) -> list[Match]:
    """Drop place matches glued to unknown capitalised words ("Leon Bobb", "Sofia Vergara"), and
    one-word names read only with a capital ("Olive Garden")."""
    covered = {k for m in matches for k in range(m.start, m.end)}
    kept = []
    for m in matches:
        kinds = {e.kind for e in m.entries}
        glued_before = not tokens[m.start].gap.strip() and (
            _name_like(m.start - 1, tokens, covered, lex) or _new_place(m.start - 1, tokens, covered)
        )
        glued_after = (
            m.end < len(tokens)
            and not tokens[m.end].gap.strip()
            and not tokens[m.end - 1].possessive
            and _name_like(m.end, tokens, covered, lex)
        )
        one_word = m.end - m.start == 1
        if (
            one_word
            and (kinds <= set(NAME_GUARDED) or _capitalised_name(m))
            and (glued_before or glued_after)
        ):
            continue
        kept.append(m)
    return kept


def _capitalised_name(m: Match) -> bool:
    """Whether a match is only names that are read with a capital ("Google", "Kremlin"): glued to
    an unknown capitalised word they are part of another name ("Olive Garden", "Michael Dell")."""
    return all(e.capitalised for e in m.entries)


def _drop_sponsors(tokens: list[Token], matches: list[Match], lex: Lexicon) -> list[Match]:
    """Drop places naming a sponsor, not the actor ("Russian-backed separatists", "pro-Iranian militias")."""
    kept = []
    for m in matches:
        if any(e.kind in PLACE_KINDS for e in m.entries):
            after = tokens[m.end] if m.end < len(tokens) else None
            before = tokens[m.start - 1] if m.start > 0 else None
            if after is not None and after.gap.strip() == "-" and after.key in lex.sponsor_words:
                continue
            if (
                before is not None
                and tokens[m.start].gap.strip() in ("-", "")
                and (before.key in lex.sponsor_prefixes)
            ):
                continue
        kept.append(m)
    return kept


def _place_city(tokens: list[Token], matches: list[Match], lex: Lexicon) -> list[Match]:
    """Keep a gazetteer city only where it reads as a place: the whole string, after a preposition,
    before a sector word ("Shanghai authorities"), as a possessive ("Kabul's") or where an actor is
    based ("a Phoenix-based activist")."""
    kept = []
    for n, m in enumerate(matches):
        gazetteer = [e for e in m.entries if e.kind == "city" and e.population > 0]
        if not gazetteer or len(gazetteer) < len(m.entries):
            kept.append(m)
            continue
        rest = [t for k, t in enumerate(tokens) if not m.start <= k < m.end and t.key not in lex.skip_words]
        before = tokens[m.start - 1].key if m.start > 0 else ""
        after = matches[n + 1] if n + 1 < len(matches) and matches[n + 1].start == m.end else None
        based = m.end < len(tokens) and tokens[m.end].gap == "-" and tokens[m.end].key in BASE_WORDS
        if (
            not rest
            or before in PREPOSITIONS
            or based
            or tokens[m.end - 1].possessive
            or (after is not None and any(e.kind == "term" for e in after.entries))
        ):
            kept.append(m)
    return kept


def _surname(tokens: list[Token], matches: list[Match], lex: Lexicon) -> Entry | None:
    """A person named by a form the table lacks ("President Omar El Bashir", "the Bush administration").

    The last unknown capitalised word must be the surname of the table's people of one country only
    (the first of them is taken); a title written before the name must be one of that person's titles
    ("King Hassan" is not President Samia Suluhu Hassan), and a first name written with it must be
    one of that person's ("Maria Blair" is not Tony Blair).
    """
    covered = {k for m in matches for k in range(m.start, m.end)}
    for i in range(len(tokens) - 1, -1, -1):
        if not _name_like(i, tokens, covered, lex):
            continue
        found = lex.surnames.get(tokens[i].key, [])
        if not found or len({e.country for e in found}) != 1:
            return None
        found = [e for e in found if not _other_first_name(tokens, i, covered, lex, e)]
        if not found:
            return None
        title = next((m for m in matches if m.end == i and any(e.kind == "term" for e in m.entries)), None)
        if title is not None:
            words = {" ".join(t.key for t in tokens[title.start : title.end])}
            words |= set(singulars(next(iter(words))))
            held = {" ".join(t.key for t in tokenize(role[4])) for e in found for role in e.roles}
            if not any(w == h or h.endswith(" " + w) for w in words for h in held):
                return None
        return found[0]
    return None


def _other_first_name(tokens: list[Token], i: int, covered: set[int], lex: Lexicon, entry: Entry) -> bool:
    """Whether the unknown capitalised words just before token i name someone other than the person
    ("Maria Blair" is not Tony Blair; "Omar El Bashir" is Omar al-Bashir)."""
    j = i
    while _name_like(j - 1, tokens, covered, lex):
        j -= 1
    return j < i and not {t.key for t in tokens[j:i]} & lex.given_names.get(entry.name, frozenset())


def _adjectival_rank(tokens: list[Token], m: Match, split: int, lex: Lexicon) -> bool:
    """Whether a one-word rank that is also an adjective modifies the small noun after it in the
    head ("the general manager", "the private sector"), rather than naming a rank ("General Ochieng",
    "a Kenyan general", "the general's aides")."""
    if m.end - m.start != 1 or m.end >= split or tokens[m.start].key not in lex.adjectival_ranks:
        return False
    after = tokens[m.end]
    return (
        not tokens[m.start].possessive
        and not after.capitalized
        and after.key.isalpha()
        and after.key not in CONJUNCTIONS
    )


def _split(tokens: list[Token], matches: list[Match]) -> int:
    """Index of the first free preposition or comma boundary: tokens before it form the head."""
    covered = {k for m in matches for k in range(m.start, m.end)}
    for i, tok in enumerate(tokens):
        if i > 0 and i not in covered and tok.key in PREPOSITIONS:
            return i
    return len(tokens)


def _role_at(entry: Entry, day: dt.date | None) -> tuple[str, str, str, str]:
    """(country, sector, title, code) of a person on a day; the last office turns into ELI once it
    ended. With no date, the person's latest office (a text that gives no date is not read as
    written today: the office it names its people by is the latest they held)."""
    if day is None:
        if not entry.roles:
            return entry.country, "", "", ""
        role = max(entry.roles, key=lambda r: (r[0], r[1]))
        return role[2], role[3], role[4], role[5]
    iso = day.isoformat()
    current = [r for r in entry.roles if r[0] <= iso <= r[1]]
    if current:
        role = max(current, key=lambda r: r[0])
        return role[2], role[3], role[4], role[5]
    past = [r for r in entry.roles if r[1] < iso]
    if past:
        last = max(past, key=lambda r: r[1])
        sector = "ELI" if last[3] in ELITE_SECTORS else last[3]
        if historic_state(last[2]) is not None:
            # an office of a state that no longer exists: a former officeholder of their own country
            return entry.country, sector, "former " + last[4], ""
        return last[2], sector, "former " + last[4], last[5][:-3] if last[5].endswith(last[3]) else last[5]
    return entry.country, "", "", ""


def _group_at(entry: Entry, day: dt.date | None) -> tuple[str, str, str]:
    """(country, sector, code) of a group on a day; with no date, what the group is by kind (the
    Taliban undated are an armed group, not the government of the periods it held power)."""
    if day is None:
        return entry.country, entry.sector, entry.code
    iso = day.isoformat()
    for start, end, country, sector, code in entry.periods:
        if start <= iso <= end:
            return country, sector, code
    return entry.country, entry.sector, entry.code


def _pick(entries: list[Entry], context_countries: list[str]) -> Entry:
    """Among entries sharing a key, prefer one from a context country, else the first listed."""
    for e in entries:
        if e.country and e.country in context_countries:
            return e
    order = ("person", "group", "country", "adjective", "seat", "region", "city", "term")
    return sorted(entries, key=lambda e: order.index(e.kind))[0]


def _qualified(tokens: list[Token], start: int) -> bool:
    """Whether a capitalised word other than the article stands right before ``start`` ("Coptic
    Pope") or any right after it (a name: "Pope Tawadros", which the people table knows or not),
    or an of-phrase follows ("the pope of the Alexandrian church")."""
    before = tokens[start - 1] if start else None
    if before is not None and before.capitalized and before.key != LEADING_ARTICLE:
        return True
    # "the pope of the Coptic church", "the pope of pop": an of-phrase names another office
    return start + 1 < len(tokens) and (tokens[start + 1].capitalized or tokens[start + 1].key == "of")


def _party_body(matches: list[Match], person_end: int, ctx: list[str]) -> bool:
    """Whether a party term follows a person's name ("the Trump campaign", "Trump campaign manager
    X"): the phrase names the party body the person leads, or one of its people."""
    for m in matches:
        entry = _pick(m.entries, ctx)
        if m.start >= person_end and entry.kind == "term" and entry.sector == PARTY_SECTOR:
            return True
    return False


def _cameo_type(sector: str, lex: Lexicon) -> str:
    return lex.sectors.get(sector, {}).get("cameo", "")


def _context_countries(context: str | None, lex: Lexicon) -> list[str]:
    if not context:
        return []
    tokens = tokenize(context)
    matches = find_matches(tokens, lex)
    out = []
    for m in matches:
        for e in m.entries:
            if e.country and (e.kind in PLACE_KINDS or e.kind == "group"):
                out.append(e.country)
    return out


def _compound_identities(tokens: list[Token], matches: list[Match], lex: Lexicon) -> set[int]:
    """Starts of the country adjectives that open a compound identity ("Mexican" of "Mexican
    American voters", ``Lexicon.identity_demonyms``): the last demonym gives the country."""
    found = set()
    for m, n in zip(matches, matches[1:], strict=False):
        if (
            n.start == m.end
            and n.end == n.start + 1
            and tokens[n.start].key in lex.identity_demonyms
            and all(e.kind == "adjective" for e in m.entries)
        ):
            found.add(m.start)
    return found


def _country_on(tokens: list[Token], matches: list[Match], start: int, end: int) -> str:
    """The country a phrase puts right on a person's title and name: a possessive or a demonym just
    before ("Jordan's King Abdullah", "Jordanian King Abdullah") or "of" a country just after
    ("King Abdullah of Jordan"); "" when none."""
    for m in matches:
        if len(m.entries) != 1 or m.entries[0].kind not in ("country", "adjective"):
            continue
        entry = m.entries[0]
        before = m.end == start and (entry.kind == "adjective" or tokens[m.end - 1].possessive)
        after = m.start == end + 1 and entry.kind == "country" and tokens[end].key == "of"
        if before or after:
            return entry.country
    return ""


def _names_border(tokens: list[Token], m: Match) -> bool:
    """Whether a place names the border that heads its phrase ("near the Chadian border", "on
    Chad's frontier with Niger", "the border with Niger"), which has two sides, not a body of that
    country ("Chadian border guards")."""
    before = [t.key for t in tokens[max(0, m.start - 3) : m.start] if t.key != LEADING_ARTICLE]
    if len(before) >= 2 and before[-1] in ("with", "from") and before[-2] in BORDER_WORDS:
        return True  # "the border with Chad": the state across it
    end = m.end
    if end >= len(tokens) or tokens[end].key not in BORDER_WORDS:
        return False
    return end + 1 == len(tokens) or tokens[end + 1].key in PREPOSITIONS or "," in tokens[end + 1].gap


def _owns_relation(tokens: list[Token], m: Match, lex: Lexicon) -> bool:
    """Whether a place is the possessor of a head noun of relation ("Iran's allies", "Russia's
    neighbours", "the chief of Israel's militia ally": ``relational_nouns`` ending the noun phrase
    after it): the place is the other party of the relation, not where the actor is from."""
    if not tokens[m.end - 1].possessive:
        return _modifies_relation(tokens, m)
    end = m.end
    while end < len(tokens) and tokens[end].key not in PREPOSITIONS and "," not in tokens[end].gap:
        end += 1
    return end > m.end and tokens[end - 1].key in lex.relational_nouns


# owners written before a noun: with one, a country before a noun of relation is the relatum's own
# ("its U.S. partners")
OWNER_WORDS = frozenset({"its", "his", "her", "their", "our", "my", "your"})
# nouns of relation that a country before them describes, never owns ("the China counterpart")
DESCRIBED_RELATIONS = frozenset({"counterpart", "counterparts"})


def names_other_party(kinds: set[str], noun: str, following: str | None, owned: bool) -> bool:
    """Whether a place word right before a noun of relation (``relational_nouns``) names the other
    party of the relation, as "Iran's allies" does (annotation guide, section 3): a country's name
    used as a compound ("U.S. allies", "China partners in Asia"), with no owner before it and no
    "of" complement after the noun naming the other party. A nationality adjective is the
    relatum's own nationality ("Russian partners condemned the sanctions", "German partners in the
    coalition"), as is a country before "of" ("the Afghan partners of the coalition").

    ``kinds`` are the actor lexicon's kinds of the place word, ``noun`` the relation noun's key and
    ``following`` the word after it (None at the end of the phrase)."""
    if "country" not in kinds or owned or following == "of":
        return False
    return noun in lexicon().relational_nouns and noun not in DESCRIBED_RELATIONS


def _modifies_relation(tokens: list[Token], m: Match) -> bool:
    """Whether a country's name right before a noun of relation that ends the noun phrase is the
    other party (``names_other_party``: "U.S. allies", "U.S. partners in Asia")."""
    after = m.end
    if after >= len(tokens):
        return False
    following = tokens[after + 1] if after + 1 < len(tokens) else None
    if following is not None and following.key not in PREPOSITIONS and "," not in following.gap:
        return False
    owned = any(t.possessive or t.key in OWNER_WORDS for t in tokens[: m.start])
    kinds = {e.kind for e in m.entries}
    return names_other_party(kinds, tokens[after].key, following.key if following else None, owned)


def _text_of(tokens: list[Token]) -> str:
    """The tokens as text again (possessives restored)."""
    return "".join(
        (t.gap if i else "") + t.text + ("'s" if t.possessive else "") for i, t in enumerate(tokens)
    ).strip()


@lru_cache(maxsize=65536)
def _resolve(text: str, context: str | None, day: dt.date | None, cased: bool = False) -> tuple | None:
    lex = lexicon()
    tokens = tokenize(text)
    if not tokens or len(tokens) > 60:
        return None
    ctx = _context_countries(context, lex)
    matches = find_matches(tokens, lex, cased)
    matches = _place_city(tokens, _guard_names(tokens, _drop_sponsors(tokens, matches, lex), lex), lex)
    matches = sorted(matches + _fuzzy(tokens, matches, lex), key=lambda m: m.start)
    split = _split(tokens, matches)
    covered = {k for m in matches for k in range(m.start, m.end)}
    head_keys = {t.key for t in tokens[:split]}
    owner = 0 < split and tokens[split - 1].key in lex.proprietor_nouns
    if 0 < split < len(tokens) - 1 and not owner and not any(m.start < split for m in matches):
        if not any(t.capitalized and t.key not in lex.skip_words for t in tokens[:split]):
            # "the resignation of President X", "the capital city of Algiers": the actor is the complement
            return _resolve(_text_of(tokens[split + 1 :]), context, day, cased)

    covered_all = {k for m in matches for k in range(m.start, m.end)}
    person = group = None
    person_start = person_end = 0
    compound = _compound_identities(tokens, matches, lex)
    people_word = region_head = False
    places_head, places_tail, ethnic = [], [], []
    strong_head, strong_tail, weak_head, unk = [], [], [], []
    for m in matches:
        entry = _pick(m.entries, ctx)
        if entry.extra.get(OFFICE_NOUN) and _qualified(tokens, m.start):
            # "Coptic Pope", "Pope Tawadros II", "Alexander Pope": another church's office, a person
            # the people table may know, or a surname
            other = [e for e in m.entries if not e.extra.get(OFFICE_NOUN)]
            if not other:
                continue
            entry = _pick(other, ctx)
        in_head = m.start < split
        if entry.kind == "person" and person is None:
            if _other_first_name(tokens, m.start, covered_all, lex, entry):
                continue
            person, person_start, person_end = entry, m.start, m.end
        elif entry.kind == "group":
            if group is None or (in_head and group[1] is False):
                group = (entry, in_head)
        elif entry.kind in PLACE_KINDS:
            if m.start in compound:
                continue
            if not entry.country:
                # a region of several countries ("South America", "the Persian Gulf", "the Gulf
                # of Aden": its complement is part of its name)
                region_head = region_head or (in_head and m.end == split)
                continue
            if entry.kind == "adjective" and m.start > 0 and tokens[m.start - 1].key in lex.ethnic_modifiers:
                ethnic.append(entry)
                continue
            if _owns_relation(tokens, m, lex) or _names_border(tokens, m):
                continue
            (places_head if in_head else places_tail).append(entry)
            people_word = people_word or (in_head and bool(entry.extra.get("people")))
        elif entry.kind == "term":
            if _adjectival_rank(tokens, m, split, lex):
                continue
            if entry.country:
                # a national office ("U.S. attorney") names its country too
                (places_head if in_head else places_tail).append(
                    Entry("country", entry.country, country=entry.country, code=entry.country)
                )
            if entry.sector == "UNK":
                unk.append(entry)
            elif entry.weak:
                if in_head and entry.sector:
                    weak_head.append(entry)
            else:
                (strong_head if in_head else strong_tail).append(entry)

    if people_word and places_tail and split < len(tokens) and tokens[split].key == "of":
        # "the Albanians of southern Serbia": a people named by where they live, coded by that country
        ethnic.extend(p for p in places_head if p.extra.get("people"))
        places_head = [p for p in places_head if not p.extra.get("people")]
    country, sector, code_base, name, igo, basis = "", "", "", "", "", ""
    group_entry = group[0] if group else None
    person_code = ""
    if person is None and (strong_head or weak_head) and not places_head and not places_tail:
        person = _surname(tokens, matches, lex)
    if person is not None and person.extra.get("dictionary") and (places_head or group is not None):
        if _role_at(person, day or dt.date.today())[2].startswith("former "):
            # the broad dictionary's office holders stop in 2014: an office the text names with
            # its place or organisation ("the UN relief coordinator X") is the one held now
            person = None
    if person is not None:
        country, sector, _title, person_code = _role_at(person, day)
        name, basis = person.name, "person"
        named = _country_on(tokens, matches, person_start, person_end)
        if named and country and named != country:
            # "Jordan's King Abdullah": the country the text puts on the name beats the table's
            # namesake of another country; the office stays
            country, person_code = named, ""
    group_sector = ""
    if group_entry is not None:
        g_country, group_sector, g_code = _group_at(group_entry, day)
        local = group_entry.group_kind == "STATE" and places_head and places_head[0].country != g_country
        if local:
            g_country, g_code = (
                places_head[0].country,
                places_head[0].country + _cameo_type(group_sector, lex),
            )
        if not country and (group[1] or not places_head or local):
            country, code_base, name, igo = g_country, g_code, group_entry.name, group_entry.igo
            basis = "group"
    if person_code:
        code_base, group_sector = person_code, sector
    if not country:
        pool = places_head or ([] if region_head else places_tail)
        if pool:
            country = pool[0].country
            name = name or pool[0].name
            basis = pool[0].kind
    if not country and ctx:
        country, basis = ctx[0], "context"
    if not country and ethnic:
        country, basis = ethnic[0].country, "ethnic"

    term_sector, term = "", None
    if strong_head:
        # titles before a personal name: the first one is the office ("Deputy Minister ... General X")
        named = split == len(tokens) and _name_like(split - 1, tokens, covered, lex)
        term = strong_head[0] if named else strong_head[-1]
    elif group_entry is not None and group_sector and code_base:
        term = None
    elif strong_tail:
        term = strong_tail[0]
    elif weak_head:
        term = weak_head[-1]
    if term is not None:
        term_sector = term.sector
        if owner and term_sector in lex.proprietor_sectors:
            term_sector = PROPRIETOR_SECTOR

    if person is not None and sector and _party_body(matches, person_end, ctx):
        # "the Trump campaign", "Sanders's campaign": the party body a person leads, not the person
        sector, code_base, group_sector = PARTY_SECTOR, "", ""
    elif person is not None and sector:
        if _title.startswith("former ") and term_sector and (strong_head or weak_head):
            # the text gives the office ("Defence Secretary Ben Wallace"): trust it over the table's dates
            sector = term_sector
            if person_code:
                code_base, group_sector = "", ""
    elif group_entry is not None and code_base and group_sector:
        sector = group_sector
        if group_entry.group_kind == "IGO" and term_sector and term.extra.get("sector2") != group_sector:
            # an office of the body's own kind ("the ICC prosecutor", a court's) keeps the body's code
            sector = term_sector
    else:
        sector = term_sector
    based = any(t.gap == "-" and t.key in BASE_WORDS for t in tokens)
    if not sector and not strong_head and not weak_head and not based:
        # a seat or city alone is its government or its people ("Nashville-based CCA" is neither)
        head_places = [p for p in places_head if p.kind in ("seat", "city")]
        if head_places and len(matches) == 1 and person is None and group_entry is None:
            sector = "GOV" if head_places[0].kind == "seat" else "CVL"
    if not sector and person is None and any(p.extra.get("party") for p in places_head):
        sector = "PTY"  # "the Republican nominee", "Republican Jim Jordan"
    if not sector and unk and person is None and group_entry is None:
        sector = "UNK"
    sector2 = term.extra.get("sector2", "") if term is not None and sector == term.sector else ""
    if not sector2 and group_entry is not None and code_base and sector == group_sector:
        sector2 = group_entry.extra.get("sector2", "")
    if sector in ELITE_SECTORS and head_keys & lex.elite_modifiers:
        sector = "ELI"
    if sector in STATE_OWNED and head_keys & lex.state_modifiers:
        sector, sector2 = "GOV", sector
    if (people_word or ethnic or head_keys & lex.civilian_modifiers) and sector in ("", "UNK") and not person:
        sector = "CVL"

    if not country and not sector and not code_base:
        return None
    ctype = _cameo_type(sector, lex)
    if code_base:
        code = code_base
        if sector != group_sector and ctype and not code.endswith(ctype):
            code = (country if country and country != "IGO" else code_base) + ctype
            if group_entry is not None and group_entry.group_kind == "IGO":
                code = code_base + ctype
    else:
        code = (country if country else "") + ctype
    return (code, country, sector, sector2, name, igo, basis)


def resolve_actor(
    text: str, *, context: str | None = None, date: str | dt.date | None = None, cased: bool = False
) -> dict[str, str] | None:
    """Resolve an actor string to ``{code, country, sector}`` (and ``sector2``, ``name``, ``igo``, ``basis``).

    ``country`` is ISO 3166 alpha-3, "IGO" for intergovernmental bodies, or "" when none is named;
    ``sector`` is a POLECAT/CAMEO agent code (GOV, MIL, REB, CVL, ...; "" when none); ``code`` is the
    CAMEO actor code (``MEXGOV``, ``IGOWSTNAT``, ``AFGREB``). ``context`` (nearby text, such as a
    country name) settles strings that name no country or an ambiguous acronym; ``date`` (ISO or
    written date, "today", or a ``datetime.date``) picks the office a person held and the status of
    groups that changed (with no date, a person's latest office and a group's status by its kind).
    ``basis`` says what gave the country: "person", "group", a place kind
    ("country", "adjective", "seat", "region", "city"), "context", "ethnic" (only an ethnic adjective
    such as "ethnic Albanians", which names a people, not the country they live in) or "". None means
    the text names no actor. A text written all in lower case may name countries, places and
    people ("canada"); with ``cased`` (a phrase of running text, whose case is the writer's) a name
    needs its capital ("lunar lander missions" names no town).

    Example::

        >>> resolve_actor("Mexican authorities")["code"]
        'MEXGOV'
    """
    if not isinstance(text, str) or not text.strip():
        return None
    undated = date is None or (isinstance(date, str) and not date.strip())
    result = _resolve(text.strip()[:400], context or None, None if undated else parse_date(date), cased)
    if result is None:
        return None
    code, country, sector, sector2, name, igo, basis = result
    return {
        "code": code,
        "country": country,
        "sector": sector,
        "sector2": sector2,
        "name": name,
        "igo": igo,
        "basis": basis,
    }
