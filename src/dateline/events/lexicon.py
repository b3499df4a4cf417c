"""The event predicate lexicon (``ontology/event_verbs.json``) and the modality cues (``event_cues.json``)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache

from spacy.tokens import Token

from ..actors.lexicon import key_of
from ..actors.lexicon import lexicon as actor_lexicon
from ..ontology import load_json
from ..ontology.cameo import cameo_code
from .argument_kinds import (
    ORGANISATION_ENTS,
    TIME_ENTITIES,
    argument_kinds,
    fits,
    headline_bare_passive,
    names_actor,
    names_people,
    names_place,
    names_time,
    prep_objects,
    sense_holds,
    story_headline,
)
from .noun_subjects import party_noun
from .patterns import (
    CLAUSE_DEPS,
    STRENGTH_SYNONYM,
    Pattern,
    VerbMatch,
    block_object_codes,
    match_cameo_verb,
    object_heads,
    particle_verb,
    verb_table,
)

VERBS_FILE = "event_verbs.json"
CONTROL_VERBS_FILE = "control_verbs.json"
SECTORS_FILE = "actor_sectors.json"
# particles the parser may label as prepositions; "in" and "for" stay prepositions ("gave aid in X")
ADVERBIAL_PARTICLES = frozenset({"out", "back", "down", "off", "over", "away"})
# strength of a noun read as the verb of the same word
STRENGTH_NOUN = 0.85
CUES_FILE = "event_cues.json"
# the two spellings of the verb endings -ise / -ize and -yse / -yze
SPELLINGS = {"ise": "ize", "ize": "ise", "yse": "yze", "yze": "yse"}


@dataclass(frozen=True)
class Sense:
    """One coding of a predicate: CAMEO code, PLOVER type and mode, and where its target sits."""

    key: str
    cameo: str
    plover: str
    mode: str | None = None
    preps: tuple[str, ...] = ()
    target: str = "object"
    objects: frozenset[str] = field(default_factory=frozenset)
    subjects: frozenset[str] = field(default_factory=frozenset)
    # the objects are matched on the heads of what the verb acts on, not on their modifiers
    # ("attacked the database", not "attacked an internet cafe")
    object_heads: bool = False
    # the objects are matched on the verb's direct objects only, never on the objects of its
    # phrases ("charged the rebel positions", not "charged five men at the checkpoint")
    direct_objects: bool = False
    # the sense holds only for one doer alone: no coordinated subject and no "with" partner
    # ("the ambassador signed a note", not "Iran and Iraq signed a note")
    single_doer: bool = False
    # the sense holds only with a partner: a with-phrase or a coordinated subject ("Ghana and Togo
    # struck a settlement"), not a lone doer ("jets struck the settlement")
    paired: bool = False
    # the sense holds only with no direct object ("nurses voted to strike", not "to strike a deal")
    no_object: bool = False
    # the sense holds only with no clause as complement ("called upon its reservists", not "called
    # on conscripts to desert", which asks them to)
    no_clause: bool = False
    # the sense holds only when the direct object is a named place left as it is ("troops left
    # Chechnya", not "left the village in ruins", "left Gaza in ruins" or "left their weapons behind")
    place_object: bool = False
    particle: str | None = None
    preps_required: tuple[str, ...] = ()
    # the sense holds only with none of these phrases on the verb ("charged the crowd", not
    # "charged the protesters with rioting")
    preps_absent: tuple[str, ...] = ()
    prep_actor: bool = False
    # the sense holds only when an object of a required preposition is one of these ("struck the
    # treaty from the agenda": removal, not the act the object alone names)
    prep_objects: frozenset[str] = field(default_factory=frozenset)
    # the sense holds only when a modifier of the object is a word of this valence of the
    # evaluation lexicon ("struck a harsh tone toward China": "negative")
    object_valence: str | None = None
    role_swap: bool = False
    strength: float = 0.9
    # light verbs under which a noun takes this sense (empty: any)
    light_verbs: frozenset[str] = field(default_factory=frozenset)
    # a noun coded only as the object of its light verbs, never on its own ("filed charges against";
    # "the army's charge" is no accusation)
    light_only: bool = False
    # how the coding was found: "frame" (the frame lexicon), "pattern" (a dictionary pattern naming
    # the arguments), "default" (a dictionary verb's default code), "default-thing" (the default of
    # a verb whose object names no actor and that no pattern covers)
    origin: str = "frame"

    @property
    def specificity(self) -> int:
        """Higher for senses with more conditions; the most specific matching sense wins."""
        conditions = bool(self.preps_required) + bool(self.subjects) + self.single_doer + self.no_object
        conditions += self.place_object + bool(self.preps_absent)
        conditions += self.paired
        conditions += 2 * bool(self.prep_objects) + bool(self.object_valence)
        return 2 * bool(self.objects) + 2 * bool(self.particle) + conditions


def _sense(key: str, raw: dict, lists: dict[str, list[str]] | None = None) -> Sense:
    return Sense(
        key=key,
        cameo=raw["cameo"],
        plover=raw["plover"],
        mode=raw.get("mode"),
        preps=tuple(raw.get("preps", ())),
        target=raw.get("target", "object"),
        objects=_words(raw.get("objects", ()), lists or {}),
        subjects=frozenset(raw.get("subjects", ())),
        object_heads=bool(raw.get("object_heads", False)),
        direct_objects=bool(raw.get("direct_objects", False)),
        single_doer=bool(raw.get("single_doer", False)),
        paired=bool(raw.get("paired", False)),
        no_object=bool(raw.get("no_object", False)),
        no_clause=bool(raw.get("no_clause", False)),
        place_object=bool(raw.get("place_object", False)),
        particle=raw.get("particle"),
        preps_required=tuple(raw.get("preps_required", ())),
        preps_absent=tuple(raw.get("preps_absent", ())),
        prep_actor=bool(raw.get("prep_actor", False)),
        prep_objects=frozenset(raw.get("prep_objects", ())),
        object_valence=raw.get("object_valence"),
        role_swap=bool(raw.get("role_swap", False)),
        light_verbs=frozenset(raw.get("light_verbs", ())),
        light_only=bool(raw.get("light_only", False)),
    )


def _words(words: list[str], lists: dict[str, list[str]]) -> frozenset[str]:
    """A sense's words, a named list of ``object_lists`` ("@forces") standing for its words."""
    return frozenset(w for word in words for w in (lists[word[1:]] if word.startswith("@") else (word,)))


@dataclass(frozen=True)
class Lexicon:
    """Verb senses by lemma, noun senses by (possibly two-word) lemma, and the light verbs.

    ``nouns`` holds the event nouns every reading sees; the nouns coded only as the object of their
    light verbs (``light_only``: "filed charges", "expressed respect for") are in ``light_nouns``
    alone, so that no other reading takes them for an act ("questioned the minister's approval of
    the loan" doubts a quality; "vowed to earn the respect of Chile" promises nothing)."""

    verbs: dict[str, tuple[Sense, ...]]
    nouns: dict[str, Sense]
    light_verbs: frozenset[str]
    frame_nouns: frozenset[str]
    version: str
    support_nouns: frozenset[str] = frozenset()
    armed_nouns: dict[str, Sense] = field(default_factory=dict)
    # noun -> (light verbs, the noun's sense under them)
    light_senses: dict[str, tuple[frozenset[str], Sense]] = field(default_factory=dict)
    # verbs of coming and gathering whose "for" phrase names the event ("gathered for a protest")
    purpose_verbs: frozenset[str] = frozenset()
    # PLOVER types a verbal noun in -ing of a dictionary verb codes ("the shooting of a protester")
    gerund_types: frozenset[str] = frozenset()
    # military ground a strike is aimed at ("strikes on rebel positions")
    armed_targets: frozenset[str] = frozenset()
    # verbs whose frames only narrow a sense: with none holding, the dictionary codes them as before
    narrowed_verbs: frozenset[str] = frozenset()
    # nouns that are event nouns only under their light verbs
    light_nouns: dict[str, Sense] = field(default_factory=dict)
    # light verbs that are light only with this particle ("kept up its shelling", not "kept it out")
    light_particles: dict[str, str] = field(default_factory=dict)
    # verbs of a labour strike ("went on strike", "staged a strike"), whoever strikes
    labour_strike_verbs: frozenset[str] = frozenset()
    # light verbs whose noun is the object of these prepositions only ("retaliated with sanctions";
    # "retaliated for the attack" names what is answered)
    light_preps: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # light verbs whose particle cancels the act ("called off the march", "put off the offensive")
    cancelling_particles: dict[str, str] = field(default_factory=dict)

    @cached_property
    def own_light_verbs(self) -> frozenset[str]:
        """Verbs that are light only for the nouns whose ``light_verbs`` list them, not for every
        event noun ("handed down an indictment", "unsealed an indictment")."""
        nouns = (*self.nouns.values(), *self.light_nouns.values())
        return frozenset(v for s in nouns for v in s.light_verbs) - self.light_verbs


@cache
def lexicon() -> Lexicon:
    """The predicate lexicon, loaded once."""
    data = load_json(VERBS_FILE)
    lists = data.get("object_lists", {})
    verbs = {
        lemma: tuple(sorted((_sense(lemma, s, lists) for s in senses), key=lambda s: -s.specificity))
        for lemma, senses in data["verbs"].items()
    }
    senses = {lemma: _sense(lemma, s) for lemma, s in data["nouns"].items()}
    return Lexicon(
        verbs,
        {lemma: s for lemma, s in senses.items() if not s.light_only},
        frozenset(data["light_verbs"]),
        frozenset(data["frame_nouns"]),
        str(data["version"]),
        frozenset(data.get("support_nouns", ())),
        {lemma: _sense(lemma, raw) for lemma, raw in data.get("armed_senses", {}).items()},
        {
            lemma: (frozenset(raw["verbs"]), _sense(lemma, raw))
            for lemma, raw in data.get("light_senses", {}).items()
        },
        frozenset(data.get("purpose_verbs", ())),
        frozenset(data.get("gerund_types", ())),
        frozenset(data.get("armed_targets", ())),
        frozenset(data.get("narrowed_verbs", ())),
        {lemma: s for lemma, s in senses.items() if s.light_only},
        dict(data.get("light_particles", {})),
        frozenset(data.get("labour_strike_verbs", ())),
        {lemma: tuple(preps) for lemma, preps in data.get("light_preps", {}).items()},
        dict(data.get("cancelling_particles", {})),
    )


