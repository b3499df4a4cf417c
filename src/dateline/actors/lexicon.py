"""The actor lexicon: every name, demonym, seat, group, person and sector term, indexed by token keys.

Built once per process from the knowledge tables (countries, regions, titles) and the ontology files
(``actor_groups.json``, ``actor_people.json``, ``actor_sectors.json``, ``actor_cities.tsv``, the
GeoNames cities of at least 150,000 people).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import cache

from ..inflection import plural, singulars
from ..knowledge import (
    countries,
    demonym_countries,
    fold,
    historic_states,
    iso3_of_code,
    iso3_of_iso2,
    name_countries,
    regions,
    titles,
)
from ..ontology import load_json, load_tsv
from ..ontology.cameo import international_codes

REGION_KINDS = {"region": "region", "admin": "region", "city": "city", "people": "adjective"}
FUZZY_CITY_MIN_POPULATION = 1_000_000
# code prefixes of the Phoenix dictionaries' international actors
# a one-word group name this short is an acronym ("PLA", "KRG"): read only in capitals
ACRONYM_LETTERS = 5
# the sector of a company (a Phoenix ``MNC`` code); its home country is the code's next three letters
COMPANY_PREFIX, COMPANY_SECTOR = "MNC", "BUS"
# the kind of the hand-made table's companies (``actor_groups.json``)
COMPANY_KIND = "COMPANY"
PLACE_KINDS = ("country", "adjective", "seat", "region", "city")
# the one apostrophe of folded keys (``knowledge.fold``)
APOSTROPHE = "'"
# the mark of a person noun of the CAMEO agents dictionary: a common noun, not read inside a name
AGENT_NOUN = "agent_noun"
# a group entry of a common noun naming the one holder of an office ("pope")
OFFICE_NOUN = "office_noun"
EARLIEST, LATEST = "0000-01-01", "9999-12-31"
# the sector of the agents dictionary's religion types (CHR, MUS, JEW, ...: ``religion_codes``)
RELIGION_SECTOR = "REL"
# prepositions that end the head of an agents-dictionary phrase ("secretary of state")
PHRASE_PREPOSITIONS = frozenset({"of", "for", "in", "on", "to", "at", "from", "with", "without"})


_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|&", re.UNICODE)
_POSSESSIVE = re.compile(r"['’]s?$", re.IGNORECASE)


@dataclass(frozen=True)
class Token:
    """One word of an actor string: its surface text, folded key and casing."""

    text: str
    key: str
    possessive: bool
    gap: str = " "

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()

    @property
    def upper(self) -> bool:
        return self.text.isupper()


def tokenize(text: str) -> list[Token]:
    """Split an actor string into tokens; hyphens and dots separate, possessive 's is noted and dropped."""
    out = []
    normal = unicodedata.normalize("NFKC", text)
    last = 0
    for m in _TOKEN.finditer(normal):
        word, gap, last = m.group(0), normal[last : m.start()], m.end()
        possessive = False
        if len(word) > 2 and _POSSESSIVE.search(word) and re.search(r"['’]s$|s['’]$", word, re.I):
            word, possessive = _POSSESSIVE.sub("", word), True
        out.append(Token(word, fold(word), possessive, gap))
    return out


def key_of(text: str) -> str:
    """The index key of a name: its folded tokens joined by spaces."""
    return " ".join(t.key for t in tokenize(text))


@dataclass
class Entry:
    """One lexicon entry a key can point to."""

    kind: str  # country | adjective | seat | region | city | group | person | term
    name: str
    country: str = ""
    sector: str = ""
    code: str = ""
    caps_only: bool = False
    # a name that is also an English word ("Google", "Kremlin"): read only written with a capital
    capitalised: bool = False
    proper: bool = True
    weak: bool = False
    group_kind: str = ""
    igo: str = ""
    periods: tuple = ()
    roles: tuple = ()
    population: int = 0
    extra: dict = field(default_factory=dict)


