import pytest

from dateline.inflection import plural, singulars


@pytest.mark.parametrize(
    ("singular", "many"),
    [
        ("boatman", "boatmen"),
        ("salesperson", "salespeople"),
        ("godchild", "godchildren"),
        ("thief", "thieves"),
        ("witness", "witnesses"),
        ("envoy", "envoys"),
        ("militia", "militias"),
        ("ally", "allies"),
        ("oligarch", "oligarchs"),
        ("march", "marches"),
        ("tax", "taxes"),
    ],
)
def test_the_plural_of_a_singular_noun(singular, many):
    assert plural(singular) == many
    assert singular in singulars(many)


def test_the_singulars_a_plurals_spelling_allows_come_irregular_first():
    assert singulars("boatmen") == ["boatman"]
    assert singulars("allies") == ["ally", "alli", "allie"]
    assert singulars("taxes") == ["tax", "taxe"]
    assert singulars("witness") == []
    assert singulars("senate") == []