@dataclass(frozen=True)
class Cues:
    """Word lists for modality and the CAMEO recoding tables of intentions and refusals."""

    intent_verbs: frozenset[str]
    intent_adjectives: frozenset[str]
    scheduled_verbs: frozenset[str]
    scheduled_adjectives: frozenset[str]
    hypothetical_verbs: frozenset[str]
    hypothetical_adjectives: frozenset[str]
    planned_aux: frozenset[str]
    hypothetical_aux: frozenset[str]
    negation: frozenset[str]
    negating_verbs: frozenset[str]
    conditional_marks: frozenset[str]
    reporting_verbs: frozenset[str]
    demand_modals: frozenset[str]
    fault_modals: frozenset[str]
    listing_preps: frozenset[str]
    background_preps: frozenset[str]
    intent_recode: dict[str, tuple[str, str]]
    refusal_recode: dict[str, tuple[str, str]]
    realised_recode: dict[str, tuple[str, str]] = field(default_factory=dict)
    ordinal_predicates: frozenset[str] = frozenset()
    literal_harm_adverbs: frozenset[str] = frozenset()
    ordinal_linking_verbs: frozenset[str] = frozenset()
    reciprocal_types: frozenset[str] = frozenset()
    verb_reciprocal_types: frozenset[str] = frozenset()
    joint_adverbs: frozenset[str] = frozenset()
    mutual_commitment_verbs: frozenset[str] = frozenset()
    mutual_commitment_codes: frozenset[str] = frozenset()
    held_meeting_verbs: frozenset[str] = frozenset()
    held_meeting_subject_verbs: frozenset[str] = frozenset()
    held_meeting_states: frozenset[str] = frozenset()
    held_meeting_preps: frozenset[str] = frozenset()
    talks_doer_preps: frozenset[str] = frozenset()
    talks_doer_verbs: frozenset[str] = frozenset()
    occurrence_verbs: frozenset[str] = frozenset()
    occurrence_report_verbs: frozenset[str] = frozenset()
    occurrence_types: frozenset[str] = frozenset()
    occurrence_phrases: dict[str, frozenset[str]] = field(default_factory=dict)
    verbal_attack_verbs: frozenset[str] = frozenset()
    verbal_objects: frozenset[str] = frozenset()
    armed_sectors: frozenset[str] = frozenset()
    verbal_attack_offices: frozenset[str] = frozenset()
    debate_nouns: frozenset[str] = frozenset()
    political_sectors: frozenset[str] = frozenset()
    itinerary_codes: frozenset[str] = frozenset()
    conditional_threat_types: frozenset[str] = frozenset()
    commitment_verbs: frozenset[str] = frozenset()
    stative_verbs: frozenset[str] = frozenset()
    undergoing_verbs: frozenset[str] = frozenset()
    conduct_light_verbs: frozenset[str] = frozenset()
    people_judged_verbs: frozenset[str] = frozenset()
    judged_conduct_verbs: frozenset[str] = frozenset()
    held_place_nouns: frozenset[str] = frozenset()
    partner_types: frozenset[str] = frozenset()
    bare_promise_codes: frozenset[str] = frozenset()
    host_codes: frozenset[str] = frozenset()
    travel_codes: frozenset[str] = frozenset()
    crowd_free_types: frozenset[str] = frozenset()
    foretold_roots: frozenset[str] = frozenset()
    # a deployment promised is planned, not a threat ("vowed to send troops to Latvia")
    deployment_codes: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    judging_naming_verbs: frozenset[str] = frozenset()
    insult_predicates: frozenset[str] = frozenset()
    praise_predicates: frozenset[str] = frozenset()
    phrasal_target_preps: frozenset[str] = frozenset()
    repression_codes: frozenset[str] = frozenset()
    trial_words: frozenset[str] = frozenset()
    charge_words: frozenset[str] = frozenset()
    trial_code: str = ""
    charge_read_codes: frozenset[str] = frozenset()
    blame_predicates: frozenset[str] = frozenset()
    held_responsible_predicates: frozenset[str] = frozenset()
    blame_laying_verbs: frozenset[str] = frozenset()
    wrongdoing_types: frozenset[str] = frozenset()
    wrongdoing_sets: frozenset[str] = frozenset()
    wrongdoing_nouns: frozenset[str] = frozenset()
    doerless_codes: frozenset[str] = frozenset()
    statement_nouns: frozenset[str] = frozenset()
    deed_verdicts: frozenset[str] = frozenset()
    dismissal_verbs: frozenset[str] = frozenset()
    plight_phrases: dict[str, str] = field(default_factory=dict)
    plight_verbs: frozenset[str] = frozenset()
    casualty_adjectives: frozenset[str] = frozenset()
    casualty_preps: frozenset[str] = frozenset()
    attack_bearing_verbs: frozenset[str] = frozenset()
    undergone_share_nouns: frozenset[str] = frozenset()
    verdict_adjectives: frozenset[str] = frozenset()
    verdict_charges: frozenset[str] = frozenset()
    casualty_animals: frozenset[str] = frozenset()
    casualty_blaze_nouns: frozenset[str] = frozenset()
    trial_opening_verbs: frozenset[str] = frozenset()
    plight_growth_verbs: frozenset[str] = frozenset()
    shot_at_nouns: frozenset[str] = frozenset()
    wrong_committing_verbs: frozenset[str] = frozenset()
    norm_breaking_verbs: frozenset[str] = frozenset()
    shared_norm_lemmas: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)
    truce_breaking_verbs: frozenset[str] = frozenset()
    breach_nouns: frozenset[str] = frozenset()
    broken_norms: frozenset[str] = frozenset()
    wrong_adverbs: frozenset[str] = frozenset()
    concealing_verbs: frozenset[str] = frozenset()
    concealed_nouns: frozenset[str] = frozenset()
    responsibility_verbs: frozenset[str] = frozenset()
    verdict_linking_verbs: frozenset[str] = frozenset()
    pejorative_linking_verbs: dict[str, str] = field(default_factory=dict)
    odour_nouns: frozenset[str] = frozenset()
    pointing_verbs: dict[str, frozenset[str]] = field(default_factory=dict)
    object_bound_wrongs: dict[str, frozenset[str]] = field(default_factory=dict)
    performance_verbs: frozenset[str] = frozenset()
    doubting_verbs: frozenset[str] = frozenset()
    doubting_phrases: frozenset[str] = frozenset()
    question_raising_verbs: frozenset[str] = frozenset()
    question_nouns: frozenset[str] = frozenset()
    question_preps: frozenset[str] = frozenset()
    debated_nouns: frozenset[str] = frozenset()
    failing_nouns: frozenset[str] = frozenset()
    denied_qualities: frozenset[str] = frozenset()
    correctness_predicates: frozenset[str] = frozenset()
    condition_words: frozenset[str] = frozenset()
    feeling_passives: frozenset[str] = frozenset()
    press_audience_nouns: frozenset[str] = frozenset()
    armed_cooperation_nouns: dict[str, str] = field(default_factory=dict)
    negative_condition_words: frozenset[str] = frozenset()
    readiness_qualities: frozenset[str] = frozenset()
    office_verbs: frozenset[str] = frozenset()
    office_object_verbs: frozenset[str] = frozenset()
    accordance_nouns: frozenset[str] = frozenset()
    performance_nouns: frozenset[str] = frozenset()
    lacking_verbs: frozenset[str] = frozenset()
    lacked_qualities: frozenset[str] = frozenset()
    threat_predicates: dict[str, frozenset[str]] = field(default_factory=dict)
    concern_adjectives: dict[str, str] = field(default_factory=dict)
    concern_preps: frozenset[str] = frozenset()
    warning_verbs: frozenset[str] = frozenset()
    response_nouns: frozenset[str] = frozenset()
    response_verbs: frozenset[str] = frozenset()
    open_threat_verbs: dict[str, frozenset[str]] = field(default_factory=dict)
    open_threat_preps: frozenset[str] = frozenset()
    considering_verbs: frozenset[str] = frozenset()
    ending_verbs: frozenset[str] = frozenset()
    failing_subject_verbs: frozenset[str] = frozenset()
    failing_accord_codes: frozenset[str] = frozenset()
    retained_object_verbs: frozenset[str] = frozenset()
    act_nouns: frozenset[str] = frozenset()
    offering_verbs: frozenset[str] = frozenset()
    ordering_verbs: frozenset[str] = frozenset()
    delaying_verbs: frozenset[str] = frozenset()
    ordered_act_preps: frozenset[str] = frozenset()
    ordered_restrictions: frozenset[str] = frozenset()
    offered_proposals: frozenset[str] = frozenset()
    hearsay_adverbs: frozenset[str] = frozenset()
    performative_codes: frozenset[str] = frozenset()
    past_time_words: frozenset[str] = frozenset()
    court_appeal_nouns: frozenset[str] = frozenset()
    scant_quantifiers: frozenset[str] = frozenset()
    prepositional_participles: frozenset[str] = frozenset()
    claim_verbs: frozenset[str] = frozenset()
    responsibility_nouns: frozenset[str] = frozenset()


@cache
def cues() -> Cues:
    """The modality cues, loaded once."""
    data = load_json(CUES_FILE)
    lists = {k: frozenset(v) for k, v in data.items() if isinstance(v, list)}
    return Cues(
        **lists,
        intent_recode={k: tuple(v) for k, v in data["intent_recode"].items()},
        refusal_recode={k: tuple(v) for k, v in data["refusal_recode"].items()},
        realised_recode={k: tuple(v) for k, v in data.get("realised_recode", {}).items()},
        trial_code=str(data.get("trial_code", "")),
        plight_phrases={str(k): str(v) for k, v in data.get("plight_phrases", {}).items()},
        threat_predicates={str(k): frozenset(v) for k, v in data.get("threat_predicates", {}).items()},
        concern_adjectives={str(k): str(v) for k, v in data.get("concern_adjectives", {}).items()},
        armed_cooperation_nouns={str(k): str(v) for k, v in data.get("armed_cooperation_nouns", {}).items()},
        pejorative_linking_verbs={
            str(k): str(v) for k, v in data.get("pejorative_linking_verbs", {}).items()
        },
        open_threat_verbs={str(k): frozenset(v) for k, v in data.get("open_threat_verbs", {}).items()},
        pointing_verbs={str(k): frozenset(v) for k, v in data.get("pointing_verbs", {}).items()},
        object_bound_wrongs={str(k): frozenset(v) for k, v in data.get("object_bound_wrongs", {}).items()},
        occurrence_phrases={str(k): frozenset(v) for k, v in data.get("occurrence_phrases", {}).items()},
        shared_norm_lemmas={
            str(k): {part: frozenset(words) for part, words in v.items()}
            for k, v in data.get("shared_norm_lemmas", {}).items()
        },
    )


