"""Event helpers shared by the tests of the event layer."""

from dateline.nlp import get_nlp


def events_of(text: str) -> list[dict]:
    """The events the pipeline codes in ``text``."""
    return list(get_nlp()(text)._.events or [])


def one_event(text: str, plover: str) -> dict:
    """The first event of PLOVER type ``plover`` in ``text``; fails listing what was coded instead."""
    found = [e for e in events_of(text) if e["plover"]["type"] == plover]
    assert found, [(e["plover"]["type"], e["trigger"]) for e in events_of(text)]
    return found[0]
