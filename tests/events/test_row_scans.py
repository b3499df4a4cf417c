"""The scans of a sentence that read its words off one table per doc and make a Token only of a
word that can pass their tests still find every kind of word they code."""

import pytest

import dateline
from dateline.events.triggers import find_triggers
from dateline.nlp import get_nlp
from dateline.nlp.doc_index import cached_rows


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # an intent participle and a word of displeasure are no verbs, and still open a trigger
        (
            "Marundia is prepared to reopen negotiations with Tessaly.",
            [("prepared", "intent:prepared"), ("reopen", "light:reopen+negotiation")],
        ),
        ("The growers were outraged at the agency over the levy.", [("outraged", "grievance:outraged")]),
        # a verbal noun in -ing and a capitalised noun as subjects are event nouns
        ("Shelling resumed near Brevik overnight.", [("Shelling", "noun:shelling+occurs")]),
        ("Ceasefire takes effect in Oranto.", [("Ceasefire", "noun:ceasefire+occurs")]),
        (
            "The guild held a walkout and the governor denounced the raid.",
            [("held", "light:hold+walkout"), ("denounced", "verb:denounce")],
        ),
    ],
)
def test_find_triggers_reads_the_words_that_can_open_one(text, found):
    doc = get_nlp()(text)
    alone = [(t.token.text, t.rule) for sent in doc.sents for t in find_triggers(sent)]
    with cached_rows(doc):
        cached = [(t.token.text, t.rule) for sent in doc.sents for t in find_triggers(sent)]
    assert alone == cached == found


@pytest.mark.parametrize(
    ("text", "code", "trigger"),
    [
        # a demand under a reporting verb, and a claim after a speaker's colon (a clause's root)
        ("The Varnish envoy said the Kelsan junta must free the detainees.", "100", None),
        (
            "Mayor Ida Berg: Harbour council must resign\n\nMayor Ida Berg of Tollund spoke on Monday.",
            "100",
            None,
        ),
        # a judgement under a reporting verb, after a colon, and in an unattributed quotation's root
        ("Varnish President Ilse Brand said the Kelsan premier is a liar.", "111", None),
        ("Senator Olav Rusk: Governor Lind is 'a disgrace'\n\nSenator Olav Rusk spoke.", "111", "disgrace"),
        ("'The governor is a disgrace,' Senator Olav Rusk said.", "111", "disgrace"),
        # a blame under a reporting verb, a word of concern, a verb holding out an act
        ("The Varnish interior minister said the Kelsan militia was behind the bombing.", "112", None),
        (
            "The Varnish foreign ministry is deeply concerned about Kelsa's support for the rebels.",
            "012",
            None,
        ),
        ("The Varnish government raised the prospect of new sanctions against Kelsa.", "1312", None),
    ],
)
def test_said_acts_are_found_by_the_scans(text, code, trigger):
    events = dateline.extract(text, published="2024-05-01").model_dump()["events"]
    codes = [(e["cameo"]["code"], e["trigger"]) for e in events]
    assert any(c == code and (trigger is None or t == trigger) for c, t in codes), codes


def _scan(text: str, scan: str) -> list[tuple[str, ...]]:
    from dateline.events.extract import EventCoder

    doc = get_nlp()(text)
    coder = EventCoder(doc, None, False, None)
    with cached_rows(doc):
        return [tuple(str(x) for x in f[:4]) for sent in doc.sents for f in getattr(coder, scan)(sent)]


@pytest.mark.parametrize(
    ("text", "scan", "found"),
    [
        # a reporting verb's demand
        (
            "The Varnish envoy said the Kelsan junta must free the detainees.",
            "_demands",
            [("said", "envoy", "free", "junta")],
        ),
        # the root of a claim after a speaker's colon, read with no reporting verb
        (
            "The storm hit Tollund on Monday.\nMayor Ida Berg: the harbour council is 'a disgrace'.",
            "_evaluations",
            [("is", "Berg", "disgrace", "council")],
        ),
        # a word of concern that is no verb, and a verb holding out a hostile act
        (
            "The Varnish ministry is deeply concerned about Kelsa's support for the rebels.",
            "_blames",
            [("concerned", "ministry", "concerned", "Kelsa")],
        ),
        (
            "The Varnish government raised the prospect of new sanctions against Kelsa.",
            "_blames",
            [("raised", "government", "sanctions", "Kelsa")],
        ),
    ],
)
def test_the_scans_of_said_acts_read_the_words_that_can_pass(text, scan, found):
    assert _scan(text, scan) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a plight phrase, a plight growing on someone, a trial opened, a casualty, a verdict, a borne attack
        (
            "Governor Ana Sorel is under fire over the hospital closures.",
            [("fire", "Sorel", "None", "under+fire")],
        ),
        (
            "Pressure is mounting on Premier Ivo Marek to resign.",
            [("Pressure", "Marek", "None", "on+pressure")],
        ),
        (
            "The trial of former general Ivo Marek opened in Vell on Monday.",
            [("trial", "Marek", "None", "opened+trial")],
        ),
        (
            "Two Varnish guards are dead after a shooting by Kelsan militants.",
            [("shooting", "guards", "militants", "casualty+shooting")],
        ),
        (
            "Clerk Ivo Marek guilty of fraud\n\nThe court in Vell ruled on Monday.",
            [("guilty", "Marek", "None", "verdict+guilty")],
        ),
        ("Halden took weeks of Kelsan air strikes.", [("strikes", "Halden", "Kelsan", "casualty+strike")]),
    ],
)
def test_plights_read_the_words_that_can_pass(text, found):
    from dateline.events.plights import plights

    doc = get_nlp()(text)
    with cached_rows(doc):
        got = [(*(str(x) for x in f[:3]), f[3].key) for sent in doc.sents for f in plights(sent)]
    assert got == found
