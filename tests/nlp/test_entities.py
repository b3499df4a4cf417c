import pytest

from tests.entity_helpers import doc_through_entities, entities_of


def _by_name(entities: list[dict], name: str) -> dict:
    found = [e for e in entities if e["name"] == name]
    assert found, f"{name} not in {[e['name'] for e in entities]}"
    return found[0]


def test_example_people_roles_and_countries(example_article, example_gold):
    entities = [e.model_dump() for e in example_article.entities]
    for person in example_gold["people"]["must"]:
        surface = person.get("surface", person["name"])
        entity = next(
            (e for e in entities if e["type"] == "PERSON" and surface in [e["name"], *e["aliases"]]), None
        )
        assert entity is not None, surface
        titles = [r["title"].lower() for r in entity["roles"]]
        assert person["role"].lower() in titles, (surface, titles)
        role = next(r for r in entity["roles"] if r["title"].lower() == person["role"].lower())
        if "organization" in person:
            assert role["organization"] == person["organization"]
        if "country" in person:
            assert role["country"] == person["country"] and entity["country"] == person["country"]
        if "rank" in person:
            assert person["rank"] in [r["title"] for r in entity["roles"]]


def test_example_organisations_and_alias_groups(example_article, example_gold):
    entities = example_article.entities
    names = {n for e in entities for n in [e.name, *e.aliases]}
    for org in example_gold["organizations"]["must"]:
        assert org in names or org.removeprefix("The ") in names, org
    body = example_article.body
    for group in example_gold["organizations"]["aliases_of_one_entity"]:
        present = [a for a in group if a in body]
        owners = {e.id for e in entities for a in present if a == e.name or a in e.aliases}
        assert len(owners) == 1, (group, owners)


def test_example_credit_and_demonyms_are_not_actors(example_article, example_gold):
    names = {n for e in example_article.entities for n in [e.name, *e.aliases]}
    for name in example_gold["people"]["must_not_be_story_actors"]:
        assert name not in names
    assert not {"Norwegian", "Russian", "Canadian"} & names


def test_example_surname_repairs_and_pronouns(example_article):
    stoltenberg = next(e for e in example_article.entities if e.name == "Jens Stoltenberg")
    starts = {m.start for m in stoltenberg.mentions}
    body = example_article.body
    for i in (body.index("meet with Stoltenberg") + 10, body.index("Stoltenberg, a former")):
        assert i in starts
    harper = next(e for e in example_article.entities if e.name == "Stephen Harper")
    assert body.index("Harper plans") in {m.start for m in harper.mentions}
    kenney = next(e for e in example_article.entities if e.name == "Jason Kenney")
    he = body.index("He has said")
    assert any(m.start == he and m.kind == "pronoun" for m in kenney.mentions)
    nato = next(e for e in example_article.entities if e.name == "NATO")
    assert any(m.text == "the alliance" and m.kind == "nominal" for m in nato.mentions)


def test_mentions_point_into_body(example_article):
    for e in example_article.entities:
        for m in e.mentions:
            assert example_article.body[m.start : m.end] == m.text


def test_apposition_role_and_country():
    ents = entities_of("Erna Solberg, the Norwegian prime minister, met reporters. Solberg said little.")
    solberg = _by_name(ents, "Erna Solberg")
    assert solberg["roles"] and solberg["roles"][0]["country"] == "NO"
    assert len([m for m in solberg["mentions"] if m["kind"] != "pronoun"]) == 2


def test_gender_keeps_pronouns_apart():
    text = (
        "Hillary Clinton met Donald Trump in New York on Monday. "
        "She told reporters the meeting was useful. He did not comment."
    )
    ents = entities_of(text)
    clinton = _by_name(ents, "Hillary Clinton")
    trump = _by_name(ents, "Donald Trump")
    assert any(m["text"] == "She" for m in clinton["mentions"])
    assert any(m["text"] == "He" for m in trump["mentions"])
    assert not any(m["text"] == "He" for m in clinton["mentions"])


