"""Seas, rivers and mountain ranges are places with a point (``ontology/places_physical.tsv``)."""

from test_places import run

from dateline.nlp.gazetteer import get_gazetteer, is_physical


def _placed(text: str) -> dict[str, dict]:
    doc = run(text)
    return {m["text"]: p for p in doc._.places or [] for m in p.get("mentions") or []}


def test_every_physical_feature_has_a_point():
    gazetteer = get_gazetteer()
    for name in ("Euphrates River", "Black Sea", "Qalamoun Mountains", "Strait of Hormuz"):
        readings = [r for r in gazetteer.lookup(name) if is_physical(r)]
        assert readings and readings[0].lat is not None, name


def test_seas_and_rivers_of_a_conflict_story_are_on_the_map():
    placed = _placed(
        "Jets bombed boats on the Euphrates River south of Raqqa, and a frigate left the Black Sea "
        "for the Mediterranean."
    )
    assert placed["Euphrates River"]["lat"] is not None
    assert abs(placed["Black Sea"]["lat"] - 43.0) < 3
    assert placed["Mediterranean"]["feature"] == "region"


def test_a_sea_named_like_a_province_is_the_sea():
    placed = _placed("A tanker was seized in the Red Sea and towed toward the Gulf of Aden.")
    assert placed["Red Sea"]["country"] is None
    assert placed["Gulf of Aden"]["lat"] is not None
