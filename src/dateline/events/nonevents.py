"""Predicates that are not events: questions, imperatives, conditions, statistics, travel at home
and earlier years' background.

The annotation guide (docs/annotation-guide.md, section 2) codes none of these: a question asks
about an action and an imperative addresses the reader, an "if" clause states the condition of
another action ("if attacked, ..."), a predicate whose subject is a share or a percentage reports a
statistic or a poll ("38 percent support the plan"), a visit within the visitor's own country is a
campaign stop, an adverb of habit makes a generic statement ("police often detain protesters
there"), and an action the sentence dates to a year before the story's is background ("she
was arrested in 2012"). Each check reads the parse (or the resolved actors) only.

``clause_signals`` names weaker signs that a clause does not report an act of the story, which the
confidence model weighs rather than obeys: the past perfect of background, the simple present of
habits and claims, an obligation or evaluation ("must", "it is important to"), a generic subject
("people", "many"), the speaker or reader as subject, an adverb of habit, a line without final
punctuation and a date of an earlier year anywhere in the sentence; ``opinion_share`` measures how
much of a text the writer voices in the first or second person (letters, columns, editorials).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from spacy.attrs import IDX, LOWER, POS
from spacy.parts_of_speech import PRON
from spacy.tokens import Doc, Span, Token

from ..actors.lexicon import key_of
from ..actors.lexicon import lexicon as actor_lexicon
from ..nlp.doc_index import sentence_bounds, token_indices
from ..nlp.numbers import parse_number
from ..nlp.sports import game_verbs, tells_play, tells_result
from ..ontology import load_json
from ..ontology.cameo import international_codes, synset_words
from ..text.phrases import alternation
from .actors import currency_nouns
from .argument_kinds import TIME_ENTITIES, names_actor, story_headline
from .lexicon import Sense, cues, match_noun, match_verb, to_infinitives

NONEVENT_CUES_FILE = "event_nonevent_cues.json"
# verbs whose infinitive complement states a purpose ("used the money to bribe", "worked to free")
PURPOSE_HEADS = frozenset({"use", "work", "act", "move", "come", "go", "travel", "fight", "help"})

PERCENT_NOUNS = frozenset({"percent", "%", "percentage", "proportion"})
# links from a time phrase up to the predicate it dates directly ("arrested in 2012", "met Tuesday")
TIME_LINKS = frozenset({"pobj", "prep", "npadvmod", "nummod", "compound", "amod", "appos", "tmod"})
# links through which a predicate shares the clause of the word above it
CLAUSE_LINKS = frozenset({"conj", "xcomp"})
MAX_CLIMB = 8
# links by which a date modifies a noun ("a 2013 sit-in", "the 2014 vote")
NOUN_DATE_LINKS = frozenset({"nummod", "compound", "amod"})
# prepositions whose dated noun is the circumstance of the predicate ("killed in a 2012 raid") or
# the start of its span ("has backed her since her 2008 bid": the backing began that year)
CIRCUMSTANCE_PREPS = frozenset({"in", "during", "at", "on", "amid", "throughout", "since"})


def question(sentence: str) -> bool:
    """Whether a sentence is a question (ends with "?" before closing quotes or brackets)."""
    return sentence.rstrip().rstrip("\"'”’)»").endswith("?")


SENTENCE_ENDS = frozenset({".", "!", "?"})
CLAUSE_BREAKS = frozenset({";", ":", "-", "--", "\u2013", "\u2014"})
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def asked_clause(token: Token) -> bool:
    """Whether a word's clause is a direct question: the first sentence-ending mark after it, before
    any quotation mark, is "?" ("'Is she a disgrace?' he asked", "'Was the minister a coward? Yes,
    he was,' she said": only the first is asked). A question asserts nothing (docs/annotation-guide.md
    section 2), a rhetorical one included. A question that only follows the word's own clause, after
    a colon, semicolon or dash or a comma before a wh-word, leaves the statement asserted ("The
    minister is a thief - who else would do that?"); a pair of dashes around an aside does not."""
    words = token.doc[token.i + 1 : token.sent.end]
    for k, word in enumerate(words):
        if word.is_quote:
            return False
        if word.text in SENTENCE_ENDS:
            return word.text == "?"
        rest = words[k + 1 :]
        if word.text in CLAUSE_BREAKS:
            closing = next((w for w in rest if w.text in SENTENCE_ENDS or w.is_quote), None)
            if word.text in {";", ":"} or not any(
                w.text == word.text for w in rest if closing is None or w.i < closing.i
            ):
                return False
        if (
            word.text == ","
            and len(rest)
            and (
                rest[0].tag_ in WH_TAGS
                or (rest[0].dep_ == "cc" and len(rest) > 1 and rest[1].tag_ in WH_TAGS)
            )
        ):
            return False
    return False


def in_condition(token: Token) -> bool:
    """Whether a predicate sits in an "if" / "unless" clause ("If convicted, he could face ...")."""
    marks = cues().conditional_marks
    current = token
    for _ in range(MAX_CLIMB):
        if current.dep_ == "advcl":
            return any(c.dep_ == "mark" and c.lower_ in marks for c in current.children)
        if current.dep_ not in CLAUSE_LINKS or current.head.i == current.i:
            return False
        current = current.head
    return False


def _do_support(token: Token) -> Token | None:
    """The "do" of a negated bare verb ("Don't shoot", "Do not blame"): its only auxiliary, with a
    negation; None otherwise."""
    aux = [c for c in token.children if c.dep_ == "aux"]
    if len(aux) != 1 or aux[0].lower_ not in ("do", "don't") or aux[0].i > token.i:
        return None
    return aux[0] if any(c.dep_ == "neg" for c in token.children) else None


def imperative(token: Token) -> bool:
    """Whether a predicate is an imperative addressed to the reader or the listener, or the content
    clause of one ("Imagine the army attacked the town", "Suppose the envoy resigned"): a bare verb
    opening its sentence with no subject or auxiliary ("Help rebuild the schools", "Give her a
    break"), or negated by "do" ("Don't arrest them", "Do not blame the mayor")."""
    if token.dep_ == "ccomp" and token.head.i != token.i and _imperative(token.head):
        return True
    return _imperative(token) or _supposed(token)


def _supposed(token: Token) -> bool:
    """Whether a clause is what an opening verb of supposition asks the reader to suppose, when
    the parse hangs that verb on the clause ("Say Mexico demanded ...": ``supposition_verbs``)."""
    first = next((t for t in token.sent if not t.is_punct), None)
    return (
        first is not None
        and first.head.i == token.i
        and first.i < token.i
        and first.tag_ == "VB"
        and first.lower_ in nonevent_cues().supposition_verbs
        and first.dep_ in ("aux", "advmod", "dep", "intj", "parataxis")
    )


def _imperative(token: Token) -> bool:
    if token.tag_ != "VB":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "expl") for c in token.children):
        return False
    support = _do_support(token)
    if support is None and any(c.dep_ == "aux" for c in token.children):
        return False
    opening = support if support is not None else token
    first = next((t for t in token.sent if not t.is_punct), None)
    if opening.is_sent_start or (first is not None and first.i == opening.i):
        return True
    if support is not None:
        # a negative imperative quoted after other words ("'Don't arrest them,' he says")
        return opening.i > 0 and opening.doc[opening.i - 1].is_punct and opening.doc[opening.i - 1].is_quote
    # a line of its own (a headline or a link the parser joined to the next line)
    return token.i > 0 and "\n" in token.doc[token.i - 1].whitespace_ + token.doc[token.i - 1].text


# a number of people this large travelling is a count of travellers, not a delegation
CROWD_SIZE = 100


def _number(token: Token) -> float | None:
    """The value of a number word or digits ("2,000", "million", "five"), or None."""
    value = parse_number(token.text)
    return float(value) if value is not None else None


def crowd(subject: Token | None) -> bool:
    """Whether a subject counts people by the crowd: a multitude noun ("hundreds of Syrians",
    "thousands"), a quantifier ("many Israelis") or a number of ``CROWD_SIZE`` or more ("2,000
    pilgrims"). Such people travelling are migrants, tourists or pilgrims, not a visiting actor."""
    if subject is None:
        return False
    c = nonevent_cues()
    if subject.lower_ in c.multitude_nouns:
        return True
    for child in subject.children:
        if child.dep_ in ("amod", "det", "quantmod") and child.lower_ in c.multitude_quantifiers:
            return True
        if child.dep_ == "nummod":
            value = _number(child)
            if value is not None and value >= CROWD_SIZE or child.lower_ in c.multitude_nouns:
                return True
    return False


def counted_crowd(subject: Token | None) -> bool:
    """Whether a subject is a crowd counted by a multitude word alone ("Thousands", "tens of
    thousands", "hundreds of thousands"), naming no one else: people in numbers, not a sum or a
    count of things ("thousands of dollars")."""
    if subject is None or subject.lower_ not in nonevent_cues().multitude_nouns:
        return False
    counted = [p for c in subject.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return all(p.lower_ in nonevent_cues().multitude_nouns for p in counted)


def business_routine(sources: list[dict], targets: list[dict]) -> bool:
    """Whether an event is done by companies to companies (``business_sectors``,
    ``business_codes``: "Toyota agreed to buy a stake in Panasonic", "Shell withdrew its offer for
    BG Group", "Microsoft sued Google"): business routine, which the guide codes only when a
    political or state actor acts ("the regulator investigated the company")."""
    return bool(sources) and bool(targets) and all(is_company(a, False) for a in (*sources, *targets))


def business_doers(sources: list[dict], targets: list[dict]) -> bool:
    """Whether an event is done by companies only (``business_sectors``, ``business_codes``) to no
    actor of the state, armed or political sectors (``state_sectors``): "Microsoft penalized its
    suppliers" is business routine, "the bank penalized the ministry" is not."""
    return (
        bool(sources)
        and all(is_company(a, False) for a in sources)
        and not any((t.get("sector") or "") in nonevent_cues().state_sectors for t in targets)
    )


def _organisation(actor: dict, doc: Doc) -> bool:
    """Whether an actor is a company or another organisation that is no state body: of a business
    sector or code, named with a company's designator (``company_name``), or named by an
    organisation's name (an ORG entity) with no sector of the state, armed or political actors
    (``state_sectors``) and no code of an international body, group or movement
    (``ontology.cameo.international_codes``)."""
    c = nonevent_cues()
    sector = actor.get("sector") or ""
    code = str(actor.get("code") or "")
    if is_company(actor, company_name(str(actor.get("text") or ""), ())):
        # of a business sector or code, or named as a company ("Rogers Communications Inc.")
        return True
    if sector in c.state_sectors or code.startswith(international_codes()):
        return False
    span = actor_span(actor, doc)
    return span is not None and span.root.ent_type_ == "ORG"


def commercial_deal(verbs: list[Token], sources: list[dict], targets: list[dict] = ()) -> bool:
    """Whether an event is a company's purchase, sale or merger (``transaction_verbs`` as the
    predicate or the act it commits to: "the bank agreed to take over a rival lender by buying its
    shares", "the carrier purchased two hangars", "the brewer agreed to be sold to a fund") done by
    organisations that are no state body (``_organisation``), or a purchase or sale of a stake,
    shares or another holding (``holding_nouns``) by anyone, or money raised by such organisations
    (``capital_verbs``: "expects to raise 40 million euros"), or financing sought by private parties
    from private parties only (``_seeks_financing``, ``_private_giver``, ``_lenders``): business
    routine, which the guide does not code; a state's deal ("Russia agreed to sell missiles to
    Turkey") is coded."""
    c = nonevent_cues()
    acts = [v for verb in verbs for v in (verb, *(ch for ch in verb.children if ch.dep_ == "xcomp"))]
    deals = [v for v in acts if v.lemma_.lower() in c.transaction_verbs or _raises_money(v)]
    if any(o.dep_ == "dobj" and o.lower_ in c.holding_nouns for v in deals for o in v.children):
        # "agreed to sell a 20% stake", "bought shares in the carrier": trade in companies
        return True
    if not sources:
        return False
    doc = verbs[0].doc
    financing = [v for v in acts if _seeks_financing(v)]
    lenders = _lenders(financing, targets, doc)
    if financing and all(_private_giver(a, doc) for a in (*sources, *lenders)):
        # "the founders are negotiating financing": a private deal's funding ("negotiated a loan with
        # the government" is talks with a state)
        return True
    return bool(deals) and all(_organisation(a, doc) for a in sources)


def _lenders(verbs: list[Token], targets: list[dict], doc: Doc) -> list[dict]:
    """The targets named in a "with" or "from" phrase of the verbs or their objects ("negotiated a
    loan with the state bank", "sought credit from the ministry"): the other party of the financing."""
    heads = [h for v in verbs for h in (v, *(o for o in v.children if o.dep_ == "dobj"))]
    phrases = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("with", "from")]
    if not phrases:
        return []
    spans = [(t, actor_span(t, doc)) for t in targets]
    return [
        t
        for t, span in spans
        if span is not None and any(p.left_edge.i <= span.root.i <= p.right_edge.i for p in phrases)
    ]


def _seeks_financing(verb: Token) -> bool:
    """Whether a verb of ``financing_verbs`` has an object of ``financing_nouns`` or
    ``capital_nouns`` ("negotiating financing", "arranged a bank loan")."""
    c = nonevent_cues()
    if verb.lemma_.lower() not in c.financing_verbs:
        return False
    nouns = c.financing_nouns | c.capital_nouns
    return any(o.dep_ == "dobj" and o.lemma_.lower() in nouns for o in verb.children)


def private_gift(verbs: list[Token], plover: str, sources: list[dict], targets: list[dict]) -> bool:
    """Whether a promise, gift or joint act (``gift_types``) hands over a sum of money (a direct
    object of the predicate or the act it commits to that is a sum, a currency or one of
    ``capital_nouns``: "pledged $2 million to the party", "the museum accepted $40,000 from a
    family trust") or is done to pay for something (``_funds``: "two software founders teamed up
    to bankroll the mayor's re-election drive") by private givers only (each source of ``nonstate_sectors``, a
    company or another organisation that is no state body, or a person by name) to no state, armed
    or political body but a party or campaign (every target outside ``state_sectors`` or of
    ``campaign_gift_sectors``) and no international body: a donation or grant, campaign finance or
    charity, which the annotation guide codes as no event (campaign logistics, business routine);
    a state's aid ("Norway promised $8 million to the flood relief effort in Malawi") and a gift
    to a government are coded."""
    c = nonevent_cues()
    if plover not in c.gift_types or not sources:
        return False
    acts = [v for verb in verbs for v in (verb, *(ch for ch in verb.children if ch.dep_ == "xcomp"))]
    money = c.capital_nouns | currency_nouns()
    if not any(
        o.dep_ == "dobj" and (o.ent_type_ == "MONEY" or o.lemma_.lower() in money)
        for v in acts
        for o in v.children
    ) and not any(_funds(v) for v in acts):
        return False
    doc = verbs[0].doc
    if not all(_private_giver(a, doc) for a in sources):
        return False
    return not any(
        (state_actor(t) and (t.get("sector") or "") not in c.campaign_gift_sectors)
        or str(t.get("code") or "").startswith(international_codes())
        for t in targets
    )


