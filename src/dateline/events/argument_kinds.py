"""What a noun phrase names (an actor, a place or a thing) and what a CAMEO code asks of its object.

The kinds and the codes' requirements are data (``ontology/event_arguments.json``): an actor is a
person, group, organisation or country (a named entity of those kinds, a personal pronoun, a head noun
of the CAMEO agents dictionary, a noun naming a person by their relation to another, "counterpart", or
one with an agentive ending, a bare count of people); a place is a
named place or facility or a noun of the CAMEO verb dictionary's place sets; the rest are things.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Token

from ..nlp.doc_index import doc_text
from ..nlp.noun_kinds import agent_noun
from ..ontology import load_json
from ..ontology.cameo import synset_words

ARGUMENTS_FILE = "event_arguments.json"
VERBS_FILE = "cameo_verbs.json"
FRAMES_FILE = "event_verbs.json"
# dependencies of a country's name or adjective on a noun it owns ("the U.S. embassy", "France's
# reform", "the Czech government's cuts")
OWNER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
ACTOR = "actor"
PLACE = "place"
THING = "thing"


@dataclass(frozen=True)
class ArgumentKinds:
    """The word lists that tell actors and places apart from things, and the codes' object kinds."""

    actor_entities: frozenset[str]
    place_entities: frozenset[str]
    personal_pronoun_tags: frozenset[str]
    place_nouns: frozenset[str]
    object_kinds: dict[str, frozenset[str]]
    partitive_heads: frozenset[str] = frozenset()
    count_nouns: frozenset[str] = frozenset()
    clause_free_types: frozenset[str] = frozenset()
    transitive_verbs: frozenset[str] = frozenset()
    headline_passive_verbs: frozenset[str] = frozenset()
    headline_judged_verbs: frozenset[str] = frozenset()
    headline_adjunct_preps: frozenset[str] = frozenset()
    aim_preps: frozenset[str] = frozenset()
    age_units: frozenset[str] = frozenset()
    verb_object_kinds: dict[str, frozenset[str]] = field(default_factory=dict)
    default_object_kinds: dict[str, frozenset[str]] = field(default_factory=dict)
    question_verbs: dict[str, frozenset[str]] = field(default_factory=dict)
    partner_verbs: dict[str, frozenset[str]] = field(default_factory=dict)
    thing_pronouns: frozenset[str] = frozenset()
    actor_subject_types: frozenset[str] = frozenset()
    actor_phrase_subject_types: frozenset[str] = frozenset()
    addressee_types: frozenset[str] = frozenset()
    topic_preps: dict[str, frozenset[str]] = field(default_factory=dict)
    noun_topic_preps: frozenset[str] = frozenset()
    temporal_preps: frozenset[str] = frozenset()
    absence_preps: frozenset[str] = frozenset()
    inhabitant_verbs: frozenset[str] = frozenset()
    topic_object_verbs: frozenset[str] = frozenset()
    attribution_heads: frozenset[str] = frozenset()
    relation_nouns: frozenset[str] = frozenset()
    mass_titles: frozenset[str] = frozenset()
    complex_transitive_verbs: frozenset[str] = frozenset()
    release_codes: frozenset[str] = frozenset()
    type_target_preps: dict[str, tuple[str, ...]] = field(default_factory=dict)
    standing_nouns: frozenset[str] = frozenset()
    standing_modifiers: frozenset[str] = frozenset()
    allegiance_adjectives: frozenset[str] = frozenset()
    collective_nouns: frozenset[str] = frozenset()
    state_nouns: frozenset[str] = frozenset()
    premises_abroad: frozenset[str] = frozenset()
    military_premises: frozenset[str] = frozenset()
    withdrawal_codes: frozenset[str] = frozenset()
    bloc_nouns: frozenset[str] = frozenset()
    mutual_verbs: frozenset[str] = frozenset()
    thing_nouns: frozenset[str] = frozenset()
    struck_place_nouns: frozenset[str] = frozenset()
    struck_place_codes: tuple[str, ...] = ()
    area_nouns: frozenset[str] = frozenset()
    area_taken_codes: tuple[str, ...] = ()
    area_unit_nouns: frozenset[str] = frozenset()
    time_nouns: frozenset[str] = frozenset()
    answering_codes: tuple[str, ...] = ()
    addressless_codes: frozenset[str] = frozenset()
    loss_preps: dict[str, tuple[str, ...]] = field(default_factory=dict)
    comitative_preps: frozenset[str] = frozenset()
    comitative_adverbs: frozenset[str] = frozenset()
    commitment_partner_preps: dict[str, tuple[str, ...]] = field(default_factory=dict)
    judged_object_types: frozenset[str] = frozenset()
    judged_owner_preps: frozenset[str] = frozenset()
    patient_of_nouns: frozenset[str] = frozenset()
    idiom_objects: dict[str, frozenset[str]] = field(default_factory=dict)
    voiced_stances: dict[str, frozenset[str]] = field(default_factory=dict)


