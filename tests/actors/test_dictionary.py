"""The Phoenix actor dictionaries as a table of the lexicon (ontology/actor_dictionary.json)."""

import pytest

from dateline.actors import resolve_actor
from dateline.actors.lexicon import lexicon


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("PLA", "CHNMIL"),
        ("the Knesset", "ISRLEG"),
        ("Mossad agents", "ISRSPY"),
        ("Human Rights Watch", "NGOHRI"),
    ],
)
def test_institutions_and_groups_of_the_dictionary(text, code):
    assert resolve_actor(text, date="2019-06-01")["code"] == code


def test_a_composed_name_is_left_to_the_resolver():
    # "Israeli Prime Minister" is a country and an office, read from the words themselves
    hit = resolve_actor("the Israeli Prime Minister", date="2019-06-01")
    assert (hit["code"], hit["basis"]) == ("ISRGOV", "adjective")


def test_dictionary_people_stay_out_of_the_surname_index():
    people = [e for items in lexicon().surnames.values() for e in items]
    assert people and not any(e.extra.get("dictionary") for e in people)


def test_an_office_the_text_names_beats_a_past_dictionary_role():
    # a dictionary person whose listed offices ended: the text's "UN envoy" is the office held now
    assert resolve_actor("Ahmed Ben Bella", date="2025-01-01")["code"] == "DZAELI"
    assert resolve_actor("UN envoy Ahmed Ben Bella", date="2025-01-01")["country"] == "IGO"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # one-word names that are English words, written with their capital
        ("Disney", "USABUS"),
        ("Kurdish Peshmerga fighters", "IRQMIL"),
        # a company is placed in its home country, in the business sector
        ("Xerox", "USABUS"),
        ("Honda", "JPNBUS"),
        ("a Sony executive", "JPNBUS"),
    ],
)
def test_one_word_names_and_companies_of_the_dictionary(text, code):
    assert resolve_actor(text, cased=True)["code"] == code


@pytest.mark.parametrize("text", ["disney", "peshmerga", "sony"])
def test_a_capitalised_name_is_not_read_in_lower_case(text):
    assert resolve_actor(text, cased=True) is None
    assert resolve_actor(text) is None


def test_a_capitalised_name_inside_another_name_is_not_read():
    # "Keisuke Honda" is a person, not the carmaker
    hit = resolve_actor("Keisuke Honda", cased=True)
    assert hit is None or hit["code"] != "JPNBUS"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a spokesperson speaks for the company, not a government
        ("a Xerox spokeswoman", "USABUS"),
        ("a spokesman for Disney", "USABUS"),
        ("the European Space Agency", "IGO"),
        ("Roscosmos", "RUSGOV"),
        ("NASA", "USAGOV"),
    ],
)
def test_companies_and_agencies_type_their_people(text, code):
    assert resolve_actor(text, cased=True)["code"] == code


def test_a_director_general_is_an_official_not_a_general():
    assert resolve_actor("Interpol Director General Ana Perez", cased=True)["sector"] != "MIL"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Meta chief executive Mark Zuckerberg", "USABUS"),
        ("Zuckerberg", "USABUS"),
        ("a veteran columnist", "JRN"),
        ("the German carmaker", "DEUBUS"),
    ],
)
def test_business_leaders_and_media_roles(text, code):
    hit = resolve_actor(text, cased=True, date="2024-03-01")
    assert code in (hit["code"], hit["sector"])


@pytest.mark.parametrize(
    ("text", "date", "code"),
    [
        # an abbreviated title before a table person is the person's title, not another first name
        ("Gov. Kathy Hochul", "2024-05-01", "USAGOV"),
        ("Rep. Hakeem Jeffries", "2024-05-01", "USALEG"),
        ("Lt. Gov. Kathy Hochul", "2019-05-01", "USAGOV"),
        ("Federal Reserve chair Jerome Powell", "2024-05-01", "USAGOV"),
    ],
)
def test_abbreviated_titles_before_table_people(text, date, code):
    assert resolve_actor(text, cased=True, date=date)["code"] == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a name that begins with the article, written with a small one mid-sentence
        ("the Straits Times", "SGPJRN"),
        ("a reporter for the Globe and Mail", "CANJRN"),
        ("Interfax news agency", "RUSJRN"),
    ],
)
def test_news_outlets_of_the_groups_table(text, code):
    assert resolve_actor(text, cased=True)["code"] == code


def test_the_article_does_not_open_a_dictionary_name_written_small():
    # the broad dictionary's "THE_FOUNDATION_" (an armed group) is not "the Foundation" of a text
    hit = resolve_actor("the Foundation", cased=True)
    assert hit is None or hit["sector"] != "REB"


def test_a_dictionary_name_holding_a_place_of_no_country_is_read_whole():
    # a region or continent composes no country with an office, so the dictionary's full name holds
    assert resolve_actor("the Kurdistan Regional Government")["country"] == "IRQ"
    assert resolve_actor("the Organisation for Security and Cooperation in Europe")["code"].startswith("IGO")