def _funds(verb: Token) -> bool:
    """Whether an act is done to pay for something: a verb of ``funding_verbs`` as its purpose
    infinitive, also under "help" ("pooled their savings to help underwrite the festival", "teamed
    up to finance the campaign")."""
    words = nonevent_cues().funding_verbs
    purposes = [ch for ch in verb.children if ch.dep_ in ("xcomp", "advcl") and ch.tag_ == "VB"]
    purposes += [
        g for p in purposes if p.lemma_.lower() == "help" for g in p.children if g.dep_ in ("xcomp", "ccomp")
    ]
    return any(p.lemma_.lower() in words for p in purposes)


def _private_giver(actor: dict, doc: Doc) -> bool:
    """A giver of no state: of a sector of ``nonstate_sectors``, a company (``_business``, also by
    a company's name), a person named by a name no state has, or a common noun that names no body
    ("a donor", "two billionaires"); a name of no sector the recogniser calls an organisation may be
    a state or a party the dictionaries do not hold, and is none."""
    sector = actor.get("sector") or ""
    if sector in nonevent_cues().nonstate_sectors:
        return True
    if sector or str(actor.get("code") or "").startswith(international_codes()):
        return False
    text = str(actor.get("text") or "")
    if is_company(actor, company_name(text, ())):
        return True
    span = actor_span(actor, doc)
    if span is None:
        return False
    root = span.root
    if root.ent_type_:
        return root.ent_type_ == "PERSON" and not state_name(text)
    return (
        root.pos_ == "NOUN" and root.lemma_.lower() not in _body_nouns() and root.lower_ not in _body_nouns()
    )


def approves_a_measure(verb: Token, plover: str) -> bool:
    """Whether a promise or support (``approval_types``) is the approval of a measure: a verb of
    ``approval_verbs`` ("the city council approved the library budget", "the assembly adopted
    the water code") or a light verb with one of ``approval_nouns`` as object ("gave the nod to
    the stadium plan"). With no party as target it is a vote or an administrative decision, which the
    annotation guide codes as no event ("votes and results"); "the parliament ratified the
    fishing accord with Norway" names the other party and is coded."""
    c = nonevent_cues()
    if plover not in c.approval_types:
        return False
    if verb.lemma_.lower() in c.approval_verbs:
        return True
    return any(
        o.dep_ == "dobj"
        and " ".join(t.lower_ for t in o.subtree if t.dep_ != "det" and t.i <= o.i) in c.approval_nouns
        for o in verb.children
    )


def corporate_resignation(verb: Token, plover: str, sources: list[dict]) -> bool:
    """Whether a resignation (RETREAT, a verb of ``resignation_verbs``) leaves an office of a
    company (``corporate_offices``) its "as" phrase or a title set beside the one resigning names
    ("Hale quit as chief operating officer of the shipping firm", "the brewer's finance head, its
    CFO, stepped down"): business routine; the annotation guide codes resignation from public
    office ("the defence minister resigned")."""
    c = nonevent_cues()
    if plover != "RETREAT" or verb.lemma_.lower() not in c.resignation_verbs:
        return False
    phrases = [
        p
        for ch in verb.children
        if ch.dep_ == "prep" and ch.lower_ == "as"
        for p in ch.children
        if p.dep_ == "pobj"
    ]
    for actor in sources:
        span = actor_span(actor, verb.doc)
        if span is not None:
            phrases += [ch for ch in span.root.children if ch.dep_ == "appos"]
    pattern = _corporate_office_pattern()
    return any(
        pattern.search(" ".join(t.lower_ for t in p.subtree)) and not _public_body_office(p) for p in phrases
    )


def _public_body_office(title: Token) -> bool:
    """Whether the "of" phrase of an office names a state, an international body, a party or a
    body of the state ("managing director of the International Monetary Fund", "chief executive of
    the national health service of Wales"): a public office, whose holder's resignation is coded."""
    c = nonevent_cues()
    for prep in (ch for ch in title.children if ch.dep_ == "prep" and ch.lower_ == "of"):
        for body in (o for o in prep.children if o.dep_ == "pobj"):
            if body.ent_type_ in ("GPE", "NORP"):
                return True
            words = [t for t in body.subtree if t.i <= body.i and t.dep_ not in ("det", "poss", "case")]
            for text in {" ".join(t.text for t in words), body.text, body.lemma_}:
                for entry in actor_lexicon().entries.get(key_of(text), ()):
                    if entry.sector in c.state_sectors or entry.code.startswith(international_codes()):
                        return True
    return False


def _word_sense(word: Token) -> Sense | None:
    """The event sense a noun or a verb has of its own (``match_noun``, ``match_verb``); None for
    other words."""
    if word.pos_ == "NOUN":
        return match_noun(word)
    return match_verb(word) if word.pos_ == "VERB" else None


def actor_span(actor: dict, doc: Doc) -> Span | None:
    """The words of the text an actor of an event names (its character offsets), if it has them."""
    start, end = actor.get("start"), actor.get("end")
    if start is None or end is None:
        return None
    return doc.char_span(start, end, alignment_mode="expand")


@cache
def _corporate_office_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(nonevent_cues().corporate_offices)})\b")


def _raises_money(verb: Token) -> bool:
    """Whether a verb of ``capital_verbs`` has a sum, a currency of the CAMEO dictionary's CURRENCY
    set or one of ``capital_nouns`` as object ("expects to raise 40 million euros", "raised
    funds")."""
    c = nonevent_cues()
    if verb.lemma_.lower() not in c.capital_verbs:
        return False
    objects = [o for o in verb.children if o.dep_ == "dobj"]
    money = c.capital_nouns | currency_nouns()
    return any(o.ent_type_ == "MONEY" or o.lemma_.lower() in money for o in objects)


def electoral_contest(verb: Token, sources: list[dict], targets: list[dict]) -> bool:
    """Whether a verb of defeating (``contest_verbs``) coded as force tells of an election or a vote
    won: its "in" or "by" phrase names one (``contest_nouns``: "beat her rival in the runoff",
    "defeated the incumbent by 300 votes"), or every actor of it is of a political sector
    (``contest_sectors``; none armed: "the senator narrowly beat the governor in Ohio"). The guide
    codes elections and their results as no event; "police beat the protesters" is force."""
    c = nonevent_cues()
    if verb.lemma_.lower() not in c.contest_verbs:
        return False
    for prep in (ch for ch in verb.children if ch.dep_ in ("prep", "agent") and ch.lower_ in ("in", "by")):
        if any(o.dep_ == "pobj" and o.lemma_.lower() in c.contest_nouns for o in prep.children):
            return True
    actors = [*sources, *targets]
    return bool(sources) and all((a.get("sector") or "") in c.contest_sectors for a in actors)


def private_trip(sources: list[dict], targets: list[dict]) -> bool:
    """Whether a visit is made by private persons (every source of ``private_sectors``: "his cousins
    are touring several towns in Portugal", "tourists from China visited the city") to no state, armed
    or political actor (no target of ``state_sectors``): travel, not a CONSULT/visit event, which
    the guide codes between political actors. Citizens received by an office ("families of the
    victims visited the White House") are."""
    c = nonevent_cues()
    if not sources or not all((a.get("sector") or "") in c.private_sectors for a in sources):
        return False
    return not any((t.get("sector") or "") in c.state_sectors for t in targets)


def support_rally(tokens: list[Token], subject: Token | None, inner_codes: Iterable[str] = ()) -> bool:
    """Whether a rally (``rally_words``) is a show of support, not dissent: held by supporters
    (a subject, the "of" phrase of a subject or the owner of ``supporter_nouns``: "supporters rallied
    outside the court", "thousands of his supporters held a rally"),
    to back someone (an infinitive or participle of ``backing_verbs``: "rallied to back the mayor",
    "a rally supporting the candidate"), in support or favour of someone ("in support of the
    president") or "pro-" someone ("a pro-government rally"). The PLOVER codebook's PROTEST is a
    demonstration against a target; a rally "against" anyone stays one, as does one that folds in an
    act of dissent (CAMEO codes ``inner_codes`` under ``dissent_roots``: "opposition supporters
    rallied demanding the release of their leader")."""
    c = nonevent_cues()
    rallies = [t for t in tokens if t.lemma_.lower() in c.rally_words]
    if not rallies or any(code[:2] in c.dissent_roots for code in inner_codes):
        return False
    # the rally noun's phrases and those of the light verb that holds it ("held a rally supporting ...")
    scope = [t for r in tokens for t in (*r.children, *(g for ch in r.children for g in ch.children))]
    if any(t.lower_ == "against" for t in scope):
        return False
    subjects = [subject] if subject is not None else []
    subjects += [ch for t in tokens for ch in t.children if ch.dep_ in ("nsubj", "nsubjpass")]
    of_phrases = [p for s in subjects for p in s.children if p.dep_ == "prep" and p.lower_ == "of"]
    holders = [*subjects, *(o for p in of_phrases for o in p.children if o.dep_ == "pobj")]
    holders += [o for t in scope if t.dep_ == "poss" or t.lower_ == "by" for o in (t, *t.children)]
    if any(h.lemma_.lower() in c.supporter_nouns for h in holders):
        return True
    for t in scope:
        if t.pos_ == "VERB" and t.dep_ in ("xcomp", "advcl", "acl") and t.lemma_.lower() in c.backing_verbs:
            return True
        if t.lower_ == "in" and any(o.lemma_.lower() in c.backing_nouns for o in t.children):
            return True
        hyphen = t.i + 1 < len(t.doc) and t.nbor(1).text == "-"
        if t.lower_.startswith("pro-") or (t.lower_ == "pro" and hyphen):
            return True
    return False


def campaign_rally(tokens: list[Token], sources: list[dict], inner_codes: Iterable[str] = ()) -> bool:
    """Whether a rally (``rally_words``) is a campaign event: held by candidates, parties or
    officeholders only (every source of ``campaign_sectors``: "the senator held a rally in the
    county seat", "the party rallied its voters"), against no one and folding in no act of dissent
    (``dissent_roots``) and stating no aim in a clause of its own ("held a rally demanding new
    elections"). docs/annotation-guide.md codes rallies as campaign logistics and PROTEST as
    collective civilian dissent; a rally "against" someone, or one demanding something, stays a
    protest, and so does any rally of civilians or of the opposition (a source of
    ``opposition_sectors`` or one whose mention says "opposition": "opposition MPs staged a
    rally")."""
    c = nonevent_cues()
    rallies = [t for t in tokens if t.lemma_.lower() in c.rally_words]
    if not rallies or not sources or any(code[:2] in c.dissent_roots for code in inner_codes):
        return False
    scope = [t for r in tokens for t in (*r.children, *(g for ch in r.children for g in ch.children))]
    if any(t.lower_ == "against" for t in scope):
        return False
    if any(t.pos_ == "VERB" and t.dep_ in ("xcomp", "advcl", "acl") for t in scope):
        # a rally for a stated aim ("held a rally demanding new elections") may be dissent
        return False
    if any((a.get("sector") or "") in c.opposition_sectors or _opposition_named(a) for a in sources):
        # "the opposition party held a rally in the capital", "opposition MPs staged a rally"
        return False
    return all((a.get("sector") or "") in c.campaign_sectors for a in sources)


def _opposition_named(actor: dict) -> bool:
    """Whether an actor's mention names it as of the opposition ("the opposition Bangladesh
    Nationalist Party", "opposition MPs")."""
    return any(w.lower().strip(".,'") == "opposition" for w in (actor.get("text") or "").split())


def official_obstruction(
    code: str, sources: list[dict], verb: Token | None = None, inner_codes: Iterable[str] = ()
) -> str | None:
    """The code of a blockade by the state's force (``obstruction_recode`` when every source is
    of ``obstructing_sectors``: "police blocked access to the square", "the army blocked the road to
    the border"): a restriction of movement, CAMEO 191, the PLOVER codebook's COERCE/restrict, as
    the CAMEO verb dictionary codes BLOCK by the doer (its "- * TRAFFIC [191]" beside "[144]"); PLOVER's
    PROTEST/obstruct is civilian dissent. None when the code is no such obstruction, a source is
    of no such sector (protesters, strikers, residents), or the blockade is itself dissent: it folds
    in an act of dissent (``inner_codes`` under ``dissent_roots``: "blocked the highway to demand
    higher pay"), is done "in protest" or for a purpose of ``dissent_purpose_verbs``, or its doers
    are people the actor dictionaries file under an office they do not act for (a head of
    ``private_standing_nouns`` or ``supporter_nouns``, or one modified by ``dissenting_modifiers``:
    "army veterans", "civil servants", "soldiers' wives", "striking police officers")."""
    c = nonevent_cues()
    recoded = load_json(NONEVENT_CUES_FILE)["obstruction_recode"].get(code)
    if recoded is None or not sources:
        return None
    if not all((a.get("sector") or "") in c.obstructing_sectors for a in sources):
        return None
    if any(inner[:2] in c.dissent_roots for inner in inner_codes):
        return None
    if verb is None:
        return recoded
    # the verb's own phrases and those of its object ("block roads in protest over pay cuts")
    phrases = [t for ch in verb.children for t in (ch, *ch.children) if t.dep_ == "prep" and t.lower_ == "in"]
    if any(o.lower_ == "protest" for p in phrases for o in p.children if o.dep_ == "pobj"):
        return None
    for t in verb.children:
        if t.pos_ == "VERB" and t.dep_ in ("xcomp", "advcl") and t.lemma_.lower() in c.dissent_purpose_verbs:
            return None
    doc = verb.doc
    for a in sources:
        span = actor_span(a, doc)
        if span is None or not len(span):
            continue
        head = span.root
        if head.lemma_.lower() in c.private_standing_nouns | c.supporter_nouns:
            return None
        if any(m.lower_ in c.dissenting_modifiers for m in head.children if m.dep_ in ("amod", "compound")):
            return None
    return recoded


def diplomatic_protest(code: str, sources: list[dict], verb: Token) -> str | None:
    """The code of a protest a state makes by its government (``diplomatic_protest_recode`` when
    the verb is the predicate and every source is a state named alone, with no sector, or is of
    ``diplomatic_sectors``: "Japan protested the drills", "the foreign ministry protested the
    arrests"): an official complaint, CAMEO 114, as the CAMEO verb dictionary codes lodging one
    ("- * PROTEST [110] # LODGE") and the frame lexicon a protest made "to" someone; PLOVER's
    PROTEST is collective civilian dissent (docs/annotation-guide.md section 1). None otherwise
    (students, workers, lawmakers or crowds protesting, or a noun of protest)."""
    recoded = load_json(NONEVENT_CUES_FILE)["diplomatic_protest_recode"].get(code)
    if recoded is None or not sources or verb.pos_ != "VERB":
        return None
    sectors = nonevent_cues().diplomatic_sectors

    def state_named_alone(actor: dict) -> bool:
        span = actor_span(actor, verb.doc)
        named = span is not None and len(span) > 0 and span.root.ent_type_ == "GPE"
        return named and not actor.get("sector")

    if all(a.get("sector") in sectors or state_named_alone(a) for a in sources):
        return recoded
    return None


@cache
def _body_nouns() -> frozenset[str]:
    """Common nouns that name a body, a country or an office rather than a private person: the
    ``actor_nouns`` and ``weak_terms`` of actor_sectors.json but for its ``people_words``."""
    vocab = load_json("actor_sectors.json")
    people = set(vocab.get("people_words", []))
    nouns = (*vocab.get("actor_nouns", []), *vocab.get("weak_terms", []))
    return frozenset(w for w in nouns if w not in people)


PrivateParty = tuple[dict, str | None, Token | None, bool]


