import pytest

from dateline import extract
from dateline.nlp import get_nlp
from dateline.nlp.sports import about_sport, find_teams, stored, tells_result


def run(text: str):
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.dateline = None
    doc._.warnings = []
    doc._.published = None
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def names(doc) -> list[str]:
    return [p["name"] for p in doc._.places or []]


def team_texts(doc) -> list[str]:
    return [doc.text[t.start : t.end] for t in stored(doc)]


def test_about_sport_reads_sports_words_and_discard_phrases():
    assert about_sport("The pitcher left in the fourth inning.")
    assert about_sport("They met in the Champions League last year.")
    assert not about_sport("The minister met the ambassador on Tuesday.")


def test_a_plural_demonym_nickname_is_a_team_not_a_nation():
    doc = run(
        "The Pittsburgh Indians edged the Omaha Hawks 4-2 in the baseball league opener, "
        "and the Indians climbed to second place."
    )
    assert "India" not in names(doc)
    assert "Pittsburgh Indians" in team_texts(doc)
    assert "Indians" in team_texts(doc)  # the nickname alone, later


def test_a_club_word_after_a_town_is_a_team_and_the_town_stays_a_place():
    doc = run("Bristol City drew 1-1 with Leeds United in the football league on Saturday.")
    texts = team_texts(doc)
    assert "Bristol City" in texts and "Leeds United" in texts


def test_a_town_named_with_city_is_no_team():
    doc = run("The football club moved from Mexico City to Oklahoma City last season.")
    assert not stored(doc)


def test_a_council_is_no_team():
    doc = run("Sheffield City Council said the stadium would stay open for the football season.")
    assert not any(t.startswith("Sheffield") for t in team_texts(doc))


def test_no_teams_outside_sport():
    doc = run("The Ohio Democrats met the Texas Republicans in Washington on Monday.")
    assert not stored(doc)


def test_find_teams_needs_a_known_town():
    doc = run("The Golden Comets won the basketball title.")
    assert find_teams(doc, lambda name: False) == []


def test_a_team_is_no_country_actor():
    article = extract(
        "The Denver Indians defeated the Portland Lions 3-1 in the hockey playoffs on Sunday.",
        published="2024-03-04",
    )
    for event in article.model_dump().get("events", []):
        for role in ("source", "target"):
            actor = event.get(role) or {}
            assert actor.get("country") != "IND", actor


def test_a_teams_home_is_the_most_populous_town_of_its_name():
    doc = run("Manchester City beat Porto 3-0 in the football league, and the coach praised the defence.")
    manchester = [p for p in doc._.places or [] if p["name"] == "Manchester"]
    assert manchester and manchester[0]["country"] == "GB"


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("The visitors won 102-95 in overtime.", True),
        ("Chile drew 1-1 with Peru.", True),
        ("They lost in the quarter-final.", True),
        ("The vote passed 60-40 percent.", False),
        ("Fighting raged on 3-4 June.", False),
        ("An F-16 and a 737-800 were seen.", False),
        ("The third round of talks opened.", False),
    ],
)
def test_tells_result_reads_scores_and_stages(text: str, told: bool) -> None:
    assert tells_result(text) is told