def test_a_surname_takes_the_gender_of_the_dictionary_person_it_names():
    text = (
        "Angela Merkel welcomed President Putin to Berlin on Friday. "
        "Putin praised her patience, and she thanked him for coming."
    )
    merkel = _by_name(entities_of(text), "Angela Merkel")
    assert {"her", "she"} <= {m["text"] for m in merkel["mentions"]}


def test_dictionary_gender_needs_one_gender_and_the_same_full_name():
    from dateline.nlp.entities import dictionary_gender
    from dateline.nlp.people_data import people_data

    first_names = people_data().first_names
    assert dictionary_gender("Obama", first_names) == "male"
    assert dictionary_gender("Merkel", first_names) == "female"
    assert dictionary_gender("Clinton", first_names) is None
    assert dictionary_gender("Maria Blair", first_names) is None


def test_a_bare_congress_is_no_countrys_own_name():
    ents = entities_of("Congress rejected the budget, and the U.S. Congress will vote again.")
    assert _by_name(ents, "Congress")["country"] is None
    assert _by_name(ents, "US Congress")["country"] == "US"


def test_national_title_without_evidence_has_no_country():
    ents = entities_of("President Joko Widodo opened the session.")
    person = _by_name(ents, "Joko Widodo")
    assert person["roles"][0]["title"] == "President"
    assert person["country"] is None


def test_dateline_gives_home_country():
    ents = entities_of(
        "Prime Minister John Smith said the budget passed.", {"text": "OTTAWA", "place": "Ottawa"}
    )
    assert _by_name(ents, "John Smith")["roles"][0]["country"] == "CA"


@pytest.mark.parametrize(
    "text",
    ["", "   ", "!!! ??? ...", "THE PRESIDENT SAID US OFFICIALS WOULD MEET IS LEADERS. " * 20],
)
def test_odd_text_does_not_crash(text):
    assert isinstance(entities_of(text), list)


def test_all_caps_text_warns():
    doc = doc_through_entities(
        "THE PRESIDENT SAID US OFFICIALS WOULD MEET IS LEADERS IN GENEVA NEXT WEEK. " * 3
    )
    assert any("capital letters" in w for w in doc._.warnings)
    assert isinstance(doc._.entities, list)


def _pronouns_of(entities: list[dict], name: str) -> set[str]:
    return {m["text"] for m in _by_name(entities, name)["mentions"] if m["kind"] == "pronoun"}


def test_a_subject_pronoun_prefers_the_named_subject_over_a_named_object():
    text = "Justin Trudeau received Enrique Pena Nieto in Ottawa on Friday. He praised the reforms."
    ents = entities_of(text)
    assert "He" in _pronouns_of(ents, "Justin Trudeau")
    assert "He" not in _pronouns_of(ents, "Enrique Pena Nieto")


def test_a_subject_pronoun_prefers_a_described_subject_over_a_named_object():
    text = (
        "Peru's foreign minister hosted Heraldo Munoz in Lima on Tuesday. "
        "He asked Chile to reopen the border."
    )
    ents = entities_of(text)
    assert "He" not in _pronouns_of(ents, "Heraldo Munoz")
    described = _by_name(ents, "Peru's foreign minister")
    assert described["type"] == "PERSON"
    assert [m["kind"] for m in described["mentions"]] == ["nominal", "pronoun"]


def test_a_described_subject_keeps_the_pronouns_that_follow_it():
    text = (
        "The Kenyan interior minister met Yoweri Museveni in Nairobi. "
        "He said he would travel to Kampala. He also thanked the police."
    )
    ents = entities_of(text)
    assert _pronouns_of(ents, "Kenyan interior minister") == {"He", "he"}
    assert not _pronouns_of(ents, "Yoweri Museveni")


def test_a_described_object_does_not_take_a_subject_pronoun():
    text = "Evo Morales received the Chilean ambassador in La Paz. He demanded access to the sea."
    ents = entities_of(text)
    assert "He" in _pronouns_of(ents, "Evo Morales")
    assert not any(e["name"].endswith("ambassador") for e in ents)