def recode(code: str, table: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """The (CAMEO, PLOVER) of the longest prefix of ``code`` in ``table``, or None."""
    for n in range(len(code), 1, -1):
        hit = table.get(code[:n])
        if hit:
            return hit
    return None


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def verb_lemmas(token: Token) -> list[str]:
    """The lemma of a verb, then guesses from its inflection for the lemmatizer's misses ("staged")."""
    return list(_verb_lemmas(token.lower_, _lemma(token)))


def verb_lemma(token: Token, known: dict | frozenset) -> str | None:
    """The first of a verb's lemma candidates found in ``known``, or None."""
    return next((lemma for lemma in _verb_lemmas(token.lower_, _lemma(token)) if lemma in known), None)


@lru_cache(maxsize=8192)
def _verb_lemmas(text: str, lemma: str) -> tuple[str, ...]:
    """``verb_lemmas`` of a word (lower case) and its lemma: a verb is asked for them many times."""
    out = [lemma]
    if text.endswith("ed") and len(text) > 4:
        out += [text[:-1], text[:-2]]
        if text[-3] == text[-4]:
            out.append(text[:-3])
        if text.endswith("ied"):
            out.append(text[:-3] + "y")
    elif text.endswith("ing") and len(text) > 5:
        out += [text[:-3], text[:-3] + "e"]
        if text[-4] == text[-5]:
            out.append(text[:-4])
    elif text.endswith("s") and len(text) > 3:
        out += [text[:-1], text[:-2]]
    ending = out[0][-3:]
    if ending in SPELLINGS and len(out[0]) > 5:
        # the other spelling of a verb in -ise / -ize ("terrorised" is found as "terrorize")
        out.append(out[0][:-3] + SPELLINGS[ending])
    return tuple(out)


def object_lemmas(verb: Token) -> set[str]:
    """Lemmas that describe what a verb acts on: its object (or passive subject) with modifiers."""
    return _object_words(verb, modifiers=True)


def object_head_lemmas(verb: Token) -> set[str]:
    """The head lemmas of what a verb acts on, each also with its compound modifiers before it
    ("attacked the computer network": "network" and "computer network"), never a modifier alone
    ("attacked an internet cafe" acts on a cafe)."""
    return _object_words(verb, modifiers=False)


def _object_words(verb: Token, modifiers: bool) -> set[str]:
    """The words of ``object_lemmas`` (``modifiers``) or of ``object_head_lemmas``."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd")]
    if headline_bare_passive(verb) and story_headline(verb):
        # a story's headline in the passive with no auxiliary: the subject is what is acted on
        heads.extend(c for c in verb.children if c.dep_ == "nsubj")
    # a phrase fronted before the verb is an adjunct of the clause, not what the verb acts on ("Under
    # the terms of the deal, the fighters will get safe passage")
    for prep in (c for c in verb.children if c.dep_ in ("prep", "dative") and c.i > verb.i):
        heads.extend(p for p in prep.children if p.dep_ == "pobj")
    for xcomp in (c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "NOUN"):
        heads.append(xcomp)
    # the predicate of a small clause: "found him guilty", "declared the vote void" (also read as an
    # adverbial clause: "found a tourist dead near the summit")
    heads.extend(c for c in verb.children if c.dep_ in ("ccomp", "acomp", "advcl") and c.pos_ == "ADJ")
    # a predicate right after the verb that the parse reads as a modifier of the day after it
    # ("pleaded guilty Friday to fraud": "guilty" hung on "Friday")
    for day in (c for c in verb.children if c.dep_ == "npadvmod" and c.ent_type_ == "DATE"):
        heads.extend(a for a in day.children if a.dep_ == "amod" and a.i == verb.i + 1)
    lemmas: set[str] = set()
    # a verbal noun in -ing the parse reads as a verb after a preposition ("summoned him for
    # questioning"): its own form
    lemmas.update(
        g.lower_
        for prep in verb.children
        if prep.dep_ == "prep" and prep.i > verb.i
        for g in prep.children
        if g.dep_ == "pcomp" and g.tag_ == "VBG"
    )
    for head in heads:
        lemmas.add(_lemma(head))
        # a participle standing for people is lemmatised as its verb ("the wounded": "wound")
        lemmas.add(head.lower_)
        if head.ent_type_ == "MONEY":
            # "$10 million", "5 billion euros": money
            lemmas.add("money")
        if not modifiers:
            lemmas.update(f"{_lemma(c)} {_lemma(head)}" for c in head.children if c.dep_ == "compound")
            continue
        for child in head.children:
            if child.dep_ in ("compound", "amod", "nmod"):
                lemmas.add(_lemma(child))
            elif child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        lemmas.add(_lemma(pobj))
                        lemmas.update(_lemma(g) for g in pobj.children if g.dep_ == "compound")
    return lemmas


@cache
def _counting_heads() -> frozenset[str]:
    """Words that count people by the crowd (``multitude_nouns``, ``multitude_quantifiers`` of
    event_nonevent_cues.json: "thousands", "dozens", "many")."""
    data = load_json("event_nonevent_cues.json")
    return frozenset(data["multitude_nouns"]) | frozenset(data["multitude_quantifiers"])


def subject_kinds(noun: Token) -> set[str]:
    """The lemmas that say what a doer is: its own, that of the people a number or a crowd word
    counts ("thousands of nurses", "200 of the workers", "dozens of miners") and those of its
    conjuncts ("teachers and nurses")."""
    out = set()
    for word in (noun, *(c for c in noun.children if c.dep_ == "conj")):
        out.add(_lemma(word))
        if word.tag_ == "CD" or word.lower_ in _counting_heads():
            out |= {
                _lemma(p)
                for c in word.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children
                if p.dep_ == "pobj"
            }
    return out


@cache
def _intent_nouns() -> frozenset[str]:
    """The nouns of intent of ``intent_predicates.json`` ("willingness", "determination")."""
    return frozenset(load_json("intent_predicates.json")["intent_nouns"])


def _voiced_intent_noun(noun: Token) -> bool:
    """Whether a word is an intent noun that is the direct object of a verb ("reiterated its
    determination"), whose subject holds the intent."""
    return noun.dep_ == "dobj" and noun.lemma_.lower() in _intent_nouns()


def _match_lexicon(verb: Token, lemma: str) -> Sense | None:
    """The most specific sense of the project's frame lexicon whose conditions the parse satisfies."""
    senses = lexicon().verbs[lemma]
    # the parser often reads an adverbial particle as a preposition ("forced them out of the country")
    particles = {_lemma(c) for c in verb.children if c.dep_ == "prt"}
    particles |= {c.lower_ for c in verb.children if c.dep_ == "prep" and c.lower_ in ADVERBIAL_PARTICLES}
    # a date is when the act happened, never the phrase a sense needs ("fired a missile on Tuesday")
    preps = {
        c.lower_ for c in verb.children if c.dep_ in ("prep", "prt", "dative", "agent") and not _dates(c)
    }
    # a "for ... to" clause is the verb's for-phrase ("pushed for Washington to back the plan")
    preps |= {
        m.lower_
        for c in verb.children
        if c.dep_ in ("advcl", "ccomp") and c.i > verb.i
        for m in c.children
        if m.dep_ == "mark" and m.lower_ == "for"
    }
    # the doer: the subject, or a passive's by-agent ("was raided by police")
    subjects = {k for c in verb.children if c.dep_ == "nsubj" for k in subject_kinds(c)}
    controller = verb
    while not subjects and controller.head is not controller:
        # an infinitive's doer is the subject of the verb that controls it ("workers are preparing
        # to strike", "nurses voted to strike"), or of the verb voicing the intent noun it
        # complements ("the union reiterated its determination to strike")
        if controller.dep_ == "xcomp":
            controller = controller.head
        elif _voiced_intent_noun(controller.head) and controller.dep_ in ("acl", "xcomp"):
            controller = controller.head.head
        else:
            break
        subjects = {k for c in controller.children if c.dep_ == "nsubj" for k in subject_kinds(c)}
    agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    subjects |= {k for p in agents for k in subject_kinds(p)}
    objects: set[str] | None = None
    partnered = "with" in preps or any(
        g.dep_ == "conj" for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for g in c.children
    )
    for sense in senses:
        if sense.subjects and not subjects.intersection(sense.subjects):
            continue
        if sense.single_doer and partnered:
            continue
        if sense.paired and not partnered:
            continue
        if sense.no_object and (_direct_object(verb) or _undergone(verb)):
            continue
        if sense.no_clause and _has_clause(verb):
            continue
        if sense.particle and sense.particle not in particles:
            continue
        if sense.preps_absent and preps.intersection(sense.preps_absent):
            continue
        if sense.place_object and (particles or not _named_place_left(verb)):
            continue
        # the parser may hang a required phrase on the object a sense names ("struck a settlement
        # with the regulators", "struck a harsh tone toward China"), or on the object of an
        # accusation that lays something "on" its target ("blamed the shortages on the governor");
        # a "to" phrase on the object is the object's own ("protested the transfer of jobs to Mexico")
        laid_on = sense.target == "prep" and sense.plover == "ACCUSE" and set(sense.preps_required) == {"on"}
        hung = sense.objects or sense.prep_objects or laid_on
        own = preps | _object_preps(verb) if hung else preps
        if sense.preps_required and not own.intersection(sense.preps_required):
            continue
        if sense.prep_objects and not _prep_object_lemmas(verb, sense.preps_required) & sense.prep_objects:
            continue
        if sense.prep_actor and not any(
            names_actor(o)
            for head in (verb, *(c for c in verb.children if c.dep_ == "dobj"))
            for o in prep_objects(head, sense.preps_required)
        ):
            continue
        if sense.object_valence and not _object_valence(verb, sense.object_valence):
            continue
        if sense.objects:
            if sense.direct_objects:
                if not _direct_object_heads(verb).intersection(sense.objects):
                    continue
                return sense
            if sense.object_heads:
                if not object_head_lemmas(verb).intersection(sense.objects):
                    continue
                return sense
            if objects is None:
                objects = object_lemmas(verb)
            if not objects.intersection(sense.objects):
                continue
        return sense
    return None


def _has_clause(verb: Token) -> bool:
    """Whether a verb has a clause as complement, also an infinitive the parse hung on one of its
    phrases ("called on conscripts to desert")."""
    return any(c.dep_ in CLAUSE_DEPS for c in verb.children) or any(
        t.pos_ == "VERB" and t.i > verb.i and t.nbor(-1).lower_ == "to" for t in verb.subtree
    )


# entity labels of a named place and of a time, which may follow a place left ("left Kabul in August")
NAMED_PLACE_ENTITIES = frozenset({"GPE", "LOC"})
TIME_LABELS = frozenset({"DATE", "TIME"})
# dependencies of a predicate said of a verb's object ("left them dead", "left it to rot")
OBJECT_PREDICATE_DEPS = frozenset({"oprd", "xcomp", "ccomp", "acomp"})


def _named_place_left(verb: Token) -> bool:
    """Whether a verb's direct object is a named place (a country, a region, a city) with no
    predicate said of it and no "in" phrase but a time ("left Somalia", "left Kabul in August"; not
    "left Gaza in ruins", "left the base", "left them dead")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or not all(o.ent_type_ in NAMED_PLACE_ENTITIES for o in objects):
        return False
    if any(c.dep_ in OBJECT_PREDICATE_DEPS for c in verb.children):
        return False
    if any(
        c.dep_ == "prep" and c.lower_ == "for" and not any(p.lower_ == "home" for p in c.children)
        for c in verb.children
    ):
        return False
    states = [
        p
        for c in (*verb.children, *(k for o in objects for k in o.children))
        if c.dep_ == "prep" and c.lower_ == "in"
        for p in c.children
        if p.dep_ == "pobj" and p.ent_type_ not in TIME_LABELS
    ]
    return not states


def _dates(prep: Token) -> bool:
    """Whether "on" or "at" dates an act: its objects all name a time ("on Tuesday", "at dawn");
    a duration after another preposition may be what a sense needs ("jailed for five years")."""
    if prep.lower_ not in ("on", "at"):
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(names_time(o) for o in objects)


def _undergone(verb: Token) -> bool:
    """Whether a verb's phrase tells what its subject underwent, which a verb that takes no object
    never has: a by-phrase ("Workers struck by falling debris") or an attack it befell them in
    ("Doctors struck in hospital attack") or blast ("Workers struck in blast at plant": a word of
    ``unplaced_device_nouns`` of ``actor_sectors.json``)."""
    devices = frozenset(load_json(SECTORS_FILE)["unplaced_device_nouns"])
    for prep in (c for c in verb.children if c.dep_ in ("prep", "agent")):
        if prep.lower_ == "by":
            return True
        for obj in (p for p in prep.children if p.dep_ == "pobj"):
            act = match_noun(obj)
            if (act is not None and act.plover == "ASSAULT") or obj.lower_ in devices:
                return True
    return False


def _direct_object_heads(verb: Token) -> set[str]:
    """The head lemmas of a verb's direct objects, each also with its compound modifiers before it
    ("charged customers a booking fee": "fee" and "booking fee"), and the people a number or a crowd
    word counts ("charged hundreds of marchers")."""
    out: set[str] = set()
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        head = obj.lemma_.lower()
        out |= subject_kinds(obj)
        compounds = [c.lower_ for c in obj.children if c.dep_ == "compound" and c.i < obj.i]
        if compounds:
            out.add(" ".join([*compounds, head]))
    return out


def _object_preps(verb: Token) -> set[str]:
    """The prepositions hung on a verb's direct objects, none that dates the act ("fired two missiles
    on Tuesday")."""
    return {
        p.lower_
        for c in verb.children
        if c.dep_ == "dobj"
        for p in c.children
        if p.dep_ == "prep" and not _dates(p)
    }


def _prep_object_lemmas(verb: Token, preps: tuple[str, ...]) -> set[str]:
    """The lemmas of the objects of prepositions of ``preps`` hung on a verb or on its direct
    object ("struck the remark from the record")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return {
        p.lemma_.lower()
        for head in heads
        for c in head.children
        if c.dep_ in ("prep", "prt") and c.lower_ in preps
        for p in c.children
        if p.dep_ == "pobj"
    }


def _object_valence(verb: Token, valence: str) -> bool:
    """Whether a modifier of a verb's direct object is a word of the sentiment lexicon of that
    valence (``evaluation_words.json``, "negative": "a harsh tone")."""
    words = _valence_words(valence)
    return any(
        m.dep_ in ("amod", "compound") and m.lemma_.lower() in words
        for c in verb.children
        if c.dep_ == "dobj"
        for m in c.children
    )


@cache
def _valence_words(valence: str) -> frozenset[str]:
    return frozenset(load_json("evaluation_words.json")[valence])


def _direct_object(verb: Token) -> bool:
    """Whether a verb has a direct object right after it, no preposition between them: the parser
    may read a prepositional phrase as a particle and its object ("to strike over wages": "over"
    as a particle, "wages" as the object), which is no object of the verb."""
    doc = verb.doc
    return any(
        c.dep_ == "dobj" and c.i > verb.i and not any(t.pos_ == "ADP" for t in doc[verb.i + 1 : c.i])
        for c in verb.children
    )


def _from_dictionary(match: VerbMatch, frame: Sense | None) -> Sense | None:
    """A dictionary coding as a Sense, with the argument frame (target prepositions) of the lexicon."""
    row = cameo_code(match.code) if match.code else None
    if row is None or not row.plover_type:
        return None
    pattern = match.pattern
    preps = frame.preps if frame is not None else ()
    bare_particle = pattern is not None and pattern.prt and not (pattern.obj or pattern.preps)
    if frame is None and (pattern is None and " " in match.lemma or bare_particle):
        # a phrasal verb's target is the object of its preposition ("lashed out at the president";
        # "- * OUT [111] # LASH")
        preps = tuple(sorted(cues().phrasal_target_preps))
    elif frame is None and pattern is not None and pattern.prt:
        # a phrasal pattern's bare preposition names its target ("- * BACK (AT) [111] # HIT":
        # "hit back at Algeria")
        targets = cues().phrasal_target_preps
        preps = tuple(p for p, slots in pattern.preps if not slots and p.lower() in targets)
    if pattern is not None and pattern.target and pattern.target.startswith("prep:"):
        preps = (pattern.target[5:], *preps)
    return Sense(
        key=match.key,
        cameo=match.code or "",
        plover=row.plover_type,
        mode=row.plover_mode or None,
        preps=preps,
        target=frame.target if frame is not None else "object",
        role_swap=(pattern.swap if pattern is not None else match.swap)
        or bool(frame is not None and frame.role_swap),
        strength=match.strength,
        origin="pattern" if pattern is not None else "default",
    )


def dictionary_sense(match: VerbMatch) -> Sense | None:
    """A dictionary coding as a Sense of its own (no frame of the lexicon)."""
    return _from_dictionary(match, None)


def _names_trial(pattern: Pattern) -> bool:
    """Whether a dictionary pattern names a trial (``trial_words``: "- * TRIAL [:173] # STAND") or a
    criminal charge (``charge_words``: "- * (ON CHARGES) [173] # INDICT", "- * CHARGES [173] # PRESS")."""
    words = cues().trial_words | cues().charge_words
    slots = [*pattern.obj, *(slot for _, phrase in pattern.preps for slot in phrase)]
    return any(slot & words for slot in slots)


def _charge_brought(pattern: Pattern, verb: Token) -> bool:
    """Whether a criminal charge a dictionary pattern names as its object (``charge_words``: "- *
    CHARGES [173] # PRESS") is the verb's own object ("pressed charges against the aide", "charges
    were pressed"), not a word of another phrase the pattern matcher lets stand for it ("pressed the
    prosecutor on the charges", "pressed for charges": no charge brought). A pattern naming no charge
    as its object holds as it matched."""
    words = cues().charge_words
    if not any(slot & words for slot in pattern.obj):
        return True
    return any(
        c.dep_ in ("dobj", "nsubjpass") and (c.lower_ in words or c.lemma_.lower() in words)
        for c in verb.children
    )


def _charge_read_as_arrest(sense: Sense, frame: Sense | None, derived: VerbMatch) -> bool:
    """Whether a dictionary pattern codes as CAMEO's "arrest, detain, or charge with legal action"
    (``trial_code``'s COERCE counterpart, 173: "- PROSECUTOR * [173] # CHARGE", "- * (FOR &CRIME)
    [173] # INDICT") a verb whose own frame sense is an accusation (charge, indict): the guide codes
    charges and indictments as ACCUSE/allege, not the arrest of 173, which the verb does not tell."""
    return (
        frame is not None
        and frame.plover == "ACCUSE"
        and sense.plover == "COERCE"
        and derived.code in cues().charge_read_codes
    )


def _conviction_read_as_arrest(sense: Sense, frame: Sense | None, derived: VerbMatch) -> bool:
    """Whether a dictionary pattern codes as CAMEO's "arrest, detain, or charge with legal action"
    (173: "- * (OF &CRIME) [173] # CONVICT") a verb whose own frame sense, as its conditions hold,
    is a conviction (SANCTION/convict, 116: "convicted", "sentenced", "jailed" by a court): the
    guide codes conviction and sentencing by a court as SANCTION/convict, not as the arrest or
    charge of 173."""
    return (
        frame is not None
        and frame.plover == "SANCTION"
        and frame.mode == "convict"
        and sense.plover == "COERCE"
        and derived.code in cues().charge_read_codes
    )


def _as_trial(sense: Sense, verb: Token) -> Sense:
    """A trial the dictionary codes as a detention (173) coded as the legal action it is
    (``trial_code``, ACCUSE/allege 1121, as the guide codes trials and criminal charges). With no
    object, the verb's subject is the one tried ("appeared in court", as "- * (BEFORE COURT)
    [:173] # APPEAR" reads it); a charge or a case is brought "against" the one accused ("pressed
    charges against the aide")."""
    row = cameo_code(cues().trial_code)
    if row is None or not row.plover_type:
        return sense
    tried = not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children)
    return replace(
        sense,
        cameo=row.code,
        plover=row.plover_type,
        mode=row.plover_mode or None,
        role_swap=sense.role_swap or tried,
        preps=tuple(dict.fromkeys((*sense.preps, "against"))),
    )


def _object_fits(verb: Token, sense: Sense, named: frozenset[str] = frozenset()) -> bool:
    """A code about persons needs an object naming people ("released the prisoners", not "the
    figures"); an object the dictionary pattern of the coding names itself (``named``: "ordered the
    expulsion of two diplomats", "threw stones at police", "seized power") is what the pattern
    says, its actor in another phrase."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return fits(sense.cameo, [o for o in objects if o.lower_ not in named and o.lemma_.lower() not in named])


def _time_allowed(verb: Token) -> bool:
    """A span of time received with an infinitive ("the council gets two years to comply") or of
    something ("received five years of funding"): time given, not a term of prison."""
    spans = [c for c in verb.children if c.dep_ == "dobj" and c.ent_type_ in TIME_ENTITIES]
    infinitives = [
        c for c in verb.children if c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children)
    ]
    measured = any(c.dep_ == "prep" and c.lower_ == "of" for span in spans for c in span.children)
    return bool(spans and infinitives) or measured


def _frames_a_clause(verb: Token, lemma: str) -> bool:
    """A reporting, considering, scheduling, intending or failing verb with a clausal complement:
    the clause holds the event and the verb its modality ("said it will support", "is considering
    sending", "wants to release", "failed to answer"). Such a verb is coded by its frame only."""
    c = cues()
    framing = c.reporting_verbs | c.hypothetical_verbs | c.scheduled_verbs | c.intent_verbs | c.negating_verbs
    if lemma not in framing:
        return False
    return any(child.dep_ in ("ccomp", "xcomp") for child in verb.children)


CRITICISM = Sense(key="naming", cameo="111", plover="ACCUSE", mode="disapprove", strength=0.9)
PRAISE = Sense(key="naming", cameo="051", plover="SUPPORT", strength=0.9)


# what an "as" phrase names: its object, or an adjective the parse hangs on it ("described them as
# dishonest")
AS_PREDICATE_DEPS = ("pobj", "amod", "acomp")
# what a verdict hung inside an act's own clause is to the parse ("a violation" set beside a noun, a
# second object)
VERDICT_DEPS = ("appos", "dobj", "oprd", "attr")


def paired_complement_object(verb: Token) -> list[Token]:
    """The object of a verb the parse reads as the first of two object complements ("called Donald
    Trump unhinged": "Trump" and "unhinged" both ``oprd``), when it names an actor and the verb has
    no direct object; else empty."""
    if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return []
    complements = [c for c in verb.children if c.dep_ == "oprd"]
    if len(complements) < 2 or not names_actor(complements[0]):
        return []
    return complements[:1]


def _named_objects(verb: Token) -> list[Token]:
    """What a verb of naming names: its direct objects (or passive subjects), else the first of two
    object complements (``paired_complement_object``)."""
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] or paired_complement_object(verb)


def naming_predicate(verb: Token) -> Token | None:
    """What a verb of naming calls its actor object: an object complement ("called the senator a
    fraud"), a second object ("branded the envoy a liar"), an "as" phrase ("described the leader
    as a traitor") or a quoted label set beside the object ("called the plan 'a disgrace'"); None
    when the verb names no actor, nor a deed ("called the strike a crime")."""
    objects = _named_objects(verb)
    if not objects or not (names_actor(objects[0]) or _deed(objects[0]) or named_act(objects[0])):
        return None
    if objects[0].lower_.endswith(("self", "selves")):
        # "portrayed himself as a dealmaker" is self-description
        return None
    for child in verb.children:
        if child.is_punct:
            continue
        if child.dep_ in ("oprd", "dobj") and child.i != objects[0].i:
            return child
        if child.dep_ == "prep" and child.lower_ == "as":
            return next((p for p in child.children if p.dep_ in AS_PREDICATE_DEPS), None)
    from .readings import quoted_word

    # a quoted label the parse sets beside the object ("calls the governor's budget 'a disgrace'")
    label = next((c for c in objects[0].children if c.dep_ == "appos" and quoted_word(c)), None)
    if label is not None and label.i > objects[0].i:
        return label
    if _deed(objects[0]) or named_act(objects[0]):
        # the parse may hang the "as" phrase on the deed ("described the raid as a war crime")
        for child in (c for c in objects[0].children if c.dep_ == "prep" and c.lower_ == "as"):
            return next((p for p in child.children if p.dep_ in AS_PREDICATE_DEPS), None)
        return _verdict_in_clause(objects[0]) or judged_after(objects[0])
    return None


def judged_after(noun: Token) -> Token | None:
    """An adjective the parse hangs after a noun as its modifier where a verb of naming has it as
    the noun's predicate ("called the investigation politically motivated": "motivated"), else
    None."""
    return next(
        (c for c in noun.children if c.dep_ in ("acl", "amod") and c.pos_ == "ADJ" and c.i > noun.i),
        None,
    )


def _verdict_in_clause(act: Token) -> Token | None:
    """A verdict the parse hung inside an act's own clause ("called the decision to arm the militia
    a grave mistake": "mistake" read as a second object of "arm"): the last noun of the clause
    with an indefinite article that names a verdict (``readings.names_a_verdict``)."""
    from .readings import names_a_verdict

    clauses = [c for c in act.children if c.dep_ == "acl" and c.i > act.i]
    words = [w for clause in clauses for w in clause.subtree if w.pos_ == "NOUN" and w.dep_ in VERDICT_DEPS]
    words = [w for w in words if any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in w.children)]
    return words[-1] if words and names_a_verdict(words[-1]) else None


def _naming(verb: Token, lemma: str) -> Sense | None:
    """A verb of naming (or of ``judging_naming_verbs``, criticism only) with an actor object and a
    predicate: criticism or praise as the predicate
    judges (``evaluation.judgement``: a sentiment lexicon and the insults and praise of
    ``event_cues.json``), criticism when it judges neither way (a label pinned on an actor in the
    news is mostly a charge: "called him a 'puppet of Moscow'"), none for a proper name. With a
    deed as object (``_deed``) it is criticism of the deed's doer when the predicate names a wrong
    (``deed_verdicts`` or a wrong itself), else none."""
    c = cues()
    if lemma not in c.naming_verbs and lemma not in c.judging_naming_verbs:
        return None
    predicate = naming_predicate(verb)
    if predicate is None:
        return None
    from .evaluation import judgement

    judged = judgement(predicate)
    if lemma in c.judging_naming_verbs:
        # "dismissed the offer as a stunt" judges; "dismissed the minister as head of the agency" does not
        from .readings import names_a_verdict

        return CRITICISM if judged is CRITICISM or names_a_verdict(predicate) else None
    objects = _named_objects(verb)
    if _deed(objects[0]) or not names_actor(objects[0]):
        # a deed or another act named a wrong ("called the strike a war crime", "described the
        # deployment as a flagrant violation") is criticism of its doer; any other label ("a
        # success", "an accident") is none. The wrong is named by the predicate, its modifiers or
        # its "of" phrase ("a cowardly act", "an act of terrorism"). An act that is no wrong in
        # itself is judged as a person is ("called the remarks disgusting")
        from .readings import names_a_verdict

        if names_a_verdict(predicate) or (not _deed(objects[0]) and judged is CRITICISM):
            return CRITICISM
        return None
    if judged is not None:
        return judged
    # a proper name is a name, not a label ("called him Okie", "dubbed the plan Project Phoenix")
    return None if predicate.pos_ == "PROPN" else CRITICISM


def _deed(noun: Token) -> bool:
    """Whether a noun names a wrong done (``readings.wrongdoing``: "the strike", "a war crime")."""
    from .readings import wrongdoing

    return noun.pos_ == "NOUN" and wrongdoing(noun)


def named_act(noun: Token) -> bool:
    """Whether a noun names an act someone did ("the U.S. decision", "Russia's annexation", "the
    Turkish deployment"): a common noun whose doer is named with it (``readings.act_doers``), or a
    noun of an act, a measure, a policy or a statement (``act_nouns``, ``verbal_objects``: "the
    move", "the remarks") whoever did it."""
    from .readings import act_doers

    if noun.pos_ != "NOUN" or names_actor(noun):
        return False
    c = cues()
    if noun.lemma_.lower() in c.act_nouns or noun.lower_ in c.verbal_objects:
        return True
    return any(names_people(d) for d in act_doers(noun))


def _negated_small_clause(verb: Token) -> bool:
    """Whether a verb's small-clause predicate is negated ("found him not guilty")."""
    return any(
        c.dep_ in ("acomp", "oprd", "ccomp") and c.pos_ == "ADJ" and any(n.dep_ == "neg" for n in c.children)
        for c in verb.children
    )


def _names_negation(pattern: Pattern) -> bool:
    """Whether a dictionary pattern's object words name a negation ("{NOT GUILTY}")."""
    return any(slot & cues().negation for slot in pattern.obj)


DESTINATION_PREPS = frozenset({"to", "into"})


def transported(verb: Token) -> bool:
    """Whether a verb of motion is passive with a destination: its subject was moved there ("the
    wounded were rushed to hospital", "a soldier flown to Germany"), which is no visit by anyone."""
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ == "acl"
    )
    return passive and any(c.dep_ == "prep" and c.lower_ in DESTINATION_PREPS for c in verb.children)


PREPOSITIONAL_SENSE_PREPS = frozenset({"on", "upon", "onto"})


def _prepositional_use(verb: Token, lemma: str) -> bool:
    """Whether a verb that takes an object is used with none but an "on"/"upon" phrase: a
    prepositional verb of another sense ("seized on the scandal" exploits it, seizes nothing); a
    phrase of a day or time ("charged on Sunday that ...") sets the act in time and is none."""
    if lemma not in argument_kinds().transitive_verbs:
        return False
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "agent", "dative") for c in verb.children):
        return False
    return verb.dep_ != "acl" and any(
        c.dep_ == "prep"
        and c.lower_ in PREPOSITIONAL_SENSE_PREPS
        and not any(p.dep_ == "pobj" and p.ent_type_ in TIME_ENTITIES for p in c.children)
        for c in verb.children
    )