def company_name(name: str, organisations: Iterable[str]) -> bool:
    """Whether a name is a company's: its last word is a designator of a company
    (``company_designators``: "Octel Communications Corp.", "Mesa Airlines"), or it is the first
    words of such a name of the text's organisations ("Mesa" beside "Mesa Airlines")."""
    designators = nonevent_cues().company_designators

    def designated(words: list[str]) -> bool:
        return len(words) > 1 and words[-1].lower().rstrip(",") in designators

    words = name.split()
    if not words:
        return False
    if designated(words):
        return True
    return any(
        designated(org.split()) and org.split()[: len(words)] == words and len(org.split()) > len(words)
        for org in organisations
    )


def is_company(actor: dict, company: bool) -> bool:
    """A company: of a business sector or code (``business_sectors``, ``business_codes``) or
    named by a company's name, unless its sector is of the state, armed or political actors
    (``state_sectors``) or its code an international body's: a state body named like a company
    ("Rostec State Corporation", a deposit insurance corporation) is no company."""
    c = nonevent_cues()
    code = str(actor.get("code") or "")
    sector = actor.get("sector") or ""
    if sector in c.business_sectors or code.startswith(tuple(c.business_codes)):
        return True
    # a company's name matched to an NGO by a word of it ("Greenleaf Foundation Inc.") is a company's
    bodies = tuple(k for k in international_codes() if k not in c.company_name_codes)
    return company and sector not in c.state_sectors and not code.startswith(bodies)


def private_actor(
    actor: dict, kind: str | None, root: Token | None, company: bool, people: bool, name_as_state: bool = True
) -> bool:
    """Whether an actor is a private person, company or civilian body: of a sector of
    ``nonstate_sectors``, a company (``_business``), or of no sector (or an unknown one,
    ``unknown_sectors``) and no international code named by a common noun that names no body,
    country or office ("the skater", "a woman": an office or a body would have given it a sector);
    with ``people``, also one of the media (``people_sectors``) or one of no sector named by a
    person's or an organisation's name (``private_entities``: ``kind``, the named entity's type, or
    the type of the mention's head word ``root``). A caller leaves ``people`` off in a story that
    names state or political actors, where a name with no sector may be a politician's, a party's
    or a movement's the dictionaries do not hold. A country, a place, a state body, an armed group
    and an international body are never private."""
    c = nonevent_cues()
    sector = actor.get("sector") or ""
    sector = "" if sector in c.unknown_sectors else sector
    if is_company(actor, company):
        return True
    # an international body's sector is its field ("AGR" for a food agency), not a private one
    if str(actor.get("code") or "").startswith(international_codes()):
        return False
    if sector:
        return sector in c.nonstate_sectors or (people and sector in c.people_sectors)
    if root is not None and root.pos_ == "NOUN" and not root.ent_type_:
        return root.lemma_.lower() not in _body_nouns() and root.lower_ not in _body_nouns()
    if not people or (name_as_state and state_name(str(actor.get("text") or ""))):
        return False
    if root is not None and root.ent_type_ and root.pos_ == "PROPN":
        kind = root.ent_type_
    return kind in c.private_entities


# actor lexicon kinds of a name that stands for a state: a country or its seat of government
STATE_NAME_KINDS = frozenset({"country", "seat"})


def people_by_name(parties: list[tuple[str | None, str]]) -> list[bool]:
    """Which parties, each given by its entity type and mention, are people by name: tagged as
    persons and not named like a state (``state_name``: "Benin and Togo clashed", the names tagged
    as people), unless another party is a person by a name no state has, when a name shared by a
    country and a person is the person's ("Chad and Kelly clashed outside the bar")."""
    first_names = _first_names(parties)
    return [kind == "PERSON" and (first_names or not state_name(text)) for kind, text in parties]


def state_name(text: str) -> bool:
    """Whether a mention is the name of a country or of its seat of government (``STATE_NAME_KINDS``
    of the actor lexicon), whatever entity type the tagger gave it ("Moldova and Belarus met", the
    two names tagged as organisations): a state, never a private party."""
    words = text.split()
    if words[:1] and words[0].lower() == "the":
        words = words[1:]
    entries = actor_lexicon().entries.get(key_of(" ".join(words)), ()) if words else ()
    return any(e.kind in STATE_NAME_KINDS for e in entries)


def listed_person(text: str) -> bool:
    """Whether a mention is the name of a person the actor dictionaries list (a ``person`` entry
    and no state of that name), whatever entity type the tagger gave it ("Trump" read as an
    organisation in a headline)."""
    words = text.split()
    entries = actor_lexicon().entries.get(key_of(" ".join(words)), ()) if words else ()
    kinds = {e.kind for e in entries}
    return "person" in kinds and not kinds & STATE_NAME_KINDS


def private_exchange(
    plover: str, sources: list[PrivateParty], targets: list[PrivateParty], people: bool = False
) -> bool:
    """Whether an event of a type of ``private_types`` (meeting, praise, promise, help, refusal,
    concession...) is done between private actors only (``private_actor``, with ``people``; each
    actor given with its entity type, the head word of its mention and whether it is named by a
    company's name): "the airline rejected its rival's offer", "a friend called her a joy to know"
    is no event by the guide (private acts of civilians, business routine); an event with no target
    is when its doers are companies ("the carrier agreed to a merger"), and an event of any type is
    when its every actor is a company ("the fund raised its stake in the chipmaker"). A state,
    political or armed actor on either side keeps it ("the governor met the bank's executives"),
    and so does a civilian's act with no target ("the hospital agreed to stay open")."""
    if not sources:
        return False
    if targets and all(is_company(a, company) for a, _, _, company in (*sources, *targets)):
        # companies acting on companies, whatever the type: "raised its stake in the chipmaker",
        # "sued its supplier" (``business_routine``)
        return True
    if plover not in nonevent_cues().private_types:
        return False
    if not targets:
        return all(is_company(a, company) for a, _, _, company in sources)
    parties = (*sources, *targets)
    tagged = [
        (kind or (root.ent_type_ if root is not None else None), str(a.get("text") or ""))
        for a, kind, root, _ in parties
    ]
    # "Jordan met Abdullah": a name a country and a person share, beside a person's name, is a person's
    states = not _first_names(tagged)
    return all(private_actor(*party, people, name_as_state=states) for party in parties)


def _first_names(parties: list[tuple[str | None, str]]) -> bool:
    """Whether a party, given by its entity type and mention, is tagged as a person and named by a
    name no state has."""
    return any(kind == "PERSON" and not state_name(text) for kind, text in parties)


@cache
def _political_pattern() -> re.Pattern[str]:
    """Any term of a state, armed or political sector (``state_sectors``: the ``terms`` of
    actor_sectors.json, "government", "police", "senators", and the nouns the CAMEO agents
    dictionary files under one, ``agent_sectors`` of cameo_verbs.json, "mayor", "sheriff"), of an
    election (``contest_nouns``) or of politics (``political_words``), as a whole word."""
    c = nonevent_cues()
    terms = load_json("actor_sectors.json")["terms"]
    agents = load_json("cameo_verbs.json").get("agent_sectors", {})
    words = {t.lower() for sector in c.state_sectors for t in terms.get(sector, [])}
    words |= {noun.lower() for noun, sector in agents.items() if sector in c.state_sectors}
    words |= c.contest_nouns | c.political_words
    return re.compile(rf"(?<![\w-])(?:{alternation(sorted(words))})(?![\w-])", re.IGNORECASE)


def political_text(text: str) -> bool:
    """Whether a text names any state, armed or political body or office, or an election
    (``_political_pattern``): news that may tell of politicians the dictionaries do not hold; a
    text that names none (a feature, an obituary, sports, a local brief) is about private people."""
    return bool(_political_pattern().search(text))


def state_actor(actor: dict) -> bool:
    """Whether an actor is of a sector of the state, armed or political actors (``state_sectors``)."""
    return (actor.get("sector") or "") in nonevent_cues().state_sectors


def domestic_visit(sources: list[dict], targets: list[dict]) -> bool:
    """Whether a visit goes to a place or actor of the visitor's own country: travel at home (a
    campaign stop, a tour of the border) is not a CONSULT/visit event."""
    countries = {a.get("country") for a in sources if a.get("country")}
    return bool(countries) and bool(targets) and all(t.get("country") in countries for t in targets)


def perpetrates(verb: Token) -> bool:
    """Whether a verb of doing an act that is coded as a promise ('perpetration_verbs') names the
    act it does: a direct object that is no actor and no sum, with no commitment phrase and no
    verbal complement ("committed a series of robberies", "committed atrocities against
    civilians"); "committed to negotiate", "committed troops to the mission" and "committed
    $5 million" promise."""
    c = nonevent_cues()
    if verb.lemma_.lower() not in c.perpetration_verbs:
        return False
    objects = [ch for ch in verb.children if ch.dep_ == "dobj"]
    if not objects:
        return False
    for child in verb.children:
        if child.dep_ in ("xcomp", "ccomp") or (child.dep_ == "prep" and child.lower_ in c.commitment_preps):
            return False
    return not any(names_actor(o) or o.ent_type_ == "MONEY" or o.tag_ == "$" for o in objects)


DESTINATION_PREPS = frozenset({"to", "into"})


def nobody_acts(predicate: Token) -> bool:
    """Whether the subject of a predicate is a negative quantifier (``negative_quantifiers``, or a
    noun naming actors with the determiner "no"): "no one was hurt", "nobody was injured in the
    blast", "no country has imposed sanctions". No specific actor does the act or has it done to
    them, so there is no event, not even a negated one. A group named in an "of" phrase ("none of
    the protesters were arrested"), a side named by its nationality ("no Israeli official met the
    delegation") and a thing denied ("no charges were filed against the journalists") leave a
    negated act."""
    words = nonevent_cues().negative_quantifiers
    for subject in (c for c in predicate.children if c.dep_ in ("nsubj", "nsubjpass")):
        # "none of the protesters were arrested" denies the act of a group the text names
        group = any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children)
        if subject.lower_ in words and not group:
            return True
        national = any(
            m.dep_ in ("amod", "compound") and m.ent_type_ in ("NORP", "GPE") for m in subject.children
        )
        if (
            names_actor(subject)
            and not national
            and any(d.dep_ == "det" and d.lower_ == "no" for d in subject.children)
        ):
            # "no country has imposed sanctions"; "no charges were filed against the journalists"
            # is a negated act done to them, and "no Israeli official met the delegation" one of a
            # side the text names
            return True
    return False


def journey(verb: Token, code: str) -> bool:
    """Whether a predicate is a trip the CAMEO verb dictionary codes as a meeting or a visit: a verb
    of motion of ``journey_verbs`` ("flew to", "came to", "went to") with a code of
    ``journey_codes``. Made within the traveller's own country it is travel at home, as a visit
    there is (``domestic_visit``), unless it is made for talks with someone."""
    c = nonevent_cues()
    return verb.lemma_.lower() in c.journey_verbs and code in c.journey_codes


def common_destinations(verb: Token, code: str) -> list[Token]:
    """The destinations of a trip coded as a meeting or a visit ('journey_verbs', 'journey_codes')
    when every one is a place named by a common noun, with no proper name in its phrase ("came to
    town", "flew to the city"): such a trip visits no one. Empty when the trip names a place or
    actor by name ("flew to Baghdad") or is no such trip."""
    c = nonevent_cues()
    if verb.lemma_.lower() not in c.journey_verbs or code not in c.journey_codes:
        return []
    places = [
        p
        for ch in verb.children
        if ch.dep_ == "prep" and ch.lower_ in DESTINATION_PREPS
        for p in ch.children
        if p.dep_ == "pobj"
    ]
    if any(p.pos_ != "NOUN" or any(t.pos_ == "PROPN" or t.ent_type_ for t in p.subtree) for p in places):
        return []
    return places


@cache
def _aircraft_nouns() -> frozenset[str]:
    """The nouns of the CAMEO verb dictionary's AIRCRAFT synonym set ("jet", "bomber", "drone")."""
    return synset_words("AIRCRAFT")


def no_visit(verb: Token, sources: list[dict]) -> bool:
    """Whether a trip read as a visit (``trip_visit``: "flew to Kabul") is none: made by forces
    only (every source of ``journeying_forces``: "US troops flew to Kabul to secure the airport",
    "special forces flew to the region") or by aircraft (a subject of the CAMEO dictionary's
    AIRCRAFT set: "two strategic bombers flew to Venezuela", "four fighter jets flew to Estonia"),
    which is a deployment, not a visit to anyone (the PLOVER codebook's CONSULT/visit is a meeting
    of the visitor and the host); or told in the passive with no agent ("the president was flown to
    Baku"), which names no one who travels to meet anyone."""
    c = nonevent_cues()
    if sources and all((a.get("sector") or "") in c.journeying_forces for a in sources):
        return True
    subjects = [ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")]
    aircraft = _aircraft_nouns()
    for subj in subjects:
        words = {subj.lemma_.lower(), subj.lower_}
        words |= {f"{ch.lower_} {w}" for w in tuple(words) for ch in subj.children if ch.dep_ == "compound"}
        if words & aircraft:
            return True
    passive = any(ch.dep_ in ("nsubjpass", "auxpass") for ch in verb.children)
    return passive and not any(ch.dep_ == "agent" for ch in verb.children)


# a predicate's own arguments, and the phrases whose object is one ("by" agents, "between" pairs)
ARGUMENT_LINKS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "poss"})
DOER_PREPS = frozenset({"by", "between", "agent"})


def names_no_actor(tokens: list[Token]) -> bool:
    """Whether a predicate has a subject of its own and no argument naming an actor (a person, group,
    organisation or country): "the bill was withdrawn", "a video of the rescue was released". The
    guide codes an event only where the sentence names one of its actors. A predicate whose subject
    sits elsewhere (a controlling or coordinated verb) is not judged here."""
    arguments: list[Token] = []
    subject = False
    for token in tokens:
        for child in token.children:
            if child.dep_ in ARGUMENT_LINKS:
                arguments.append(child)
                subject = subject or child.dep_ in ("nsubj", "nsubjpass")
            elif child.dep_ in ("agent", "prep") and child.lower_ in DOER_PREPS:
                arguments.extend(p for p in child.children if p.dep_ == "pobj")
    return subject and not any(names_actor(a) for a in arguments)


WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def asks_a_question(token: Token) -> bool:
    """Whether a predicate takes an indirect question as its complement ("asked whether the deal
    required ...", "asked who approved it"): an inquiry, not a request to act."""
    return any(question_clause(c) for c in token.children if c.dep_ == "ccomp")


def first_conjunct(token: Token) -> Token:
    """The first of the coordinated words a word is one of ("released" in "arrested and released
    them"), the word itself when it is coordinated with none before it."""
    current = token
    for _ in range(MAX_CLIMB):
        if current.dep_ != "conj" or current.head.i == current.i:
            break
        current = current.head
    return current


QUESTION_MARKS = frozenset({"whether", "if"})


def question_clause(clause: Token) -> bool:
    """Whether a complement clause is an indirect question: marked by "whether" or "if", or opening
    with a wh-word after the word it complements ("how many were killed", "who approved it")."""
    if any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in clause.children):
        return True
    first = clause.left_edge
    return first.tag_ in WH_TAGS and first.i < clause.i and clause.head.i < first.i