def test_a_gendered_description_does_not_take_the_other_pronoun():
    text = "The Danish queen welcomed Francois Hollande at the palace. He thanked her for the visit."
    ents = entities_of(text)
    assert "He" in _pronouns_of(ents, "Francois Hollande")


def test_they_prefers_the_subject_organisation_over_the_object():
    text = "Greenpeace sued Shell in The Hague on Monday. They accused the company of polluting the delta."
    ents = entities_of(text)
    assert "They" in _pronouns_of(ents, "Greenpeace")
    assert "They" not in _pronouns_of(ents, "Shell")


def test_a_pronoun_in_quoted_words_is_not_the_described_speaker():
    text = (
        'Howard Lane apologised on Sunday. "It was late," the former party chairman said. '
        '"He should have called earlier."'
    )
    ents = entities_of(text)
    assert not any(e["name"].endswith("chairman") for e in ents)


def test_a_named_subject_of_the_described_sentence_keeps_the_pronoun():
    text = (
        "Now the senior judge of the district, Maria Olsen began her career in Bergen. "
        "She was appointed in 2009."
    )
    ents = entities_of(text)
    assert "She" in _pronouns_of(ents, "Maria Olsen")


def _its_owner(text: str, occurrence: int = 1) -> str | None:
    """The entity name the ``occurrence``-th "its" of ``text`` was resolved to."""
    start = -1
    for _ in range(occurrence):
        start = text.index("its", start + 1)
    for entity in entities_of(text):
        if any(m["start"] == start and m["kind"] == "pronoun" for m in entity["mentions"]):
            return entity["name"]
    return None


def test_its_stands_for_the_subject_of_its_clause_or_a_clause_above():
    text = "Venezuela moved its tanks to the border with Colombia, and its jets flew over the river."
    assert _its_owner(text, 2) == "Venezuela"
    text = "Brazil is taking steps to make sure that its navy can patrol the coast of Angola."
    assert _its_owner(text) == "Brazil"


def test_its_in_a_conjunct_of_the_subject_stands_for_the_conjunct_before():
    text = "Chile said Peru's government and its navy had broken the accord."
    assert _its_owner(text) == "Peru"


def test_an_object_pronoun_is_not_the_subject_of_its_own_verb():
    # "him" of "Tomas Reyes urged him" is someone else: the same man would be "himself"
    text = "Pedro Alvarez met Tomas Reyes in Lima on Monday. Tomas Reyes urged him to reopen the border."
    ents = entities_of(text)
    assert "him" not in _pronouns_of(ents, "Tomas Reyes")
    assert "him" in _pronouns_of(ents, "Pedro Alvarez")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"We found the car near the river," said Sgt. Ana Ruiz of the Marlow police.', "Ana Ruiz"),
        ('"The road stays shut," said Sgt. Ana Ruiz.', "Ana Ruiz"),
        ('"The road stays shut," said Det. Oskar Feld.', "Oskar Feld"),
        ("Lt. Col. Bo Hale said the unit would leave Tarnby on Monday.", "Bo Hale"),
        ("Insp. Karl Venn of the Dorrow police said the bridge was closed.", "Karl Venn"),
        ('"It is over," said Gen. Mira Toll of the northern command.', "Mira Toll"),
    ],
)
def test_the_whole_name_after_an_abbreviated_title_is_the_person(text, name):
    entities = entities_of(text)
    person = _by_name(entities, name)
    assert person["type"] == "PERSON"
    titles = ("Sgt.", "Det.", "Lt.", "Col.", "Insp.", "Gen.")
    assert not [e for e in entities if e["name"] in titles or e["name"] in name.split()]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Det. Sgt. Omar Vell said the van was found in Pellam on Sunday.", "Omar Vell"),
        ("Det. Insp. Rhea Moss of the Carrow police said the shop had been closed.", "Rhea Moss"),
        ('"We crossed the ridge at dawn," said Sgt. First Class Lina Sorn.', "Lina Sorn"),
    ],
)
def test_a_run_of_titles_and_a_rank_s_tail_stay_out_of_the_name(text, name):
    entities = entities_of(text)
    assert _by_name(entities, name)["type"] == "PERSON"
    rank_words = ("Det.", "Sgt.", "Insp.", "First", "Class")
    assert not [e for e in entities if e["name"] in rank_words or e["name"].startswith(rank_words)]