@cache
def argument_kinds() -> ArgumentKinds:
    """The argument-kind tables, loaded once."""
    data = load_json(ARGUMENTS_FILE)
    verbs = load_json(VERBS_FILE)
    places = synset_words(*data["place_sets"])
    return ArgumentKinds(
        actor_entities=frozenset(data["actor_entities"]),
        place_entities=frozenset(data["place_entities"]),
        personal_pronoun_tags=frozenset(data["personal_pronoun_tags"]),
        place_nouns=frozenset(places),
        object_kinds=_table(data["object_kinds"]),
        partitive_heads=frozenset(data["partitive_heads"]),
        count_nouns=frozenset(data.get("count_nouns", ())),
        clause_free_types=frozenset(data["clause_free_types"]),
        transitive_verbs=frozenset(data["transitive_verbs"]),
        headline_passive_verbs=_acts_done_to(
            verbs,
            frozenset(data.get("headline_passive_roots", ())),
            data.get("headline_intransitive_verbs", ()),
        ),
        headline_judged_verbs=_acts_done_to(
            verbs,
            frozenset(data.get("headline_judged_roots", ())),
            data.get("headline_intransitive_verbs", ()),
        )
        | _framed_acts(
            load_json(FRAMES_FILE)["verbs"],
            frozenset(data.get("headline_judged_roots", ())),
            data.get("headline_intransitive_verbs", ()),
        ),
        headline_adjunct_preps=frozenset(data.get("headline_adjunct_preps", ())),
        aim_preps=frozenset(data.get("aim_preps", ())),
        age_units=frozenset(data.get("age_units", ())),
        verb_object_kinds=_table(data["verb_object_kinds"]),
        default_object_kinds=_table(data["default_object_kinds"]),
        question_verbs=_table(data["question_verbs"]),
        partner_verbs=_table(data["partner_verbs"]),
        thing_pronouns=frozenset(data.get("thing_pronouns", ())),
        actor_subject_types=frozenset(data.get("actor_subject_types", ())),
        actor_phrase_subject_types=frozenset(data.get("actor_phrase_subject_types", ())),
        addressee_types=frozenset(data.get("addressee_types", ())),
        topic_preps=_table(data.get("topic_preps", {})),
        noun_topic_preps=frozenset(data.get("noun_topic_preps", ())),
        temporal_preps=frozenset(data.get("temporal_preps", ())),
        absence_preps=frozenset(data.get("absence_preps", ())),
        inhabitant_verbs=frozenset(data.get("inhabitant_verbs", ())),
        topic_object_verbs=frozenset(data.get("topic_object_verbs", ())),
        attribution_heads=frozenset(data.get("attribution_heads", ())),
        relation_nouns=frozenset(data.get("relation_nouns", ())),
        mass_titles=frozenset(data.get("mass_titles", ())),
        complex_transitive_verbs=frozenset(data.get("complex_transitive_verbs", ())),
        release_codes=frozenset(data.get("release_codes", ())),
        type_target_preps={k: tuple(v) for k, v in data.get("type_target_preps", {}).items()},
        standing_nouns=frozenset(data.get("standing_nouns", ())),
        standing_modifiers=frozenset(data.get("standing_modifiers", ())),
        allegiance_adjectives=frozenset(data.get("allegiance_adjectives", ())),
        collective_nouns=frozenset(data.get("collective_nouns", ())),
        state_nouns=frozenset(data.get("state_nouns", ())),
        premises_abroad=frozenset(data.get("premises_abroad", ())),
        military_premises=frozenset(data.get("military_premises", ())),
        bloc_nouns=frozenset(data.get("bloc_nouns", ())),
        mutual_verbs=frozenset(data.get("mutual_verbs", ())),
        thing_nouns=synset_words(*data.get("thing_sets", ())),
        struck_place_nouns=synset_words(*data.get("struck_place_sets", ()))
        - frozenset(data.get("struck_place_people", ())),
        struck_place_codes=tuple(data.get("struck_place_codes", ())),
        area_nouns=frozenset(data.get("area_nouns", ())),
        area_taken_codes=tuple(data.get("area_taken_codes", ())),
        area_unit_nouns=frozenset(data.get("area_unit_nouns", ())),
        time_nouns=frozenset(data.get("time_nouns", ())),
        idiom_objects=_table(data.get("idiom_objects", {})),
        voiced_stances=_table(data.get("voiced_stances", {})),
        answering_codes=tuple(data.get("answering_codes", ())),
        addressless_codes=frozenset(data.get("addressless_codes", ())),
        withdrawal_codes=frozenset(data.get("withdrawal_codes", ())),
        loss_preps={k: tuple(v) for k, v in data.get("loss_preps", {}).items()},
        comitative_preps=frozenset(data.get("comitative_preps", ())),
        comitative_adverbs=frozenset(data.get("comitative_adverbs", ())),
        commitment_partner_preps={k: tuple(v) for k, v in data.get("commitment_partner_preps", {}).items()},
        judged_object_types=frozenset(data.get("judged_object_types", ())),
        judged_owner_preps=frozenset(data.get("judged_owner_preps", ())),
        patient_of_nouns=frozenset(data.get("patient_of_nouns", ())),
    )


def _acts_done_to(verbs: dict, roots: frozenset[str], intransitive: Iterable[str]) -> frozenset[str]:
    """The verbs the CAMEO verb dictionary codes under one of ``roots`` (their own code, else their
    block's default), outside blocks whose subject undergoes the act and ``intransitive``."""
    blocks = verbs["blocks"]
    found = set()
    for lemma, entries in verbs["verbs"].items():
        for block_name, own, _head in entries:
            block = blocks.get(block_name, {})
            code = own if own and own != "---" else block.get("code")
            if code and code[:2] in roots and not block.get("swap"):
                found.add(lemma)
    return frozenset(found - set(intransitive))


