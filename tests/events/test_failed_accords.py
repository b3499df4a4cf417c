"""Accords and truces: failing, called off, or declared by two sides."""

import pytest

from dateline import extract


def _codes(text: str) -> list[str]:
    record = extract(text, published="2024-05-01")
    return [e.cameo.code for e in record.events if (e.confidence or 0) >= 0.7]


@pytest.mark.parametrize(
    "text",
    [
        "A truce between Sudan's army and the militia collapsed on Friday.",
        "The ceasefire between Georgia and the separatists broke down within hours.",
        "The border accord between Lisbon and Madrid unravelled last month.",
        "The truce between the two factions failed after a week.",
    ],
)
def test_a_failing_accord_is_no_signing_or_truce(text):
    assert not [c for c in _codes(text) if c.startswith(("057", "0871"))]


def test_a_truce_declared_or_taking_effect_is_still_coded():
    assert "0871" in _codes("Chad and Niger declared a truce along the border on Monday.")
    assert "0871" in _codes("A ceasefire between Mali and the rebels took effect at noon.")


def test_an_attack_that_faltered_still_happened():
    assert any(c.startswith("19") for c in _codes("The offensive by Sudanese troops faltered near Kassala."))


def _all_codes(text: str) -> list[str]:
    return [e.cameo.code for e in extract(text, published="2024-05-01").events]


@pytest.mark.parametrize(
    "text",
    [
        "The guerrillas called off the truce with the air force on Sunday.",
        "Separatist commanders called off their ceasefire after two days.",
    ],
)
def test_calling_off_a_truce_is_the_dictionarys_violation(text):
    codes = _all_codes(text)
    assert "196" in codes
    assert "080" not in codes


def test_calling_off_something_else_keeps_the_phrasal_sense():
    assert "196" not in _all_codes("The coast guard called off the search for the missing fishermen.")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The premier called off her trip to Warsaw after the floods.", "042"),
        ("The dockers' union called off the march set for Saturday.", "141"),
        ("The insurgents called off their assault on the port.", "19"),
        ("The envoy called off the meeting with the mayor.", "040"),
    ],
)
def test_an_event_called_off_did_not_happen(text, wrong):
    assert not [c for c in _all_codes(text) if c.startswith(wrong)]


def test_a_light_verb_with_its_own_particle_still_makes_the_event():
    assert any(c.startswith("19") for c in _all_codes("The militia kept up its shelling of the harbour."))


def _truces(text: str) -> list[tuple[str | None, str | None]]:
    record = extract(text, published="2024-05-01")
    return [
        (e.source.code if e.source else None, e.target.code if e.target else None)
        for e in record.events
        if e.cameo.code == "0871"
    ]


def test_a_truce_two_sides_declare_is_coded_once_between_them():
    truces = _truces("Mali and Burkina Faso declared a truce along their frontier on Friday.")
    assert truces == [("MLI", "BFA")]


def test_a_truce_declared_with_a_named_partner_keeps_the_partner():
    truces = _truces("Chad and Sudan signed a ceasefire with the Darfur rebels.")
    assert truces and all(target is not None and target.endswith("REB") for _, target in truces)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Loyalist gunboats stepped up their shelling of the Marrow Bay docks.", "19"),
        ("The junta in Tessaly stepped up arrests of student leaders.", "173"),
        ("Vostrian jets stepped up airstrikes on the hill villages near Orsk.", "19"),
    ],
)
def test_an_act_stepped_up_is_still_the_act(text, kind):
    assert any(c.startswith(kind) for c in _all_codes(text))


def test_talks_taken_over_are_still_talks():
    codes = _all_codes("Norway took over the negotiations between Peru and Chile.")
    assert any(c.startswith("04") for c in codes)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The Ardan rebels put off their offensive on the river port until spring.", "19"),
        ("The chancellor put off her visit to Oslo.", "042"),
    ],
)
def test_an_event_put_off_did_not_happen(text, wrong):
    assert not [c for c in _all_codes(text) if c.startswith(wrong)]


def test_a_truce_declared_between_others_is_not_between_the_declarers():
    truces = _truces("Norway and Cuba declared a truce between Peru and the Shining Path.")
    assert truces and ("NOR", "CUB") not in truces
    assert all(target != "NOR" and target != "CUB" for _, target in truces)