def test_a_day_after_an_abbreviated_title_and_name_stays_out_of_the_name():
    entities = entities_of("Gov. Pella Strand on Tuesday signed the flood bill in Weyburn.")
    assert _by_name(entities, "Pella Strand")["type"] == "PERSON"


def test_a_reflexive_object_is_its_own_verbs_subject():
    text = "Pedro Alvarez met Tomas Reyes in Lima on Monday. Tomas Reyes defended himself in court."
    assert "himself" in _pronouns_of(entities_of(text), "Tomas Reyes")


def test_a_main_clause_it_stands_for_the_country_the_sentence_before_had_as_subject():
    ents = entities_of("Peru rejected the charges on Tuesday. It also accused Chile of diverting the river.")
    assert "It" in _pronouns_of(ents, "Peru")


@pytest.mark.parametrize(
    "text",
    [
        "Peru rejected the charges on Tuesday. It is unclear whether Chile will answer.",
        "Peru rejected the charges on Tuesday. It seems that Chile will answer.",
        "Peru rejected the charges on Tuesday, and Chile answered. It took two days.",
    ],
)
def test_an_impersonal_it_stands_for_no_country(text):
    ents = entities_of(text)
    assert all(m["text"] != "It" for e in ents for m in e["mentions"])


def test_a_main_clause_it_after_two_named_countries_stands_for_neither():
    ents = entities_of(
        "Peru accused Chile of spying on Monday. It rejected the claim and recalled its envoy."
    )
    assert all(m["text"] != "It" for e in ents for m in e["mentions"])


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Ecuador said Peru had moved troops to the river. It summoned the Peruvian ambassador.", "Ecuador"),
        ("Norway announced that talks with Sweden would resume. It also criticized Denmark.", "Norway"),
    ],
)
def test_a_main_clause_it_skips_a_country_named_only_inside_a_clause_before(text, country):
    assert "It" in _pronouns_of(entities_of(text), country)


def test_a_main_clause_it_after_a_country_named_as_an_object_of_the_main_verb_stands_for_neither():
    ents = entities_of("Ecuador thanked Peru for the rescue on Monday. It then closed the border.")
    assert all(m["text"] != "It" for e in ents for m in e["mentions"])


@pytest.mark.parametrize(
    "text",
    [
        "Chad said Sudan had shelled a camp near the border. It wounded six herders.",
        "Chad said Sudan had shelled a camp near the border. It sparked a row between the two capitals.",
        "Latvia ratified the treaty that Poland and Lithuania drafted. It opens the border to trucks.",
    ],
)
def test_a_main_clause_it_after_a_deed_or_a_thing_named_with_another_state_stands_for_neither(text):
    ents = entities_of(text)
    assert all(m["text"] != "It" for e in ents for m in e["mentions"])


def test_shouting_counts_capitals_among_all_characters() -> None:
    from dateline.nlp.entities import _shouting

    assert _shouting("HARBOUR BOARD SHUTS THE SECOND PIER AT VELL")
    assert not _shouting("Harbour board shuts the second pier at Vell")
    assert not _shouting("HARBOUR")
    # capitals that are no letters (circled, Roman numerals) count as capitals, as before
    assert _shouting("ⒶⒷⒸⒹⒺⒻⒼⒽⒾⒿⓀⓁⓂⓃⓄⓅⓆⓇⓈⓉⓊⓋ harbour board shuts the pier")
