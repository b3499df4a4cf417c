"""Dissent against a country's own measure: the country that owns the policy, law or decision a
protest, strike or boycott is aimed at places protesters whose own words name no country, after the
event's venue and the story's dateline; a country protested itself, an official's protest and other
events place no one so (docs/annotation-guide.md, section 3; ``protested_measures_about`` of
actor_sectors.json)."""

import pytest

from dateline.nlp import get_nlp

try:
    from dateline.actors import resolve_actor  # noqa: F401

    HAVE_ACTORS = True
except ImportError:
    HAVE_ACTORS = False

pytestmark = pytest.mark.skipif(not HAVE_ACTORS, reason="dateline.actors is not installed")


def _source_country(text: str, plover: str) -> str | None:
    events = [e for e in get_nlp()(text)._.events if e["plover"]["type"] == plover]
    assert events, text
    return (events[0]["source"] or {}).get("country")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Thousands of nurses protested on Tuesday against Portugal's new overtime rules.", "PRT"),
        ("Dockworkers went on strike against Greece's privatisation plan for the ports.", "GRC"),
        ("Truck drivers blocked roads in protest against Romania's fuel tax increase.", "ROU"),
        ("Taxi drivers boycotted the airport over Kenya's new licensing fees.", "KEN"),
        ("Fishermen staged a protest over Ireland's new quota rules.", "IRL"),
    ],
)
def test_the_owner_of_a_protested_measure_places_the_protesters(text, country):
    assert _source_country(text, "PROTEST") == country


@pytest.mark.parametrize(
    ("text", "plover", "country"),
    [
        ("Hundreds of people marched in London against Israel's offensive in Gaza.", "PROTEST", "GBR"),
        ("LIMA (Reuters) - Miners protested against Bolivia's export ban on Monday.", "PROTEST", "PER"),
        ("Protesters marched against Israel on Saturday.", "PROTEST", None),
        ("The ambassador protested against Vietnam's fishing restrictions.", "ACCUSE", None),
        ("The foreign minister condemned Turkey's naval drills.", "ACCUSE", None),
        ("The union called for a rally against Peru's mining law.", "REQUEST", None),
        ("Police arrested workers who protested against Italy's labour reform.", "COERCE", None),
        ("Ethnic Serbs protested against Croatia's new language law.", "PROTEST", "SRB"),
        ("Visitors protested against Peru's new park entry fee.", "PROTEST", None),
        ("Shoppers boycotted Danish cheese over Denmark's new export levy.", "PROTEST", None),
        ("Pupils protested against Austria's school reform and Hungary's tuition fees.", "PROTEST", None),
    ],
)
def test_a_venue_a_dateline_a_protested_country_and_other_events_are_not_overridden(text, plover, country):
    assert _source_country(text, plover) == country
