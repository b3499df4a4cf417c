"""An organisation's name the parse cuts is the whole source, and a place the NER mislabelled
places its actors (sentences written for these tests)."""

import pytest

import dateline


def _events(text: str) -> list[dict]:
    return dateline.extract(text, published="2024-05-01").model_dump()["events"]


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Doctors Without Borders accused the army of shelling a clinic.", "Doctors Without Borders", "NGO"),
        ("Lawyers Without Borders criticised the verdict in the case.", "Lawyers Without Borders", "NGO"),
        (
            "Physicians for Human Rights accused the guards of beating inmates.",
            "Physicians for Human Rights",
            "NGO",
        ),
    ],
)
def test_an_organisation_cut_by_the_parse_is_the_whole_source(text, name, code):
    sources = [(e["source"] or {}) for e in _events(text)]
    assert any(s.get("text") == name and (s.get("code") or "").startswith(code) for s in sources), sources


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Insurgents stormed an army base in northern Malawi on Sunday.", "MWI"),
        ("Gunmen ambushed a police patrol in eastern Lesotho.", "LSO"),
        ("Bandits attacked a convoy in western Niger.", "NER"),
    ],
)
def test_a_relabelled_country_places_the_actors(text, country):
    found = [(e[side] or {}).get("country") for e in _events(text) for side in ("source", "target")]
    assert country in found, found