def _crowd_subject(verb: Token) -> bool:
    """Whether the verb's subject counts people by the crowd (``nonevents.crowd``)."""
    from .nonevents import crowd

    return any(crowd(c) for c in verb.children if c.dep_ == "nsubj")


def _codes_nothing(code: str | None) -> bool:
    """Whether a dictionary code is no PLOVER event (empty, or a code of no PLOVER type)."""
    row = cameo_code(code) if code else None
    return row is None or not row.plover_type


# a warning against an action is advice (CAMEO 020, appeal: "- * (AGAINST PULLOUT) [020] # WARN")
ADMONITION_CODE = "020"


def _admonition(verb: Token) -> bool:
    """Whether a verb warns against an action: an "against" phrase holding a gerund clause
    ("warned Britain against leaving the union"), or an infinitive whose doer is the one warned
    (its object, or a passive's subject: "warned Turkey not to send troops", "residents were warned
    to stay indoors"), advice to its addressee, not a threat."""
    if any(
        c.dep_ == "prep" and c.lower_ == "against" and any(g.dep_ == "pcomp" for g in c.children)
        for c in verb.children
    ):
        return True
    if not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return False
    return any(
        not any(a.dep_ in ("nsubj", "nsubjpass") for a in c.children)
        for c in to_infinitives(verb, ("xcomp", "ccomp"))
    )