def indirect_question(token: Token) -> bool:
    """Whether a predicate heads (or is coordinated in) a clause that is an indirect question, the
    complement of a verb or adjective opening with a wh-word or "whether" ("declined to say how many
    soldiers were killed", "it is unclear who carried out the attack", "asked whether the army
    would withdraw", "will decide whether to impose sanctions"): what the clause tells is asked
    about, not reported (docs/annotation-guide.md section 2: questions). A wh-clause a reporting
    verb tells is reported ("explained how the army retook the town")."""
    current = first_conjunct(token)
    if current.head.i == current.i:
        return False
    marked = any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in current.children)
    if current.dep_ == "xcomp":
        # "will decide whether to impose sanctions"; not "agreed on how to share power"
        return marked
    if current.dep_ not in ("ccomp", "csubj") or not question_clause(current):
        return False
    if marked:
        return True
    # a wh-clause a reporting verb tells ("explained how the army retook the town") is told, unless
    # the telling is negated or refused ("did not say when", "declined to say how many")
    head = current.head
    return not (_reporting(head) and not withheld(head))


def has_negation(token: Token) -> bool:
    """Whether a word has a negation of its own: a "not" or a negating adverb ("never", ``negation``
    of event_cues.json) as dependent."""
    negation = cues().negation
    return any(ch.dep_ == "neg" or (ch.dep_ == "advmod" and ch.lower_ in negation) for ch in token.children)


def withheld(verb: Token) -> bool:
    """Whether a verb is negated or the complement of a negating verb ("did not say", "declined to
    say": ``has_negation``, ``negating_verbs`` of event_cues.json)."""
    return has_negation(verb) or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in cues().negating_verbs)


def _share(token: Token) -> bool:
    """A percentage or a rate: "20 percent", "a share", "three in four voters" (a count per so
    many)."""
    if token.ent_type_ == "PERCENT" or token.lemma_.lower() in PERCENT_NOUNS:
        return True
    counts = [token, *(c for c in token.children if c.dep_ == "nummod")]
    return any(q.dep_ == "quantmod" and q.lower_ == "in" for c in counts for q in c.children)


def statistic(predicate: Token, subject: Token | None) -> bool:
    """Whether a predicate's subject (or a word coordinated with it) is a share or a percentage:
    "52 percent agreed", "20% were killed", "Johnson and 1 percent support ..." (a poll). A
    predicate the parse left without a subject counts a percentage on its left as one."""
    if subject is not None and any(_share(t) for t in (subject, *subject.conjuncts)):
        return True
    shares = [t for left in predicate.lefts for t in left.subtree if _share(t)]
    # no subject of its own, or several shares before it: a poll ("46 percent back A and 44 percent B")
    return bool(shares) and (subject is None or len(shares) > 1)


# CAMEO's threat of military force
MILITARY_THREAT_CODE = "138"
STRUGGLE_PREPS = frozenset({"for", "against", "over", "with", "on"})
# the phrases of a noun of struggle that name what is fought ("war on", "battle against")
FOUGHT_PREPS = frozenset({"against", "with", "on"})


def game_play(
    sense: Sense, sentence: str, sources: list[dict], targets: list[dict], verb: Token | None = None
) -> bool:
    """Whether force, or the threat of it (CAMEO 138: the dictionary's STEP_UP * ATTACK), is the
    play of a game, or a verb of winning (``sports.game_verbs``: "beat", "rout", "knocked out",
    whatever it is coded as) a game's result: its sentence tells a game in play
    (``sports.tells_play``: "the hosts mounted attack after attack before half-time") or, for a
    verb of winning, a result (``sports.tells_result``: "beat the visitors 5-3", "routed them in
    the semi-final"), and no actor of it is armed (``armed_sectors``; "troops attacked the stadium
    before the match" is force). PETRARCH's discards drop sports stories; the guide codes
    deliberate violence, not games."""
    force = sense.plover == "ASSAULT" or sense.cameo.startswith(MILITARY_THREAT_CODE)
    won = verb is not None and verb.lemma_.lower() in game_verbs()
    if not (force and tells_play(sentence) or won and tells_result(sentence)):
        return False
    armed = cues().armed_sectors
    return not any((a.get("sector") or "") in armed for a in (*sources, *targets))


def figurative_struggle(verbs: list[Token], sources: list[dict], targets: list[dict]) -> bool:
    """Whether a verb of struggle (``struggle_verbs``: "fight", "battle") coded as force, or
    promised, is a figurative struggle: no actor of it is armed (``armed_sectors``) and it strives
    for something (an infinitive: "has fought to expand health care") or against things that are no
    actors ("battled cancer", "Democrats are fighting the tax bill", "vowed to fight for working
    families", "promised to fight corruption": what the verb fights names no actor the coder
    found). The guide codes deliberate violence; "a campaign battle" is a word sense that is not the
    event."""
    c = nonevent_cues()
    verb = next((v for v in verbs if v.lemma_.lower() in c.struggle_verbs), None)
    if verb is None:
        return _waged_on_things(verbs, sources, targets)
    armed = cues().armed_sectors
    if any((a.get("sector") or "") in armed for a in (*sources, *targets)):
        return False
    if any(_infinitive(ch) for ch in verb.children):
        return True
    causes = []
    opponents = [ch for ch in verb.children if ch.dep_ == "dobj"]
    for prep in (ch for ch in verb.children if ch.dep_ == "prep" and ch.lower_ in STRUGGLE_PREPS):
        for noun in (p for p in prep.children if p.dep_ == "pobj" and p.ent_type_ not in TIME_ENTITIES):
            (causes if prep.lower_ == "for" else opponents).append(noun)
    if not opponents:
        # what is fought for is a cause or a beneficiary, never the other side
        return bool(causes)
    # fought against things: no actor the coder found is what the verb fights
    return not any(_names(actor, noun) for actor in targets for noun in opponents)


def _waged_on_things(verbs: list[Token], sources: list[dict], targets: list[dict]) -> bool:
    """Whether a light verb of struggle (``struggle_light_verbs``) wages a struggle noun
    (``struggle_nouns``) on things only: "vowed to wage war on inflation", "launched a crusade against
    red tape"; no actor of it is armed, and what the noun fights names no actor, found by the coder
    or not ("a military campaign against Kurdish fighters" is fought)."""
    c = nonevent_cues()
    armed = cues().armed_sectors
    if any((a.get("sector") or "") in armed for a in (*sources, *targets)):
        return False
    light = c.struggle_light_verbs
    for verb in (v for v in verbs if v.lemma_.lower() in light or v.lower_ in light):
        struggles = [
            ch for ch in verb.children if ch.dep_ == "dobj" and ch.lemma_.lower() in c.struggle_nouns
        ]
        for struggle in struggles:
            # the parse hangs "on inflation" on the noun or on the verb
            fought = _fought(struggle) + _fought(verb)
            if (
                fought
                and not any(_fought_actor(noun) for noun in fought)
                and not any(_names(actor, noun) for actor in targets for noun in fought)
            ):
                return True
    return False


def _fought_actor(noun: Token) -> bool:
    """Whether what a struggle is fought against names an actor: a common noun for people ("Kurdish
    fighters") or a name the tagger gives an entity type ("Gaza"); a proper-noun tag with no entity
    is the tagger's guess at a capitalised thing (a headline's "Minister Vows War On Inflation")."""
    return names_actor(noun) and (noun.pos_ != "PROPN" or bool(noun.ent_type_))


def _fought(struggle: Token) -> list[Token]:
    """What a struggle is fought against: the objects of the "on", "against" or "with" phrases of
    its noun or of the verb that wages it ("war on poverty", "a battle with the rebels")."""
    return [
        p
        for prep in struggle.children
        if prep.dep_ == "prep" and prep.lower_ in FOUGHT_PREPS
        for p in prep.children
        if p.dep_ == "pobj" and p.ent_type_ not in TIME_ENTITIES
    ]


def _names(actor: dict, noun: Token) -> bool:
    """Whether an actor mention covers a noun phrase's head."""
    start, end = actor.get("start"), actor.get("end")
    return start is not None and end is not None and int(start) <= noun.idx < int(end)


def _infinitive(clause: Token) -> bool:
    """A to-infinitive complement or purpose clause of a verb ("fought to expand")."""
    return (
        clause.dep_ in ("xcomp", "advcl")
        and clause.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    )


def _dates_directly(head: Token, predicate: Token) -> bool:
    """Whether a time phrase's head hangs on the predicate through links of dating; a phrase whose
    head is an adverb ("two years ago", "more than 50 years ago") dates the verb it modifies."""
    current = head
    if current.dep_ == "advmod" and current.head.i == predicate.i and predicate.pos_ in ("VERB", "AUX"):
        return True
    for _ in range(MAX_CLIMB):
        if current.i == predicate.i:
            return True
        if current.dep_ not in TIME_LINKS or current.head.i == current.i:
            return False
        current = current.head
    return False


def _dates_a_noun(root: Token, predicates: list[Token], timed: set[int]) -> bool:
    """Whether a date modifies a noun of its own that is no time word and no circumstance of the
    predicate: the noun's event is dated, not the predicate's ("sentenced 75 people over a 2013
    sit-in", "charged in connection with a 2015 attack"; but "was killed in a 2012 raid")."""
    if root.dep_ not in NOUN_DATE_LINKS:
        return False
    noun = root.head
    if noun.i in timed or noun.pos_ not in ("NOUN", "PROPN") or any(noun.i == p.i for p in predicates):
        return False
    prep = noun.head
    circumstance = (
        noun.dep_ == "pobj"
        and prep.lower_ in CIRCUMSTANCE_PREPS
        and any(prep.head.i == p.i for p in predicates)
    )
    return not circumstance


def _year(value: object) -> int | None:
    text = str(value or "")
    return int(text[:4]) if len(text) >= 4 and text[:4].isdigit() else None


def earlier_year(predicate: Token, sent: Span, times: list[dict], published: str | None) -> bool:
    """Whether a time phrase attached to the predicate itself dates it to a year before the story's
    year ("was arrested in 2012" in a 2016 story; ``story_year``), or, in a text whose year is not
    known, places it in an earlier year whatever the year (``past_year``: "was arrested last year",
    "two years ago"): historical background. A
    predicate coordinated under a dated one with no time phrase of its own shares its date
    ("arrived in 1993 and promptly voted against the bill"). A predicate a time phrase of the
    story's year also dates is not background ("criticised the EU last year and again on
    Monday")."""
    now = story_year(times, published)
    doc: Doc = predicate.doc
    spans = []
    for time in times:
        if not (sent.start_char <= time["start"] < sent.end_char) or time.get("type", "DATE") != "DATE":
            continue
        span = doc.char_span(time["start"], time["end"], alignment_mode="expand")
        if span is not None:
            year = _year(time.get("value"))
            if year is not None:
                earlier = now is not None and year < now
            else:
                earlier = past_year(span.text)
            spans.append((span, earlier))
    timed = {t.i for span, _ in spans for t in span}
    predicates = _sharing_date(predicate, timed)
    if any(not earlier and _dates_directly(span.root, predicate) for span, earlier in spans):
        # "criticised the EU last year and again on Monday": the act is also dated to the story's time
        return False
    for span, earlier in spans:
        if not earlier:
            continue
        if any(p.dep_ == "relcl" and p.head.i in timed and _when_clause(p) for p in predicates):
            # "the war began in 2011, when security forces cracked down": the time the clause tells
            return True
        if _dates_a_noun(span.root, predicates, timed):
            continue
        if any(_dates_directly(span.root, p) for p in predicates):
            return True
    return False


@cache
def _past_year_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(sorted(nonevent_cues().past_year_phrases))})\b", re.IGNORECASE)


def past_year(text: str) -> bool:
    """Whether a time phrase places its act in an earlier year than the one it is said in,
    whatever that year (``past_year_phrases``: "last year", "two years ago", "a decade ago")."""
    return bool(_past_year_pattern().search(text))


def _when_clause(verb: Token) -> bool:
    """A clause opened by "when" ("when Russia annexed Crimea"): it tells a time, its own or that of
    the predicate or date it hangs on."""
    return any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children)


def _sharing_date(predicate: Token, timed: set[int]) -> list[Token]:
    """The predicate and the predicates it is coordinated under, is the purpose of ("was formed
    in 1959 to fight for independence": the fighting is the founding's purpose, dated with it),
    tells the time of ("relations soured in 2016 when Turkey shot down a Russian jet") or is the
    reported content of ("in 2012 the rebels said they would disarm": a promise made that year),
    climbing only while a predicate has no time phrase (no token of ``timed``) of its own."""
    out = [predicate]
    current = predicate
    for _ in range(MAX_CLIMB):
        reported = current.dep_ == "ccomp" and _reporting(current.head)
        shares = current.dep_ == "conj" or _purpose_infinitive(current) or _time_clause(current) or reported
        if not shares or current.head.i == current.i:
            break
        own = {t.i for t in current.subtree} - _conj_span(current)
        if own & timed:
            break
        current = current.head
        out.append(current)
    return out


def _time_clause(verb: Token) -> bool:
    """An adverbial clause opened by "when" under a verb ("soured in 2016 when Turkey shot down")."""
    return verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX") and _when_clause(verb)


def _purpose_infinitive(verb: Token) -> bool:
    """A to-infinitive adverbial clause of purpose under a verb ("was formed to fight")."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VB"
        and verb.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def denied_act(predicate: Token) -> bool:
    """Whether a predicate is the act a verb of denial (``denial_verbs``) says did not happen, its
    complement clause or gerund, also when coordinated, or the content of a claim it denies ("Russia
    denied carrying out the strikes", "the group denied that it had kidnapped the journalists", "the
    army denied reports that troops had fired on protesters"; also a claim rejected or disputed,
    ``claim_rejecting_verbs``: "rejected the allegation that its strikes had killed civilians"): a
    denial is a statement, CAMEO 016, with no PLOVER type (docs/annotation-guide.md section 2), and
    the act it denies is one a side claims did not happen, not one the text says did not."""
    denials = nonevent_cues().denial_verbs
    rejections = nonevent_cues().claim_rejecting_verbs
    current = predicate
    for _ in range(MAX_CLIMB):
        if current.dep_ == "conj" and current.head.i != current.i:
            current = current.head
            continue
        if current.dep_ in ("xcomp", "ccomp", "pcomp", "acl") and current.head.i != current.i:
            head = current.head
            if head.pos_ == "ADP" and head.head.i != head.i:
                head = head.head
            if (
                head.pos_ == "NOUN"
                and head.lemma_.lower() in nonevent_cues().claim_nouns
                and head.dep_ == "dobj"
            ):
                # "denied reports that troops had fired", "rejected the allegation that ...": the
                # claim's content
                head = head.head
                return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in denials | rejections
            return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in denials
        return False
    return False


def wanted_for(predicate: Token) -> bool:
    """Whether a predicate heads (or is coordinated in) a "for ... to" infinitive clause ("lobbied
    for Congress to approve the aid", "is working for Hamas to free the captives", "waiting for
    Washington to send missiles"): an act someone wants or asks another to do, never told as done
    (docs/annotation-guide.md section 2: requested actions are not coded separately). A verb of
    asking that takes the clause ("called for Israel to withdraw") codes the request."""
    current = first_conjunct(predicate)
    children = list(current.children)
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in children) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in children
    )


def influenced_act(predicate: Token) -> bool:
    """Whether a predicate is the act a verb of influence (``influence_verbs``) tries to bring its
    object to ("trying to persuade both sides to withdraw their forces", "hopes to convince
    Damascus to release the prisoners", "pushed Belgrade to resume talks"): an act asked of
    someone, which the guide codes only as the request, not as done or planned by them; not when
    the object names no one ("pressed its offensive to capture the town": the doer's own aim)."""
    if predicate.dep_ not in ("xcomp", "ccomp") or predicate.head.i == predicate.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in predicate.children):
        return False
    head = predicate.head
    return head.lemma_.lower() in nonevent_cues().influence_verbs and any(
        c.dep_ in ("dobj", "nsubjpass") and names_actor(c) for c in head.children
    )


HAZARD_PREPS = frozenset({"in", "by", "during"})
# prepositions of what a toll came after ("injured after the collision", "died following the crash")
AFTERMATH_PREPS = frozenset({"after", "following"})
# dependencies that name a doer of some clause of the sentence
DOER_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "agent", "expl"})
PASSIVE_DEPS = frozenset({"auxpass", "nsubjpass"})
# links from a participle or clause up to the clause whose subject did what it tells ("struck the
# region, leaving 300 injured")
HAZARD_LINKS = frozenset({"advcl", "xcomp", "conj", "ccomp", "oprd"})


