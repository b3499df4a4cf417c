"""Threats made by holding a hostile act out as possible: "raised the prospect of new sanctions
against Ankara", "would not rule out military action against the militia", "is weighing sanctions
against Minsk" (``open_threat_verbs``, ``considering_verbs`` and ``open_threat_preps`` of
``event_cues.json``). The act is one the event lexicon codes as hostile;
the threat's CAMEO code is the intent to do it (``intent_recode``, CAMEO 13), aimed at the one the
act's phrase names."""

from __future__ import annotations

from spacy.tokens import Token

from ..ontology.cameo import cameo_code
from .lexicon import Sense, armed_terms, cues, match_noun, recode

# the particle and verb of a hostile act kept open ("did not rule out force")
RULE_OUT = ("rule", "out")
# the CAMEO code of an act done by armed forces that names no weapon ("military action")
ARMED_ACT_CODE = "190"
# GDELT's quad classes of cooperation, verbal and material
COOPERATIVE_QUADS = (1, 2)


def _negated_rule_out(verb: Token) -> bool:
    """Whether a verb is "rule out" negated ("would not rule out", "refused to rule out")."""
    if verb.lemma_.lower() != RULE_OUT[0] or not any(
        c.dep_ == "prt" and c.lower_ == RULE_OUT[1] for c in verb.children
    ):
        return False
    return any(c.dep_ == "neg" for c in verb.children) or _refused(verb)


def _refused(verb: Token) -> bool:
    """Whether a verb is the infinitive of a verb of ``negating_verbs`` ("refused to consider")."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in cues().negating_verbs


def may_hold_out(lemma: str) -> bool:
    """Whether a verb of this lower-case lemma may hold out a hostile act (``open_threats``); no
    other word does."""
    c = cues()
    return lemma == RULE_OUT[0] or lemma in c.considering_verbs or lemma in c.open_threat_verbs


def _held_out(verb: Token) -> list[Token]:
    """The nouns of hostile acts a verb holds out as possible."""
    c = cues()
    lemma = verb.lemma_.lower()
    if not may_hold_out(lemma):
        # every token of a sentence is asked: the lemma, the cheap test, first
        return []
    if _negated_rule_out(verb):
        return [o for o in verb.children if o.dep_ == "dobj"]
    if any(ch.dep_ == "neg" for ch in verb.children) or _refused(verb):
        # "did not weigh sanctions", "refused to consider sanctions against Beijing": none held out
        return []
    if lemma in c.considering_verbs:
        # "is weighing sanctions against Minsk": the act is the object itself
        return [o for o in verb.children if o.dep_ == "dobj"]
    prospects = c.open_threat_verbs.get(lemma)
    if prospects is None:
        return []
    nouns = [o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in prospects]
    return [
        p
        for n in nouns
        for prep in n.children
        if prep.lower_ == "of"
        for p in prep.children
        if p.dep_ == "pobj"
    ]


def act_code(act: Token) -> str:
    """The CAMEO code of a hostile act a noun names: an act of armed forces by a modifier from the
    armed sectors' terms ("military action", "a military operation"), else the event lexicon's. A
    noun of help or cooperation with that modifier is military aid or cooperation
    (``armed_cooperation_code``), and one the lexicon codes as cooperation keeps its code (CAMEO's
    quad classes 1-2: "pledged military aid" is a promise of aid, no threat of force)."""
    terms = armed_terms()
    armed = any(m.dep_ == "amod" and m.lower_ in terms for m in act.children)
    helped = armed_cooperation_code(act) if armed else ""
    if helped:
        return helped
    sense = match_noun(act)
    code = sense.cameo if sense is not None and sense.cameo else ""
    row = cameo_code(code[:2]) if code else None
    if row is not None and row.quad_class in COOPERATIVE_QUADS:
        return code
    return ARMED_ACT_CODE if armed else code


def armed_cooperation_code(act: Token) -> str:
    """The CAMEO code of military aid (072) or military cooperation (062) a noun of help or
    cooperation names (``armed_cooperation_nouns``: "equipment", "training", "cooperation"), else
    ""."""
    table = cues().armed_cooperation_nouns
    return table.get(act.lower_) or table.get(act.lemma_.lower(), "")


def open_threats(verb: Token) -> list[tuple[Token, Token, Sense]]:
    """(hostile act, one it is aimed at, sense) for each hostile act a verb holds out as possible
    and the people its ``open_threat_preps`` phrase names: "raised the prospect of new sanctions
    against Ankara" (Ankara; CAMEO 1312, the intent to impose sanctions)."""
    out = []
    for act in _held_out(verb):
        hit = recode(act_code(act), cues().intent_recode)
        if hit is None or hit[1] != "THREATEN":
            continue
        threat = Sense(key="open-threat", cameo=hit[0], plover="THREATEN")
        preps = [p for p in act.children if p.dep_ == "prep" and p.lower_ in cues().open_threat_preps]
        out.extend((act, o, threat) for p in preps for o in p.children if o.dep_ == "pobj")
    return out


def promised_threat(verb: Token) -> tuple[str, str, str] | None:
    """(CAMEO, PLOVER type, the act's lemma) of the threat a verb of promising makes when its
    object names a hostile act ("vowed a crackdown on the protesters", as the CAMEO dictionary's
    PLEDGE * CRACKDOWN [130]; "promised tough sanctions"): the intent to do it, CAMEO 13, recoded by
    ``intent_recode`` as a promised infinitive is ("vowed to crack down"); military aid or
    cooperation promised is the intent to give it ("pledged military equipment": 0332); else None."""
    if verb.lemma_.lower() not in cues().commitment_verbs:
        return None
    for act in (c for c in verb.children if c.dep_ == "dobj"):
        code = act_code(act)
        hit = recode(code, cues().intent_recode) if code else None
        if hit is not None and (hit[1] == "THREATEN" or code == armed_cooperation_code(act)):
            return hit[0], hit[1], act.lemma_.lower()
    return None
