"""Country, capital and large-city names the NER mislabels are GPEs where the words place them;
dictionary organisation names are one ORG entity (sentences written for these tests)."""

import pytest

from dateline.nlp import get_nlp
from dateline.nlp.contract import model_parse_many

POSITIVE = [
    ("Gunmen ambushed a convoy in northern Mali on Sunday.", "Mali"),
    ("Floods displaced thousands in southern Malawi.", "Malawi"),
    ("Jihadists raided a police post in western Niger.", "Niger"),
    ("Cholera spread across Mozambique after the cyclone.", "Mozambique"),
    ("Rebels seized two towns in eastern Chad last month.", "Chad"),
    ("Drones struck Kyiv overnight, the air force said.", "Kyiv"),
    ("The army fired rockets at Kharkiv overnight.", "Kharkiv"),
    ("Soldiers entered Gabon on Monday after the coup.", "Gabon"),
    ("The envoy flew to Moldova for talks on gas supplies.", "Moldova"),
    ("Smugglers crossed the Belarus border at night.", "Belarus"),
    ("Militias moved into central Somalia in March.", "Somalia"),
    ("The pope arrived in Lesotho late on Tuesday.", "Lesotho"),
    ("Aid trucks rolled toward Eswatini from the coast.", "Eswatini"),
    ("Protests spread across Paraguay this week.", "Paraguay"),
    ("Farmers in Botswana blocked roads on Thursday.", "Botswana"),
    ("Hackers targeted banks in Mauritius last year.", "Mauritius"),
    ("Police in Cameroon arrested a journalist.", "Cameroon"),
    ("A ferry sank off the coast near Comoros.", "Comoros"),
    ("The ministers met in Liechtenstein for a summit.", "Liechtenstein"),
    ("Militants attacked a base in northeastern Nigeria.", "Nigeria"),
    ("Guards closed the Benin border with Togo.", "Benin"),
    ("Troops withdrew from Burkina Faso in the spring.", "Burkina Faso"),
    ("Police sealed off Burundi's capital after the vote.", "Burundi"),
    ("The delegation travelled to Bamako for talks.", "Bamako"),
    ("Missiles hit Odesa overnight, officials said.", "Odesa"),
    ("Shells landed in Tripoli on Wednesday.", "Tripoli"),
    ("Ministers gathered in Nairobi for the climate talks.", "Nairobi"),
    ("Thousands marched through Caracas on Saturday.", "Caracas"),
    ("The president flew to Ouagadougou after the attack.", "Ouagadougou"),
    ("Fighting raged near Khartoum for a third day.", "Khartoum"),
    ("The storm moved across Jamaica late on Friday.", "Jamaica"),
    ("Voters in Montenegro went to the polls.", "Montenegro"),
    ("Looters roamed the streets in Haiti after the blackout.", "Haiti"),
    ("Migrants drowned off the coast of Libya, near Malta.", "Malta"),
    ("The convoy reached Goma overnight.", "Goma"),
    ("Mercenaries were flown into Mali from Syria.", "Mali"),
    ("The virus spread throughout Liberia in the autumn.", "Liberia"),
    ("Herders clashed with farmers in central Mali.", "Mali"),
    ("Troops invaded Grenada in the early hours.", "Grenada"),
    ("The earthquake was felt in Dushanbe overnight.", "Dushanbe"),
    ("The bank opened a branch in Maldives last year.", "Maldives"),
    ("Strikes shut ports across Micronesia.", "Micronesia"),
    ("Inflation soared in Suriname, the central bank said.", "Suriname"),
    ("Vote counting continued in Nauru overnight.", "Nauru"),
]
NEAR = [
    ("Jordan Peterson spoke at a book fair in Toronto.", "Jordan"),
    ("Georgia Smith won the regional chess title.", "Georgia"),
    ("Chad said he would stay with the team next season.", "Chad"),
    ("Israel Mendes won the regional boxing final.", "Israel"),
    ("The award went to Kenya Barris for the series.", "Kenya"),
    ("Fans cheered for Paris Hilton at the premiere.", "Paris"),
    ("Michael Jordan visited the museum on Friday.", "Jordan"),
    ("She gave the ball to Chad Johnson in the end zone.", "Chad"),
    ("Critics praised India Arie at the concert in Atlanta.", "India"),
    ("The film starred Chelsea Peretti and Brittany Snow.", "Chelsea"),
    ("The coach thanked Jordan Henderson after the match.", "Jordan"),
    ("Lawyers for Georgia Power appealed the ruling.", "Georgia"),
    ("The court fined Niger Delta Oil Company on Friday.", "Niger"),
    ("Sales rose at Peru Foods in the third quarter.", "Peru"),
    ("The prize was handed to Victoria Beckham in London.", "Victoria"),
    ("Chad and his brother opened a bakery in Ohio.", "Chad"),
]


def _labelled(doc, name: str) -> set[str]:
    start = doc.text.index(name)
    return {e.label_ for e in doc.ents if e.start_char == start and e.end_char == start + len(name)}


def test_a_place_name_in_a_locative_context_is_a_place():
    docs = model_parse_many(get_nlp(), [text for text, _ in POSITIVE])
    missed = [
        text for doc, (text, name) in zip(docs, POSITIVE, strict=True) if "GPE" not in _labelled(doc, name)
    ]
    assert len(missed) <= 2, missed


@pytest.mark.parametrize(("text", "name"), NEAR)
def test_a_place_name_inside_a_persons_or_companys_name_is_no_place(text, name):
    (doc,) = model_parse_many(get_nlp(), [text])
    start = doc.text.index(name)
    assert not any(e.label_ == "GPE" and e.start_char == start and e.text == name for e in doc.ents)


def test_a_time_opening_with_a_city_keeps_its_time():
    (doc,) = model_parse_many(get_nlp(), ["Artillery pounded Gibraltar overnight, the navy said."])
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Gibraltar") == "GPE", labels
    assert all(not t.startswith("Gibraltar ") for t in labels), labels


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Gunmen ambushed a convoy in northern Mali on Sunday.", "Mali", "ML"),
        ("Drones struck Kharkiv overnight, the governor said.", "Kharkiv", "UA"),
        ("Aid workers crossed into western Malawi on foot.", "Malawi", "MW"),
    ],
)
def test_a_relabelled_name_is_a_place(text, name, country):
    doc = get_nlp()(text)
    assert (name, country) in {(p["name"], p.get("country")) for p in doc._.places}, doc._.places


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Doctors Without Borders said the hospital was shelled.", "Doctors Without Borders"),
        ("Reporters Without Borders condemned the detention of two editors.", "Reporters Without Borders"),
        ("Human Rights Watch urged the court to free the activists.", "Human Rights Watch"),
        ("Lawyers Without Borders sent observers to the trial.", "Lawyers Without Borders"),
    ],
)
def test_a_dictionary_organisation_name_is_one_entity(text, name):
    (doc,) = model_parse_many(get_nlp(), [text])
    assert (name, "ORG") in {(e.text, e.label_) for e in doc.ents}, [(e.text, e.label_) for e in doc.ents]


def test_a_lower_case_phrase_is_no_organisation():
    (doc,) = model_parse_many(get_nlp(), ["Doctors without borders of any kind treated the wounded."])
    assert all(e.text != "Doctors without borders" for e in doc.ents)