def _named_in(noun: Token, words: frozenset[str]) -> bool:
    return noun.lower_ in words or noun.lemma_.lower() in words


def hazard(noun: Token) -> bool:
    """Whether a noun names a natural hazard or hardship (``hazard_nouns``: "floods", "drought",
    "famine"), which befalls its owner and is no one's deed, or a fire burning by itself
    (``_blaze``: "a blaze destroyed forty homes")."""
    return _named_in(noun, nonevent_cues().hazard_nouns) or _blaze(noun)


def _blaze(noun: Token) -> bool:
    """Whether a noun of ``blaze_nouns`` names a fire no one is said to wield or set: none of the
    words of its phrase names an actor or a weapon (the CAMEO dictionary's WEAPON set,
    ``weapon_fire_modifiers``: "Israeli fire", "sniper fire", "fire from a tank", "a fire set by
    arsonists" stay the fire of someone), outside the phrases that tell where it burns
    (``blaze_place_preps``: "a fire at a police station in Lagos")."""
    c = nonevent_cues()
    if not _named_in(noun, c.blaze_nouns):
        return False
    weapons = _weapon_words()
    # where the fire burns ("a fire at a police station in Lagos") says nothing of who set it
    preps = [p for p in noun.children if p.dep_ == "prep" and p.lower_ in c.blaze_place_preps]
    places = {w.i for p in preps for w in p.subtree}
    for word in noun.subtree:
        if word.i == noun.i or word.i in places:
            continue
        if word.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") or names_actor(word):
            return False
        if word.lower_ in c.weapon_fire_modifiers or word.lemma_.lower() in weapons or word.lower_ in weapons:
            return False
        if word.lower_ in c.fire_from_words and word.head.lower_ == "from":
            # "fire from across the border": shots coming over a line
            return False
    return True


@cache
def _weapon_words() -> frozenset[str]:
    """The one-word members of the CAMEO verb dictionary's WEAPON set, lower-cased."""
    return frozenset(w.lower() for w in synset_words("WEAPON") if " " not in w)


def _accident(noun: Token) -> bool:
    return _named_in(noun, nonevent_cues().accident_nouns)


@cache
def _road_vehicles() -> frozenset[str]:
    """The CAMEO dictionary's car set (``vehicle_sets``' "CAR") and ``road_vehicles``."""
    return synset_words("CAR") | nonevent_cues().road_vehicles


def _run_down(verb: Token) -> bool:
    """Whether a passive names a road vehicle as its "by" agent, a bare one that names no owner or
    force and no driver but a private one ("was struck by a lorry", "knocked down by a taxi", "hit
    by a van driven by a florist"; not "by a car driven by a militant", "by a police van", "by an
    army truck", "by a car bomb")."""
    vehicles = _road_vehicles()
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        for noun in (o for o in agent.children if o.dep_ == "pobj"):
            if noun.lemma_.lower() not in vehicles and noun.lower_ not in vehicles:
                continue
            if noun.ent_type_ or any(
                k.dep_ in ("poss", "relcl", "appos")
                or (k.dep_ == "acl" and not _private_driver(k))
                or (k.dep_ in ("compound", "amod") and _owner_word(k))
                for k in noun.children
            ):
                continue
            return True
    return False


def _private_driver(clause: Token) -> bool:
    """Whether a participle after a vehicle names who drove it and that one is no armed actor or
    state force: "driven by" and a noun that no word of its phrase files under
    ``armed_driver_sectors`` or ``state_sectors`` in the actor dictionaries and that is none of
    ``hostile_driver_nouns``, with no clause of its own telling what the driver did ("a van driven
    by a florist", "by a teenager"; not "driven by a militant", "by a soldier", "by a police
    officer", "by an attacker", "by a man who had shouted at the crowd")."""
    if clause.lemma_.lower() != "drive":
        return False
    drivers = [o for c in clause.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if not drivers:
        return False
    c = nonevent_cues()
    lexicon = actor_lexicon().entries
    armed = c.armed_driver_sectors | c.state_sectors
    for driver in drivers:
        if any(k.dep_ in ("relcl", "acl") for k in driver.children):
            # "driven by a man who had shouted at the crowd": the driver's own deeds are told
            return False
        for word in driver.subtree:
            if word.pos_ not in ("NOUN", "PROPN"):
                # "an elderly florist": an adjective says no force (a capitalised one may be read as a name)
                continue
            entries = [*lexicon.get(key_of(word.lemma_), ()), *lexicon.get(key_of(word.text), ())]
            if word.ent_type_ in ("NORP", "ORG", "GPE") or any(e.sector in armed for e in entries):
                return False
            if word.lemma_.lower() in c.hostile_driver_nouns:
                return False
    return True


def _owner_word(word: Token) -> bool:
    """Whether a modifier of a vehicle says whose it is: a name, an actor, a word of the actor
    dictionaries or of ``force_vehicle_modifiers`` ("a police car", "an army truck", "an Israeli
    vehicle", "an armoured vehicle")."""
    if word.ent_type_ or word.pos_ == "PROPN" or names_actor(word):
        return True
    if word.lower_ in nonevent_cues().force_vehicle_modifiers:
        return True
    return bool(actor_lexicon().entries.get(key_of(word.text), ()))


def _road_toll(predicate: Token) -> bool:
    """Whether a toll with no doer of its own is that of a road accident: the predicate, or the
    passive it is joined to, was done by a bare road vehicle (``_run_down``: "a courier was struck
    by a lorry and died", "two hikers were killed by a train") in a sentence that names no other
    act of force ("mown down by a van in the attack on the parade") and a paragraph whose next
    sentences tell of no attack and name no armed driver (``_armed_sequel``): a traffic death, no
    one's deliberate violence."""
    shared = predicate.dep_ == "conj" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "agent") for c in predicate.children
    )
    if not (_run_down(predicate) or (shared and _run_down(predicate.head))):
        return False
    # the toll's own verbs: the predicate, the passive it is joined to and the verbs joined to it
    # that share its subject ("was struck by a truck and killed")
    head = predicate.head if shared else predicate
    verbs = {head.i} | {
        c.i
        for c in head.children
        if c.dep_ == "conj" and not any(k.dep_ in ("nsubj", "nsubjpass", "agent") for k in c.children)
    }
    # an attack the sentence names makes the vehicle its weapon ("mown down by a van in the attack")
    for t in predicate.sent:
        if t.i in verbs:
            continue
        sense = _word_sense(t)
        if sense is not None and sense.plover in nonevent_cues().hazard_types:
            return False
    return not _armed_sequel(predicate.sent)


# how many sentences after a road death may tell who drove
SEQUEL_SENTENCES = 2


def _armed_sequel(sent: Span) -> bool:
    """Whether the next sentences of the paragraph tell of an attack (a word coded as force) or
    name an armed actor (``_armed_noun``: "a militant", "a gunman") or an attacker
    (``hostile_driver_nouns``: "The attacker fled"): the vehicle was then the weapon ("The driver,
    a gunman, then opened fire")."""
    c = nonevent_cues()
    sents = list(sent.doc.sents)
    index = next(i for i, s in enumerate(sents) if s.start == sent.start)
    for before, sequel in zip(sents[index:], sents[index + 1 : index + 1 + SEQUEL_SENTENCES], strict=False):
        if "\n" in sent.doc.text[before.end_char : sequel.start_char]:
            break
        for t in sequel:
            sense = _word_sense(t)
            if sense is not None and sense.plover in c.hazard_types:
                return True
            if t.pos_ == "NOUN" and t.lemma_.lower() in c.hostile_driver_nouns:
                return True
            if t.lower_ == "armed" and t.dep_ == "amod":
                # "armed men", "a member of an armed group"
                return True
            if _armed_noun(t):
                return True
    return False


def _armed_noun(word: Token) -> bool:
    """Whether a noun is one the actor dictionaries file under ``armed_driver_sectors`` ("rebels",
    "a militant", "a gunman")."""
    if word.pos_ != "NOUN":
        return False
    lexicon = actor_lexicon().entries
    entries = [*lexicon.get(key_of(word.lemma_), ()), *lexicon.get(key_of(word.text), ())]
    return any(e.sector in nonevent_cues().armed_driver_sectors for e in entries)


def _accident_toll(predicate: Token) -> bool:
    """Whether a passive with no agent tells the toll of an accident in its "in" or "during"
    phrase ("three people were killed in a car crash"), or an accident is the subject ("a crash
    killed two pedestrians"), or a bare road vehicle ran the victim down (``_road_toll``); a doer
    anywhere up the clause ("rammed a tug, injuring three sailors in the collision"; "killed by a
    driver in a deliberate crash") keeps the act."""
    if _road_toll(predicate):
        return True
    if any(c.dep_ == "agent" for c in predicate.children):
        return False
    passive = _bare_participle(predicate) or any(c.dep_ in PASSIVE_DEPS for c in predicate.children)
    if passive and _mishap_clause(predicate):
        # before the climb: a toll joined to another with a subject of its own ("two died and 14
        # were injured when a bus overturned")
        return True
    subjects = [c for c in predicate.children if c.dep_ == "nsubj"]
    if subjects:
        return all(_accident(s) for s in subjects)
    current = predicate
    for _ in range(MAX_CLIMB):
        if any(c.dep_ == "nsubj" and not _accident(c) for c in current.children):
            return False
        if current.dep_ not in HAZARD_LINKS or current.head.i == current.i:
            break
        current = current.head
    return passive and any(
        o.dep_ == "pobj" and _accident(o)
        for prep in predicate.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "during")
        for o in prep.children
    )


def _mishap_clause(predicate: Token) -> bool:
    """Whether a toll with no doer is told in a "when", "after" or "as" clause of a mishap: a bare
    vehicle that derailed, overturned, capsized or crashed (``accident_verbs``; "six were killed
    when a train derailed", "injured when a bus overturned"), or a private person's act done by
    accident (``accident_adverbs``: "was killed when a neighbour accidentally struck her"); the
    clause may hang on a toll joined to this one ("were killed and 40 were injured when ..."). A
    sentence that names another act of force (also in a clause of another doer hung on the mishap:
    "capsized after a patrol boat rammed it") or a means of violent death (``death_cause_words``:
    "after hitting a landmine"; the doer of the accident is no such means either: "a stray bullet")
    or of ``projectile_nouns`` ("a drone": no vehicle here), an armed actor other than the toll's
    own ("after rebels sabotaged the track"), or a next sentence that tells of an attack or names
    an armed actor (``_armed_sequel``), keeps the act."""
    tolls = [predicate, *(c for c in predicate.children if c.dep_ == "conj")]
    if predicate.dep_ == "conj":
        tolls.append(predicate.head)
    tolls_i = {t.i for t in tolls}
    clauses = [
        c
        for toll in tolls
        for c in toll.children
        if c.dep_ == "advcl"
        and any(k.dep_ in ("advmod", "mark") and k.lower_ in MISHAP_MARKS for k in c.children)
    ]
    mishaps = [c for c in clauses if _mishap(c)]
    if not mishaps:
        return False
    # a clause of another doer hung on the mishap ("after a patrol boat rammed it") is no part of it
    told = tolls_i | {
        k.i
        for c in mishaps
        for k in (c, *c.conjuncts, *c.children)
        if k.dep_ != "prep"
        and (k.i == c.i or not any(g.dep_ in ("nsubj", "nsubjpass", "agent") for g in k.children))
    }
    victims = {k.i for t in tolls for s in t.children if s.dep_ == "nsubjpass" for k in s.subtree}
    return not _force_beside(predicate.sent, told | victims)


def _force_beside(sent: Span, told: set[int]) -> bool:
    """Whether a sentence, outside the words ``told`` (a mishap, its toll and the victims), names a
    means of violent death (``death_cause_words``, ``projectile_nouns``), an armed actor or another
    act of force, or a next sentence does (``_armed_sequel``): the vehicle was then a weapon."""
    cues_ = nonevent_cues()
    means = cues_.death_cause_words | cues_.projectile_nouns
    for t in sent:
        if t.i in told:
            continue
        if _named_in(t, means) or _armed_noun(t):
            return True
        sense = _word_sense(t)
        if sense is not None and sense.plover in cues_.hazard_types:
            return True
    return _armed_sequel(sent)


# the subordinators of a clause that tells what a toll came from ("killed when", "hurt after")
MISHAP_MARKS = frozenset({"when", "after", "as"})


def _mishap(clause: Token) -> bool:
    """Whether a clause tells a mishap (``_mishap_clause``): its verb, or one joined to it, is one
    of ``accident_verbs`` with a bare vehicle for subject, or its verb has an adverb of accident and
    a subject no word of which is armed, of the state or hostile."""
    c = nonevent_cues()
    if clause.pos_ == "NOUN":
        # "when a bus overturned" parsed as the noun with the verb as its modifier, also below a
        # modifier of its own ("when a bus carrying farm hands overturned")
        subjects, verbs = [clause], tuple(k for k in clause.subtree if k.dep_ == "acl" and k.pos_ == "VERB")
    else:
        subjects, verbs = [k for k in clause.children if k.dep_ == "nsubj"], (clause, *clause.conjuncts)
    if not subjects:
        return False
    if clause.pos_ != "NOUN" and any(
        k.dep_ == "advmod" and k.lower_ in c.accident_adverbs for k in clause.children
    ):
        return all(_private_doer(s) for s in subjects)
    if not any(v.lemma_.lower() in c.accident_verbs for v in verbs):
        return False
    vehicles = (_road_vehicles() | synset_words("AIRCRAFT") | c.accident_vehicles) - c.projectile_nouns
    return all(
        (s.lemma_.lower() in vehicles or s.lower_ in vehicles)
        and not s.ent_type_
        and not any(k.dep_ in ("compound", "amod", "poss") and _owner_word(k) for k in s.children)
        for s in subjects
    )


def _private_doer(noun: Token) -> bool:
    """Whether no word of a noun's phrase is a name or is filed by the actor dictionaries under an
    armed or state sector, nor is one of ``hostile_driver_nouns`` ("a neighbour", "an elderly
    driver"; not "a soldier", "a rebel fighter", "police", "a gunman"), nor a means of violent death
    (``death_cause_words``, ``projectile_nouns``: "a stray bullet", "a rocket")."""
    c = nonevent_cues()
    lexicon = actor_lexicon().entries
    armed = c.armed_driver_sectors | c.state_sectors
    means = c.death_cause_words | c.projectile_nouns
    for word in noun.subtree:
        if word.pos_ not in ("NOUN", "PROPN", "ADJ"):
            continue
        if word.ent_type_ in ("NORP", "ORG", "GPE") or word.lemma_.lower() in c.hostile_driver_nouns:
            return False
        if _named_in(word, means):
            return False
        entries = [*lexicon.get(key_of(word.lemma_), ()), *lexicon.get(key_of(word.text), ())]
        if any(e.sector in armed for e in entries):
            return False
    return True


