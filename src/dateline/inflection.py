"""English noun number: the plural of a singular noun and the singulars a plural's spelling allows.

The one place the actor lexicon, the actor resolver and the CAMEO table builder make the other
number of a noun ("herdsman" / "herdsmen", "spy" / "spies", "spokesperson" / "spokespeople").
"""

from __future__ import annotations

# English plurals not made by adding -s or -es, by ending; the rulers in -arch ("monarch",
# "oligarch", "patriarch", "hierarch") take -s, not the -es of "march" and "search"
IRREGULAR_ENDINGS = (
    ("man", "men"),
    ("person", "people"),
    ("child", "children"),
    ("thief", "thieves"),
    ("wife", "wives"),
    ("narch", "narchs"),
    ("garch", "garchs"),
    ("iarch", "iarchs"),
    ("rarch", "rarchs"),
)
# the plural endings of those
IRREGULAR_PLURALS = tuple(many for _, many in IRREGULAR_ENDINGS)
# the regular plurals in -es
ES_ENDINGS = ("s", "sh", "ch", "x", "z")


def plural(noun: str) -> str:
    """The English plural of a singular noun.

    Example: ``[plural(w) for w in ("herdsman", "boss", "spy", "attorney", "monarch")] ==
    ["herdsmen", "bosses", "spies", "attorneys", "monarchs"]``.
    """
    for one, many in IRREGULAR_ENDINGS:
        if noun.endswith(one):
            return noun[: -len(one)] + many
    if noun.endswith(ES_ENDINGS):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def singulars(noun: str) -> list[str]:
    """The singulars a plural noun's spelling allows, irregular endings first, then -ies, -es and -s
    (a word in -ss is no plural of -s); empty for a word of no plural ending.

    Example: ``singulars("herdsmen") == ["herdsman"]``, ``singulars("spies") == ["spy", "spi", "spie"]``.
    """
    out = [noun[: -len(many)] + one for one, many in IRREGULAR_ENDINGS if noun.endswith(many)]
    if noun.endswith("ies"):
        out.append(noun[:-3] + "y")
    if noun.endswith("es"):
        out.append(noun[:-2])
    if noun.endswith("s") and not noun.endswith("ss"):
        out.append(noun[:-1])
    return list(dict.fromkeys(out))
