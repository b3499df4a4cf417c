"""Criticism and requests outside politics: sport, private people's requests, business judgements.

docs/annotation-guide.md section 2 codes no sports, entertainment or business routine unless a
political or state actor acts, and no private acts of civilians. Criticism and demands between
private parties are otherwise coded (a union's demand of an employer, a lawsuit); this module tells
the ones that belong to a game ("the manager slammed the linesman"), to everyday private life ("the
librarian urged children to read more") or to a company's business ("analysts said the retailer
mismanaged its expansion"). The word lists live in ``ontology/leisure_exchanges.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from ..nlp.sports import about_sport
from ..ontology import load_json
from .harms import public_actor
from .nonevents import PrivateParty, is_company, political_text, private_actor, state_actor
from .readings import wrongdoing

TABLE = "leisure_exchanges.json"
# CAMEO's accusation of a wrongdoing (112): the one code of a verb of the lexicon read as a quarrel
ALLEGATION_CODE = "112"


@dataclass(frozen=True)
class _Table:
    sports_roles: frozenset[str]
    verbal_codes: dict[str, tuple[str, ...]]
    private_person_sectors: frozenset[str]
    business_wrongs: frozenset[str]
    kinship_nouns: frozenset[str]
    organised_sectors: frozenset[str]
    acquaintance_nouns: frozenset[str]
    institution_nouns: frozenset[str]


@cache
def _table() -> _Table:
    data = load_json(TABLE)
    return _Table(
        frozenset(data["sports_roles"]),
        {plover: tuple(codes) for plover, codes in data["verbal_codes"].items()},
        frozenset(data["private_person_sectors"]),
        frozenset(data["business_wrongs"]),
        frozenset(data["kinship_nouns"]),
        frozenset(data["organised_sectors"]),
        frozenset(data["acquaintance_nouns"]),
        frozenset(data["institution_nouns"]),
    )


def _verbal(plover: str, code: str) -> bool:
    """Whether an event is criticism or a request of the codes this module reads (``verbal_codes``)."""
    prefixes = _table().verbal_codes.get(plover, ())
    if plover == "REQUEST":
        return code.startswith(prefixes)
    return code in prefixes


def _bare_code(actor: dict) -> bool:
    """Whether an actor has no code but its sector's own (no country, group or international body)."""
    code = actor.get("code")
    return not actor.get("country") and (not code or code == actor.get("sector"))


def _unplaced(party: PrivateParty) -> bool:
    """Whether an actor is of no state, armed or political sector and has no code but its sector's
    (no country, group or international body)."""
    return not state_actor(party[0]) and _bare_code(party[0])


def _role(party: PrivateParty) -> bool:
    """Whether an actor's mention is headed by a sports role (``sports_roles``: "the referee")."""
    root = party[2]
    return root is not None and root.pos_ == "NOUN" and root.lower_ in _table().sports_roles


def _names_a_role(sentence: str) -> bool:
    """Whether a sentence names a sports role (``sports_roles``) as a word of its own ("slammed the
    linesman", "the umpires")."""
    return not _table().sports_roles.isdisjoint(re.findall(r"[a-z]+", sentence.lower()))


def _private_person(party: PrivateParty) -> bool:
    """Whether an actor is a private person named by a common noun: no sector or one of
    ``private_person_sectors``, no code but one of those, and a head that is a common noun naming no body
    ("the teacher", "customers"; not "the union", "the council")."""
    actor, _, root, company = party
    sector = actor.get("sector") or ""
    if sector and sector not in _table().private_person_sectors:
        return False
    code = actor.get("code")
    if code in _table().private_person_sectors and not actor.get("country"):
        code = None
    if code and not _bare_code(actor) or company or root is None or root.pos_ != "NOUN" or root.ent_type_:
        return False
    return private_actor(actor, None, root, company, False)


def _names_a_wrong(sentence: Span) -> bool:
    """Whether a sentence names a crime or a breach of law (``business_wrongs``, ``wrongdoing``)."""
    words = _table().business_wrongs
    return any(t.lower_ in words or t.lemma_.lower() in words or wrongdoing(t) for t in sentence)