def _accident_aftermath(predicate: Token, undergoes: bool) -> bool:
    """Whether a toll with no doer ("were injured", "was killed", or a verb whose subject undergoes
    the act, ``undergoes``: "died") follows an accident its "after" or "following" phrase names
    (``accident_nouns``: "two people were injured after the collision", "a cyclist died following
    the crash"), in a sentence that names no doer of any other clause (a subject anywhere but the
    toll's own, or a "by" phrase: "rebels said they had downed the helicopter"; a subject of a
    verb of reporting that names no state or armed body is the source of the news, no doer), no
    state or armed body or office (``political_text``: "police said"; "soldiers were killed after
    the crash") and no other act of force or weapon (a word coded as one of ``hazard_types``, or
    one of ``projectile_nouns``: "after the missile hit the helicopter"). What comes after an
    attack ("killed after the bombing") stays coded: an attack is no accident."""
    c = nonevent_cues()
    if any(k.dep_ == "agent" for k in predicate.children):
        return False
    passive = _bare_participle(predicate) or any(k.dep_ in PASSIVE_DEPS for k in predicate.children)
    if not (passive or undergoes):
        return False
    # "following" may be parsed as a participle with the accident as its object
    if not any(
        o.dep_ in ("pobj", "dobj") and _accident(o)
        for prep in predicate.children
        if prep.dep_ in ("prep", "advcl") and prep.lower_ in AFTERMATH_PREPS
        for o in prep.children
    ):
        return False
    sent = predicate.sent
    if political_text(sent.text):
        return False
    own = {k.i for k in predicate.children if k.dep_ in ("nsubj", "nsubjpass")}
    reporting = cues().reporting_verbs
    for t in sent:
        if t.i == predicate.i:
            continue
        if (
            t.dep_ in DOER_DEPS
            and t.i not in own
            and t.head.lemma_.lower() not in reporting
            and not _linking_subject(t)
        ):
            return False
        if _named_in(t, c.projectile_nouns):
            return False
        if _accident(t):
            continue
        sense = _word_sense(t)
        if sense is not None and sense.plover in c.hazard_types:
            return False
    return True


def _linking_subject(word: Token) -> bool:
    """Whether a word is the subject of "be" or of a linking verb (``linking_verbs``) with an
    adjective or participle complement, a state and no deed ("two people remain trapped", "three
    are missing")."""
    head = word.head
    if word.dep_ != "nsubj" or (
        head.lemma_.lower() not in nonevent_cues().linking_verbs and head.lemma_ != "be"
    ):
        return False
    return any(k.dep_ == "acomp" for k in head.children)


def accidental_force(verb: Token, plover: str, sources: list[dict]) -> bool:
    """Whether an act of force (``hazard_types``) done by accident (an adverb of
    ``accident_adverbs``: "a hunter accidentally shot his brother", "a farmer inadvertently wounded
    a neighbour") is done by private people only (every source of ``nonstate_sectors``): a
    mishap, which the PLOVER codebook's ASSAULT, deliberate violence, is not. Force of an armed,
    police or state actor stays coded ("jets inadvertently struck a village", "police accidentally
    shot a bystander": the act was deliberate, only its target a mistake), as does one whose doer
    is unknown or of no sector."""
    c = nonevent_cues()
    if plover not in c.hazard_types or not sources:
        return False
    if not any(k.dep_ == "advmod" and k.lower_ in c.accident_adverbs for k in verb.children):
        return False
    return all((a.get("sector") or "") in c.nonstate_sectors for a in sources)


def _bare_participle(verb: Token) -> bool:
    """A past participle with no auxiliary or an adjective: a state of those it names ("200
    injured", "leaving 12 people dead"), no clause with a doer of its own."""
    if verb.pos_ == "ADJ":
        return True
    return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def literal_aim(verb: Token, sources: list[dict]) -> bool:
    """Whether a verb of criticism read from taking aim (an object of ``aim_nouns``: "took aim at")
    is done by an armed source ("snipers took aim at the protesters"): the aiming of a weapon,
    no criticism; "the senator took aim at the minister" is one."""
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in nonevent_cues().aim_nouns for c in verb.children):
        return False
    return any((a.get("sector") or "") in cues().armed_sectors for a in sources)


def hazard_toll(predicate: Token, plover: str, undergoes: bool = False) -> bool:
    """Whether an act of force (``hazard_types``) is an accident's toll (``_accident_toll``) or done
    by a natural hazard (``hazard_nouns``):
    the subject of the predicate or, while the predicate has none of its own, of a clause it hangs on
    ("floods have killed 12 people", "two earthquakes struck the region, leaving 300 injured"; not
    "a storm hit the coast as gunmen killed two guards"), or a clause it hangs on tells a mishap
    (``_mishap``: "a light plane crashed into a field, killing the pilot"), or the "in", "by" or
    "during" phrase of the predicate ("five people were killed in the earthquake"): a disaster's
    toll, no one's deliberate violence; or a toll with no doer after an accident
    (``_accident_aftermath``; with ``undergoes``, the predicate's subject undergoes the act:
    "died"), or a death told with a mishap's clause ("two died when a bus overturned")."""
    if plover not in nonevent_cues().hazard_types:
        return False
    if _accident_toll(predicate) or _accident_aftermath(predicate, undergoes):
        return True
    if undergoes and _mishap_clause(predicate):
        # "two died and 14 were hurt when a bus overturned"
        return True
    for prep in (c for c in predicate.children if c.dep_ in ("prep", "agent") and c.lower_ in HAZARD_PREPS):
        if any(o.dep_ == "pobj" and hazard(o) for o in prep.children):
            return True
    current = predicate
    for _ in range(MAX_CLIMB):
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(hazard(s) for s in subjects):
            return True
        if (
            current is not predicate
            and _mishap(current)
            and not _force_beside(current.sent, _crash_told(predicate, current))
        ):
            # "a light plane crashed into a field, killing the pilot": the crash's toll
            return True
        if (
            (subjects and not _bare_participle(current))
            or current.dep_ not in HAZARD_LINKS
            or current.head.i == current.i
        ):
            # a clause with a doer of its own is its own act ("floods hit the north, and rebels
            # killed five soldiers")
            return False
        current = current.head
    return False


def _crash_told(toll: Token, mishap: Token) -> set[int]:
    """The words of a mishap's clause and of the toll hung on it (with the participles between),
    with the toll's victims: what ``_force_beside`` does not read ("a bus overturned, killing two
    guards", "a boat capsized, leaving 12 sailors missing and killing three")."""
    chain = [toll]
    while chain[-1].head.i not in (chain[-1].i, mishap.i) and len(chain) <= MAX_CLIMB:
        chain.append(chain[-1].head)
    victims = [k for t in chain for k in t.children if k.dep_ in ("dobj", "nsubjpass")]
    told = {mishap.i} | {t.i for t in chain} | {t.i for v in victims for t in v.subtree}
    return told | {
        k.i
        for k in (*mishap.conjuncts, *mishap.children)
        if k.dep_ != "prep" and not any(g.dep_ in ("nsubj", "nsubjpass", "agent") for g in k.children)
    }


def blow_of_no_one(verb: Token, plover: str, sources: list[dict]) -> bool:
    """Whether a verb of attack that is used of words (``verbal_attack_verbs``) and coded as
    criticism has no actor for its doer but a natural hazard, a fire, an accident or a road vehicle:
    its subject ("a typhoon slammed the coast", "a fire ripped through the market"; a vehicle no
    owner word names, ``_owner_word``) or a passive's "by" phrase, whoever drove ("was struck by a
    lorry", "was hit by a tram driven by a trainee"), or a storm named by its kind ("Cyclone Ravel
    slammed the coast"), whatever source the name was read as. Words need a speaker; the blow
    is the hazard's, no one's criticism (docs/annotation-guide.md section 2: word senses that
    are not the event)."""
    if plover != "ACCUSE" or verb.lemma_.lower() not in cues().verbal_attack_verbs:
        return False
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        kinds = [k for k in subject.children if k.dep_ == "compound"] if subject.pos_ == "PROPN" else []
        if any(hazard(k) for k in kinds):
            # a named storm ("Typhoon Hagibis slammed the coast"), which the actor coder may take
            # for a source
            return True
    if sources:
        return False
    vehicles = _road_vehicles()
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if any(a.lemma_.lower() in vehicles or a.lower_ in vehicles for a in agents):
        # "was struck by a tram driven by a trainee": whoever drove, a vehicle says no words
        return True
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        if hazard(subject) or _accident(subject):
            return True
        vehicle = subject.lemma_.lower() in vehicles or subject.lower_ in vehicles
        owners = [k for k in subject.children if k.dep_ in ("compound", "amod", "poss")]
        if vehicle and not any(_owner_word(k) for k in owners):
            return True
    return False


def endangers(predicate: Token, plover: str) -> bool:
    """Whether a threat read from a verb of ``endangering_verbs`` is done by a thing, no actor: a
    "by" phrase of the passive that names no actor ("farms are threatened by floods", "the seat is
    not threatened by the dispute") or a natural hazard (``hazard_nouns``) as active subject
    ("floods threaten the town"): the sense "pose a danger to" (WordNet threaten.v.02), not an
    actor's threat of harm (the PLOVER codebook's THREATEN). A thing threatened with no doer named
    may be threatened by an actor ("the settlement was threatened with demolition") and is kept."""
    if plover != "THREATEN" or predicate.pos_ != "VERB":
        return False
    if predicate.lemma_.lower() not in nonevent_cues().endangering_verbs:
        return False
    agents = [o for c in predicate.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if agents:
        return not any(names_actor(a) for a in agents)
    # an active subject of a natural hazard ("rising waters threaten the town"); a thing threatened
    # with no doer named may be threatened by an actor ("the settlement was threatened with demolition")
    subject = next((c for c in predicate.children if c.dep_ == "nsubj"), None)
    return subject is not None and hazard(subject)


def both_parties(sources: list[dict], doc: Doc) -> bool:
    """Whether every source of an event is one noun phrase naming both parties of it: a plural
    with a word of ``both_parties_numbers`` ("the two presidents", "both leaders"), that word
    alone ("both"), or a noun of ``both_parties_nouns`` ("the pair"), with no "of" phrase naming
    them ("both leaders of Gabon and Chad"). Such a phrase names neither party apart
    (docs/annotation-guide.md section 3)."""
    cues_ = nonevent_cues()
    if not sources:
        return False
    for source in sources:
        span = actor_span(source, doc)
        if span is None or not len(span):
            return False
        head = span.root
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            # "both leaders of Gabon and Chad" names the parties apart
            return False
        if any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in head.children):
            # "two Ukrainian ministers signed the deal": people of one side, not both parties
            return False
        if head.lower_ in cues_.both_parties_numbers and head.pos_ in ("PRON", "DET", "NUM"):
            continue
        if head.lemma_.lower() in cues_.both_parties_nouns:
            continue
        if head.tag_ in ("NNS", "NNPS") and any(
            c.lower_ in cues_.both_parties_numbers and c.dep_ in ("nummod", "det", "predet", "preconj")
            for c in head.children
        ):
            continue
        return False
    return True


# the determiners of a phrase that names a known pair ("the two", "both men")
DEFINITE_PAIR_DETS = frozenset({"the", "both", "these", "those"})
# words that turn a battle verb against a third party ("fought back", "fought off the attackers")
RESISTING_PARTICLES = frozenset({"back", "off"})


def uses_for_purpose(verb: Token) -> bool:
    """Whether a verb of ``instrument_verbs`` has an object and a to-infinitive of purpose ("used
    helicopters to search for the gunmen", "utilizing military resources to investigate"): the
    infinitive carries the act, done by the user, and the thing used is an instrument."""
    if verb.lemma_.lower() not in nonevent_cues().instrument_verbs:
        return False
    if not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        # the thing used, as object or as passive subject ("drones were used to attack the convoy")
        return False
    return bool(to_infinitives(verb, ("xcomp", "advcl")))


def battle_between(predicate: Token) -> bool:
    """Whether a verb of ``pair_battle_verbs`` with no object has a definite subject ("the two fought
    for the rifle", "both men scuffled", "the pair wrestled"): said of a subject that names both
    parties (``both_parties``) the act is between them, whatever name the clause mentions elsewhere
    (Levin 1993, class 36.4); "two gunmen fought for hours" tells of no pair."""
    if predicate.pos_ != "VERB" or predicate.lemma_.lower() not in nonevent_cues().pair_battle_verbs:
        return False
    if any(c.dep_ in ("dobj", "dative") or c.lower_ in RESISTING_PARTICLES for c in predicate.children):
        return False
    subject = next((c for c in predicate.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    return subject.lower_ == "both" or any(
        c.dep_ in ("det", "predet", "preconj") and c.lower_ in DEFINITE_PAIR_DETS for c in subject.children
    )


def founding_purpose(predicate: Token) -> bool:
    """Whether a predicate is the purpose of making a body (``founding_verbs`` in the passive, the
    predicate a to-infinitive of purpose under it or its object): "the group was formed to fight for
    independence", "a unit was set up to hunt smugglers", "the militia, created to protect the
    villages, ...". The clause tells what the body is for, its mission or history, not an act of the
    story (docs/annotation-guide.md section 2)."""
    if not _purpose_infinitive(predicate) and not (
        predicate.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in predicate.children)
    ):
        return False
    head = predicate.head
    if head.lemma_.lower() not in nonevent_cues().founding_verbs:
        return False
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children) or (
        head.tag_ == "VBN" and head.dep_ in ("acl", "advcl", "amod")
    )
    return passive


def _conj_span(verb: Token) -> set[int]:
    """Indices of the predicates coordinated under a verb, with their phrases."""
    return {t.i for c in verb.children if c.dep_ == "conj" for t in c.subtree}