def to_infinitives(verb: Token, deps: tuple[str, ...]) -> list[Token]:
    """The verb's children of ``deps`` that are infinitives with "to" ("warned them to leave")."""
    return [
        c
        for c in verb.children
        if c.dep_ in deps and c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]


def auxiliaries(clause: Token) -> list[Token]:
    """The auxiliaries of a predicate, with the modal the parse makes its head when a "to" links
    them ("ought to have resigned": the verb is the complement of "ought", which is a modal
    auxiliary of it in English grammar, as "should" is)."""
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    head = clause.head
    if clause.dep_ == "xcomp" and head.tag_ == "MD" and head is not clause:
        auxes.insert(0, head)
    return auxes


def mandative(clause: Token) -> bool:
    """Whether a that-clause states what should be done: a deontic modal ("that Iran must release
    them") or the subjunctive, a bare verb with no modal ("that he resign", "that the vote be
    held"); an indicative clause states a fact ("that he had done nothing wrong")."""
    auxes = auxiliaries(clause)
    if any(a.lower_ in cues().demand_modals for a in auxes):
        return not past_counterfactual(clause)
    if any(a.tag_ == "MD" or a.lower_ == "to" for a in auxes):
        return False
    return clause.tag_ == "VB" or any(a.tag_ == "VB" for a in auxes)


def past_counterfactual(clause: Token) -> bool:
    """Whether a clause with a demand modal is in the perfect ("should have resigned", "must have
    known", "ought to have warned them"): it judges or infers what was or was not done, and asks
    nothing of anyone, since a past act can no longer be demanded (general English grammar: the
    perfect modal of past obligation or deduction)."""
    auxes = auxiliaries(clause)
    modal = next((a for a in auxes if a.lower_ in cues().demand_modals), None)
    if modal is None:
        return False
    return any(a.lemma_.lower() == "have" and a.tag_ == "VB" and a.i > modal.i for a in auxes)


def past_fault(clause: Token) -> bool:
    """Whether a perfect modal clause says what was owed and not done ("should have resigned",
    "ought to have warned them"; ``fault_modals``), not what the speaker infers was done ("must
    have known", the epistemic perfect, which faults no one)."""
    return past_counterfactual(clause) and any(
        a.lower_ in cues().fault_modals for a in auxiliaries(clause) if a.dep_ != "auxpass"
    )


def _reports_a_fact(verb: Token, lemma: str) -> bool:
    """Whether a reporting verb ("insisted", "suggested") has an indicative that-clause: a
    statement, not a demand (CAMEO 01 is no PLOVER event)."""
    if lemma not in cues().reporting_verbs:
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    return bool(clauses) and not any(mandative(c) for c in clauses)


def _says_more(derived: VerbMatch | None, frame: Sense) -> bool:
    """Whether a dictionary pattern names the frame's particle and an object the frame leaves open
    ("- * &CEASEFIRE [196] # CALLED_OFF" says more of "called off the truce" than "call off": 080)."""
    pattern = derived.pattern if derived is not None else None
    if pattern is None or not pattern.obj or frame.particle is None or frame.objects or frame.prep_objects:
        return False
    return frame.particle in (pattern.prt, derived.lemma.rpartition(" ")[2])


def _sibling_overruled(derived: VerbMatch, frame: Sense | None) -> bool:
    """Whether a dictionary pattern written for another verb of the block (a sibling's: "- * (IN
    COURT) [112] # CHARGE" read for CONVICT) gives a PLOVER type the verb's own frame sense does
    not: the frame, written for the verb from the CAMEO manual and the PLOVER codebook, decides
    ("was convicted in court of fraud" is a conviction, 116, not a charge)."""
    pattern = derived.pattern
    # a phrasal verb's own patterns are written for its verb ("- * UP [080] # GIVE" for "give up")
    own = (None, derived.lemma, derived.lemma.split(" ", 1)[0])
    if frame is None or pattern is None or pattern.verb in own or not derived.code:
        return False
    row = cameo_code(derived.code)
    return row is not None and bool(row.plover_type) and row.plover_type != frame.plover


@dataclass(frozen=True)
class ControlVerb:
    """A verb taking an object and an infinitive the object is to do (``control_verbs.json``)."""

    cls: str
    sense: Sense
    # the infinitive may come without "to" ("let the inspectors visit")
    bare: bool = False
    # the subject must name an actor or people: a law allows nothing that is an event between actors
    actor_subject: bool = False
    # letting the object in is access (the frame lexicon's "allow" senses): allow, permit, let
    access: bool = False
    # PLOVER types of an infinitive whose act makes the verb no event ("dared them to attack")
    no_event_acts: frozenset[str] = frozenset()


@cache
def control_verbs() -> dict[str, ControlVerb]:
    """Verbs of directing and permitting by lemma, with the reading of the matrix verb."""
    data = load_json(CONTROL_VERBS_FILE)
    out: dict[str, ControlVerb] = {}
    for cls, raw in data["classes"].items():
        for lemma, entry in raw["verbs"].items():
            sense = Sense(
                key=f"{lemma}+{cls}",
                cameo=entry["cameo"],
                plover=raw["plover"],
                target="that",
                strength=0.9,
            )
            out[lemma] = ControlVerb(
                cls=cls,
                sense=sense,
                bare=bool(entry.get("bare", False)),
                actor_subject=bool(raw.get("actor_subject", False)),
                access=bool(entry.get("access", False)),
                no_event_acts=frozenset(entry.get("no_event_acts", ())),
            )
    return out


def _controlled(verb: Token, bare: bool = False) -> tuple[Token, Token] | None:
    """(object, infinitive) of a verb's infinitive complement whose doer is the verb's object, when
    the object names people; else None. The parse may read the object as the subject of a clausal
    complement ("allowed the inspectors to visit") or the infinitive as an adverbial clause after
    the object ("pushed Peru to withdraw its troops")."""
    for clause in verb.children:
        if clause.i < verb.i or clause.dep_ not in ("xcomp", "ccomp", "advcl") or clause.tag_ != "VB":
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            if not bare or clause.dep_ == "advcl":
                continue
        if clause.dep_ == "ccomp":
            doer = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
        elif any(c.dep_ in ("nsubj", "mark") for c in clause.children):
            continue
        else:
            doer = next((c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i), None)
        if doer is not None and names_people(doer):
            return doer, clause
    return None


def controlled_object(verb: Token, bare: bool = False) -> Token | None:
    """The object that is to do the act of a verb's infinitive complement ("told the rebels to
    release the hostages": the rebels; also when the parse reads the object as the subject of a
    clausal complement: "allowed the inspectors to visit"), when it names people; else None."""
    found = _controlled(verb, bare)
    return found[0] if found is not None else None


def control_doer(verb: Token, sense: Sense) -> Token | None:
    """The object a verb of directing or permitting coded by its class (``control_verbs.json``)
    asks or lets act: the event's target ("told the rebels to release the hostages": the rebels);
    None for any other reading of the verb."""
    entry = control_verbs().get(_lemma(verb))
    if entry is None or sense.key != entry.sense.key:
        return None
    return controlled_object(verb, entry.bare)


def _named_actor(doer: Token) -> bool:
    """Whether an object names a state, an organisation or a nationality ("Russia", "the Kelvonian
    army", "Hamas") or someone the actor dictionary knows by name, not only people by a common noun
    ("reporters", "passengers", "her son")."""
    words = [doer, *(c for c in doer.children if c.dep_ in ("compound", "amod", "poss"))]
    if any(w.ent_type_ in ORGANISATION_ENTS for w in words):
        return True
    entries = actor_lexicon().entries
    return any(
        e.kind != "term" for w in words if w.text[:1].isupper() for e in entries.get(key_of(w.text), ())
    )


def _own_people(doer: Token) -> bool:
    """Whether an object is the subject's own ("its ambassador", "his forces", "their citizens")."""
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in doer.children)


def _control_sense(verb: Token, sense: Sense | None) -> Sense | None:
    """The reading of a verb of directing or permitting with an object and the act it is to
    do (``control_verbs.json``); None when the verb is not one or has no such complement, when its
    own reading is already a request ("urged Moscow to withdraw"), when the object is the subject's
    own ("ordered his forces to attack": the act is coded as before), or when neither the act nor the
    object gives the verb an event between actors ("told reporters to wait")."""
    entry = control_verbs().get(_lemma(verb))
    if entry is None or (sense is not None and sense.plover == "REQUEST"):
        return None
    found = _controlled(verb, entry.bare)
    if found is None:
        return None
    doer, clause = found
    if _own_people(doer):
        return None
    if entry.actor_subject:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects and not names_people(subjects[0]):
            return None
    if entry.cls == "permitting":
        if not entry.access:
            return None
        # letting inspectors, peacekeepers or aid in is the access the frame lexicon codes for
        # "allow"; letting anyone else act is no event of its own
        kinds = {_lemma(doer), doer.lower_} | {
            _lemma(c) for c in doer.children if c.dep_ in ("compound", "amod")
        }
        for frame in lexicon().verbs.get("allow", ()):
            if frame.objects and kinds.intersection(frame.objects):
                return replace(frame, key=entry.sense.key, target="that")
        return None
    act = act_reading(clause)
    if act is None and not _named_actor(doer):
        return None
    if act is not None and act.plover in entry.no_event_acts:
        return None
    return entry.sense


# verbs of command, which the frame lexicon reads as coercion of their object ("ordered troops to
# open fire on the crowd", COERCE 170)
COMMAND_VERBS = frozenset({"order", "command"})
# PLOVER types of an act by which forces move on their own side's orders: withdrawal and deployment
FORCE_MOVE_TYPES = frozenset({"RETREAT", "MOBILIZE"})
# CAMEO sectors of a state's own forces: its military and its police
STATE_FORCE_SECTORS = frozenset({"MIL", "COP"})


def _forces_moved(verb: Token) -> bool:
    """Whether a verb of command has the commander's own armed forces (``armed_terms``, also "the
    bulk of the forces"; ``_own_forces``) withdraw or deploy (``FORCE_MOVE_TYPES``): "ordered its
    troops to pull back", "ordered the bulk of Russian forces to begin withdrawing" (by Russia's
    president). Such a command is the move, coded by its own verb; an order to others' forces
    ("ordered the rebels to leave the valley") stays the demand made of them."""
    found = _controlled(verb)
    if found is None:
        return False
    doer, clause = found
    heads = [doer, *(p for prep in doer.children if prep.lower_ == "of" for p in prep.children)]
    forces = [h for h in heads if h.lower_ in armed_terms() or _lemma(h) in armed_terms()]
    if not any(_own_forces(verb, h) for h in forces):
        return False
    for act in (clause, *(c for c in clause.children if c.dep_ == "xcomp")):
        reading = act_reading(act)
        if reading is not None and reading.plover in FORCE_MOVE_TYPES:
            return True
    return False


