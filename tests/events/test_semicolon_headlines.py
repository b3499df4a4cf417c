"""A headline's clause after a semicolon is a headline of its own: its bare passive is a passive."""

from dateline import extract

STORY = ". The two were arrested by county deputies on Friday after a long investigation."


def _events(headline: str) -> list[tuple[str, str | None, str | None]]:
    record = extract(headline + STORY, published="2024-05-01")
    return [
        (e.plover.type, e.source.text if e.source else None, e.target.text if e.target else None)
        for e in record.events
        if e.evidence.text.rstrip(".") in headline
    ]


def test_the_second_headline_clause_is_a_passive():
    events = _events("Dayton teacher pleads guilty in fraud; three clerks sentenced")
    assert ("SANCTION", None, "three clerks") in events


def test_an_arrest_after_a_semicolon_is_coded():
    events = _events("Councilman resigns; two aides arrested")
    assert ("COERCE", None, "two aides") in events


def test_a_headline_without_a_semicolon_is_unchanged():
    events = _events("Two aides arrested in Dayton")
    assert ("COERCE", None, "Two aides") in events