@dataclass(frozen=True)
class NoneventCues:
    """Word lists of non-event clauses (``ontology/event_nonevent_cues.json``)."""

    deontic_modals: frozenset[str]
    evaluative_adjectives: frozenset[str]
    generic_subjects: frozenset[str]
    habitual_adverbs: frozenset[str]
    speaker_pronouns: frozenset[str]
    opinion_pronouns: frozenset[str]
    pending_adverbs: frozenset[str]
    catenative_verbs: frozenset[str]
    instrument_verbs: frozenset[str]
    instrument_act_types: frozenset[str]
    message_nouns: frozenset[str]
    message_types: frozenset[str]
    logistics_nouns: frozenset[str]
    logistics_types: frozenset[str]
    logistics_verbs: frozenset[str]
    media_event_nouns: frozenset[str]
    media_event_modifiers: frozenset[str]
    media_event_words: frozenset[str]
    election_nouns: frozenset[str]
    election_calling_verbs: frozenset[str]
    campaign_nouns: frozenset[str]
    campaign_launch_verbs: frozenset[str]
    campaign_types: frozenset[str]
    state_participles: frozenset[str]
    asking_verbs: frozenset[str]
    linking_verbs: frozenset[str]
    intransitive_protest_verbs: frozenset[str]
    multitude_nouns: frozenset[str]
    multitude_quantifiers: frozenset[str]
    habitual_determiners: frozenset[str]
    rate_determiners: frozenset[str]
    rate_units: frozenset[str]
    struggle_verbs: frozenset[str]
    standing_adverbs: frozenset[str]
    standing_spans: frozenset[str]
    generic_quantifiers: frozenset[str]
    supposition_verbs: frozenset[str]
    comment_verbs: frozenset[str]
    comment_objects: frozenset[str]
    denial_verbs: frozenset[str]
    claim_nouns: frozenset[str]
    plan_nouns: frozenset[str]
    forecast_verbs: frozenset[str]
    search_verbs: frozenset[str]
    transaction_verbs: frozenset[str]
    state_sectors: frozenset[str]
    promise_verbs: frozenset[str]
    hazard_nouns: frozenset[str]
    accident_nouns: frozenset[str]
    blaze_nouns: frozenset[str]
    hostile_driver_nouns: frozenset[str]
    weapon_fire_modifiers: frozenset[str]
    fire_from_words: frozenset[str]
    blaze_place_preps: frozenset[str]
    accident_adverbs: frozenset[str]
    accident_verbs: frozenset[str]
    accident_vehicles: frozenset[str]
    participation_verbs: frozenset[str]
    contest_verbs: frozenset[str]
    contest_nouns: frozenset[str]
    contest_sectors: frozenset[str]
    hosting_codes: frozenset[str]
    business_sectors: frozenset[str]
    business_codes: frozenset[str]
    struggle_light_verbs: frozenset[str]
    struggle_nouns: frozenset[str]
    struggle_types: frozenset[str]
    concurrence_verbs: frozenset[str]
    past_year_phrases: frozenset[str]
    sequence_verbs: frozenset[str]
    sequence_coming_verbs: frozenset[str]
    sequence_words: frozenset[str]
    definite_determiners: frozenset[str]
    commitment_preps: frozenset[str]
    perpetration_verbs: frozenset[str]
    journey_verbs: frozenset[str]
    journey_codes: frozenset[str]
    negative_quantifiers: frozenset[str]
    holding_nouns: frozenset[str]
    capital_verbs: frozenset[str]
    capital_nouns: frozenset[str]
    exit_types: frozenset[str]
    extraction_types: frozenset[str]
    extraction_verbs: frozenset[str]
    vehicle_sets: frozenset[str]
    road_vehicles: frozenset[str]
    force_vehicle_modifiers: frozenset[str]
    armed_driver_sectors: frozenset[str]
    killing_verbs: frozenset[str]
    approval_types: frozenset[str]
    approval_verbs: frozenset[str]
    approval_nouns: frozenset[str]
    resignation_verbs: frozenset[str]
    company_name_codes: frozenset[str]
    corporate_offices: frozenset[str]
    ended_things: frozenset[str]
    funding_verbs: frozenset[str]
    gift_types: frozenset[str]
    campaign_gift_sectors: frozenset[str]
    founding_verbs: frozenset[str]
    consultation_verbs: frozenset[str]
    topic_types: frozenset[str]
    standing_types: frozenset[str]
    interception_verbs: frozenset[str]
    projectile_nouns: frozenset[str]
    state_nouns: frozenset[str]
    influence_verbs: frozenset[str]
    hazard_types: frozenset[str]
    agreement_sets: frozenset[str]
    agreement_nouns: frozenset[str]
    body_nouns: frozenset[str]
    retreat_codes: frozenset[str]
    force_codes: frozenset[str]
    force_sets: frozenset[str]
    ground_nouns: frozenset[str]
    unit_nouns: frozenset[str]
    aim_nouns: frozenset[str]
    private_sectors: frozenset[str]
    meeting_verbs: frozenset[str]
    organisation_entities: frozenset[str]
    continuation_verbs: frozenset[str]
    rally_words: frozenset[str]
    supporter_nouns: frozenset[str]
    backing_verbs: frozenset[str]
    backing_nouns: frozenset[str]
    dissent_roots: frozenset[str]
    campaign_sectors: frozenset[str]
    opposition_sectors: frozenset[str]
    obstructing_sectors: frozenset[str]
    diplomatic_sectors: frozenset[str]
    journeying_forces: frozenset[str]
    dissent_purpose_verbs: frozenset[str]
    private_standing_nouns: frozenset[str]
    dissenting_modifiers: frozenset[str]
    aboutless_codes: frozenset[str]
    feeling_nouns: frozenset[str]
    mobilizing_sectors: frozenset[str]
    danger_preps: frozenset[str]
    danger_nouns: frozenset[str]
    nonspecific_determiners: frozenset[str]
    nonspecific_modifiers: frozenset[str]
    claim_rejecting_verbs: frozenset[str]
    becoming_verbs: frozenset[str]
    nonstate_sectors: frozenset[str]
    private_entities: frozenset[str]
    company_designators: frozenset[str]
    people_sectors: frozenset[str]
    unknown_sectors: frozenset[str]
    political_words: frozenset[str]
    private_types: frozenset[str]
    endangering_verbs: frozenset[str]
    both_parties_numbers: frozenset[str]
    both_parties_nouns: frozenset[str]
    financing_verbs: frozenset[str]
    financing_nouns: frozenset[str]
    pair_battle_verbs: frozenset[str]
    death_verbs: frozenset[str]
    harm_verbs: frozenset[str]
    thing_pronouns: frozenset[str]
    explosion_nouns: frozenset[str]
    force_idioms: dict[str, frozenset[str]]
    death_cause_words: frozenset[str]
    reflexive_idiom_nouns: frozenset[str]
    share_quantifiers: frozenset[str]


@cache
def nonevent_cues() -> NoneventCues:
    """The non-event word lists, loaded once."""
    data = load_json(NONEVENT_CUES_FILE)
    tables = {"force_idioms"}
    return NoneventCues(
        **{
            name: (
                {k: frozenset(v) for k, v in data[name].items()} if name in tables else frozenset(data[name])
            )
            for name in NoneventCues.__dataclass_fields__
        }
    )


def about_no_one(code: str, targets: list[dict]) -> bool:
    """Whether a comment that is an event only when it is about someone names no one it is about
    ("warned of a famine in the south", "voiced concern over the situation in the camps": a
    pessimistic statement, CAMEO 012, which the guide does not code; ``aboutless_codes``)."""
    return not targets and code in nonevent_cues().aboutless_codes


def feeling_at_no_one(verb: Token, plover: str, targets: list[dict]) -> bool:
    """Whether criticism a verb voices as a feeling shown (its object or its "with" or "in" phrase
    one of ``feeling_nouns``: "expressed anger", "reacted with fury") names no one it is aimed at
    ("residents reacted with anger after the floods"): the feeling of its holder, no event."""
    if targets or plover != "ACCUSE":
        return False
    feelings = nonevent_cues().feeling_nouns
    shown = [c for c in verb.children if c.dep_ == "dobj"]
    shown += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "in") for p in c.children]
    return any(c.lemma_.lower() in feelings for c in shown)


# reflexive pronouns: criticism a doer aims at itself
_SELF_WORDS = frozenset(
    {"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself", "oneself"}
)
# the phrases that name what criticism is aimed at ("complained about", "blamed for", "angry over")
_AIM_PREPS = frozenset({"about", "over", "at", "of", "on", "for", "against"})


def criticism_at_no_one(verb: Token, plover: str, targets: list[dict]) -> bool:
    """Whether criticism names no one it is aimed at and aims at its own doer (a reflexive object:
    "the mayor criticised himself for the delay") or at a natural hazard (its object or the object
    of its "about", "over" or "at" phrase one of ``hazard_nouns``, with "weather": "fishermen
    complained about the heavy rain"): self-criticism and grumbling at nature accuse no actor
    (the PLOVER codebook's ACCUSE is criticism of responsible parties)."""
    if targets or plover != "ACCUSE":
        return False
    aimed = [c for c in verb.children if c.dep_ == "dobj"]
    aimed += [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in _AIM_PREPS
        for p in c.children
        if p.dep_ == "pobj"
    ]
    if any(c.lower_ in _SELF_WORDS for c in aimed if c.dep_ == "dobj"):
        return True
    hazards = nonevent_cues().hazard_nouns
    return bool(aimed) and all(c.lower_ in hazards or c.lemma_.lower() in hazards for c in aimed)


def civilian_mobilization(plover: str, sources: list[dict], objects: list[dict]) -> bool:
    """Whether a mobilization is made by civilians and moves no force: every source a civilian
    body, party, union, church or charity (a sector outside ``mobilizing_sectors``) and no object an
    armed actor ("the campaign mobilized volunteers to get out the vote", "church groups mobilized to
    help the flood victims"). States, governments and armed groups mobilize forces ("Pakistan
    mobilized along the border", "Hezbollah mobilized its fighters"), and so does anyone who moves an
    armed actor ("the party mobilized its militia")."""
    if plover != "MOBILIZE" or not sources:
        return False
    forces = nonevent_cues().mobilizing_sectors

    def civilian(actor: dict) -> bool:
        sector = actor.get("sector") or ""
        return bool(sector) and sector not in forces

    return all(civilian(a) for a in sources) and not any((a.get("sector") or "") in forces for a in objects)


def danger_warning(verb: Token, plover: str, origin: str) -> bool:
    """Whether a warning coded only by its dictionary block's default (``warning_verbs`` of
    event_cues.json: WARN [130], no pattern naming what is warned of), with no clause of an act of
    its own, warns in an "about" or "of" phrase of a danger that is not the warner's to bring: a
    natural hazard, a risk or an attempt (``danger_nouns``: "warned election officials about hacking
    attempts", "warned of the risk of an outbreak"): advice about a danger, not a threat. A warning
    of an act ("warned of serious consequences", "warned Hamas about its rocket attacks") stays a
    threat."""
    c = nonevent_cues()
    if (
        plover != "THREATEN"
        or origin not in ("default", "default-thing")
        or verb.lemma_.lower() not in cues().warning_verbs
    ):
        return False
    if any(ch.dep_ in ("ccomp", "xcomp") for ch in verb.children):
        return False
    # the parse may hang an "about" phrase on the one warned or on a phrase of it ("warned officials
    # in several states about ..."); an "of" phrase there names whom ("the leaders of the north")
    preps = [ch for ch in verb.children if ch.dep_ == "prep" and ch.lower_ in c.danger_preps]
    preps += [
        t
        for t in verb.subtree
        if t.dep_ == "prep" and t.lower_ == "about" and t not in preps and _phrase_of(t, verb)
    ]
    return any(_danger(o) for p in preps for o in _warned_of(p))


def _warned_of(prep: Token) -> list[Token]:
    """The nouns a warning's phrase names: its object, or the bare object of a gerund the parse
    makes its object where the gerund is a participle of the noun ("warned of freezing rain",
    "blowing snow"); an object with a determiner or an owner is what an act is done to ("warned of
    freezing the assets", "of triggering a famine") and no danger named."""
    out = [o for o in prep.children if o.dep_ == "pobj"]
    for gerund in (o for o in prep.children if o.dep_ == "pcomp" and o.tag_ == "VBG"):
        out += [
            o
            for o in gerund.children
            if o.dep_ == "dobj" and not any(d.dep_ in ("det", "poss") for d in o.children)
        ]
    return out


def _danger(noun: Token) -> bool:
    """Whether a noun warned of is a danger not of the warner's making: a natural hazard, a risk or
    an attempt (``hazard_nouns``, ``danger_nouns``: "warned officials about hacking attempts"),
    also as a noun modifying it ("freezing fog and icy roads", parsed as "fog" modifying "roads")."""
    c = nonevent_cues()
    words = {noun.lemma_.lower(), noun.lower_} | {
        t.lemma_.lower() for t in noun.children if t.dep_ in ("compound", "nmod")
    }
    return bool(words & (c.hazard_nouns | c.danger_nouns))


def _phrase_of(prep: Token, verb: Token) -> bool:
    """Whether a prepositional phrase hangs on a verb directly or through its objects and phrases."""
    current = prep
    for _ in range(MAX_CLIMB):
        if current.head.i == verb.i:
            return True
        if current.dep_ not in ("prep", "pobj", "dobj") or current.head.i == current.i:
            return False
        current = current.head
    return False


def nonspecific(noun: Token | None) -> bool:
    """Whether an event noun names no particular event but any that may come: a determiner such as
    "any" or a modifier such as "possible" or "future" ("ready for any attack by the rebels",
    "warned of possible strikes", "to prevent future attacks")."""
    if noun is None:
        return False
    c = nonevent_cues()
    return any(
        (ch.dep_ == "det" and ch.lower_ in c.nonspecific_determiners)
        or (ch.dep_ == "amod" and ch.lower_ in c.nonspecific_modifiers)
        for ch in noun.children
    )


def aspiration(clause: Token) -> bool:
    """Whether a demanded clause tells what its subject should become (``becoming_verbs``: "said
    the city must become a symbol of reconciliation"): a wish for a state, no act asked of anyone."""
    return clause.lemma_.lower() in nonevent_cues().becoming_verbs


def _aux(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ in ("aux", "auxpass")]


def plain_lower(token: Token) -> str:
    """A word in lower case with a typographic apostrophe made plain ("we’ll" has the "'ll" of
    "we'll", "’s" is "'s")."""
    return token.lower_.replace("’", "'")


def pluperfect(verb: Token) -> bool:
    """Whether a clause is in the past perfect ("had launched", "had been shelved"): an event the
    story sets before its own time line, i.e. background."""
    return any(plain_lower(a) in ("had", "'d") for a in _aux(verb)) and (
        verb.tag_ == "VBN" or any(a.tag_ == "VBN" for a in _aux(verb))
    )


def purpose(verb: Token) -> bool:
    """Whether a predicate heads a purpose clause ("edited the video to exclude ...", "in order to
    prevent ..."): what an actor means to do, not something done."""
    if verb.dep_ not in ("advcl", "xcomp") or verb.tag_ != "VB":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return (
        verb.dep_ == "advcl"
        or verb.head.pos_ not in ("VERB", "AUX")
        or verb.head.lemma_.lower() in PURPOSE_HEADS
    )


def standing_relation(verb: Token, plover: str, sentence: str) -> bool:
    """Whether a material act (``standing_types``) is told in the simple present in a sentence with
    final punctuation: a standing relation or a state ("Iran funds the militia", "the militia
    receives weapons from Iran"), not an act of the story. The caller leaves a headline out."""
    return plover in nonevent_cues().standing_types and simple_present(verb) and not unpunctuated(sentence)


def standing_state(noun: Token | None) -> bool:
    """Whether an event read from a noun alone (no light verb) names a standing state
    (``state_nouns``: "Israel's occupation", "Washington's sanctions on Caracas", "the blockade of
    Qatar by Saudi Arabia"): the state the story is set in, not an act of it. The caller leaves a
    text's first sentence out."""
    return noun is not None and noun.lemma_.lower() in nonevent_cues().state_nouns


TOPIC_PREPS = frozenset({"about", "on", "over", "regarding"})


def talk_topic(noun: Token | None) -> bool:
    """Whether an event noun is what talks were about: the object of a verb of talking
    (``consultation_verbs``: "discussed Turkey's offensive") or of its "about", "on" or "over"
    phrase ("spoke about the government's support for the refugees"): a topic, not an act the
    sentence tells. What a reporting verb reports, also "on", is the act ("confirmed Israel's
    strike", "reports on the minister's visit to Washington"), coded."""
    if noun is None:
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in TOPIC_PREPS:
        head = head.head
    elif noun.dep_ != "dobj":
        return False
    return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in nonevent_cues().consultation_verbs