def _own_forces(verb: Token, forces: Token) -> bool:
    """Whether forces are those of the subject of a verb of command: a possessive pronoun ("its
    troops", "his soldiers"), a country that the subject's words name too ("the Chilean president
    ordered Chilean troops"), or a state's army or police named by no modifier when the subject names
    a country ("the Chilean president ordered the army to pull back from the pass")."""
    if _own_people(forces):
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    modifiers = [
        t for c in forces.children if c.dep_ in ("compound", "amod", "poss", "nmod") for t in c.subtree
    ]
    commander = _countries_named(list(subject.subtree))
    if not modifiers:
        sectors = {e.sector for e in actor_lexicon().entries.get(key_of(forces.text), ()) if e.kind == "term"}
        states = {c for c in commander if len(c) == 3 and not c.startswith("IGO")}
        return bool(sectors) and sectors <= STATE_FORCE_SECTORS and bool(states)
    theirs = _countries_named(modifiers)
    return bool(theirs) and bool(theirs & commander)


def _countries_named(words: list[Token]) -> set[str]:
    """The countries or organisations (actor codes) that runs of capitalised words name in the
    actor dictionary ("U.S.", "Russian", "Vladimir Putin")."""
    entries = actor_lexicon().entries
    found: set[str] = set()
    for start in range(len(words)):
        for end in range(start + 1, min(start + 3, len(words)) + 1):
            run = words[start:end]
            if not all(w.text[:1].isupper() for w in run) or run[-1].i - run[0].i != len(run) - 1:
                break
            key = key_of(" ".join(w.text for w in run))
            found |= {e.code or e.country for e in entries.get(key, ()) if e.kind != "term"}
    found.discard("")
    return found


def act_reading(act: Token) -> Sense | None:
    """The event reading of an infinitive act ("to withdraw its troops"), or None when it has none
    or its verb is used in a sense that is no event (``triggers.other_sense``: "to expect delays")."""
    from .triggers import other_sense

    sense = match_verb(act)
    if sense is None or not sense.plover or other_sense(act, sense):
        return None
    return sense


def taunted_act(verb: Token) -> Token | None:
    """The infinitive of a verb of directing whose act makes it no event ("challenged Kelvonia to
    attack": ``no_event_acts``): the act is folded into the verb and neither is coded."""
    entry = control_verbs().get(_lemma(verb))
    if entry is None or not entry.no_event_acts:
        return None
    found = _controlled(verb, entry.bare)
    if found is None or _own_people(found[0]):
        return None
    act = act_reading(found[1])
    return found[1] if act is not None and act.plover in entry.no_event_acts else None


def match_verb(verb: Token) -> Sense | None:
    """The coding of a verb, or None: its own reading (``_own_reading``), or for a verb of directing
    or permitting with an object and the act it is to do, the reading of its class
    (``control_verbs.json``: "told the rebels to release the hostages" is a request, not a release)."""
    sense = _own_reading(verb)
    if _lemma(verb) in control_verbs():
        return _control_sense(verb, sense) or sense
    if sense is not None and _lemma(verb) in COMMAND_VERBS and _forces_moved(verb):
        # "ordered U.S. troops to pull out of Syria": the withdrawal is the event, not coercion
        return None
    return sense


def _own_reading(verb: Token) -> Sense | None:
    """The coding of a verb by its own words, or None.

    A frame-lexicon sense with a condition on the arguments comes first; then a CAMEO dictionary
    pattern that names the verb's argument words (it may say "not an event"); then a bare frame
    sense; then, for verbs the frame lexicon does not know, the dictionary's default code of a
    block's head verb. The frame lexicon also gives
    where the target sits (prepositions). A code about persons needs an object naming people; a
    verb of a state of mind (want, need, hope) codes nothing.
    """
    lemmas = verb_lemmas(verb)
    if lemmas[0] in cues().stative_verbs:
        # a state of mind ("wants", "needs", "hopes"), not an action
        return None
    if _prepositional_use(verb, lemmas[0]):
        return None
    naming = _naming(verb, lemmas[0])
    if naming is not None:
        return replace(naming, key=f"{lemmas[0]}+naming")
    framing = _frames_a_clause(verb, lemmas[0])
    if framing and any(_codes_nothing(code) for code in block_object_codes(verb, lemmas)):
        # a pattern naming the clause's verb says the whole is no event: "declined to comment" is
        # the CAMEO 011 "decline comment" ("- * COMMENT [011] # REFUSE"), a statement
        return None
    derived = None if framing else match_cameo_verb(verb, lemmas)
    lemma = next((item for item in lemmas if item in lexicon().verbs), None)
    frame = _match_lexicon(verb, lemma) if lemma is not None else None
    if frame is not None and frame.role_swap and _time_allowed(verb):
        frame = None
    if _negated_small_clause(verb):
        # "found him not guilty" is no conviction; a dictionary pattern that names the negation
        # ("pleaded not guilty": PLEAD "* {NOT GUILTY}", a denial, 016) still codes
        if derived is None or derived.pattern is None or not _names_negation(derived.pattern):
            return None
        frame = None
    attacked = _under_attack(verb, lemmas[0])
    if attacked is not None:
        return attacked
    sense: Sense | None = None
    # a frame naming the verb's object says more than a particle the parse reads as a preposition
    # of its own ("took aim at the minister over the cuts" is no takeover)
    own_object = frame is not None and bool(frame.objects) and not any(c.dep_ == "prt" for c in verb.children)
    phrasal = None if own_object else particle_verb(verb, lemmas)
    if (
        phrasal is not None
        and frame is not None
        and not frame.particle
        and (derived is None or not derived.pattern)
    ):
        # a phrasal verb is a word of its own: "struck down the law" is no strike, "gave up" no gift
        code = phrasal[1]
        row = cameo_code(code) if code else None
        if row is None or not row.plover_type:
            return None
        if row.plover_type != frame.plover:
            match = VerbMatch(code, phrasal[0], "", STRENGTH_NOUN, None)
            return _from_dictionary(match, None)
    # a dictionary pattern naming the verb's particle says more than a frame of the plain verb
    # ("- * UP [080] # GIVE": "gave up its weapons" is no gift)
    particle_pattern = derived is not None and derived.pattern is not None and bool(derived.pattern.prt)
    particle_pattern = particle_pattern and not own_object
    named: frozenset[str] = frozenset()
    # the object words a verb's object kinds do not apply to: the charge a trial pattern names
    freed: frozenset[str] = frozenset()
    if (
        frame is not None
        and frame.specificity
        and not (particle_pattern and not frame.particle)
        and not _says_more(derived, frame)
    ):
        sense = frame
        if frame.role_swap:
            # what the subject receives is what the frame names ("gets life", "received a sentence");
            # the one it happens to is the subject
            named = frame.objects
    elif derived is not None and derived.pattern is not None and not _sibling_overruled(derived, frame):
        sense = _from_dictionary(derived, frame)
        named = object_heads(derived.pattern)
        if sense is not None and _fired_upon(verb, derived.pattern):
            sense = _as_attack(sense)
        if sense is not None and sense.plover == "COERCE" and _names_trial(derived.pattern):
            if _charge_brought(derived.pattern, verb):
                sense, freed = _as_trial(sense, verb), named
            else:
                # no charge brought and no one detained: the verb's own sense ("pressed for charges")
                sense, named = frame, frozenset()
        if sense is not None and _charge_read_as_arrest(sense, frame, derived):
            # "prosecutors charged the mayor": a charge, not the arrest CAMEO 173 also names
            sense, named = _as_trial(sense, verb), frozenset()
        if sense is not None and _conviction_read_as_arrest(sense, frame, derived):
            # "was convicted of misconduct in office": a court's verdict, not the charge CAMEO 173 also names
            sense, named = frame, frozenset()
        if frame is not None and frame.plover == "COERCE" and derived.code in cues().repression_codes:
            # "arrested the protesters" is an arrest, not the violence of CAMEO 175
            sense, named = frame, frozenset()
        riot = sense is not None and sense.plover == "PROTEST"
        if riot and frame is not None and frame.plover == "ASSAULT" and _armed_subject(verb):
            # "rebels attacked a shop": a riot (145) is a crowd's; an armed actor's or a country's
            # attack on property is the verb's force
            sense, named = frame, frozenset()
    elif frame is not None:
        sense = frame
    elif (
        derived is not None
        and derived.code is not None
        and (lemma is None or lemma in lexicon().narrowed_verbs)
    ):
        # a verb whose frames all carry conditions codes nothing when none holds ("called it a mistake"),
        # unless they only narrow its dictionary sense ("summoned him for questioning")
        sense = _from_dictionary(derived, None)
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if sense is not None and objects and not any(names_actor(o) for o in objects):
            sense = replace(sense, origin="default-thing")
        if sense is not None and derived.strength == STRENGTH_SYNONYM:
            phrasal = " " in derived.lemma
            fits = _fits_phrasal_synonym(verb, derived.lemma) if phrasal else _fits_synonym(verb, objects)
            if not fits:
                return None
    if sense is None or not sense.plover or not _object_fits(verb, sense, named):
        # an empty code is a sense of the verb that is no event ("struck off the register")
        return None
    if _feeling_passive(verb):
        # "said he was encouraged after the talks": the subject's feeling, no one's act
        return None
    if sense.plover == "CONSULT" and _press_audience(verb):
        # "spoke to reporters": a statement, no consultation
        return None
    if sense.plover == "ASSAULT" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in cues().verbal_objects for c in verb.children
    ):
        # words do no violence: "his remarks are hurting us", "the comments struck a nerve"
        return None
    if sense.plover == "REQUEST" and _reports_a_fact(verb, lemmas[0]):
        return None
    if sense is frame and sense.plover == "ACCUSE" and _aimless_phrasal(verb, sense):
        # "the crew blasted off to the station" is a launch: criticism is aimed at someone
        return None
    if sense.plover == "THREATEN" and _admonition(verb):
        row = cameo_code(ADMONITION_CODE)
        if row is None or not row.plover_type:
            return None
        sense = replace(sense, cameo=ADMONITION_CODE, plover=row.plover_type, mode=row.plover_mode or None)
    if sense.plover in cues().crowd_free_types and _crowd_subject(verb):
        return None
    named_by_pattern = derived is not None and derived.pattern is not None and bool(derived.pattern.obj)
    if not named_by_pattern and sense.cameo in cues().bare_promise_codes and offers_a_commodity(verb):
        # "the shop offers free delivery", "residents are offered the chance to recycle": no promise
        return None
    if not named_by_pattern and sense.plover == "COERCE" and orders_goods(verb):
        # "the hospital ordered new scanners": a purchase, no coercion
        return None
    if sense.origin.startswith("default") and sense.plover == "REJECT" and delays_own_business(verb):
        # "the council delayed the hearing until April": its own schedule
        return None
    names_moved = bool(sense.objects) or bool(derived is not None and derived.pattern and derived.pattern.obj)
    if sense.cameo in cues().travel_codes and not names_moved and transported(verb):
        return None
    key = lemma or (derived.lemma if derived is not None else lemmas[0])
    # "talks between A and B failed": a pattern naming its event noun subject needs no object
    subject_named = (
        derived is not None and derived.code == sense.cameo and party_noun(verb, derived.pattern) is not None
    )
    if not sense_holds(
        verb, key, sense.plover, sense.cameo, sense.origin == "default-thing", freed, subject_named
    ):
        return None
    return sense