# the keys a frame sense of the frame lexicon may have that set no condition on its arguments
UNCONDITIONED_SENSE_KEYS = frozenset({"cameo", "plover", "mode", "source", "preps"})


def _framed_acts(frames: dict, roots: frozenset[str], intransitive: Iterable[str]) -> frozenset[str]:
    """The verbs of the frame lexicon (``event_verbs.json``) with a sense under one of ``roots``
    that asks nothing of its arguments and takes its target as object (no ``target`` key: not a
    prepositional or absent target), outside ``intransitive``."""
    found = {
        lemma
        for lemma, senses in frames.items()
        for sense in senses
        if sense.get("cameo", "")[:2] in roots and set(sense) <= UNCONDITIONED_SENSE_KEYS
    }
    return frozenset(found - set(intransitive))


# the most steps from a word up to the head of the phrase it is in
MAX_ATTRIBUTION_STEPS = 12


def in_attribution(token: Token) -> bool:
    """Whether a word is inside a phrase that says where a report comes from ("according to U.S.
    officials", "citing witnesses"): the teller, never a party to the event nor where its actors are."""
    heads = argument_kinds().attribution_heads
    current = token
    for _ in range(MAX_ATTRIBUTION_STEPS):
        if current.lower_ in heads and current.dep_ in ("prep", "advcl", "xcomp", "acl"):
            return True
        if current.pos_ in ("VERB", "AUX") or current.head.i == current.i:
            return False
        current = current.head
    return False