@dataclass
class Lexicon:
    """Key -> entries, plus the sector vocabulary's modifier lists."""

    entries: dict[str, list[Entry]]
    surnames: dict[str, list[Entry]]
    max_len: int
    sectors: dict[str, dict]
    elite_modifiers: frozenset[str]
    civilian_modifiers: frozenset[str]
    state_modifiers: frozenset[str]
    ethnic_modifiers: frozenset[str]
    skip_words: frozenset[str]
    # lower-case particles that open a proper name ("al" of "al-Qaeda")
    name_particles: frozenset[str]
    sponsor_words: frozenset[str]
    sponsor_prefixes: frozenset[str]
    fuzzy: dict[str, set[str]]
    given_names: dict[str, frozenset[str]] = field(default_factory=dict)
    # words for people of no stated kind ("a man", "one person")
    people_words: frozenset[str] = frozenset()
    # one-word nouns that name people or a body of them (sector terms, people words and the
    # ``actor_nouns`` of no sector: "campaign", "critics"); a noun phrase headed by another noun
    # names a thing ("the council's latest failure")
    head_nouns: frozenset[str] = frozenset()
    # generic nouns for doers only the text places, never the story's country ("critics", "a gunman")
    unplaced_nouns: frozenset[str] = frozenset()
    # nouns for people away from their own country ("diplomats", "migrants"), placed like
    # ``unplaced_nouns`` by their own phrase only
    abroad_nouns: frozenset[str] = frozenset()
    # nouns for people named by their deed ("robbers", "hackers"): placed like ``unplaced_nouns``
    # as doers only
    deed_nouns: frozenset[str] = frozenset()
    # modifiers saying a doer's identity is unknown ("unidentified aircraft", "masked men"): such a
    # noun is placed like ``unplaced_nouns``, by its own phrase only
    unknown_modifiers: frozenset[str] = frozenset()
    # the last words of the sector terms of several words ("service" of "civil service")
    term_phrase_heads: frozenset[str] = frozenset()
    # the head nouns of the sector terms with an of-complement ("chamber" of "chamber of deputies")
    of_term_heads: frozenset[str] = frozenset()
    # ranks that are adjectives before a noun ("the general manager"), and the owners of a body of
    # a sector of ``proprietor_sectors``, who are business people ("the newspaper's owner")
    adjectival_ranks: frozenset[str] = frozenset()
    proprietor_nouns: frozenset[str] = frozenset()
    proprietor_sectors: frozenset[str] = frozenset()
    # nouns of a relation to another party ("ally", "neighbour", "rival", "counterpart"): the country
    # that owns one ("Iran's allies", "Russia's neighbours") is the other party, not the actor's
    relational_nouns: frozenset[str] = frozenset()
    # demonyms that end a compound identity ("Mexican American"): the compound names people of that
    # country, not of the first one
    identity_demonyms: frozenset[str] = frozenset()