def _fits_synonym(verb: Token, objects: list[Token]) -> bool:
    """Whether the arguments of a verb coded by its block's default as a WordNet synonym of the
    block's verb (``patterns.STRENGTH_SYNONYM``) fit the block's act, done by someone to someone:
    its subject, when it has one, names an actor or a place ("the militia ravaged the village", not
    "the scandal ruined his career" or "the government's plan stalled"), and its object or passive
    subject is an actor or a place ("quelled the rebels", "the village was ravaged"), or an act of
    others ("quelled the revolt"); a thing is no one acted on ("stressed the point", "stalled the
    bill"). A past participle that modifies a noun with no object of its own ("two mayors beheaded
    by the militants", "a village ravaged by the militia") acts on that noun, and a headline's
    passive with no auxiliary ("Three clerks beheaded by gunmen") on its subject; their by-agent is
    the subject that must name an actor or a place ("careers ruined by the scandal" is none)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if not objects and headline_bare_passive(verb) and story_headline(verb):
        objects, subjects = subjects, agents
    elif not objects and verb.dep_ == "acl" and (verb.tag_ == "VBN" or agents) and verb.i > verb.head.i:
        objects, subjects = [verb.head], agents
    if subjects and not any(names_actor(s) or names_place(s) for s in subjects):
        return False
    return any(names_actor(o) or names_place(o) or _names_an_act(o) for o in objects)


def _press_audience(verb: Token) -> bool:
    """Whether every partner of a verb (its object, or the object of its "to" or "with" phrase) is
    the press as an audience (``press_audience_nouns``: "spoke to reporters", "met the press") or
    a news outlet by name (``media_outlet``: "spoke with Reuters", "talked to the BBC")."""
    partners = [c for c in verb.children if c.dep_ == "dobj"]
    preps = [c for c in verb.children if c.dep_ == "prep"]
    for prep in (p for p in preps + [c for p in preps for c in p.conjuncts] if p.lower_ in ("to", "with")):
        partners.extend(o for o in prep.children if o.dep_ == "pobj")
    partners.extend(c for p in list(partners) for c in p.conjuncts)
    words = cues().press_audience_nouns
    return bool(partners) and all(
        p.lower_ in words or p.lemma_.lower() in words or media_outlet(p) for p in partners
    )


@cache
def media_names() -> frozenset[str]:
    """The names of the news outlets of ``actor_groups.json`` (kind MEDIA), in lower case, with no
    leading "the"."""
    groups = load_json("actor_groups.json")["groups"]
    names = (n.lower() for g in groups if g.get("kind") == "MEDIA" for n in g.get("names", ()))
    return frozenset(n.removeprefix("the ") for n in names)


def media_outlet(noun: Token) -> bool:
    """Whether a name is a news outlet's (``media_names``: "Reuters", "the Associated Press"):
    the name and its modifiers before it, without the article; not one an apposition makes a
    person ("Bloomberg, the former mayor")."""
    if noun.pos_ != "PROPN" or any(c.dep_ == "appos" for c in noun.children):
        return False
    words = [t.lower_ for t in noun.doc[noun.left_edge.i : noun.i + 1] if t.dep_ != "det"]
    return " ".join(words) in media_names()


def _feeling_passive(verb: Token) -> bool:
    """Whether a passive participle of a verb of ``feeling_passives`` ("was encouraged", "is
    frustrated by the delays") tells its subject's feeling: no infinitive or clause of its own
    ("were encouraged to disarm" asks something) and no by-agent that names an actor ("was
    reassured by the premier" is the premier's act)."""
    if verb.tag_ != "VBN" or _lemma(verb) not in cues().feeling_passives:
        return False
    children = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in children) or any(c.dep_ in ("xcomp", "ccomp") for c in children):
        return False
    agents = [o for c in children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return not any(names_actor(a) for a in agents)


def _fits_phrasal_synonym(verb: Token, phrasal: str) -> bool:
    """Whether a phrasal verb coded as a WordNet synonym of its block's verb ("look into", as
    "investigate") is said of a public body and of a matter: its subject is an organisation or a
    state body by name or by a word of the state's, armed or political sectors
    (``nonevents.political_text``: "prosecutors", "the ministry", "the county auditor"; hikers and
    pronouns looking into a canyon or a mirror are literal), and its preposition has a matter
    (``_inquiry_matter``) and no time ("looking into whether the funds were misused"; not "looking
    into the future")."""
    from .nonevents import political_text

    prep = phrasal.split(" ", 1)[1]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or any(s.pos_ == "PRON" for s in subjects):
        return False
    for subject in subjects:
        span = verb.doc[subject.left_edge.i : subject.i + 1]
        if subject.ent_type_ not in ORGANISATION_ENTS and not political_text(span.text):
            return False
    matters = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == prep for o in c.children]
    return any(_inquiry_matter(o) for o in matters) and not any(names_time(o) for o in matters)


def _inquiry_matter(matter: Token) -> bool:
    """Whether the object of a phrasal verb of inquiry is a matter looked into, not a thing or place
    seen ("looked into the cameras", "into the windows of the embassy") nor a course weighed
    ("looking into building a runway", "into ways of cutting costs"): a clause that is no gerund
    ("into whether the funds were misused"), a pronoun ("into it"), a thing an actor owns ("the
    mayor's finances"), or an act or a wrong, itself or in its "of" phrase ("the cause of the fire")."""
    if matter.dep_ == "pcomp":
        return matter.tag_ != "VBG"
    if matter.dep_ != "pobj":
        return False
    if matter.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ != "PRON" for c in matter.children):
        return True
    owned = (o for p in matter.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)
    nouns = [matter, *(o for o in owned if o.dep_ == "pobj")]
    return any(_names_an_act(n) or n.lemma_.lower() in cues().wrongdoing_nouns for n in nouns)


def _names_an_act(noun: Token) -> bool:
    """Whether a noun is one of the event lexicon's nouns of an act ("revolt", "protest", "strike")."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in lexicon().nouns


# the CAMEO code of an attack with no weapon named ("use conventional military force")
ATTACK_CODE = "190"
# plight nouns of ``plight_phrases`` whose literal sense is shooting
SHOOTING_PLIGHTS = frozenset({"fire"})


def _fired_upon(verb: Token, pattern: Pattern) -> bool:
    """Whether a dictionary pattern that puts the subject "under fire" (a criticism noun of
    ``plight_phrases`` coded as an act of words, COME * (UNDER FIRE) [:111]) is said of an armed
    force, a place, a building or a vehicle ("troops came under fire near the border") or has a
    "from" phrase naming armed forces or weapons ("the hospital came under fire from rebel
    artillery"): they are shot at, not criticised ("the minister came under fire from lawmakers"
    stays criticism)."""
    words = {w for prep, slots in pattern.preps if prep == "under" for slot in slots for w in slot}
    if not pattern.swap or not words & SHOOTING_PLIGHTS:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(_shot_at(s) for s in subjects) or any(_fires(d) for d in _fire_doers(verb))


def _shot_at(noun: Token) -> bool:
    """Whether a noun names what is shot at when it comes under fire: armed forces (also by a
    modifier: "an army convoy"), a place, a vehicle or a post of ``shot_at_nouns``."""
    return _armed_phrase(noun) or names_place(noun) or noun.lemma_.lower() in cues().shot_at_nouns


def _armed_phrase(noun: Token) -> bool:
    """Whether a noun or a modifier of it is a word for armed forces ("troops", "an army convoy",
    "rebel artillery")."""
    armed = armed_terms()
    words = [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod"))]
    return any(w.lemma_.lower() in armed or w.lower_ in armed for w in words)


def _fire_doers(verb: Token) -> list[Token]:
    """The objects of the "from" phrases of a verb putting its subject under fire, on the verb or on
    the noun of its "under" phrase ("came under fire from rebel artillery")."""
    unders = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "under" for p in c.children]
    return [
        o
        for h in (verb, *unders)
        for p in h.children
        if p.dep_ == "prep" and p.lower_ == "from"
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _fires(noun: Token) -> bool:
    """Whether a doer under fire comes from is armed forces or a weapon (``thing_nouns``: "artillery")."""
    things = argument_kinds().thing_nouns
    return _armed_phrase(noun) or noun.lemma_.lower() in things or noun.lower_ in things


# verbs of the dictionary's COME * (UNDER FIRE) [:111]: the subject comes into a state others put it in
UNDER_VERBS = frozenset({"come"})


def _under_attack(verb: Token, lemma: str) -> Sense | None:
    """The attack on the subject of a verb of ``UNDER_VERBS`` whose "under" phrase names force (a
    noun the event lexicon codes ASSAULT other than "fire", which the dictionary's pattern reads:
    "under attack", "under heavy shelling") and whose subject is shot at (armed forces, a place, a
    vehicle or a post: "troops came under attack near the border"), as "under fire" is; people
    "under attack" from critics are criticised, which this leaves to the other readings."""
    if lemma not in UNDER_VERBS:
        return None
    nouns = [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "under"
        for p in c.children
        if p.dep_ == "pobj" and p.lemma_.lower() not in SHOOTING_PLIGHTS
    ]
    senses = [lexicon().nouns.get(_lemma(n)) for n in nouns]
    if not any(s is not None and s.plover == "ASSAULT" for s in senses):
        return None
    if not any(_shot_at(s) for s in verb.children if s.dep_ == "nsubj"):
        return None
    base = Sense(key=f"{lemma}+under+attack", cameo=ATTACK_CODE, plover="ASSAULT", origin="pattern")
    return _as_attack(base)


def _as_attack(sense: Sense) -> Sense:
    """A sense of being under fire read as the attack it is (``ATTACK_CODE``), its subject the target."""
    row = cameo_code(ATTACK_CODE)
    if row is None or not row.plover_type:
        return sense
    return replace(
        sense, cameo=ATTACK_CODE, plover=row.plover_type, mode=row.plover_mode or None, role_swap=True
    )


def _aimless_phrasal(verb: Token, frame: Sense) -> bool:
    """Whether the verb has a particle its frame does not name and neither an object nor a
    prepositional phrase naming an actor ("blasted off", "struck out on its own")."""
    particles = [c for c in verb.children if c.dep_ == "prt" and c.i > verb.i]
    if not particles or any(_lemma(c) == frame.particle for c in particles):
        return False
    if any(c.dep_ in ("dobj", "dative", "ccomp") for c in verb.children):
        return False
    return not any(
        names_actor(p) and p.ent_type_ not in TIME_ENTITIES
        for c in verb.children
        if c.dep_ == "prep"
        for p in c.children
        if p.dep_ == "pobj"
    )


PROMISED_DEPS = frozenset({"dobj", "dative"})


def promised_code(verb: Token) -> str | None:
    """The CAMEO code of an act promised in a clause the coder leaves uncoded ("vowed to crush the
    insurgency"): the dictionary's pattern or head code for the verb, else the default of its one
    block even for a synonym that codes nothing on its own (CRUSH in DESTROY [190]); None when a
    pattern says "not an event" or the verb's blocks disagree."""
    lemmas = verb_lemmas(verb)
    match = match_cameo_verb(verb, lemmas)
    if match is not None:
        return match.code
    lemma = next((item for item in lemmas if item in verb_table().verbs), None)
    codes = {e.code for e in verb_table().verbs.get(lemma or "", ()) if e.code}
    return codes.pop() if len(codes) == 1 else None


def promised_acts(verb: Token) -> list[Token]:
    """The acts a verb commits to: its infinitive complement, and for a verb of promising or
    threatening (``commitment_verbs``) also one the parse hangs as an adverbial clause after a
    phrase between them ("vowed on Monday to retaliate": an infinitive with no subject or mark of
    its own); another verb's adverbial infinitive is its purpose ("struck at dawn to avenge the
    killing of their commander"), no act aimed at anyone."""
    promising = verb.lemma_.lower() in cues().commitment_verbs
    out = []
    for child in verb.children:
        if child.pos_ != "VERB" or child.i < verb.i:
            continue
        if child.dep_ == "xcomp":
            out.append(child)
        elif child.dep_ == "advcl" and promising and _bare_infinitive(child):
            out.append(child)
    return out


def _bare_infinitive(verb: Token) -> bool:
    """Whether a verb is a "to" infinitive with no subject or mark of its own ("to retaliate")."""
    deps = {c.dep_ for c in verb.children}
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) and not deps & {"nsubj", "mark"}


def threatened_code(verb: Token) -> tuple[str, str, str] | None:
    """(CAMEO, PLOVER type, the act's lemma) of the threat a bare promise makes when an act it
    commits to is one the coder leaves uncoded whose dictionary code is hostile ("vowed to crush
    the insurgency", CRUSH in DESTROY [190]; "vowed on Monday to retaliate", RETALIATE in
    PHYSICAL_CONFLICT): the intent to do it, CAMEO 13, recoded by ``intent_recode``; else None."""
    for act in promised_acts(verb):
        promised = promised_code(act)
        hit = recode(promised, cues().intent_recode) if promised else None
        if hit and hit[1] == "THREATEN":
            return hit[0], hit[1], act.lemma_.lower()
    return None


def _hands_over(verb: Token) -> bool:
    """Whether a verb of promising names what it hands over: a recipient, or an object that names
    an actor or a sum of money, or that a CAMEO dictionary pattern of the verb names ("offered
    support", "pledged $5 million"); a thing no pattern names is no cooperation ("offers the car
    in six colours", "offered their opinions")."""
    objects = [c for c in verb.children if c.dep_ in PROMISED_DEPS]
    if not objects:
        return False
    if any(c.dep_ == "dative" or names_actor(c) or c.ent_type_ == "MONEY" or c.tag_ == "$" for c in objects):
        return True
    match = match_cameo_verb(verb, verb_lemmas(verb))
    return match is not None and match.pattern is not None and bool(match.pattern.obj)


