"""Event helpers shared by the tests of the event layer."""

from dateline.events.lexicon import match_verb
from dateline.nlp import get_nlp


def events_of(text: str) -> list[dict]:
    """The events the pipeline codes in ``text``."""
    return list(get_nlp()(text)._.events or [])


def events_published(text: str, published: str) -> list[dict]:
    """The events the pipeline codes in ``text`` as published on ``published``."""
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.published = published
    return list(nlp(doc)._.events or [])


def target_places(text: str) -> list[tuple[str | None, str | None]]:
    """(text, country) of the target of each event coded in ``text``."""
    return [
        ((e.get("target") or {}).get("text"), (e.get("target") or {}).get("country")) for e in events_of(text)
    ]


def verb_sense(text: str, word: str):
    """The frame sense ``match_verb`` gives the first token of ``text`` written ``word``, or None."""
    return match_verb(next(t for t in get_nlp()(text) if t.text == word))


def one_event(text: str, plover: str) -> dict:
    """The first event of PLOVER type ``plover`` in ``text``; fails listing what was coded instead."""
    found = [e for e in events_of(text) if e["plover"]["type"] == plover]
    assert found, [(e["plover"]["type"], e["trigger"]) for e in events_of(text)]
    return found[0]


def readings(text: str, *, with_source: bool = False, published: str = "2018-06-01") -> list[tuple]:
    """(PLOVER type, CAMEO code) of each event coded in ``text`` as published on ``published``, with
    the source's code last when ``with_source``."""
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.published = published
    out = []
    for e in nlp(doc)._.events or []:
        reading = (e["plover"]["type"], e["cameo"]["code"])
        out.append((*reading, (e.get("source") or {}).get("code")) if with_source else reading)
    return out


def events_of_type(text: str, plover: str) -> list[dict]:
    """The events of PLOVER type ``plover`` the pipeline codes in ``text``."""
    return [e for e in events_of(text) if e["plover"]["type"] == plover]


def dyad(event: dict) -> tuple[str | None, str | None]:
    """The source and target countries of an event."""
    return (event.get("source") or {}).get("country"), (event.get("target") or {}).get("country")


def coded_spans(text: str, plover: str) -> list[tuple[str, str | None, str | None]]:
    """(CAMEO code, source text, target text) of each event of PLOVER type ``plover`` in ``text``."""
    return [
        (e["cameo"]["code"], (e.get("source") or {}).get("text"), (e.get("target") or {}).get("text"))
        for e in events_of_type(text, plover)
    ]


def events_past_lead(opening: str, text: str) -> list[tuple[str, str | None, str | None]]:
    """(PLOVER type, source text, target text) of each event coded in ``text`` when it follows
    ``opening``, sentences of no event that put it past the lead."""
    doc = get_nlp()(opening + text)
    return [
        (e["plover"]["type"], (e["source"] or {}).get("text"), (e["target"] or {}).get("text"))
        for e in doc._.events
        if e["evidence"]["start"] >= len(opening)
    ]
