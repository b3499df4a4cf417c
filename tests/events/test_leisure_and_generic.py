"""Criticism and requests outside politics (sport, private life, business judgements) and generic
present-tense statements are no events; nearby political events stay (all sentences made up)."""

import pytest

from tests.event_helpers import events_of


def _types(text: str) -> set[str]:
    return {e["plover"]["type"] for e in events_of(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The coach criticised the referee for a late penalty.",
        "The tennis player berated the umpire over a line call.",
        "The striker demanded a transfer to a bigger club.",
        "The quarterback criticized the coaching staff.",
        "The coach asked his players to train harder.",
    ],
)
def test_criticism_and_demands_in_sport_are_no_events(text: str) -> None:
    assert not _types(text) & {"ACCUSE", "REQUEST"}


@pytest.mark.parametrize(
    "text",
    [
        "The librarian urged children to borrow more books.",
        "The baker urged customers to order early for the holidays.",
    ],
)
def test_private_requests_are_no_events(text: str) -> None:
    assert "REQUEST" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Researchers said television lies to young viewers.",
        "Scholars said radio lies to rural listeners about the harvest.",
        "The study said newspapers lie to readers about migrants.",
        "The report said soldiers violate the rules of war.",
    ],
)
def test_generic_present_wrongs_are_no_accusations(text: str) -> None:
    assert "ACCUSE" not in _types(text)


def test_company_judged_by_its_staff_is_business() -> None:
    assert "ACCUSE" not in _types("Shareholders accused the airline of squandering its market share.")


@pytest.mark.parametrize(
    "text",
    [
        "The sports minister criticised FIFA over the bidding process.",
        "The government condemned the football federation for corruption.",
        "The president urged the football association to ban racist fans.",
        "The opposition leader said the prime minister lies to the country every day.",
        "The spokesman said Russia violates the ceasefire daily.",
        "The minister said his rivals lie about the deficit.",
        "Workers accused the firm of bribing officials.",
        "The union accused the company of breaking labour law.",
        "Regulators accused the bank of misleading investors.",
        "The senator slammed the bank for its lending practices.",
    ],
)
def test_political_criticism_nearby_stays(text: str) -> None:
    assert _types(text) & {"ACCUSE", "REQUEST"}


@pytest.mark.parametrize(
    "text",
    [
        "The mayor urged residents to stay indoors during the storm.",
        "Police asked witnesses to come forward.",
        "The health ministry urged parents to vaccinate their children.",
        "The UN urged both sides to lay down their arms.",
    ],
)
def test_requests_by_or_to_public_bodies_stay(text: str) -> None:
    assert "REQUEST" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The widow urged her daughter to leave the city.",
        "He asked his wife to call the police.",
        "The farmer asked her brother to fetch the car.",
    ],
)
def test_request_to_ones_own_family_is_private(text: str) -> None:
    assert "REQUEST" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police urged the man's relatives to persuade him to surrender.",
        "Rebels asked the villagers' families to pay a ransom.",
        "The governor urged families to evacuate before the hurricane.",
    ],
)
def test_request_to_others_families_stays(text: str) -> None:
    assert "REQUEST" in _types(text)


def test_criticism_in_a_sentence_naming_a_sports_role_is_sport() -> None:
    assert "ACCUSE" not in _types("The manager slammed the linesman after the game.")


@pytest.mark.parametrize(
    "text",
    [
        "Strikers demanded higher pay from the mine owners.",
        "The strikers urged other workers to join the walkout.",
    ],
)
def test_labour_strikers_demands_stay(text: str) -> None:
    assert "REQUEST" in _types(text)


def test_headline_present_wrong_stays_news() -> None:
    text = "Kyiv says rebels violate truce near port\nKyiv said on Monday that fighting went on."
    assert "ACCUSE" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Most schools in poor districts are called failing.",
        "Most migrants are detained at the border.",
        "Many Syrians are deported from Turkey every month.",
    ],
)
def test_present_passive_of_a_quantified_kind_is_generic(text: str) -> None:
    assert not events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister is accused of lying to parliament.",
        "Some 200 protesters are detained in the city jail, police said.",
        "The two journalists are held in Evin prison.",
        "Many protesters were arrested on Monday.",
    ],
)
def test_present_passive_of_particular_people_stays(text: str) -> None:
    assert events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The monitors said gunmen breach the truce daily.",
        "The union accused the carmaker of shutting the plant.",
        "Employees accused the company of withholding wages.",
        "Villagers accused the mining company of poisoning their wells.",
        "Striking teachers urged parents to back their demands against the ministry.",
        "The rebel commander urged his son to flee the country.",
    ],
)
def test_disputes_and_particular_acts_stay(text: str) -> None:
    assert _types(text) & {"ACCUSE", "REQUEST"}


@pytest.mark.parametrize(
    "text",
    [
        "Many civilians are killed in the shelling, witnesses said.",
        "Some opposition leaders are arrested overnight, their party said.",
        "Many villages are bombed by government aircraft, the monitor said.",
    ],
)
def test_present_passive_news_stays(text: str) -> None:
    assert _types(text)