def business_judgement(
    plover: str, code: str, sources: list[PrivateParty], targets: list[PrivateParty], sentence: Span
) -> bool:
    """Whether criticism (ACCUSE of ``verbal_codes``) is a judgement of a business: every target a
    company, every source a company or an actor of no sector or code (not a union, workers or
    civilians: a labour or community dispute) (no state, armed or political sector, no
    country, group or international code), and no crime or breach of law named in the sentence
    (``business_wrongs``): "analysts said the retailer had mismanaged its expansion". "Workers
    accused the firm of bribing officials" and "the regulator criticised the bank" stay events."""
    if plover != "ACCUSE" or not _verbal(plover, code) or not targets:
        return False
    if not all(is_company(t[0], t[3]) for t in targets):
        return False
    # unions, workers, civilians: a labour or community dispute with a company is coded
    if not all(is_company(s[0], s[3]) or not (s[0].get("sector") or s[0].get("code")) for s in sources):
        return False
    if not all(_unplaced(s) and private_actor(*s, True) for s in sources):
        return False
    return not _names_a_wrong(sentence)


def leisure_exchange(
    plover: str, code: str, sources: list[PrivateParty], targets: list[PrivateParty], sentence: str
) -> bool:
    """Whether criticism or a request (``verbal_codes``) belongs to sport, no event by the guide:
    every actor is of no state, armed or political sector and has no code, and either one of them
    is named by a sports role ("the coach criticised the umpire") or the sentence names one or is
    about sport (``sports.about_sport``: "fans jeered the visitors after the playoff"), every
    actor then being private (``nonevents.private_actor``). "The sports minister criticised the
    league" and "the president urged the league to act" stay events."""
    if not _verbal(plover, code):
        return False
    parties = [*sources, *targets]
    if not parties or not all(_unplaced(p) for p in parties):
        return False
    if any(_role(p) for p in parties):
        return True
    # not ``sports.tells_play``: its words ("goal", "match", "strikers") are also politics' and labour's
    sport = about_sport(sentence) or _names_a_role(sentence)
    return sport and all(private_actor(*p, True) for p in parties)


def _common_person(noun: Token | None) -> bool:
    """Whether a noun phrase head is a common noun (the one asking or asked: people), with no name,
    nationality or place in it and no word of a state, armed or political body or office (``political_text``):
    "the baker", "her pupils", "diners"; not "the mayor", "Chilean miners", "the council", "the city
    manager"."""
    if noun is None or noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    words = list(noun.subtree)
    # "the city manager", "a party official": a compound may name the body the person serves
    if any(t.ent_type_ or t.pos_ == "PROPN" or t.dep_ == "compound" for t in words):
        return False
    return not political_text(" ".join(t.text for t in words))


def _own_kin(noun: Token | None) -> bool:
    """Whether a noun names a family member by a possessive pronoun ("her husband", "his sons"):
    ``kinship_nouns``."""
    if (
        noun is None
        or noun.lemma_.lower() not in _table().kinship_nouns
        and noun.lower_ not in _table().kinship_nouns
    ):
        return False
    # "his", "her", "their": the asker's own; "the man's relatives" may be anyone's
    return any(ch.dep_ == "poss" and ch.tag_ == "PRP$" for ch in noun.children)


def private_request(plover: str, verb: Token | None, parties: list[PrivateParty]) -> bool:
    """Whether a request is one private person's to others (docs/annotation-guide.md section 2:
    private acts of civilians are no events): the requesting verb's subject and its direct object,
    the one asked to do what its infinitive says, are both common nouns with no name, place or
    word of politics in them (``_common_person``: "the chef asked diners to book early", "the
    principal urged students to wear their uniforms"), and every actor coded for it is a private
    person (``_private_person``); or the one asked is the asker's own family (``_own_kin``: "she
    urged her husband to stay inside"). "The mayor urged residents to stay indoors", "residents urged the
    council to act" and "nurses demanded higher pay" stay events."""
    if plover != "REQUEST" or verb is None:
        return False
    subject = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
    asked = next((ch for ch in verb.children if ch.dep_ == "dobj"), None)
    # the one asked is the object of a verb that asks it to act ("urged diners to book"), not
    # the thing demanded ("nurses demanded higher pay")
    if not any(ch.dep_ in ("xcomp", "ccomp") and ch.tag_ == "VB" for ch in verb.children):
        return False
    # "a rebel leader urged his son": an actor of the state, an armed group or politics acts
    if not all(_unplaced(p) for p in parties):
        return False
    if _own_kin(asked):
        return True
    # "urged parents to back their demands against the ministry": politics in the request
    if political_text(verb.sent.text) or not (_common_person(subject) and _common_person(asked)):
        return False
    return all(_private_person(p) for p in parties)


