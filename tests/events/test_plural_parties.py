"""A plural noun of people or offices whose "of" phrase (or nationality modifier) coordinates
countries names one actor per country, as coordinated subjects do: sentences written for these
tests."""

import pytest

from dateline.nlp import get_nlp


def _events(text):
    return [
        (e["plover"]["type"], (e["source"] or {}).get("code"), (e["target"] or {}).get("code"))
        for e in get_nlp()(text)._.events or []
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The presidents of Moldova and Belarus met in Minsk on Monday.", [("CONSULT", "MDAGOV", "BLRGOV")]),
        ("The foreign ministers of Peru and Chile held talks in Lima.", [("CONSULT", "PERGOV", "CHLGOV")]),
        ("Peruvian and Chilean ministers held talks in Lima.", [("CONSULT", "PERGOV", "CHLGOV")]),
        ("The leaders of Gabon and Chad signed a border treaty.", [("SUPPORT", "GABGOV", "TCDGOV")]),
        ("Both leaders of Gabon and Chad signed a border treaty.", [("SUPPORT", "GABGOV", "TCDGOV")]),
        (
            "The leaders of Peru, Chile and Bolivia met in Lima.",
            [("CONSULT", "PERGOV", "CHLGOV"), ("CONSULT", "PERGOV", "BOLGOV")],
        ),
        (
            "The governments of Peru and Chile agreed to reopen the border.",
            [("AGREE", "PERGOV", "CHLGOV")],
        ),
    ],
)
def test_a_plural_office_of_two_countries_is_a_pair_of_parties(text, expected):
    assert _events(text) == expected


def test_each_party_acts_on_a_third_as_coordinated_subjects_do():
    pair = _events("The leaders of Gabon and Chad condemned the coup in Niger.")
    coordinated = _events("Gabon and Chad condemned the coup in Niger.")
    assert [(t, s[:3], o) for t, s, o in pair] == [(t, s, o) for t, s, o in coordinated]
    assert [s for _, s, _ in pair] == ["GABGOV", "TCDGOV"]
    armies = _events("The armies of Gabon and Chad attacked rebels in Niger.")
    assert [s for _, s, _ in armies] == ["GABMIL", "TCDMIL"]


def test_each_other_gives_one_event_from_each_party():
    events = _events("The leaders of Gabon and Chad accused each other of backing rebels.")
    assert sorted(events) == [("ACCUSE", "GABGOV", "TCDGOV"), ("ACCUSE", "TCDGOV", "GABGOV")]


def test_the_pair_as_target_gives_one_event_per_party():
    events = _events("The French president met the leaders of Gabon and Chad.")
    assert events == [("CONSULT", "FRAGOV", "GABGOV"), ("CONSULT", "FRAGOV", "TCDGOV")]


@pytest.mark.parametrize(
    "text",
    [
        # a singular head is one office
        "The president of Moldova and Belarus's envoy met in Minsk.",
        # a name of an organisation is not a plural office
        "The Organization of American States condemned the coup in Niger.",
        # a phrase naming both parties together still codes no event between them
        "The two presidents signed the plan.",
        # one country whose name holds "and"
        "The leaders of Antigua and Barbuda signed a border treaty.",
        # parties and unions are no countries
        "The leaders of the Ruritanian Liberal Party and the Christian Labour Union met in Lima.",
    ],
)
def test_no_pair_without_a_plural_office_of_countries(text):
    events = _events(text)
    assert not [e for e in events if e[1] and e[2] and e[1][:3] != e[2][:3]], events


def test_a_plural_thing_of_two_countries_names_no_parties():
    sources = [s for _, s, _ in _events("The borders of Peru and Chile were closed.")]
    assert "CHL" not in " ".join(s or "" for s in sources)