def _table(raw: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    return {key: frozenset(values) for key, values in raw.items()}


def _named(token: Token) -> Token:
    """The word a noun phrase names people or things by: the of-object of a quantity or part word
    ("dozens of activists", "a group of soldiers"), else the head itself."""
    if token.like_num or token.lemma_.lower() in argument_kinds().partitive_heads:
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return token


# what a count word has of its own when it counts something named ("dozens of cars", "the test
# scores", "their scores"), not people
COUNTED_DEPS = frozenset({"prep", "det", "poss", "amod", "compound", "nummod", "nmod"})


def bare_count(token: Token) -> bool:
    """A plural count word of ``count_nouns`` standing alone for the people counted ("detained
    dozens", "wounded scores"): no determiner, owner, modifier or phrase of its own."""
    return token.lower_ in argument_kinds().count_nouns and not any(
        c.dep_ in COUNTED_DEPS for c in token.children
    )


def names_actor(token: Token) -> bool:
    """Whether a noun phrase head names people, a group, an organisation or a country: a name, a
    personal pronoun (``personal_pronoun_tags``), a bare count of people, a word for a country
    (``state_nouns``), or a common noun of ``nlp.noun_kinds.agent_noun`` (narrower than
    ``may_name_people``, which the quote cues read)."""
    kinds = argument_kinds()
    token = _named(token)
    if token.ent_type_ in kinds.actor_entities or token.pos_ == "PROPN":
        return True
    if token.pos_ == "PRON":
        return token.tag_ in kinds.personal_pronoun_tags
    if token.like_num and not any(c.dep_ == "prep" for c in token.children):
        # "arrested 12", "freed three": a bare count of people
        return True
    if bare_count(token):
        # "detained dozens", "wounded scores": a count of people with no noun
        return True
    if token.pos_ == "NOUN" and token.lemma_.lower() in kinds.state_nouns:
        # a word for a country ("the republic", "the kingdom")
        return True
    return agent_noun(token.lower_, token.lemma_.lower()) or aged(token) or of_standing(token)


def of_standing(token: Token) -> bool:
    """Whether a noun of ``standing_nouns`` names a person by the standing a modifier gives them: a
    word of ``standing_modifiers`` or a name ("an opposition figure", "a senior Hamas figure"),
    not a number ("the figures", "unemployment figures")."""
    kinds = argument_kinds()
    if token.pos_ != "NOUN" or token.lemma_.lower() not in kinds.standing_nouns:
        return False
    return any(
        c.dep_ in ("amod", "compound")
        and (c.lower_ in kinds.standing_modifiers or c.ent_type_ in ("NORP", "ORG", "PERSON"))
        for c in token.children
    )


def aged(token: Token) -> bool:
    """Whether a noun phrase gives its head an age ("a 16-year-old clerk", "the 48-year-old", "a
    six-month-old"; ``age_units``): it names a person, whatever the noun ("female", "pilot",
    "teenager")."""
    olds = [token] if token.lower_ == "old" else [c for c in token.children if c.lower_ == "old"]
    units = argument_kinds().age_units
    return any(c.dep_ == "npadvmod" and c.lemma_.lower() in units for old in olds for c in old.children)


def names_people(token: Token) -> bool:
    """Whether a noun phrase head names an actor that can act or be asked to: not a thing, and not
    a pronoun of ``thing_pronouns`` ("it")."""
    return names_actor(token) and token.lower_ not in argument_kinds().thing_pronouns


def comitative(prep: Token) -> bool:
    """Whether a preposition opens a phrase naming the doer's partner ("alongside the militias",
    "together with Russian troops", "along with allied militias"): ``comitative_preps``, or a
    "with" led by one of ``comitative_adverbs``."""
    if prep.dep_ != "prep":
        return False
    kinds = argument_kinds()
    if prep.lower_ in kinds.comitative_preps:
        return True
    if prep.lower_ != "with" or prep.i == 0:
        return False
    return prep.doc[prep.i - 1].lower_ in kinds.comitative_adverbs


def in_comitative(token: Token, predicate: Token) -> bool:
    """Whether a word lies in a phrase of ``predicate``'s clause that names the doer's partner
    (``comitative``: "patrolled the strait alongside two Italian warships")."""
    current = token
    for _ in range(MAX_ATTRIBUTION_STEPS):
        if current.i == predicate.i or current.head.i == current.i:
            return False
        if comitative(current):
            return True
        current = current.head
    return False


def never_target(head: Token) -> bool:
    """Whether an argument head can never be the one a deed is done to: a weapon or a treaty
    (``thing_sets``: "seized a car bomb", "fired rockets", a name headed so: "criticized the North
    American Free Trade Agreement"), a reflexive pronoun, the doer again ("surrendered himself to
    police", "blew himself up"), or a time ("on the eve of the talks with the rebels": a time named
    by another event, ``names_time``), or the bare object of an idiom (``idiom_object``)."""
    if head.tag_ == "PRP" and head.lower_.endswith(("self", "selves")):
        return True
    if names_time(head) or idiom_object(head) or launched_campaign(head):
        return True
    nouns = argument_kinds().thing_nouns
    return head.pos_ in ("NOUN", "PROPN") and (head.lower_ in nouns or head.lemma_.lower() in nouns)


@cache
def _campaign_words() -> tuple[frozenset[str], frozenset[str]]:
    """The campaign nouns and the verbs that launch one (``campaign_nouns``,
    ``campaign_launch_verbs`` of event_nonevent_cues.json)."""
    data = load_json("event_nonevent_cues.json")
    return frozenset(data["campaign_nouns"]), frozenset(data["campaign_launch_verbs"])


def launched_campaign(head: Token) -> bool:
    """Whether a direct object or a passive subject is a campaign, a drive or a crusade that its verb
    launches ("launched a campaign against the governor", "the campaign was launched by the
    opposition"): what is launched, never whom it is aimed at (guide, section 3: abstract nouns are
    never actors); the campaign's own phrase names that."""
    if head.dep_ not in ("dobj", "nsubjpass") or head.pos_ != "NOUN":
        return False
    nouns, verbs = _campaign_words()
    return head.lemma_.lower() in nouns and head.head.lemma_.lower() in verbs


# what makes an object more than the bare noun of an idiom ("joined the forces of the coalition")
IDIOM_BREAKING_DEPS = frozenset({"det", "poss", "nummod", "amod", "compound", "acl", "relcl", "appos"})


def idiom_object(head: Token) -> bool:
    """Whether a direct object is the bare noun of a verb idiom of ``idiom_objects`` ("joined forces
    with the governor", "the rivals locked horns"): part of the phrase, no one the act is aimed at;
    an object with a determiner, owner or modifier is an actor again ("joined the rebel forces").
    So is a stance a verb of saying voices (``voiced_stances``: "expressed strong opposition to")."""
    if head.dep_ != "dobj" or head.pos_ != "NOUN":
        return False
    if head.lower_ in argument_kinds().voiced_stances.get(head.head.lemma_.lower(), frozenset()):
        # "voiced opposition to the plan": the stance said, not the political opposition
        return True
    nouns = argument_kinds().idiom_objects.get(head.head.lemma_.lower(), frozenset())
    if head.lower_ not in nouns:
        return False
    return not any(c.dep_ in IDIOM_BREAKING_DEPS for c in head.children)


# entity types of a time expression ("on Monday", "that night")
TIME_ENTITIES = frozenset({"DATE", "TIME"})
# entity labels of a named state, organisation or nationality
ORGANISATION_ENTS = frozenset({"GPE", "ORG", "NORP"})


def names_time(token: Token) -> bool:
    """Whether a noun phrase head names a time: a date or time expression, or a noun of
    ``time_nouns`` that names one by another event ("the eve of the talks", "the anniversary of")."""
    if token.ent_type_ in TIME_ENTITIES:
        return not aged(token)  # "a 17-year-old" names a person, though read as a date
    return token.pos_ == "NOUN" and token.lower_ in argument_kinds().time_nouns


def names_place(token: Token) -> bool:
    """Whether a noun phrase head names a place, a facility or a vehicle."""
    kinds = argument_kinds()
    token = _named(token)
    return token.ent_type_ in kinds.place_entities or token.lemma_.lower() in kinds.place_nouns


def names_struck_place(token: Token, code: str | None) -> bool:
    """Whether a common noun names a settlement or a road vehicle (``struck_place_sets``: "shelled
    three villages", "torched a patrol truck") that an act of force, seizure, siege or curfew, or a
    threat of one (``struck_place_codes``), lands on with no actor the noun names (the annotation
    guide: places are never actors). A town fined, sued or cut off from funds is its government, and
    a community is its people (``struck_place_people``); one its "of" phrase names ("the town of X")
    is a named place, left to the rules of named places; one an actor owns ("the governor's car") is
    aimed at its owner."""
    if token.pos_ != "NOUN" or token.ent_type_:
        return False
    kinds = argument_kinds()
    if token.lemma_.lower() not in kinds.struck_place_nouns:
        return False
    if not (code or "").startswith(kinds.struck_place_codes):
        return False
    if any(c.dep_ == "poss" and names_actor(c) and not names_place(c) for c in token.children):
        return False
    return not any(o.pos_ == "PROPN" or o.ent_type_ for o in prep_objects(token, ("of",)))


# tags of a relative pronoun that stands for its antecedent noun ("who", "that", "which")
RELATIVE_PRONOUN_TAGS = frozenset({"WDT", "WP"})


def kinds_of(token: Token) -> frozenset[str]:
    """The kinds a noun phrase head names (a country is both an actor and a place); a relative
    pronoun names what its antecedent does ("a blogger who was arrested")."""
    clause = token.head
    if token.tag_ in RELATIVE_PRONOUN_TAGS and clause.dep_ == "relcl" and clause.head.i != clause.i:
        token = clause.head
    out = {ACTOR} if names_actor(token) else set()
    if names_place(token):
        out.add(PLACE)
    return frozenset(out or {THING})


def loss_preps(code: str) -> tuple[str, ...]:
    """The prepositions whose object names the one a territory or a property is taken from, for a
    CAMEO code of taking it (``loss_preps`` of event_arguments.json: "captured the town from the
    militants"); none for other codes."""
    for prefix, preps in argument_kinds().loss_preps.items():
        if code.startswith(prefix):
            return preps
    return ()


def object_kinds(code: str) -> frozenset[str] | None:
    """The kinds a code's object must be of, or None if any will do."""
    return argument_kinds().object_kinds.get(code)


def fits(code: str, objects: list[Token]) -> bool:
    """Whether some object is of a kind the code asks for (true when there is no object or no ask)."""
    wanted = object_kinds(code)
    if wanted is None or not objects:
        return True
    things = argument_kinds().thing_pronouns
    return any((kinds_of(o) - ({ACTOR} if o.lower_ in things else set())) & wanted for o in objects)


COMPLEMENT_DEPS = frozenset({"dobj", "nsubjpass", "xcomp", "ccomp", "dative", "oprd", "attr"})
CLAUSE_MARKS = frozenset({"that", "whether", "if"})


# the last token of a sentence of running text
FINAL_PUNCTUATION = frozenset({".", "!", "?"})


# tags of a verb with a tense of its own
TENSED_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def root_clause_verb(verb: Token) -> bool:
    """Whether a past form the parse hung on the sentence's root noun, in a sentence with no other
    tensed verb, is that sentence's own verb: one that names no act done to someone (not in
    ``transitive_verbs`` nor an act of ``headline_passive_roots``), so its noun is its doer and
    no patient ("Hundreds of villagers protested in Mosul": "protested" read as a modifier of
    "Hundreds"; not "Hundreds of protesters arrested in Cairo")."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.i < verb.head.i:
        return False
    if verb.head.dep_ != "ROOT" or verb.head.pos_ not in ("NOUN", "PROPN", "NUM"):
        return False
    kinds = argument_kinds()
    lemma = verb.lemma_.lower()
    if lemma in kinds.transitive_verbs or lemma in kinds.headline_passive_verbs or judged_in_headline(verb):
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    return not any(t.tag_ in TENSED_TAGS for t in verb.sent if t.i != verb.i)


# the dependents of a verb that make its headline past form active: an object, a clause or an
# infinitive ("Iran warned during talks that it would retaliate")
JUDGED_ACTIVE_DEPS = frozenset({"dobj", "ccomp", "xcomp"})


def judged_in_headline(verb: Token) -> bool:
    """Whether a past form of a verb of an act done to someone by judging, probing, rejecting,
    threatening or cutting ties with them (``headline_judged_verbs``: the CAMEO roots of
    ``headline_judged_roots``) stands in a headline right before one of ``headline_adjunct_preps``
    or at the end of its line: a headline's passive, which drops the auxiliary ("Minister
    criticised over leak", "Governor praised for flood response", "Envoy snubbed"), the act's
    object being its subject; headline English tells an act done in the present tense ("Minister
    criticises plan"). Words right after the verb that are no such phrase (an object, a particle
    or a clause: "Iran criticised the deal") leave it active, and so does an object or a clause
    after the phrase ("Turkey threatened after the vote to cut ties"); a text of one line is a
    sentence, not a story's headline, unless a title runs on into it (``_story_title``)."""
    kinds = argument_kinds()
    if verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() not in kinds.headline_judged_verbs:
        return False
    if any(c.dep_ in JUDGED_ACTIVE_DEPS for c in verb.children) or not _story_title(verb):
        return False
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is None or after.is_space or "\n" in verb.whitespace_ or after.sent.start != verb.sent.start:
        return True
    # the parse may read the preposition as a particle that still has its object ("Russia
    # sanctioned over hacking": "over" a particle with the object "hacking")
    particle = after.dep_ == "prt" and any(c.dep_ == "pobj" for c in after.children)
    phrase = (after.dep_ in ("prep", "agent") or particle) and after.head.i == verb.i
    return phrase and after.lower_ in kinds.headline_adjunct_preps


def _story_title(token: Token) -> bool:
    """Whether a word lies in a headline a story follows (``story_headline``) or in a title that
    runs on into its story after a spaced dash or bar ("Minister criticised over leak - The
    minister ...")."""
    from .headline import separated_title_end

    if story_headline(token):
        return True
    end = separated_title_end(token.doc)
    return end is not None and token.idx < end


def apposed_subject(verb: Token) -> Token | None:
    """The subject of a finite verb the parse read as a modifier of the noun before it, across an
    apposition between commas, in a sentence whose root is that noun ("Turkey's president, Recep
    Tayyip Erdogan, called on NATO to act": "called" hung on "president" or on the name): the
    noun the apposition names. The apposition is a name and the sentence ends as running text
    does: a headline's passive keeps its patient ("Man, 45, charged with murder"; so does a verb of
    an act done to someone with no object, ``transitive_verbs`` or ``headline_passive_verbs``: "The
    suspect, John Doe, charged with murder."). None for any other verb."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.i < verb.head.i:
        return None
    kinds = argument_kinds()
    lemma = verb.lemma_.lower()
    acts_on = lemma in kinds.transitive_verbs or lemma in kinds.headline_passive_verbs
    if acts_on and not any(c.dep_ == "dobj" for c in verb.children):
        return None
    if verb.i == 0 or verb.doc[verb.i - 1].text != "," or verb.sent[-1].text not in FINAL_PUNCTUATION:
        return None
    noun = verb.head.head if verb.head.dep_ == "appos" else verb.head
    if noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    named = any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.i < verb.i for c in noun.children)
    return noun if named else None


def _passive_participle(verb: Token) -> bool:
    """A participle read as passive, whose patient is its subject or head noun: a by-agent, or a
    past participle with no perfect auxiliary ("Activist detained by police", "a man detained
    on Monday")."""
    if any(c.dep_ == "agent" for c in verb.children):
        return True
    if apposed_subject(verb) is not None or root_clause_verb(verb):
        return False
    if verb.dep_ == "conj" and verb.tag_ in ("VBN", "VBD") and _shares_passive(verb):
        # "was arrested in April and jailed for five years": the conjunct shares the passive
        return True
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    # a noun's modifier the tagger read as a past tense ("a man charged with fraud")
    modifier = verb.dep_ == "acl" and verb.i > verb.head.i and verb.tag_ == "VBD"
    own = any(c.dep_ in ("nsubj", "aux") for c in verb.children)
    return (verb.tag_ == "VBN" or (modifier and not own)) and not perfect


def _shares_passive(verb: Token) -> bool:
    """A conjunct with no subject or auxiliary of its own under a verb with a passive auxiliary."""
    own = any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    return not own and any(c.dep_ == "auxpass" for c in verb.head.children)


# a first line longer than this is a lede sentence, not a headline
HEADLINE_MAX_CHARS = 150


def in_headline(token: Token) -> bool:
    """Whether a word lies in the text's first line and that line is short enough to be a headline."""
    text = doc_text(token.doc)
    newline = text.find("\n")
    end = len(text.rstrip()) if newline < 0 else newline
    return token.idx < end <= HEADLINE_MAX_CHARS


def glued_title(token: Token) -> bool:
    """Whether a word lies in a title glued to its story by a full stop: the text's first sentence,
    ending in one within ``HEADLINE_MAX_CHARS`` with the story going on after it on the same line
    ("Mason charged with assault. BANTAM — A stonework mason was arraigned ...")."""
    sent = token.sent
    if sent.start != 0 or sent.end >= len(token.doc) or sent.end_char > HEADLINE_MAX_CHARS:
        return False
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is not None and last.text == "." and "\n" not in doc_text(token.doc)[: sent.end_char + 1]


def headline_line_end(text: str) -> int | None:
    """The offset of the line break that ends a text's first line when that line is a story's
    headline: not blank, ending within ``HEADLINE_MAX_CHARS``, with more text on later lines (a
    one-line text is no headline of a story); else None."""
    newline = text.find("\n")
    if not 0 <= newline <= HEADLINE_MAX_CHARS:
        return None
    return newline if text[:newline].strip() and text[newline:].strip() else None


# ``Doc.user_data`` key set on a story's headline parsed on its own (``mark_story_headline``)
STORY_HEADLINE_KEY = "dateline_story_headline"


def mark_story_headline(doc: Doc) -> None:
    """Mark a Doc as a story's headline parsed apart from its story (a Title Case headline read in
    sentence case), whose one line ``story_headline`` then takes for the story's headline."""
    doc.user_data[STORY_HEADLINE_KEY] = True


def story_headline(token: Token) -> bool:
    """Whether a word lies in a headline that a story follows (``headline_line_end``; a title glued
    to it, ``glued_title``), also in the headline parsed apart from its story
    (``mark_story_headline``)."""
    if token.doc.user_data.get(STORY_HEADLINE_KEY):
        return in_headline(token)
    end = headline_line_end(doc_text(token.doc))
    return (end is not None and token.idx < end) or glued_title(token)


# the words that may stand between two verbs sharing one object ("shot and then killed him")
RAISING_LINK_DEPS = frozenset({"cc", "punct", "advmod"})


def raised_objects(verb: Token) -> list[Token]:
    """The object a verb shares with the verb coordinated right after it, which the parse hangs on
    the second only ("police beat and detained the students", "arrested and then charged two
    men": the students, two men for both verbs). None when the first verb has an object or a
    complement of its own or the second a subject or auxiliary of its own or is a bare participle,
    or when other words stand between the two ("attacked at dawn and captured the town")."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp") for c in verb.children):
        return []
    second = next((c for c in verb.children if c.dep_ == "conj" and c.i > verb.i), None)
    if second is None or second.pos_ != "VERB":
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in second.children):
        return []
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    if second.tag_ == "VBN" and not perfect:
        # two bare participles are a headline's passive ("Protesters detained and beaten outside
        # embassy"), whatever the parse makes of the phrase after them
        return []
    if not all(t.dep_ in RAISING_LINK_DEPS for t in verb.doc[verb.i + 1 : second.i]):
        return []
    return [c for c in second.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON")]


def _object_predicate(word: Token) -> bool:
    """Whether a verb's dependent is a predicate of its object: an object predicative, or an
    adjective the parse takes for the object."""
    return word.dep_ == "oprd" or (word.dep_ == "dobj" and word.pos_ == "ADJ")


def headline_bare_passive(verb: Token) -> bool:
    """A past form in a headline with a subject and no auxiliary, object or clause, of a verb whose
    event sense takes a complement (``transitive_verbs``) or of an act done to someone
    (``headline_passive_roots``): the headline's passive, which drops the auxiliary ("Protesters
    detained outside embassy", "Teenager stabbed outside school"); its subject undergoes the act."""
    kinds = argument_kinds()
    lemma = verb.lemma_.lower()
    # a headline's clause before a semicolon is a headline of its own, no complement of the verb
    # after it ("Driver pleads guilty; two others sentenced")
    children = {c.dep_ for c in verb.children if not _before_semicolon(c, verb)}
    # a complex-transitive verb's predicate of the object right after it, with no object to be said
    # of, is said of the subject: the passive of "found the mayor guilty" ("Mayor found guilty")
    # (the parse may take an adjective so placed for the object: "Minister held responsible for leak")
    predicate = next((c for c in verb.children if c.i == verb.i + 1 and _object_predicate(c)), None)
    objects = [c for c in verb.children if c.dep_ == "dobj" and (predicate is None or c.i != predicate.i)]
    predicative = lemma in kinds.complex_transitive_verbs and predicate is not None and not objects
    transitive = lemma in kinds.transitive_verbs or predicative or judged_in_headline(verb)
    if verb.tag_ not in ("VBD", "VBN") or not (transitive or lemma in kinds.headline_passive_verbs):
        return False
    if predicative:
        children -= {"oprd", "dobj"}
    if "nsubj" not in children or children & (COMPLEMENT_DEPS | {"aux", "auxpass"}):
        return False
    if (not transitive and _aimed_at(verb)) or raised_objects(verb):
        return False
    # a title glued to its story drops the subject's article as a headline does ("Man accused of
    # fraud. A man was ..."); a sentence of prose has it ("The army attacked at dawn.")
    return in_headline(verb) or (
        glued_title(verb) and all(_bare_singular(c) for c in verb.children if c.dep_ == "nsubj")
    )


def _before_semicolon(child: Token, verb: Token) -> bool:
    """Whether a dependent ends before a semicolon that comes before its verb."""
    if child.i > verb.i:
        return False
    return any(t.text == ";" for t in verb.doc[child.right_edge.i + 1 : verb.i])


def _bare_singular(noun: Token) -> bool:
    """Whether a noun is a singular common noun with no determiner or owner ("Clerk", "Bike rider"):
    headline grammar, which prose has not; a bare plural or a name may well be a subject of prose
    ("Turkish troops shelled across the border.", "Israel struck overnight."). A capitalised word
    the text also writes in lower case is a common noun ("Clerk ... A church clerk was"), and so is
    one that no entity holds whose lower case is a noun of people (``agent_noun``: "Man", "Farmer"
    tagged as names in a title-case headline)."""
    if any(c.dep_ in ("det", "poss") for c in noun.children):
        return False
    if noun.tag_ == "NN":
        return True
    if noun.tag_ != "NNP":
        return False
    if not noun.ent_type_ and agent_noun(noun.lower_, noun.lower_):
        return True
    return any(t.text == noun.lower_ for t in noun.doc if t.i != noun.i)


def _aimed_at(verb: Token) -> bool:
    """Whether a verb has an actor in a phrase of aim ("shot at protesters", "fired on the crowd"),
    or, right after its particle, a thing an actor owns ("hit out at the mayor's plan": a phrasal
    verb's passive strands its preposition, so a phrase with an object leaves the verb active)."""
    preps = argument_kinds().aim_preps
    return any(
        names_actor(p) or (_after_particle(c) and _owned_thing(p))
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in preps
        for p in c.children
        if p.dep_ == "pobj"
    )


# adverbs the parse may tag for a phrasal verb's particle ("hit back at")
ADVERB_PARTICLES = frozenset({"back", "out", "off", "up", "down", "away"})


def _after_particle(prep: Token) -> bool:
    """Whether a preposition follows a particle of its own verb ("hit out at", "hit back at")."""
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    if before is None or before.head.i != prep.head.i:
        return False
    return before.dep_ == "prt" or (before.dep_ == "advmod" and before.lower_ in ADVERB_PARTICLES)


def _owned_thing(noun: Token) -> bool:
    """Whether a noun that names no place has an actor as its owner ("the mayor's remarks")."""
    return not names_place(noun) and any(c.dep_ == "poss" and names_actor(c) for c in noun.children)


def _actor_subject(verb: Token) -> bool:
    """Whether a verb's subject names an actor."""
    return any(names_actor(c) for c in verb.children if c.dep_ == "nsubj")


def _finite_clause(verb: Token) -> bool:
    """Whether a verb's complement is a finite clause ("showed that the plan failed")."""
    for child in verb.children:
        if child.dep_ != "ccomp" or _before_semicolon(child, verb):
            continue
        marks = {c.lower_ for c in child.children if c.dep_ == "mark"}
        if marks & CLAUSE_MARKS or any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
            return True
    return False


def _has_partner(verb: Token, preps: frozenset[str], objects: list[Token]) -> bool:
    """Whether a verb of consultation has a partner: an actor in a partner phrase or as object, or a
    plural or coordinated subject ("the two sides talked", "talked with the envoy")."""
    partners = list(objects)
    for head in [verb, *objects]:
        # the parser may hang the partner phrase on the object ("discussed the crisis with X")
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in preps):
            partners.extend(p for p in prep.children if p.dep_ == "pobj")
    if any(names_actor(p) or names_place(p) for p in partners):
        return True
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        # the subject sits elsewhere (a controlling verb, a relative clause): not checked here
        return True
    return any(s.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in s.children) for s in subjects)