def _organised(actor: dict) -> bool:
    """Whether an actor is of organised civil society (``organised_sectors``: a union, an NGO)."""
    marks = {actor.get("sector") or "", str(actor.get("code") or "")}
    return not marks.isdisjoint(_table().organised_sectors)


def _institution(party: PrivateParty) -> bool:
    """Whether a mention's head names an institution or a builder's business rather than a person
    (``institution_nouns``: "the school", "the school board", "the hospital", "the developer")."""
    root = party[2]
    if root is None or root.pos_ != "NOUN":
        return False
    words = _table().institution_nouns
    return root.lower_ in words or root.lemma_.lower() in words


def _common_noun(root: Token | None) -> bool:
    """Whether a mention's head is a common noun with no entity type ("the woman", not "Kessler")."""
    return root is not None and root.pos_ == "NOUN" and not root.ent_type_


def _intimate(party: PrivateParty) -> bool:
    """Whether an actor of no sector or code is named by a noun of family or private life
    (``kinship_nouns``, ``acquaintance_nouns``) owned by a possessive pronoun ("my brother", "her
    former landlord"; not "Chile's neighbours")."""
    actor, _, root, _ = party
    if actor.get("sector") or actor.get("code") or root is None or root.pos_ != "NOUN":
        return False
    if not any(ch.dep_ == "poss" and ch.tag_ == "PRP$" for ch in root.children):
        return False
    words = _table().kinship_nouns | _table().acquaintance_nouns
    return root.lower_ in words or root.lemma_.lower() in words


def private_quarrel(
    plover: str,
    code: str,
    sources: list[PrivateParty],
    targets: list[PrivateParty],
    people: bool,
    reading: bool = True,
) -> bool:
    """Whether criticism or an allegation (ACCUSE of ``verbal_codes``) is a private quarrel, no
    event by the guide: no actor of it is a public one (``harms.public_actor``: of a state, armed or
    political sector, or a country or international body itself) or of organised civil society
    (``organised_sectors``) or an institution (``institution_nouns``), every actor is private
    (``nonevents.private_actor``, with ``people``), and no company is accused by others than
    companies ("'My brother lied to me,' said a nurse", "the shopkeeper said her neighbour had
    cheated her"). With no target or no source, only in a story that names no state or political
    actor (``people``) and of actors named by common nouns ("the woman"): the one missing, or one
    named, may be a politician the text names elsewhere.
    An event read from a verb of the lexicon rather than from a reported clause (``reading``
    False) is a quarrel only as an allegation (``ALLEGATION_CODE``: "the farmer accused his cousin
    of lying") with both sides named.
    "The senator said the president lied", "'The police lied to us,' said the mother" and "the
    union said the firm misled its workers" stay events."""
    if plover != "ACCUSE" or not _verbal(plover, code) or not (sources or targets):
        return False
    if not reading and (code != ALLEGATION_CODE or not (sources and targets)):
        # "Kessler condemned the strike", "teacher accused of stealing funds": a verb of criticism
        # or a charge told with one side unnamed is left as coded
        return False
    parties = [*sources, *targets]
    if not (sources and targets) and not (people and all(_common_noun(p[2]) for p in parties)):
        return False
    if any(public_actor(p[0]) or _organised(p[0]) or _institution(p) for p in parties):
        # parents against a school, residents against a developer: a community dispute
        return False
    if not all(private_actor(*p, people) or _intimate(p) for p in parties):
        return False
    # customers, residents or workers against a company: a community or labour dispute
    accused_firm = any(is_company(t[0], t[3]) for t in targets)
    return not (accused_firm and not all(is_company(s[0], s[3]) for s in sources))
