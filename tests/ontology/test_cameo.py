import pytest

from dateline.ontology.cameo import (
    cameo_code,
    cameo_codes,
    cameo_for_plover,
    goldstein,
    label,
    plover_for,
    plover_types,
    quad_class,
)

PLOVER_16 = {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
}


def test_table_covers_every_cameo_code():
    codes = cameo_codes()
    assert len(codes) >= 310
    roots = {f"{i:02d}" for i in range(1, 21)}
    assert roots <= set(codes)
    for code in ("010", "0211", "042", "0874", "1213", "138", "1724", "190", "1951", "1952", "2042"):
        assert code in codes


def test_every_code_has_label_plover_goldstein_quad():
    for code, row in cameo_codes().items():
        assert row.label.strip(), code
        assert row.root == code[:2]
        assert -10.0 <= row.goldstein <= 10.0, code
        assert row.quad_class in (1, 2, 3, 4), code
        if row.plover_source == "none":
            assert code[:2] == "01" and not row.plover_type
        else:
            assert row.plover_type in PLOVER_16, code


def test_quad_class_follows_root():
    assert quad_class("042") == 1 and quad_class("073") == 2
    assert quad_class("112") == 3 and quad_class("173") == 4


def test_known_values():
    assert label("042") == "Make a visit"
    assert plover_for("042") == ("CONSULT", "visit")
    assert plover_for("173") == ("COERCE", "arrest")
    assert plover_for("0211") == ("REQUEST", "assist")
    assert plover_for("010") is None
    assert goldstein("190") == -10.0 and goldstein("0874") == 10.0
    assert cameo_code("036").plover_type == "AGREE"
    assert cameo_code("1951").goldstein == cameo_code("195").goldstein
    assert cameo_code("1234").base == "123"
    assert cameo_code("999") is None
    with pytest.raises(KeyError):
        goldstein("999")


def test_plover_types_and_modes():
    types = plover_types()
    assert set(types) == PLOVER_16
    for name, entry in types.items():
        assert entry["definition"]
        assert entry["quad_class"] in (1, 2, 3, 4)
        assert cameo_code(entry["cameo"]) is not None, name
        for mode in entry["modes"].values():
            assert cameo_code(mode["cameo"]) is not None, name
    assert cameo_for_plover("CONSULT", "phone") == "041"
    assert cameo_for_plover("ASSAULT") == "180"
    assert cameo_for_plover("NOT_A_TYPE") is None