def _is_abbreviation(name: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", name)
    return bool(letters) and letters.isupper() and len(letters) <= 5


def _deletes(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


@cache
def lexicon() -> Lexicon:
    """The lexicon, once per process: from its binary cache (``lexicon_cache``) when it holds the
    lexicon of the installed tables, else built."""
    from .lexicon_cache import cached_lexicon

    return cached_lexicon(build_lexicon)


def build_lexicon() -> Lexicon:
    """The lexicon built from its tables."""
    entries: dict[str, list[Entry]] = defaultdict(list)

    def add(name: str, entry: Entry) -> None:
        key = key_of(name)
        if key:
            entry.caps_only = entry.proper and _is_abbreviation(name)
            entries[key].append(entry)
            if entry.proper and APOSTROPHE in key:
                # a transliterated name is written with and without its ayn or hamza ("Asa'ib",
                # "Asaib"; "Hay'at", "Hayat")
                entries[key.replace(APOSTROPHE, "")].append(entry)

    _add_countries(add)
    for region in regions():
        # a building stands for a government only as a seat (countries table)
        if region.feature == "facility":
            continue
        if not region.country:
            # a region spanning several countries gives an actor no code, and no country a word of
            # its name would ("South America" is not America, "the Persian Gulf" not Persia's)
            add(region.name, Entry(REGION_KINDS.get(region.feature, "region"), region.name))
            continue
        iso3 = iso3_of_iso2(region.country)
        people = region.feature == "people" and region.name.endswith("s")
        add(
            region.name,
            Entry(
                REGION_KINDS.get(region.feature, "region"),
                region.name,
                country=iso3,
                code=iso3,
                extra={"people": True} if people else {},
            ),
        )
    for g in load_json("actor_groups.json")["groups"]:
        group = {
            "country": g["country"],
            "sector": g["sector"],
            "code": g["code"],
            "group_kind": g["kind"],
        }
        periods = tuple(
            (p["from"], p["to"] or "9999-12-31", p["country"], p["sector"], p["code"])
            for p in g.get("periods", [])
        )
        for name in g["names"]:
            add(
                name,
                Entry(
                    "group",
                    g["names"][0],
                    **group,
                    igo=g.get("igo", ""),
                    periods=periods,
                    extra={"sector2": g["sector2"]} if g.get("sector2") else {},
                    # a company's one-word name is read only with its capital ("Shell", "Apple"),
                    # and so is an acronym written as a word ("Nato", "Isis": not "Isis Smith")
                    capitalised=(g["kind"] == COMPANY_KIND and " " not in name)
                    or _acronym_as_word(name, g["names"]),
                ),
            )
        for noun in g.get("nouns", []):
            # the one holder of an office, named by a common noun in any case ("the pope")
            add(noun, Entry("group", g["names"][0], **group, proper=False, extra={OFFICE_NOUN: True}))
    for p in load_json("actor_people.json")["people"]:
        roles = tuple(
            (
                r["from"] or "0000-01-01",
                r["to"] or "9999-12-31",
                r.get("country", p["country"]),
                r["sector"],
                r["title"],
                r.get("code", ""),
            )
            for r in p["roles"]
        )
        for name in [p["name"], *p.get("aliases", [])]:
            add(name, Entry("person", p["name"], country=p["country"], roles=roles))

    vocab = load_json("actor_sectors.json")
    weak = set(vocab["weak_terms"])
    secondary = {key_of(t): s for s, terms in vocab.get("secondary", {}).items() for t in terms}
    for title in titles():
        for term in title.actor_texts:
            extra = {"sector2": title.sector2} if title.sector2 else {}
            add(term, Entry("term", term, sector=title.sector, proper=False, weak=term in weak, extra=extra))
    for sector, terms in vocab["terms"].items():
        for term in terms:
            extra = {"sector2": secondary[key_of(term)]} if key_of(term) in secondary else {}
            add(term, Entry("term", term, sector=sector, proper=False, weak=term in weak, extra=extra))
    for iso3, offices in vocab.get("national_offices", {}).items():
        for sector, terms in offices.items():
            for term in terms:
                extra = {"sector2": secondary[key_of(term)]} if key_of(term) in secondary else {}
                add(term, Entry("term", term, country=iso3, sector=sector, proper=False, extra=extra))
    for term, sector in vocab.get("default_sector", {}).items():
        if not any(e.kind == "term" for e in entries.get(key_of(term), [])):
            add(term, Entry("term", term, sector=sector, proper=False, weak=True))
    for term in weak:
        if not any(e.kind == "term" for e in entries.get(key_of(term), [])):
            add(term, Entry("term", term, sector="", proper=False, weak=True))
    _add_agent_nouns(add, entries, vocab["sectors"])

    for demonym in vocab.get("regional_demonyms", []):
        # the people of a region of several countries name none of them ("Latin American leaders"
        # are not American)
        add(demonym, Entry("adjective", demonym))
    _add_dictionary(entries, vocab["sectors"])
    _add_cities(entries)
    fuzzy: dict[str, set[str]] = defaultdict(set)
    for key, items in entries.items():
        if " " in key or len(key) < 5:
            continue
        if any(
            e.country
            and (
                e.kind in ("country", "adjective", "seat")
                or (
                    e.kind in ("city", "region")
                    and (e.population == 0 or e.population >= FUZZY_CITY_MIN_POPULATION)
                )
            )
            for e in items
        ):
            for d in _deletes(key):
                fuzzy[d].add(key)
    surnames: dict[str, list[Entry]] = defaultdict(list)
    given: dict[str, set[str]] = defaultdict(set)
    for key, items in entries.items():
        for e in items:
            if e.kind == "person" and e.name and not e.extra.get("dictionary"):
                # every word but the last of the name and its aliases: the forms a first name can take
                given[e.name].update(key.split(" ")[:-1])
                if e not in surnames[key_of(e.name).split(" ")[-1]]:
                    surnames[key_of(e.name).split(" ")[-1]].append(e)
    return Lexicon(
        entries=dict(entries),
        surnames=dict(surnames),
        max_len=max(k.count(" ") + 1 for k in entries),
        sectors=vocab["sectors"],
        elite_modifiers=frozenset(key_of(w) for w in vocab["elite_modifiers"]),
        civilian_modifiers=frozenset(key_of(w) for w in vocab["civilian_modifiers"]),
        state_modifiers=frozenset(key_of(w) for w in vocab["state_modifiers"]),
        ethnic_modifiers=frozenset(key_of(w) for w in vocab.get("ethnic_modifiers", [])),
        skip_words=frozenset(key_of(w) for w in vocab["articles"]),
        name_particles=frozenset(key_of(w) for w in vocab.get("name_particles", [])),
        sponsor_words=frozenset(key_of(w) for w in vocab.get("sponsor_words", [])),
        sponsor_prefixes=frozenset(key_of(w) for w in vocab.get("sponsor_prefixes", [])),
        fuzzy=dict(fuzzy),
        given_names={name: frozenset(words) for name, words in given.items()},
        people_words=frozenset(vocab.get("people_words", [])),
        unplaced_nouns=frozenset(key_of(w) for w in vocab.get("unplaced_nouns", [])),
        term_phrase_heads=frozenset(
            k.rsplit(" ", 1)[1]
            for k, items in entries.items()
            if " " in k and any(e.kind == "term" for e in items)
        ),
        of_term_heads=frozenset(
            k.split(" of ", 1)[0].rsplit(" ", 1)[-1]
            for k, items in entries.items()
            if " of " in k and any(e.kind == "term" for e in items)
        ),
        adjectival_ranks=frozenset(key_of(w) for w in vocab.get("adjectival_ranks", [])),
        proprietor_nouns=frozenset(key_of(w) for w in vocab.get("proprietor_nouns", [])),
        proprietor_sectors=frozenset(vocab.get("proprietor_sectors", [])),
        abroad_nouns=frozenset(key_of(w) for w in vocab.get("abroad_nouns", [])),
        deed_nouns=frozenset(key_of(w) for w in vocab.get("deed_nouns", [])),
        unknown_modifiers=frozenset(key_of(w) for w in vocab.get("unknown_modifiers", [])),
        relational_nouns=frozenset(key_of(w) for w in vocab.get("relational_nouns", [])),
        identity_demonyms=frozenset(key_of(w) for w in vocab.get("identity_demonyms", [])),
        head_nouns=frozenset(
            {k for k, items in entries.items() if " " not in k and any(e.kind == "term" for e in items)}
            | {key_of(w) for w in (*vocab.get("people_words", []), *vocab.get("actor_nouns", []))}
        ),
    )


def _add_agent_nouns(add, entries: dict[str, list[Entry]], sectors: dict[str, dict]) -> None:
    """The person nouns of the CAMEO agents dictionary (``cameo_verbs.json`` ``agent_sectors``:
    "rustlers", "herdsmen", "fishermen") as weak terms of the sector its actor type gives; a word the
    sector table or the titles already hold, in its singular or plural, keeps their reading; written
    with a capital inside a run of capitalised words it is part of a name ("Howard Dean"). Its
    phrases of several words (``agent_phrases``: "law enforcement agency", "prosecutor general",
    "drug kingpin") are terms as the sector table's are, their compound type's second sector their
    second ("state news agency", GOVMED: GOV, then media), unless that table or the titles hold the
    phrase. A religion's type ("CHR", "MUS") is the religion sector, unless another type follows."""
    by_type = _cameo_types(sectors)
    for code in {c[:3] for c in load_json("actor_sectors.json").get("religion_codes", {}).values()}:
        by_type.setdefault(code, RELIGION_SECTOR)
    held = {k for k, items in entries.items() if any(e.kind == "term" for e in items)}
    table = load_json("cameo_verbs.json")
    for noun, cameo_type in table.get("agent_sectors", {}).items():
        sector = by_type.get(cameo_type)
        if sector and not _number_forms(key_of(noun)) & held:
            add(noun, Entry("term", noun, sector=sector, proper=False, weak=True, extra={AGENT_NOUN: True}))
    strong: dict[str, set[str]] = {}
    for k, items in entries.items():
        for e in items:
            if e.kind == "term" and not e.weak:
                strong.setdefault(k, set()).add(e.sector)
    religions = {t for t, s in by_type.items() if s == RELIGION_SECTOR}
    for phrase, cameo_type in table.get("agent_phrases", {}).items():
        first, second = cameo_type[:3], by_type.get(cameo_type[3:6], "") if cameo_type[3:] else ""
        religious = first in religions
        if religious and second:
            # a religion first ("islamic front", MUSREB) is an attribute, the next type the sector
            first, second = cameo_type[3:6], ""
        sector, key = by_type.get(first), key_of(phrase)
        if (
            sector
            and not _number_forms(key) & held
            and not _table_reading(key, sector, religious, second, held, strong)
        ):
            extra = {"sector2": second} if second and second != sector else {}
            # of generic words only ("staff members"), it yields to a sector word before it
            weak = all(w in held and w not in strong for w in key.split())
            add(phrase, Entry("term", phrase, sector=sector, proper=False, weak=weak, extra=extra))


def _table_reading(
    key: str, sector: str, religious: bool, second: str, held: set[str], strong: dict[str, set[str]]
) -> bool:
    """Whether the sector table's reading of a phrase's words stands for the phrase: its head (the
    last word before a preposition) is a generic word the table holds as weak ("terrorist leader",
    "opposition leaders": the modifier's sector); or a head the table holds is modified by a
    religion ("islamic militant", "muslim hospital": religion is no sector of its own there) or is
    of the compound's second type, the head noun's sector coming first as everywhere in the
    resolver ("opposition newspaper", OPPMED: media; "military judge", MILJUD: judiciary); or a
    head the table holds under the phrase's own sector after modifiers of no sector ("main
    opposition", "tribal rebels"): the head says as much, and the phrase would only hide a longer
    term that starts at its head ("the main opposition party")."""
    words = key.split()
    cut = next((i for i, w in enumerate(words) if i and w in PHRASE_PREPOSITIONS), len(words))
    head, modifiers = words[cut - 1], words[: cut - 1]
    if head in held and head not in strong:
        return any(w in strong for w in modifiers)
    sectors = {s for form in _number_forms(head) for s in strong.get(form, ())}
    plain = cut == len(words) and not second and not any(w in strong for w in modifiers)
    return bool(sectors) and (religious or second in sectors or (plain and sector in strong.get(head, ())))


def _number_forms(key: str) -> set[str]:
    """A noun with the singulars and plurals its spelling allows ("herdsmen" -> "herdsman",
    "spies" -> "spy", "boss" -> "bosses")."""
    return {key, plural(key), *singulars(key)}


def _acronym_as_word(name: str, names: list[str]) -> bool:
    """Whether a name is another of the group's names, an acronym, written as a word in the British
    manner ("Nato" of "NATO", "Isil" of "ISIL")."""
    return " " not in name and name != name.upper() and name.upper() in names


def _add_countries(add) -> None:
    """Country names, demonyms and seats; a name or demonym shared by several countries adds each. A
    state that no longer exists (``historic_states``) is coded by its own code under its names,
    demonyms and seats, which the countries table lists as aliases of its successor for places
    ("the Soviet Union" is SUN, not RUS)."""
    by_iso2 = {c.iso2: c for c in countries()}
    historic = _add_historic_states(add)
    names = {k: v for k, v in name_countries().items() if k not in historic}
    demonyms = {k: v for k, v in demonym_countries().items() if k not in historic}
    for c in countries():
        for name in c.names:
            if names.get(name) == (c.iso2,):
                add(name, Entry("country", c.name, country=c.iso3, code=c.iso3))
        written = set(c.demonyms)
        for adj in c.demonyms:
            if demonyms.get(adj) != (c.iso2,):
                continue
            plural = adj.endswith("s") and (adj[:-1] in written or adj.endswith("men"))
            extra = {"people": True} if plural else {}
            add(adj, Entry("adjective", c.name, country=c.iso3, code=c.iso3, extra=extra))
        for seat in c.seats:
            add(seat, Entry("seat", seat, country=c.iso3, code=c.iso3 + "GOV", sector="GOV"))
    for table, kind in ((names, "country"), (demonyms, "adjective")):
        for text, codes in table.items():
            if len(codes) > 1:
                for iso2 in codes:
                    c = by_iso2[iso2]
                    add(text, Entry(kind, c.name, country=c.iso3, code=c.iso3))


def _add_historic_states(add) -> set[str]:
    """Names, demonyms and seats of the states that no longer exist, each under the state's code;
    returns every text added."""
    added: set[str] = set()
    for h in historic_states():
        for name in h.names:
            add(name, Entry("country", h.name, country=h.cameo, code=h.cameo))
        written = set(h.demonyms)
        for adj in h.demonyms:
            extra = {"people": True} if adj.endswith("s") and adj[:-1] in written else {}
            add(adj, Entry("adjective", h.name, country=h.cameo, code=h.cameo, extra=extra))
        for seat in h.seats:
            add(seat, Entry("seat", seat, country=h.cameo, code=h.cameo + "GOV", sector="GOV"))
        added |= set(h.names) | written | set(h.seats)
    return added


def _cameo_types(sectors: dict[str, dict]) -> dict[str, str]:
    """CAMEO actor type -> sector code ("HLH" -> "MED"; a type that is a sector's own code wins)."""
    by_type = {v.get("cameo"): k for k, v in sectors.items() if v.get("cameo") == k}
    by_type.update({v.get("cameo"): k for k, v in sectors.items() if v.get("cameo") not in by_type})
    return by_type


def _dictionary_actor(code: str, by_type: dict[str, str]) -> tuple[str, str, str]:
    """(country, sector, group kind) of a Phoenix dictionary code: "CHNMIL" -> ("CHN", "MIL",
    "STATE"), "IGOUNOWFP" -> ("IGO", "", "IGO"), "NGOHRIAMN" -> ("", "HRI", "NGO"), a company
    "MNCUSAMED" -> ("USA", "BUS", "MNC") (its home country, the business sector)."""
    prefix = code[:3]
    if prefix == COMPANY_PREFIX:
        home = iso3_of_code(code[3:6])
        return home, COMPANY_SECTOR, prefix
    if prefix in international_codes():
        types = [by_type[code[i : i + 3]] for i in range(3, len(code), 3) if code[i : i + 3] in by_type]
        return ("IGO" if prefix == "IGO" else ""), (types[0] if types else ""), prefix
    return iso3_of_code(prefix), by_type.get(code[3:6], ""), "STATE"


def _company_code(code: str, country: str, by_type: dict[str, str]) -> tuple[str, str]:
    """The actor code of a company and its second sector: "MNCUSAMED" -> ("USABUS", "JRN"); with no
    home country the Phoenix code stays ("MNC")."""
    rest = code[6:] if country else code[3:]
    second = next(
        (by_type[rest[i : i + 3]] for i in range(0, len(rest), 3) if rest[i : i + 3] in by_type), ""
    )
    return (country + COMPANY_SECTOR if country else code), second


def _short_company_name(key: str, kind: str) -> bool:
    """Whether a short one-word company name is a word written with a capital ("Sony", "Honda"),
    not an acronym ("HSBC", "AOL"): four letters or more, a vowel among them."""
    return kind == COMPANY_PREFIX and len(key) >= 4 and any(c in "aeiouy" for c in key[1:])


def _keys_of_kind(entries: dict[str, list[Entry]], kinds: tuple[str, ...]) -> frozenset[str]:
    """The keys with an entry of one of ``kinds``."""
    return frozenset(k for k, items in entries.items() if any(e.kind in kinds for e in items))


def _placed_keys(entries: dict[str, list[Entry]]) -> frozenset[str]:
    """The keys with a place entry of a country (``PLACE_KINDS``)."""
    return frozenset(
        k for k, items in entries.items() if any(e.kind in PLACE_KINDS and e.country for e in items)
    )


def _has_kind(keys: frozenset[str], key: str) -> bool:
    """Whether some run of up to three words of ``key`` is one of ``keys``."""
    words = key.split(" ")
    return any(" ".join(words[i : i + n]) in keys for i in range(len(words)) for n in (1, 2, 3))


def _add_dictionary(entries: dict[str, list[Entry]], sectors: dict[str, dict]) -> None:
    """Institutions, groups, companies and office holders of PETRARCH2's Phoenix dictionaries
    (``actor_dictionary.json``, names stored as lexicon keys), under keys the hand-made tables do
    not already hold. A person is entered under full names only (the build drops one-word names;
    titled forms are dropped here) and stays out of the surname index: a bare surname is read only
    for the hand-made table's people."""
    data = load_json("actor_dictionary.json")
    by_type = _cameo_types(sectors)
    # the dictionary adds groups and people only, so the keys of places and of terms stay these;
    # a place of no country ("Kurdistan", "Europe") composes no actor with an office, so a name
    # holding one is the dictionary's ("Kurdistan Regional Government", "the Asia Society")
    places, terms = _placed_keys(entries), _keys_of_kind(entries, ("term",))
    for g in data["groups"]:
        country, sector, kind = _dictionary_actor(g["code"], by_type)
        code, second = g["code"], ""
        if kind == COMPANY_PREFIX:
            code, second = _company_code(code, country, by_type)
        entry = Entry(
            "group",
            g["name"],
            country=country,
            sector=sector,
            code=code,
            group_kind=kind,
            extra={"dictionary": True, **({"sector2": second} if second and second != sector else {})},
        )
        cased = frozenset(g.get("cased", ()))
        for key in g["keys"]:
            if key in entries:
                continue
            if " " in key and _has_kind(places, key):
                # "Israeli Prime Minister", "Afghan National Army": the resolver composes the
                # place and the office itself
                continue
            if " " not in key and len(key) <= ACRONYM_LETTERS and not _short_company_name(key, kind):
                entries[key].append(replace(entry, caps_only=True))
            else:
                entries[key].append(
                    replace(entry, capitalised=key in cased or " " not in key and kind == COMPANY_PREFIX)
                )
    for p in data["people"]:
        roles = []
        dated = [r for r in p["roles"] if (r[1], r[2]) != (EARLIEST, LATEST)]
        # the undated code says what the person is out of office (an elite): the resolver already
        # reads a past office so, and an office the text names wins
        for code, start, end in dated or p["roles"]:
            country, sector, _ = _dictionary_actor(code, by_type)
            # the code is composed from country and sector, as for the hand-made table's people
            roles.append((start, end, country, sector, "", ""))
        home = next((r[2] for r in roles if r[2]), "")
        entry = Entry("person", p["name"], country=home, roles=tuple(roles), extra={"dictionary": True})
        for key in p["keys"]:
            if key in entries or _has_kind(terms, key):
                # a titled form ("President Hu Jintao", "the Bush administration"): the resolver
                # reads the office from the text
                continue
            entries[key].append(entry)


def _add_cities(entries: dict[str, list[Entry]]) -> None:
    """Cities from ``actor_cities.tsv`` (most populous per name); names already in the lexicon win."""
    best: dict[str, tuple[int, str, str]] = {}
    for row in load_tsv("actor_cities.tsv"):
        pop = int(row["population"])
        key = key_of(row["name"])
        if key and (key not in best or best[key][0] < pop):
            best[key] = (pop, row["country"], row["name"])
    for key, (pop, iso3, name) in best.items():
        if key not in entries:
            entries[key].append(Entry("city", name, country=iso3, code=iso3, population=pop))


@cache
def office_nouns() -> frozenset[str]:
    """Common nouns naming the one holder of an office, in lower case (``actor_groups.json``
    ``nouns``: "pope", "pontiff")."""
    return frozenset(n.lower() for g in load_json("actor_groups.json")["groups"] for n in g.get("nouns", []))
