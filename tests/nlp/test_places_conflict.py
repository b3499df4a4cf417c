"""Places of conflict news: seas, rivers and ranges with a point (`ontology/places_physical.tsv`); titled
names as people."""

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


def test_a_name_written_after_a_title_is_the_person_where_it_stands_alone():
    placed = _placed(
        "President Clinton weighed air strikes on Iraq. Clinton met his advisers in Washington on Monday."
    )
    assert "Clinton" not in placed
    assert "Iraq" in placed and "Washington" in placed


def test_a_titled_name_after_a_landmark_is_no_list_of_places():
    placed = _placed(
        "President Bush warned Baghdad again. Speaking at the Pentagon, Bush said Iraq had to quit Kuwait, "
        "and Egypt sent more troops."
    )
    assert "Bush" not in placed
    assert placed["Kuwait"]["country"] == "KW"


def test_an_arabic_article_written_with_a_capital_opens_a_town_name():
    placed = _placed("Gunmen raided Al-Bab overnight, then al-Bab's suburbs, close to Aleppo in Syria.")
    assert placed.get("Al-Bab", {}).get("country") == "SY"


def test_the_persian_gulf_is_kept_as_the_sea():
    placed = _placed("Minesweepers cleared lanes in the Persian Gulf while Iraqi troops dug in.")
    assert placed["Persian Gulf"]["lat"] is not None


def test_a_town_the_writer_locates_in_its_country_is_kept():
    placed = _placed(
        "Militias shelled Albu Kamal in eastern Syria, and Iraqi troops advanced on al-Qaim in Iraq."
    )
    assert placed["Albu Kamal"]["country"] == "SY"
    assert placed["al-Qaim"]["country"] == "IQ"


def test_a_seat_written_with_a_division_word_is_the_division():
    placed = _placed("Drones struck convoys in Deir al-Zor province, close to the border with Iraq.")
    assert placed["Deir al-Zor"]["feature"] == "admin"
    assert placed["Deir al-Zor"]["country"] == "SY"


def test_jerusalem_is_the_city():
    placed = _placed("The envoy flew from Amman to Jerusalem for talks with Israeli leaders.")
    assert placed["Jerusalem"]["country"] == "IL"
    assert placed["Jerusalem"]["feature"] == "city"


def test_a_town_taken_or_fled_is_a_place_whatever_the_ner_calls_it():
    placed = _placed(
        "Syrian rebels stormed Khan Sheikhoun at dawn, and hundreds of families fled Albu Kamal in Syria."
    )
    assert placed["Khan Sheikhoun"]["country"] == "SY"
    assert placed["Albu Kamal"]["country"] == "SY"


def test_a_verb_of_war_does_not_make_a_hamlet_named_like_an_institution_a_place():
    placed = _placed("Rioters stormed Congress on Thursday as senators hid in a basement.")
    assert "Congress" not in placed


def test_a_verb_of_war_before_a_score_names_a_team():
    placed = _placed("The Jets overran Buffalo 41-3 and clinched a playoff spot.")
    assert "Buffalo" not in placed


def test_a_town_of_some_size_after_a_verb_of_war_stays_a_place():
    placed = _placed("Jihadists overran Mayadin in eastern Syria, and the army shelled Tal Afar in Iraq.")
    assert placed["Mayadin"]["country"] == "SY"
