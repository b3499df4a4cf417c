"""Word senses and mishaps that are no event, beside the real events of the same words: a crash's
toll told by a participle ("crashed, killing the pilot") or under a vehicle with a modifier of its
own ("when a bus carrying pickers overturned"); goods ordered ("ordered a sandwich"); a court
striking down a law; a campaign launched for an office."""

import pytest

from tests.event_helpers import events_published

ZAMBIA = "LUSAKA (Reuters) - "


def _events(text: str) -> list[dict]:
    return events_published(text, "2022-06-14")


def _types(text: str) -> list[str]:
    return [e["plover"]["type"] for e in _events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "A crop-spraying plane crashed into a maize field in Zambia on Friday, killing the pilot.",
        "A minibus overturned on the road to Ndola in Zambia, injuring nine passengers.",
        "Three traders died and 11 were injured when a lorry carrying maize overturned near Kabwe.",
        "Nine people were hurt when a ferry carrying market women capsized on Lake Kariba in Zambia.",
    ],
)
def test_a_crash_toll_is_no_assault(text):
    assert "ASSAULT" not in _types(ZAMBIA + text)


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber drove a truck into a police post in Zambia, killing five officers.",
        "Gunmen ambushed a lorry carrying maize bags near Kabwe in Zambia, killing two drivers.",
        "Nine people were hurt when rebels fired on a ferry carrying market women on Lake Kariba.",
        "A bus crashed through a checkpoint near Kabwe, killing two soldiers, and its driver shot a guard.",
    ],
)
def test_force_beside_a_vehicle_stays_assault(text):
    assert "ASSAULT" in _types(ZAMBIA + text)


@pytest.mark.parametrize(
    "text",
    [
        "Diners in Cusco wait in a long line to order coffee.",
        "The Peruvian clinic ordered fresh linen and two beds after the inspection.",
    ],
)
def test_goods_ordered_are_no_coercion(text):
    assert "COERCE" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian police ordered the marchers to leave the plaza in Lima.",
        "The Peruvian government ordered a ban on the export of quinoa.",
        "A judge in Lima ordered the closure of two radio stations.",
        "The judge in Lima ordered him to stay away from the witness.",
    ],
)
def test_an_order_to_someone_or_of_an_act_stays_coded(text):
    assert "COERCE" in _types(text)


def test_a_court_striking_down_a_law_is_no_criticism():
    text = "DENVER (AP) - The Colorado Supreme Court struck down a law that capped campaign donations."
    assert "ACCUSE" not in _types(text)


def test_a_verbal_blow_at_a_plan_stays_criticism():
    text = "DENVER (AP) - Colorado Governor Lena Marsh hammered the legislature's transit plan on Tuesday."
    assert "ACCUSE" in _types(text)


def test_a_campaign_for_an_office_is_no_appeal():
    text = "DENVER (AP) - Rancher Tom Ebbers launched his campaign for governor of Colorado on Monday."
    assert _types(text) == []


def test_a_campaign_against_an_official_stays_criticism():
    text = "DENVER (AP) - Colorado teachers launched a campaign on Monday against Governor Lena Marsh."
    assert "ACCUSE" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Parish volunteers in Leeds are preparing for their annual harvest supper.",
        "The Leeds bakery's expansion plan calls for two new ovens and a bigger shop.",
        "Thornbury Holdings will call for a redemption of all its preferred stock in March, the firm said.",
        "The first constables at the Leeds pub called for backup as the fight spread.",
    ],
)
def test_preparations_and_requirements_are_no_event(text):
    assert _types(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Belarusian army prepared its forces for an assault on the border town.", "MOBILIZE"),
        ("Israel prepared airstrikes against Hezbollah positions.", "THREATEN"),
        ("British rail unions called for a national strike in June.", "REQUEST"),
        ("The Welsh health minister called for calm after the clinic closures.", "REQUEST"),
    ],
)
def test_real_preparations_and_calls_stay_coded(text, kind):
    assert kind in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Leeds city council delayed the planning hearing until October.",
        "The Leeds school board delayed a decision on the catering contract.",
    ],
)
def test_a_body_putting_off_its_own_business_rejects_no_one(text):
    assert "REJECT" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Egypt delayed the release of 40 Sudanese fishermen.",
        "Welsh lawmakers delayed the first minister's budget.",
    ],
)
def test_a_delay_of_another_party_stays_a_rejection(text):
    assert "REJECT" in _types(text)
