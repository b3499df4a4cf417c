"""Verbal conflict (PLOVER ACCUSE): criticism aimed at its own doer or at the weather accuses no
one; criticism of a named party, over a natural disaster too, stays coded."""

import pytest

from dateline.nlp import get_nlp


def _events(text: str, published: str = "2021-03-09"):
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.published = published
    return list(nlp(doc)._.events or [])


def _coded(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (e["plover"]["type"], (e["source"] or {}).get("text"), (e["target"] or {}).get("text"))
        for e in _events(text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Estonian prime minister criticised himself for the slow vaccine rollout.",
        "Latvian officials blamed themselves for the failed tender.",
        "The Lithuanian coalition faulted itself for the poor turnout.",
    ],
)
def test_self_criticism_accuses_no_one(text):
    assert "ACCUSE" not in [t for t, *_ in _coded(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Moroccan farmers complained about the heavy rain.",
        "The Tunisian tourism minister criticised the unusually cold weather.",
        "Algerian herders complained bitterly about the drought.",
    ],
)
def test_criticism_of_the_weather_accuses_no_one(text):
    assert "ACCUSE" not in [t for t, *_ in _coded(text)]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Estonian prime minister criticised Russia for the cyberattack.", "Russia"),
        ("The Tunisian minister criticised Libya over the floods.", "Libya"),
        ("Moroccan farmers blamed the drought on the Algerian government.", "the Algerian government"),
    ],
)
def test_criticism_of_a_named_party_stays(text, target):
    assert ("ACCUSE", target) in [(t, g) for t, _, g in _coded(text)]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The tariff, which Uruguayan opposition leaders denounced last week, took effect on Monday.",
            "Uruguayan opposition leaders",
            None,
        ),
        (
            "The envoy, whom the Paraguayan president criticised on Friday, left the country.",
            "the Paraguayan president",
            "The envoy",
        ),
        (
            "Traders cited long queues at the border, which they blamed on Bolivian customs officials.",
            None,
            "Bolivian customs officials",
        ),
    ],
)
def test_criticism_in_a_comma_relative_clause_with_its_own_subject_is_told(text, source, target):
    accusations = [(s, g) for t, s, g in _coded(text) if t == "ACCUSE"]
    assert accusations
    if source is not None:
        assert accusations[0][0] == source
    if target is not None:
        assert accusations[0][1] == target


@pytest.mark.parametrize(
    "text",
    [
        "The tariff that Uruguayan opposition leaders denounced took effect on Monday.",
        "The treaty, which Uruguay signed with Brazil, expires next year.",
    ],
)
def test_a_restrictive_relative_or_another_act_is_not_told_so(text):
    assert "ACCUSE" not in [t for t, *_ in _coded(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The Slovenian foreign minister said Croatia is lying.",
        "The Croatian premier said the opposition lies.",
    ],
)
def test_a_reported_lie_in_a_bare_form_is_an_allegation(text):
    assert "ACCUSE" in [t for t, *_ in _coded(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Police said the victim was lying in the street.",
        "Rescuers said the hiker was lying unconscious near the summit.",
        "The mayor said the village lies north of the river.",
        "Officials said the fugitive is lying low.",
        "The Slovenian foreign minister said Croatia is not lying.",
    ],
)
def test_lying_somewhere_or_denied_is_no_allegation(text):
    assert "ACCUSE" not in [t for t, *_ in _coded(text)]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("On Monday the Danish premier hit out at Sweden's stance on fishing quotas.", "Sweden"),
        (
            "On Monday the Danish premier hit out at the Swedish government's budget plan.",
            "the Swedish government",
        ),
        ("On Monday Danish farmers hit out at the Swedish minister's remarks.", "the Swedish minister"),
    ],
)
def test_hitting_out_at_someone_s_thing_is_criticism_of_its_owner(text, target):
    assert ("ACCUSE", target) in [(t, g) for t, _, g in _coded(text)]


def test_a_shell_hitting_someone_s_house_is_no_criticism():
    coded = _coded("On Monday a rebel shell hit the Danish ambassador's residence in the capital.")
    assert "ACCUSE" not in [t for t, *_ in coded]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("On Tuesday Finland voiced opposition to Estonia's port plan.", "Estonia"),
        ("On Tuesday Finland expressed strong opposition to Estonia's port plan.", "Estonia"),
    ],
)
def test_the_opposition_voiced_is_a_stance_not_the_target(text, target):
    accusations = [g for t, _, g in _coded(text) if t == "ACCUSE"]
    assert target in accusations and "opposition" not in " ".join(g or "" for g in accusations)


def test_the_political_opposition_criticised_stays_the_target():
    coded = _coded("On Tuesday the Finnish government criticised the opposition over the port plan.")
    assert ("ACCUSE", "the opposition") in [(t, g) for t, _, g in coded]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Honduran senator said the president lacks the judgment to run the country.", "the president"),
        (
            "Opposition leader Rosa Mena said the Guatemalan government lacks credibility.",
            "the Guatemalan government",
        ),
        (
            "The Salvadoran minister said the Honduran president lacks the moral authority to lecture.",
            "the Honduran president",
        ),
    ],
)
def test_a_quality_said_to_be_lacking_is_criticism(text, target):
    assert ("ACCUSE", target) in [(t, g) for t, _, g in _coded(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The Honduran senator said the president does not lack courage.",
        "The Honduran minister said the northern region lacks clean water.",
        "The Honduran senator said the president may lack the experience.",
        "The Honduran judge said the mayor lacks the authority to close the road.",
    ],
)
def test_lacking_a_thing_or_a_denied_lack_is_no_criticism(text):
    assert "ACCUSE" not in [t for t, *_ in _coded(text)]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Bolivian senator said the army lacks the courage to fight.", "the army"),
        ("The Peruvian senator said the president lacks integrity.", "the president"),
        ("The Chilean senator said the governor lacks honesty.", "the governor"),
    ],
)
def test_a_virtue_said_to_be_lacking_is_criticism_not_praise(text, target):
    coded = _coded(text)
    assert ("ACCUSE", target) in [(t, g) for t, _, g in coded]
    assert "SUPPORT" not in [t for t, *_ in coded]


def test_the_owner_of_a_reason_is_not_the_target_of_an_attack():
    coded = _coded("Gunmen attacked a police post on Friday for the governor's refusal to free prisoners.")
    assert "ACCUSE" not in [t for t, *_ in coded]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Chile hit out at Peru's decision to close the border.", "Chile", "Peru"),
        ("Bolivia hit back at Peru's decision.", "Bolivia", "Peru"),
        ("Dockworkers hit out at the labour minister's remarks.", "Dockworkers", "the labour minister"),
    ],
)
def test_hitting_out_at_someone_s_thing_keeps_its_doer(text, source, target):
    assert ("ACCUSE", source, target) in _coded(text)