# relative pronouns that may be a relative clause's subject ("who", "which", "that")
RELATIVE_SUBJECT_TAGS = frozenset({"WP", "WDT"})


def _subjects(verb: Token) -> list[Token]:
    """A verb's subjects, a relative pronoun read as the noun its clause modifies ("the ministry,
    which detained dozens": ministry; "police who arrested three students": police)."""
    out = []
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        relative = subject.tag_ in RELATIVE_SUBJECT_TAGS and verb.dep_ == "relcl"
        out.append(verb.head if relative and verb.head.pos_ in ("NOUN", "PROPN") else subject)
    return out


def sense_holds(
    verb: Token,
    lemma: str,
    plover: str,
    code: str,
    default: bool,
    named: frozenset[str] = frozenset(),
    intransitive: bool = False,
) -> bool:
    """Whether the arguments of a verb fit the sense it was coded with (``event_arguments.json``):
    a material event has no finite clause as complement, and its subject's phrase names an actor or a
    place ("the drought boosted ..." aids no one); a transitive sense has a complement; a
    verb's or a dictionary default's object is of the kinds it asks for, save an object the
    dictionary pattern of the coding names itself (``named``: "pressed charges against the aide" by
    "- * CHARGES [173] # PRESS", where "press" otherwise asks for an actor pressed); a question is
    no request. ``intransitive``: a pattern that names the verb's subject codes it with no object."""
    kinds = argument_kinds()
    if plover in kinds.clause_free_types and _finite_clause(verb):
        return False
    if plover in kinds.actor_subject_types and not intransitive:
        subjects = _subjects(verb)
        if subjects and not any(names_actor(s) or names_place(s) for s in subjects):
            return False
    if plover in kinds.actor_phrase_subject_types:
        # a plural common noun may be a body of people the tables do not know ("rescue teams")
        subjects = _subjects(verb)
        if subjects and not any(
            s.tag_ == "NNS" or any(names_actor(t) or names_place(t) for t in s.subtree) for s in subjects
        ):
            return False
    complements = [c for c in verb.children if c.dep_ in COMPLEMENT_DEPS and not _before_semicolon(c, verb)]
    if not complements:
        # coordinated verbs share the object the parse hangs on the last ("arrested and charged them")
        complements = [
            c
            for v in verb.children
            if v.dep_ == "conj" and v.pos_ == "VERB"
            for c in v.children
            if c.dep_ in COMPLEMENT_DEPS
        ]
    if lemma in kinds.transitive_verbs and not (complements or intransitive or _passive_participle(verb)):
        # a headline's passive has its patient as subject: an act done to persons, or, in a story's
        # headline, one done to the actor the subject names ("Minister accused of lying", "Troops
        # sent to border")
        persons = ACTOR in (object_kinds(code) or ())
        if not (headline_bare_passive(verb) and (persons or (_actor_subject(verb) and story_headline(verb)))):
            return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    wanted = kinds.verb_object_kinds.get(lemma)
    if wanted is not None:
        partners = [o for o in objects if o.lower_ not in named and o.lemma_.lower() not in named] + [
            p
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "with"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if partners and not any(kinds_of(o) & wanted for o in partners):
            return False
    wanted = kinds.default_object_kinds.get(code[:2])
    if default and wanted is not None and objects and not any(kinds_of(o) & wanted for o in objects):
        return False
    preps = kinds.partner_verbs.get(lemma)
    if preps is not None and not _has_partner(verb, preps, objects):
        return False
    preps = kinds.question_verbs.get(lemma)
    if preps is not None:
        asks_for = any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children)
        about = any(c.dep_ == "prep" and c.lower_ in preps for c in verb.children)
        if about and not asks_for:
            return False
    return True


def infinitive_addressees(token: Token, preps: tuple[str, ...]) -> list[Token]:
    """The subjects of "to" infinitives the parse hangs on the token's prepositions among ``preps``
    in place of their objects ("pleaded with the ministry to reopen the clinic": "with" governs
    "reopen", whose subject is the ministry)."""
    out: list[Token] = []
    for child in token.children:
        if child.dep_ != "prep" or child.lower_ not in preps:
            continue
        for clause in child.children:
            infinitive = any(a.dep_ == "aux" and a.tag_ == "TO" for a in clause.children)
            if clause.dep_ == "pcomp" and clause.tag_ == "VB" and infinitive:
                out.extend(s for s in clause.children if s.dep_ == "nsubj" and s.i < clause.i)
    return out


def prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of the token's prepositions among ``preps`` (a particle the parse gave an object
    counts as one: "called on police to ...")."""
    out: list[Token] = []
    for child in token.children:
        if child.dep_ in ("prep", "dative", "prt") and child.lower_ in preps:
            out.extend(p for p in child.children if p.dep_ == "pobj")
    return out