def offers_a_commodity(verb: Token) -> bool:
    """Whether a verb of offering (``offering_verbs``) offers no act and only things that concern no
    actor ("offers free delivery", "were offered the opportunity to recycle", "offers an evening
    class"): no infinitive or clause of an act ("offered to mediate"), and no object that is an
    actor, a sum of money, an event noun of the lexicon ("offered aid") or one of
    ``offered_proposals`` ("offered a deal"), and no actor it is offered to ("offered Hamas a
    prisoner swap", "offered citizenship to the refugees": what one side puts to another). A
    dictionary pattern naming the object is the caller's to check ("offered talks")."""
    if verb.lemma_.lower() not in cues().offering_verbs:
        return False
    if any(c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") for c in verb.children):
        return False
    if _offered_to(verb):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # a country the parse hangs on the object's head ("offered Lebanon fuel"); a maker's name is
    # none ("offered Pfizer vaccines")
    lefts = [k for o in objects for k in o.lefts]
    if any(k.dep_ == "compound" and k.ent_type_ == "GPE" and names_actor(k) for k in lefts):
        return False
    objects += [c for o in objects for c in o.conjuncts]
    if not objects:
        return False
    proposals = cues().offered_proposals
    return not any(
        names_actor(o)
        or o.ent_type_ == "MONEY"
        or o.tag_ == "$"
        or o.lemma_.lower() in proposals
        or match_noun(o) is not None
        for o in objects
    )


def orders_goods(verb: Token) -> bool:
    """Whether a verb of ordering (``ordering_verbs``) asks for goods rather than commanding: no
    infinitive or clause ("ordered them to leave"), no indirect object, and objects none of which
    names an actor or a place, a sum of money, an event noun of the lexicon, an act (``act_nouns``)
    or a restriction (``ordered_restrictions``: "ordered a lockdown"), or has a phrase of what it
    acts on (``ordered_act_preps``: "a ban on exports") ("the hospital ordered new scanners", "the
    airline ordered 30 jets")."""
    c = cues()
    if verb.lemma_.lower() not in c.ordering_verbs:
        return False
    if any(k.dep_ in ("xcomp", "ccomp", "dative") for k in verb.children):
        return False
    objects = [k for k in verb.children if k.dep_ == "dobj"]
    objects += [k for o in objects for k in o.conjuncts]
    if not objects:
        return False
    return not any(
        names_actor(o)
        or names_place(o)
        or o.ent_type_ == "MONEY"
        or o.lemma_.lower() in c.act_nouns
        or o.lemma_.lower() in c.ordered_restrictions
        or match_noun(o) is not None
        or any(k.dep_ == "prep" and k.lower_ in c.ordered_act_preps for k in o.children)
        for o in objects
    )


# the prepositions of whom a thing delayed was due to
DELAYED_FOR = frozenset({"to", "for"})


def delays_own_business(verb: Token) -> bool:
    """Whether a verb of putting off (``delaying_verbs``) has objects none of whose phrases names an
    actor or a place ("the council delayed the hearing until April"; not "delayed the release of the
    prisoners", "delayed the envoy" or, in a phrase of the verb, "delayed payments to farmers"): a
    body's own schedule, no rejection of anyone."""
    if verb.lemma_.lower() not in cues().delaying_verbs:
        return False
    objects = [k for k in verb.children if k.dep_ in ("dobj", "nsubjpass")]
    objects += [k for o in objects for k in o.conjuncts]
    if not objects:
        return False
    # a recipient the parse hangs on the verb ("delayed pension payments to retirees")
    objects += [k for k in verb.children if k.dep_ == "prep" and k.lower_ in DELAYED_FOR]
    return not any(
        names_actor(w) or names_place(w)
        for o in objects
        for w in o.subtree
        if w.pos_ in ("NOUN", "PROPN", "PRON") and w.ent_type_ not in TIME_ENTITIES
    )


def _offered_to(verb: Token) -> bool:
    """Whether a verb of offering names an actor it is offered to: an indirect object or the
    object of a "to" or "for" phrase that names an actor."""
    datives = [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    return any(names_actor(o) for o in datives + prep_objects(verb, ("to", "for")))


def promises_nothing(verb: Token) -> bool:
    """Whether a promise names nothing it hands over: neither the verb nor its complement has an
    object ("pledged to stay calm", "promised to focus on jobs"; not "offered to give free shots",
    "committed $5 million"), or the verb's own object is a thing no dictionary pattern names
    (``_hands_over``)."""
    if _hands_over(verb):
        return False
    for word in (c for c in verb.children if c.dep_ in ("xcomp", "ccomp")):
        if any(c.dep_ in PROMISED_DEPS for c in word.children):
            return False
    return True


@cache
def armed_terms() -> frozenset[str]:
    """Words that name armed actors: the terms of the armed sectors in ``actor_sectors.json``."""
    terms = load_json(SECTORS_FILE)["terms"]
    return frozenset(t for sector in cues().armed_sectors for t in terms.get(sector, ()))


def _noun_doers(noun: Token) -> list[Token]:
    """Who does what an event noun names: its possessor, the objects of its "by" / "between"
    phrase, or the subject of the verb it is the object of ("the coalition carried out strikes")."""
    out = [c for c in noun.children if c.dep_ == "poss"]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "between")):
        out.extend(p for p in prep.children if p.dep_ == "pobj")
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if noun.dep_ in ("dobj", "pobj") and head.pos_ in ("VERB", "AUX"):
        out.extend(c for c in head.children if c.dep_ == "nsubj")
    return out


def _armed_doer(noun: Token) -> bool:
    """Whether an event noun's doer is a country or an armed actor (army, police, rebels, gunmen):
    a country is the doer's own head; a place that only modifies it names people of the place
    ("Detroit nurses went on strike" is a labour strike)."""
    terms = armed_terms()
    for doer in _noun_doers(noun):
        if doer.ent_type_ == "GPE":
            return True
        if any(token.lower_ in terms or token.lemma_.lower() in terms for token in _own_words(doer)):
            return True
    return False


def _armed_subject(verb: Token) -> bool:
    """Whether a verb's doer (its subject, or its passive's by-agent) is a country or an armed
    actor ("rebels attacked a shop", "Kenya attacked the shops", "the shops were attacked by
    gunmen"): a country is the doer's own head; a place that only modifies it names people of
    the place ("Kampala traders attacked shops" is a crowd's riot)."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        doers.extend(p for p in agent.children if p.dep_ == "pobj")
    terms = armed_terms()
    return any(
        doer.ent_type_ == "GPE"
        or any(token.lower_ in terms or token.lemma_.lower() in terms for token in _own_words(doer))
        for doer in doers
    )


def _armed_target(noun: Token) -> bool:
    """Whether an event noun is aimed ("on", "against") at military ground (``armed_targets``:
    "strikes on Houthi positions") or at an armed actor ("strikes against the militants")."""
    terms = armed_terms()
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "against")):
        for target in (p for p in prep.children if p.dep_ == "pobj"):
            if target.lemma_.lower() in lexicon().armed_targets:
                return True
            if any(t.lower_ in terms or t.lemma_.lower() in terms for t in _own_words(target)):
                return True
    return False


def _labour_strike(noun: Token) -> bool:
    """Whether a strike noun is gone on, staged, called or held (``labour_strike_verbs``: "the
    jail wardens went on strike", "the police staged a strike") and aimed at no place ("staged
    strikes on the city of Gao" is force): a labour strike whoever strikes."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif noun.dep_ != "dobj":
        return False
    aims = [c for h in (noun, head) for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "against")]
    if any(names_place(t) for prep in aims for t in prep.subtree):
        return False
    return head.pos_ in ("VERB", "AUX") and verb_lemma(head, lexicon().labour_strike_verbs) is not None


def _own_words(head: Token) -> list[Token]:
    """The words of a noun phrase that say who it is: its subtree without the clauses and the
    phrases of place or time hung on it ("drivers in Lagos" are no state; "forces of the
    government" keep their of-phrase)."""
    away = {
        t.i
        for child in head.children
        if child.dep_ in ("relcl", "acl") or (child.dep_ == "prep" and child.lower_ != "of")
        for t in child.subtree
    }
    return [t for t in head.subtree if t.i not in away]


@cache
def verb_noun_sense(lemma: str) -> Sense | None:
    """The sense of a noun that is also a verb of the CAMEO dictionary ("a rescue mission"): the
    default code of that verb as the head of its block, or None."""
    entries = verb_table().verbs.get(lemma, ())
    entry = next((e for e in entries if e.code is not None and (e.primary or e.own_code)), None)
    if entry is None:
        return None
    match = VerbMatch(entry.code, lemma, entry.block, STRENGTH_NOUN, None)
    sense = _from_dictionary(match, None)
    return replace(sense, origin="default") if sense is not None else None


def _gerund_sense(noun: Token) -> Sense | None:
    """The sense of a verbal noun in -ing ("the shooting of a protester", "the beating of
    detainees"): the default code of the dictionary verb it is made from, when that codes one of
    the lexicon's ``gerund_types`` (force, coercion); in the plural too ("the killings of
    activists")."""
    text = noun.lower_[:-1] if noun.lower_.endswith("ings") else noun.lower_
    if not text.endswith("ing") or len(text) <= 5:
        return None
    stems = [text[:-3], text[:-3] + "e"] + ([text[:-4]] if text[-4] == text[-5] else [])
    for stem in stems:
        sense = verb_noun_sense(stem)
        if sense is not None:
            return sense if sense.plover in lexicon().gerund_types else None
    return None


HYPHENS = ("-", "\u2010", "\u2011")


def _hyphened_compound(noun: Token) -> tuple[Token, Sense] | None:
    """A hyphenated noun the tokenizer splits into its parts ("cease-fire": "cease", "-", "fire"),
    read as the whole word of the noun lexicon, written solid, hyphenated or open ("ceasefire",
    "cease-fire", "cease fire"), not as its last part ("fire", a shooting): the word's first part
    and its sense; None when the word before the hyphen is no part of the noun or the whole word
    is no event noun ("gun-fire" stays "fire")."""
    if noun.i < 2 or noun.doc[noun.i - 1].text not in HYPHENS:
        return None
    first = noun.doc[noun.i - 2]
    if first.head.i != noun.i or first.whitespace_ or noun.doc[noun.i - 1].whitespace_:
        return None
    nouns = lexicon().nouns
    left = _lemma(first) if first.pos_ != "PROPN" else first.lower_
    for key in (
        f"{left}{noun.lower_}",
        f"{left}-{noun.lower_}",
        f"{left} {noun.lower_}",
        f"{left}{_lemma(noun)}",
    ):
        if key in nouns:
            return first, nouns[key]
    return None


def hyphened_start(noun: Token) -> Token:
    """The first token of the word a noun ends: the first part of a hyphenated event noun the
    tokenizer splits ("cease" of "cease-fire"), else the noun itself."""
    compound = _hyphened_compound(noun) if noun.pos_ in ("NOUN", "PROPN") else None
    return compound[0] if compound is not None else noun


def _in_time_expression(word: Token) -> bool:
    """Whether a word is inside a time expression the time layer resolved (``doc._.times``)."""
    return any(t["start"] <= word.idx < t["end"] for t in word.doc._.times or ())


def match_noun(noun: Token, depth: int = 0, light: bool = False) -> Sense | None:
    """The sense of an event noun, or None.

    Two-word compounds come first ("hunger strike"); a frame noun takes the sense of its event
    modifier ("a mediation effort") or of its of-complement ("a series of bombs", "days of war games").
    With ``light`` (the object of a light verb) the nouns coded only under their light verbs count
    too ("filed charges", "expressed respect for").
    """
    lex = lexicon()
    if noun.tag_ == "NNP" and noun.ent_type_ == "DATE" and _in_time_expression(noun):
        # "took part in March", "since March 3": the month's name, no march
        return None
    # a verbal noun the parse reads as a gerund ("Heavy shelling was reported") is the noun
    lemma = noun.lower_ if noun.tag_ == "VBG" else _lemma(noun)
    if light and lemma in lex.light_nouns:
        return lex.light_nouns[lemma]
    for child in noun.children:
        if child.dep_ in ("compound", "amod") and child.i == noun.i - 1:
            hit = lex.nouns.get(f"{_lemma(child)} {lemma}")
            if hit:
                return hit
    hyphened = _hyphened_compound(noun)
    if hyphened is not None:
        return hyphened[1]
    hit = lex.nouns.get(lemma) or _gerund_sense(noun)
    if (
        hit is not None
        and lemma in lex.armed_nouns
        and (_armed_target(noun) or (_armed_doer(noun) and not _labour_strike(noun)))
    ):
        return lex.armed_nouns[lemma]
    if hit is not None or lemma not in lex.frame_nouns or depth > 1:
        return hit
    for child in noun.children:
        if child.dep_ == "compound" and child.i < noun.i:
            hit = lex.nouns.get(_lemma(child)) or verb_noun_sense(_lemma(child))
            if hit:
                return hit
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    hit = match_noun(pobj, depth + 1)
                    if hit:
                        return hit
    return None
