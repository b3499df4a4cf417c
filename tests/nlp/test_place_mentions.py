"""The place mention filter: its fitted model matches its features, and it drops weak place readings."""

from __future__ import annotations

from test_places import run

from dateline.nlp import get_nlp
from dateline.nlp import place_mentions as pm
from dateline.nlp.places import Mention
from dateline.ontology import load_json


def test_model_covers_every_feature():
    data = load_json("places_mentions.json")
    assert set(data["weights"]) == set(pm.FEATURES)
    weights, threshold = pm.model()
    assert len(weights) == len(pm.FEATURES) and 0.0 < threshold < 1.0


def test_demonyms_and_facilities_are_not_judged():
    assert not pm.filtered(Mention(0, 7, "Chilean", "NORP", kind="demonym"))
    assert not pm.filtered(Mention(0, 11, "Elm Street", "FAC", kind="facility"))
    assert pm.filtered(Mention(0, 6, "Quincy", "GPE"))


def test_landmark_and_tagged_town_are_not_judged():
    doc = run("Critics called the senator a Kremlin loyalist after the vote in Moscow.")
    resolver = get_nlp().get_pipe("dateline_places")
    mentions, _, _ = resolver.resolved_mentions(doc)
    assert {m.text for m in mentions} == {"Kremlin", "Moscow"}
    assert not any(pm.filtered(m) for m in mentions)
    assert {p["name"] for p in doc._.places} == {"Kremlin", "Moscow"}


def test_broad_region_is_dropped_and_state_kept():
    doc = run("Farmers across the Midwest said the drought in Kansas hurt their wheat crop.")
    names = {p["name"] for p in doc._.places}
    assert names == {"Kansas"}


def test_cued_town_is_kept_and_weak_person_name_dropped():
    doc = run("Officers from the Millbrook police met Dana Price on Friday.")
    resolver = get_nlp().get_pipe("dateline_places")
    mentions, _, _ = resolver.resolved_mentions(doc)
    facts = resolver.mention_facts(doc, mentions)
    probs = {m.text: pm.probability(v) for m, v in zip(mentions, pm.vectors(mentions, facts), strict=True)}
    assert all(0.0 <= p <= 1.0 for p in probs.values())
    assert {p["name"] for p in doc._.places} == {"Millbrook"}


def test_place_name_opening_another_entity_is_a_weak_mention():
    doc = run("The Roanoke Valley Regional Jail held him overnight.")
    resolver = get_nlp().get_pipe("dateline_places")
    mentions, _, _ = resolver.resolved_mentions(doc)
    weak = [m for m in mentions if m.weak]
    assert [m.text for m in weak] == ["Roanoke"] and weak[0].source == "weak_ORG"
    assert "Roanoke" not in {p["name"] for p in doc._.places}


def test_demonym_is_grouped_apart_from_a_name_spelled_alike():
    demonym = Mention(2, 10, "Canadian", "NORP", kind="demonym")
    name = Mention(49, 57, "Canadian", "GPE")
    assert demonym.key == name.key and demonym.group_key != name.group_key


def test_a_large_city_of_a_country_the_article_names_is_kept_under_any_label():
    doc = run(
        "Syrian rebels cut the Hama-Damascus road on Friday, and shells fell on Hama's old quarter and "
        "on the Hama suburbs, activists said."
    )
    resolver = get_nlp().get_pipe("dateline_places")
    mentions, _, _ = resolver.resolved_mentions(doc)
    facts = resolver.mention_facts(doc, mentions)
    hama = [m for m in mentions if m.text == "Hama" and m.chosen is not None]
    assert hama and all(m.chosen.country == "SY" for m in hama)
    assert all(pm.city_of_named_country(m, facts) and not pm.is_judged(m, facts) for m in hama)
    kept = pm.kept(mentions, facts)
    assert all(m in kept for m in hama)


def test_a_city_of_a_country_the_article_does_not_name_is_still_judged():
    doc = run("Fans of Sheffield cheered on Saturday as the band played in the park.")
    resolver = get_nlp().get_pipe("dateline_places")
    mentions, _, _ = resolver.resolved_mentions(doc)
    facts = resolver.mention_facts(doc, mentions)
    assert not any(pm.city_of_named_country(m, facts) for m in mentions)


def test_token_view_reads_the_tokens_own_strings():
    from dateline.nlp import get_nlp
    from dateline.nlp.place_cues import token_view

    doc = get_nlp()("Flooding closed roads near Osterby, St. Kell and Mt. Arva on Tuesday, officials said.")
    view = token_view(doc)
    assert view.words == [t.text for t in doc]
    assert view.lower == [t.lower_ for t in doc]
    assert view.ent_type == [t.ent_type_ for t in doc]
    assert view.idx == [t.idx for t in doc]
    assert "GPE" in view.ent_type or "LOC" in view.ent_type