def topic_gerund(predicate: Token) -> bool:
    """Whether a predicate is a gerund (or coordinated with one) that is the object of "about",
    "on", "over" or "regarding" (``TOPIC_PREPS``): what a stand, talks, a dispute or a view is about
    ("will stand together on arresting the suspects", "talks on releasing the prisoners", "a row
    over deporting the migrants"), not an act the sentence tells. A verb of asking for the act
    ("insisted on releasing them") codes the request. A gerund that a verb of carrying on takes
    (``continuation_verbs``: "carried on shelling the town", "went on attacking") is the act done."""
    current = first_conjunct(predicate)
    if current.dep_ != "pcomp" or current.tag_ != "VBG" or current.head.lower_ not in TOPIC_PREPS:
        return False
    prep = current.head
    return not (prep.lower_ == "on" and prep.head.lemma_.lower() in nonevent_cues().continuation_verbs)


def simple_present(verb: Token) -> bool:
    """Whether a clause is in the simple present with no auxiliary ("refuses", "faces"): outside a
    headline, the tense of habits, states and general claims rather than of a reported event."""
    return verb.tag_ in ("VBZ", "VBP") and not _aux(verb)


def deontic(verb: Token) -> bool:
    """Whether a clause states an obligation or an evaluation rather than an act: "we must apply",
    "need to support", "it is critical to support", "has to make"."""
    c = nonevent_cues()
    if any(a.lower_ in c.deontic_modals and a.lower_ not in ("have", "has", "got") for a in _aux(verb)):
        return True
    current = verb
    for _ in range(3):
        if current.dep_ != "xcomp" or current.head.i == current.i:
            break
        head = current.head
        lemma = head.lemma_.lower()
        if lemma in ("need", "have", "get") and head.pos_ in ("VERB", "AUX"):
            return lemma != "get" or any(plain_lower(a) in ("'ve", "have") for a in _aux(head))
        if head.pos_ == "ADJ" and head.lower_ in c.evaluative_adjectives:
            return True
        if head.pos_ == "AUX" and any(
            ch.dep_ in ("acomp", "attr") and ch.lower_ in c.evaluative_adjectives for ch in head.children
        ):
            return True
        current = head
    return False


def generic_subject(subject: Token | None) -> bool:
    """Whether a clause's subject is an indefinite quantifier or pronoun ("many", "some",
    "anyone", "others", "people" with no modifier): a general statement, not one actor's act. A bare
    plural is not counted: in news it usually names a specific group ("Prosecutors in Sweden")."""
    if subject is None or subject.lower_ not in nonevent_cues().generic_subjects:
        return False
    return not any(c.dep_ in ("prep", "amod", "det", "poss", "relcl", "acl") for c in subject.children)


def speaker_subject(subject: Token | None) -> bool:
    """Whether the subject is the speaker or the addressee ("I", "we", "you"): a claim voiced in a
    quote, a letter or an opinion piece."""
    return (
        subject is not None and subject.pos_ == "PRON" and subject.lower_ in nonevent_cues().speaker_pronouns
    )


def habitual(verb: Token) -> bool:
    """Whether an adverb of habit modifies the clause ("police often detain protesters there", "has
    always denied"), or a time phrase of recurrence or, outside a headline, a rate (``states_a_rate``) a
    clause in the simple present ("detain hundreds every year", "audits forty firms a year"): a
    generic or habitual statement, not a dated act (not coded)."""
    if _habit_adverb(verb):
        return True
    if not simple_present(verb):
        return False
    # a headline's rate tells its news ("Troops stop 40 boats a day in crackdown")
    return _recurring(verb, ("npadvmod",)) or (states_a_rate(verb) and not story_headline(verb))


def states_a_rate(verb: Token) -> bool:
    """Whether a rate ("a year", "an hour", "per month": ``rate_determiners`` and ``rate_units``)
    modifies a clause or its direct object ("investigates hundreds of complaints a year", "detain
    300 people a month"); a unit with more than its determiner dates an act ("a year ago")."""
    c = nonevent_cues()
    holders = [verb, *(ch for ch in verb.children if ch.dep_ == "dobj")]
    for holder in holders:
        for ch in holder.children:
            if ch.dep_ == "prep" and ch.lower_ in c.rate_determiners:
                units = [p for p in ch.children if p.dep_ == "pobj"]
                if any(u.lemma_.lower() in c.rate_units and not list(u.children) for u in units):
                    return True
            if ch.dep_ != "npadvmod" or ch.lemma_.lower() not in c.rate_units:
                continue
            children = list(ch.children)
            if children and all(d.dep_ == "det" and d.lower_ in c.rate_determiners for d in children):
                return True
    return False


def _habit_adverb(verb: Token) -> bool:
    """Whether an adverb of habit (``habitual_adverbs``: "often", "always") modifies a clause."""
    adverbs = nonevent_cues().habitual_adverbs
    return any(ch.dep_ in ("advmod", "npadvmod") and ch.lower_ in adverbs for ch in verb.children)


def _recurring(verb: Token, deps: tuple[str, ...]) -> bool:
    """Whether a time phrase of recurrence (``habitual_determiners``: "every year", "each week")
    modifies a clause by one of ``deps``."""
    every = nonevent_cues().habitual_determiners
    return any(
        ch.dep_ in deps and any(d.dep_ == "det" and d.lower_ in every for d in ch.children)
        for ch in verb.children
    )


def standing(verb: Token) -> bool:
    """Whether a clause in the present perfect states a standing record rather than an act of the
    story: "long", "repeatedly" ("has long backed gun control", "have long accused him", "has
    repeatedly threatened to close the strait") or a span of years
    with no count ("has criticized the union for years", "for decades"; ``standing_adverbs``,
    ``standing_spans``) or "in the past" ("in the past, Peru has accused Bolivia of ...": the
    experiential perfect, what has happened at some time before the story). The guide codes
    neither a career nor a disposition."""
    if not present_perfect(verb):
        return False
    c = nonevent_cues()
    if any(ch.dep_ == "advmod" and ch.lower_ in c.standing_adverbs for ch in verb.children):
        return True
    if any(_in_the_past(ch) for ch in verb.children):
        return True
    for prep in (ch for ch in verb.children if ch.dep_ == "prep" and ch.lower_ == "for"):
        for span in (p for p in prep.children if p.dep_ == "pobj" and p.lower_ in c.standing_spans):
            if not any(m.dep_ in ("nummod", "det", "amod", "quantmod") for m in span.children):
                return True
    return False


def _in_the_past(prep: Token) -> bool:
    """The phrase "in the past" (no span counted: "in the past two days" tells of the story's days)."""
    if prep.dep_ != "prep" or prep.lower_ != "in":
        return False
    objects = (p for p in prep.children if p.dep_ == "pobj" and p.lower_ == "past")
    return any(all(m.dep_ == "det" for m in p.children) for p in objects)


def reported_record(verb: Token, times: list[dict] = ()) -> bool:
    """Whether a clause is what a habitual or standing statement reports ("in the past, Peru has
    often claimed that Bolivia was arming the rebels", "police often say that protesters attacked
    them"; ``habitual``, ``standing``): a claim made again and again, no act of the story. A date
    of the time layer (``times``) in the statement dates what it reports, which is then the
    story's ("have repeatedly said that the militia kidnapped 12 aid workers on Saturday")."""
    head = verb.head
    if verb.dep_ != "ccomp" or not _reporting(head) or not (habitual(head) or standing(head)):
        return False
    start, end = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
    return not any(
        t.get("type", "DATE") == "DATE" and _year(t.get("value")) is not None and start <= t["start"] < end
        for t in times
    )


def generic_statement(verb: Token, subject: Token | None, sentence: str) -> bool:
    """Whether a clause in the simple present, in a sentence with final punctuation (not a
    headline), has a subject counted by an indefinite quantifier ("many Republicans support the
    wall", "most economists oppose tariffs"; ``generic_quantifiers``) or a bare plural ("companies
    complain that taxes are too high"): a general statement about a group or a kind, not one
    actor's act (docs/annotation-guide.md section 2)."""
    if subject is None or not simple_present(verb) or unpunctuated(sentence):
        return False
    quantifiers = nonevent_cues().generic_quantifiers
    if any(ch.dep_ in ("amod", "det") and ch.lower_ in quantifiers for ch in subject.children):
        return True
    return _bare_plural(subject) and all(_bare_plural(c) for c in subject.conjuncts)


def generic_passive(verb: Token, sentence: str) -> bool:
    """Whether a passive clause in the present ("is"/"are" and a participle, no other auxiliary),
    in a sentence with final punctuation (not a headline), has a subject counted by an indefinite
    quantifier (``generic_quantifiers``: "many schools are called failing", "most migrants are
    detained at the border"): what is done to a kind, habitually, not an act of the story
    (docs/annotation-guide.md section 2); "the minister is accused of lying" stays."""
    if verb.tag_ != "VBN" or unpunctuated(sentence):
        return False
    auxiliaries = [ch for ch in verb.children if ch.dep_ in ("aux", "auxpass")]
    if len(auxiliaries) != 1 or auxiliaries[0].dep_ != "auxpass" or auxiliaries[0].tag_ not in ("VBZ", "VBP"):
        return False
    c = nonevent_cues()
    counted = {
        m.lower_
        for ch in verb.children
        if ch.dep_ == "nsubjpass"
        for m in ch.children
        if m.dep_ in ("amod", "det") and m.lower_ in c.generic_quantifiers
    }
    if not counted:
        return False
    if _habit_adverb(verb) or _recurring(verb, ("advmod", "npadvmod")):
        return True
    # "by government aircraft": a doer named; "overnight", "on Monday": a dated act; "many civilians
    # are killed in the shelling", "some leaders are arrested": news told in the present. "Most"
    # and "few" count a share of a whole kind.
    if any(ch.dep_ == "agent" for ch in verb.children):
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree):
        return False
    return not counted.isdisjoint(c.share_quantifiers)


def _bare_plural(noun: Token) -> bool:
    """A plural common noun with no determiner, modifier or name of its own ("companies",
    "voters"): a kind, not a particular group ("Prosecutors in Sweden", "Iraqi troops" are)."""
    return (
        noun.tag_ == "NNS"
        and not noun.ent_type_
        and not any(c.dep_ not in ("cc", "conj", "punct") for c in noun.children)
    )


def _reporting(token: Token) -> bool:
    return token.lemma_.lower() in cues().reporting_verbs


def embedded(verb: Token) -> bool:
    """Whether a clause is not a main clause of its sentence: climbing its coordinations, it is
    not the sentence's root nor the reported content of a main-clause reporting verb ("said the army
    attacked"), but a wanted, tried or promised action ("pledged to take", "trying to prepare"), an
    adverbial or relative clause, or a noun's complement. The participle of a verbless headline
    is its predicate (``headline_participle``: "Opposition Leader Arrested in Caracas")."""
    current = verb
    for _ in range(MAX_CLIMB):
        if current.dep_ == "conj" and current.head.i != current.i:
            current = current.head
            continue
        if current.dep_ == "ROOT" or current.head.i == current.i or headline_participle(current):
            return False
        if current.dep_ in ("ccomp", "parataxis") and _reporting(current.head):
            current = current.head
            continue
        return True
    return True


def headline_participle(verb: Token) -> bool:
    """Whether a past participle is the predicate of a sentence with no finite verb, the headline's
    passive with its "was" or "were" left out ("Twelve Activists Detained in Minsk", "Envoy
    Expelled"): the parse hangs it on the noun that is the sentence's root, as if it modified it,
    or on a noun in apposition to the root, after a place's tag ("Nepal: Four Villagers Killed")."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or head.pos_ not in ("NOUN", "PROPN") or head.i > verb.i:
        return False
    if head.dep_ == "appos" and any(t.text == ":" for t in verb.doc[head.head.i : head.i]):
        head = head.head
    return head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN")


def present_perfect(verb: Token) -> bool:
    """Whether a clause is in the present perfect ("has criticized", "have opposed"): in news both
    the just-happened and a career's or a dispute's standing record."""
    return any(plain_lower(a) in ("has", "have", "'s", "'ve") for a in _aux(verb)) and (
        verb.tag_ == "VBN" or any(a.tag_ == "VBN" for a in _aux(verb))
    )


def unpunctuated(sentence: str) -> bool:
    """Whether a sentence has no final punctuation: a headline, caption, link or menu line."""
    return not sentence.rstrip().rstrip("\"'”’)»").endswith((".", "!", "?", ":", "…"))


def story_year(times: list[dict], published: str | None) -> int | None:
    """The story's year: its publication year, else the latest year among the dates of the text
    given with a month or a day ("August 2019", "Nov. 18, 2019"; a bare year may be a deadline)."""
    year = _year(published)
    if year is not None:
        return year
    dated = [_year(t.get("value")) for t in times if len(str(t.get("value") or "")) >= 7]
    return max((y for y in dated if y is not None), default=None)


def dates_earlier(sent: Span, times: list[dict], published: str | None) -> bool:
    """Whether the sentence names a date of a year before the story's ("since 2011", "in 2010"):
    a history or a career, whichever predicate the date hangs on."""
    now = story_year(times, published)
    if now is None:
        return False
    for time in times:
        if not (sent.start_char <= time["start"] < sent.end_char) or time.get("type", "DATE") != "DATE":
            continue
        year = _year(time.get("value"))
        if year is not None and year < now:
            return True
    return False


def opinion_share(doc: Doc, quoted: Callable[[int], bool]) -> float:
    """The share of a text's sentences in which the writer speaks in the first or second person
    outside quotation marks: high for letters, columns and editorials, near 0 for news reports."""
    words = nonevent_cues().opinion_pronouns
    sents = list(doc.sents)
    if not sents:
        return 0.0
    # the pronouns found off arrays (no Token made), each sentence counted once, by its first token
    bounds = sentence_bounds(doc)
    pos, idx = doc.to_array(POS), doc.to_array(IDX)
    voiced: set[int] = set()
    for i in token_indices(doc, LOWER, words):
        start = bounds[i][0]
        if start not in voiced and pos[i] == PRON and not quoted(int(idx[i])):
            voiced.add(start)
    return len(voiced) / len(sents)


def text_signals(doc: Doc, text: str, quoted: Callable[[int], bool]) -> dict[str, float]:
    """Signs of a text's genre, as shares of its sentences: ``present``, the main verb in the
    simple present outside quotation marks (essays, analyses and explainers argue and describe in
    the present; reports narrate in the past)."""
    sents = [s for s in doc.sents if text[s.start_char : s.end_char].strip()]
    if not sents:
        return {"present": 0.0}
    present = 0
    for sent in sents:
        verb = main_verb(sent)
        present += int(simple_present(verb) and not quoted(verb.idx))
    return {"present": present / len(sents)}


def clause_signals(
    verb: Token,
    subject: Token | None,
    sent: Span,
    sentence: str,
    times: list[dict],
    published: str | None,
) -> dict[str, bool]:
    """The non-event signals of the clause of an event predicate, named for the confidence model."""
    return {
        "pluperfect": pluperfect(verb),
        "purpose": purpose(verb),
        "simple_present": simple_present(verb),
        "deontic": deontic(verb),
        "generic_subject": generic_subject(subject),
        "speaker_subject": speaker_subject(subject),
        "habitual": habitual(verb),
        "unpunctuated": unpunctuated(sentence),
        "dates_earlier": dates_earlier(sent, times, published),
        "embedded": embedded(verb),
        "present_perfect": present_perfect(verb),
    }


def main_verb(sent: Span) -> Token:
    """The verb of a sentence's main clause: its root, else the first finite verb, else the root."""
    if sent.root.pos_ in ("VERB", "AUX"):
        return sent.root
    return next((t for t in sent if t.tag_ in ("VBD", "VBZ", "VBP", "MD")), sent.root)
