"""The tokens an event's arguments come from: a predicate's subject (through control, coordination
and the parser's misattachments), its agents, addressees and targets, and how actor mentions compare."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from spacy.tokens import Doc, Token

from ..knowledge.titles import titles
from ..nlp.coref import PRONOUN_GENDERS as COREF_GENDERS
from ..nlp.noun_kinds import agentive
from ..ontology import load_json
from .actors import (
    actor_word,
    clause_venue,
    country_name_word,
    doer_device,
    in_dateline,
    names_act,
    names_thing,
    place_name,
    seat_venue,
    town_name,
)
from .argument_kinds import (
    ACTOR,
    ORGANISATION_ENTS,
    apposed_subject,
    argument_kinds,
    headline_bare_passive,
    in_headline,
    loss_preps,
    names_actor,
    names_place,
    names_struck_place,
    names_time,
    never_target,
    object_kinds,
    root_clause_verb,
)
from .clauses import (
    MAX_CHAIN,
    SUBJECT_DEPS,
    agent_of,
    bare_participle,
    clause_act,
    colon_clause,
    content_clause,
    dated_participle,
    has_agent,
    has_own_subject,
    headline_inner_agent,
    headline_passive,
    headline_patient,
    is_passive_participle,
    misread_since,
    prep_objects,
    relative_antecedent,
    statement_clause,
    statement_issuer,
)
from .lexicon import (
    cues,
    match_noun,
    match_verb,
)
from .modality import headline_infinitive, headline_progressive, ordinal_doer
from .nonevents import nonspecific, uses_for_purpose
from .protested import names_dissent
from .readings import act_doers, deed_doers, wrongdoing
from .triggers import Trigger

PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us"})


def actor_key_of(actor: dict[str, Any] | None) -> tuple:
    """What tells actors apart when an event named twice is dropped: code and country, else the offsets."""
    if not actor:
        return (None,)
    if actor.get("code") or actor.get("country"):
        return (actor.get("code"), actor.get("country"))
    return (actor.get("start"), actor.get("end"))


def names_no_doer(trig: Trigger, sources: list[dict[str, Any]], targets: list[dict[str, Any]]) -> bool:
    """Whether the text names no doer of an act done to someone: a passive with no agent ("the
    envoy was expelled on Monday") or a verb whose subject undergoes the act, with no one it comes
    from, by a frame or a pattern ("pleaded guilty", "faces charges", "came under fire", "died in
    an airstrike"; not a block's default: "died on Sunday" is no act), or whose subject is a noun of
    the same act that names no one doing it ("a suicide attack killed two guards", "an airstrike
    wounded five", "an explosion injured 29 people": an explosion injuring people is coded with its
    target only) or the device or blast of an attack (``attack_device``: "a landmine killed three
    soldiers"). The guide codes it with no source."""
    if sources or not targets or trig.rule.startswith("noun:"):
        return False
    if trig.sense.role_swap and trig.sense.origin != "default":
        return True
    subject, passive = subject_of(trig.token)
    if passive:
        return True
    # "a bomb that killed three policemen": the relative pronoun stands for its antecedent
    subject = relative_antecedent(subject)
    if subject is None or not (subject.pos_ == "NOUN" or verbal_noun_subject(subject)):
        return False
    act = match_noun(subject)
    if act is not None and act.plover == trig.sense.plover:
        return True
    # "an explosion injured 29 people", "a landmine killed three soldiers": a wrong or a device
    # that names no one doing it
    return trig.sense.plover in cues().wrongdoing_types and (wrongdoing(subject) or doer_device(subject))


def verbal_noun_subject(subject: Token) -> bool:
    """Whether a subject the parse reads as a gerund is a bare verbal noun ("Shelling killed nine
    civilians", "Fighting in the capital killed 30"): one with no object or subject of its own,
    which a clause ("Attacking the convoy cost them dearly") would have."""
    return (
        subject.tag_ == "VBG"
        and subject.dep_ in ("nsubj", "nsubjpass", "csubj")
        and not any(c.dep_ in ("dobj", "nsubj", "aux", "ccomp", "xcomp") for c in subject.children)
    )


def attack_device(head: Token | None, trig: Trigger) -> bool:
    """Whether the doer of an attack or a coercion (``wrongdoing_types``) is a device or blast that
    stands for no one named ("a landmine killed three soldiers", "were wounded by a roadside bomb":
    ``actors.doer_device``): it names the act's means, not an actor, and its doer is the one named
    with it (``means_doers``), else no one, as the guide codes "an explosion injured 29 people"."""
    return head is not None and trig.sense.plover in cues().wrongdoing_types and doer_device(head)


OWNER_PRONOUNS = ("its", "their")


def means_doers(noun: Token, resolves: Callable[[Token], bool] | None = None) -> list[Token]:
    """Who did a wrong or set off a device that a doer's noun names: its own doers
    (``readings.deed_doers``: "a Taliban car bomb", "an attack by rebels"), a device's owner ("the
    group said its car bomb killed ...": no one the device befell) and the agent of a participle
    modifying it ("a car bomb claimed by the group"). ``resolves`` tells whether a word names an
    actor; an owner's pronoun ("its", "their") that does not is the speaker's whose reported clause
    tells of the device ("Boko Haram said its bomb killed ...": the group's own pronoun), else the
    device's phrase stands as the doer ("its bomb"), as the actor coder reads it."""
    out = deed_doers(noun)
    if doer_device(noun):
        for owner in (c for c in noun.children if c.dep_ == "poss" and c not in out):
            if resolves is not None and owner.lower_ in OWNER_PRONOUNS and not resolves(owner):
                speaker = device_speaker(noun)
                owner = speaker if speaker is not None and resolves(speaker) else noun
            if owner not in out:
                out.append(owner)
    agent = noun_agent(noun)
    if agent is not None and agent not in out:
        out.append(agent)
    user = device_user(noun) if not out else None
    if user is not None and resolves is not None and user.lower_ in PRONOUNS and not resolves(user):
        # "the group said it detonated a bomb that killed ...": the speaker's own pronoun
        speaker = device_speaker(noun)
        user = speaker if speaker is not None and resolves(speaker) else None
    if user is not None:
        out.append(user)
    return out


def device_user(noun: Token) -> Token | None:
    """Who used a device or did an attack that a relative clause tells the harm of: the doer of a
    verb of force or of acknowledged responsibility (CAMEO 015: the dictionary's CLAIM * ATTACK,
    * BOMBING) that has it as its object ("militants detonated a bomb that killed three policemen",
    "a bomb that killed three policemen was detonated by militants", "rebels claimed the attack
    that killed six soldiers"); no one when that verb is negated or denied ("the rebels denied
    planting the bomb that killed five people"), else None."""
    verb = means_verb(noun)
    if verb is None or _denied(verb):
        return None
    if noun.dep_ == "nsubjpass":
        return agent_of(verb)
    subject, passive = subject_of(verb)
    return None if passive else subject


ACKNOWLEDGED_CODE = "015"


def means_verb(noun: Token) -> Token | None:
    """The verb of force or of acknowledged responsibility (CAMEO 015) that has a device or an
    attack as its object or its passive subject ("detonated a bomb", "the bomb was planted",
    "claimed the attack"), else None."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB":
        return None
    sense = match_verb(verb)
    if sense is None or not (sense.plover == "ASSAULT" or sense.cameo == ACKNOWLEDGED_CODE):
        return None
    return verb


def attack_claimer(noun: Token) -> Token | None:
    """Who claimed an attack a noun of force names, its doer by its own word (CAMEO 015, the
    dictionary's CLAIM * ATTACK): the subject of a verb of ``claim_verbs`` with the noun as object
    ("rebels claimed the ambush that killed eight soldiers") or with a noun of
    ``responsibility_nouns`` whose "for" phrase holds it ("the group claimed responsibility for the
    raid that ..."); no one when the claim is negated or denied ("did not claim the bombing"), else
    None."""
    sense = match_noun(noun)
    if sense is None or sense.plover != "ASSAULT":
        return None
    c = cues()
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "for" and verb.head.lemma_.lower() in c.responsibility_nouns:
        if verb.head.dep_ != "dobj":
            return None
        verb = verb.head.head
    elif noun.dep_ != "dobj":
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in c.claim_verbs or _denied(verb):
        return None
    subject, passive = subject_of(verb)
    return None if passive else subject


def _denied(verb: Token) -> bool:
    """Whether a verb, or a verb whose complement it is, is negated ("did not plant") or one of
    ``negating_verbs`` ("denied planting", "refused to detonate")."""
    c = cues()
    for _ in range(MAX_CHAIN):
        negated = any(m.dep_ == "neg" and m.lower_ in c.negation for m in verb.children)
        if negated or verb.lemma_.lower() in c.negating_verbs:
            return True
        if verb.dep_ not in ("xcomp", "ccomp", "pcomp") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def device_speaker(noun: Token) -> Token | None:
    """The subject of the reporting verb ("said", "claimed") whose reported clause a device's noun
    is an argument of ("the rebels said their bomb killed ...", "claimed its car bomb had hit ..."),
    else None."""
    clause = noun.head
    if clause.pos_ == "ADP":
        # "were killed by its bomb": the agent phrase hangs on the clause's verb
        clause = clause.head
    for _ in range(MAX_CHAIN):
        head = clause.head
        if clause.dep_ not in ("ccomp", "conj") or head.i == clause.i:
            return None
        if (
            clause.dep_ == "ccomp"
            and head.pos_ in ("VERB", "AUX")
            and head.lemma_.lower() in cues().reporting_verbs
        ):
            return subject_of(head)[0]
        clause = head
    return None


def mention_key(actor: dict[str, Any] | None) -> Any:
    """The entity an actor mention stands for, else the mention's offset and country (one phrase
    may name an actor per country: "the presidents of Moldova and Belarus")."""
    if not actor:
        return None
    return actor.get("entity") or (actor.get("start"), actor.get("country"))


def speaker_pronoun(doc: Doc, source: dict[str, Any], mentions: dict[str, list[tuple[int, int]]]) -> bool:
    """Whether a pronoun source is the subject of what a reporting verb says and stands for that
    verb's subject, a noun ("President Petro said on Monday he had ordered ...", "the ministry said
    it had expelled ..."): the sentence itself names who the pronoun is. ``mentions`` holds the
    character spans of each entity's mentions (``entity_mentions``)."""
    entity = source.get("entity")
    span = doc.char_span(int(source.get("start", -1)), int(source.get("end", -1)))
    if not entity or span is None or len(span) != 1 or span[0].dep_ not in ("nsubj", "nsubjpass"):
        return False
    clause = span[0].head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    reporter = clause.head
    if clause.dep_ != "ccomp" or reporter.lemma_.lower() not in cues().reporting_verbs:
        return False
    speaker = next((c for c in reporter.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(start <= speaker.idx < end for start, end in mentions.get(str(entity), ()))


def entity_mentions(doc: Doc) -> dict[str, list[tuple[int, int]]]:
    """The character spans of the mentions of each entity of a Doc, by entity id."""
    return {
        str(e.get("id")): [(int(m["start"]), int(m["end"])) for m in e.get("mentions") or []]
        for e in doc._.entities or []
    }


def speaker_itself(sources: list[dict[str, Any]], targets: list[dict[str, Any]], pronoun: bool) -> bool:
    """Whether the ones a demand is voiced of are the speaker: every target is the source's own
    entity, or, for a pronoun ("the senator said she must be heard"), no other entity is known for
    it (a speaker's pronoun in the clause of a reporting verb is the speaker's own)."""
    own = {a.get("entity") for a in sources if a.get("entity")}
    named = {t.get("entity") for t in targets if t.get("entity")}
    if pronoun and (not own or not named):
        return True
    return bool(own) and bool(targets) and all(t.get("entity") in own for t in targets)


# the third-person pronouns that name one man or one woman, reflexives aside ("himself" names
# the clause's own subject, not someone a speaker judges)
PRONOUN_GENDERS = {w: g for w, g in COREF_GENDERS.items() if not w.endswith("self")}

# the owner's pronouns, which name a thing of their referent's rather than the referent acting
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "hers", "its", "their", "theirs"})


def speaker_genders(
    speaker: Token | None, sources: list[dict[str, Any]], entities: list[dict[str, Any]]
) -> set[str]:
    """The genders the speaker is called by: the speaker's own word when it is a pronoun and the
    pronouns among the mentions of the speaker's entities."""
    ids = {a.get("entity") for a in sources if a.get("entity")}
    words = [speaker.lower_] if speaker is not None and speaker.pos_ == "PRON" else []
    words.extend(
        str(m.get("text") or "").lower()
        for e in entities
        if e.get("id") in ids
        for m in e.get("mentions") or []
        if m.get("kind") == "pronoun"
    )
    return {PRONOUN_GENDERS[w] for w in words if w in PRONOUN_GENDERS}


def apart_from_speaker(pronoun: Token, genders: set[str]) -> bool:
    """Whether a "he" or "she" cannot stand for a speaker called by pronouns of ``genders`` only:
    "he" of a speaker called "she" and the reverse ("'He is a disgrace,' she said" judges someone
    else). A "they" is left alone: it may stand for things ("'They are sound plans,' he said")."""
    gender = PRONOUN_GENDERS.get(pronoun.lower_)
    return gender is not None and bool(genders) and gender not in genders


def same_entity(sources: list[dict[str, Any]], targets: list[dict[str, Any]], pronoun: bool) -> bool:
    """Whether the targets may be the speaker: every target an entity among the sources, or, for a
    pronoun, none an entity other than theirs ("she said she was proud": herself)."""
    entities = {a.get("entity") for a in sources if a.get("entity")}
    if pronoun:
        return not any(a.get("entity") and a.get("entity") not in entities for a in targets)
    return bool(targets) and all(a.get("entity") in entities for a in targets)


def each_other(token: Token) -> bool:
    """Whether a predicate's object is reciprocal ("each other", "one another")."""
    heads = [c for c in token.children if c.dep_ in ("dobj", "dative")] + prep_objects(
        token, ("with", "on", "at", "against", "to")
    )
    for head in heads:
        words = [t.lower_ for t in head.subtree][:6]
        for first, second in zip(words, words[1:], strict=False):
            if (first, second) in (("each", "other"), ("one", "another")):
                return True
    return False


def with_conjuncts(token: Token) -> list[Token]:
    """A name with the names coordinated after it and those a headline lists beside it, in text order;
    a plural title stands for the names listed in its apposition ("Presidents Alvarez of Chile and
    Moreno of Peru signed": Alvarez and Moreno), and a person the parse hung on the country of the
    one before is coordinated with that one (``_misattached_people``)."""
    token = _listed_apposition(token) or token
    out = [token, *_misattached_people(token)]
    out.extend(
        c
        for c in token.conjuncts
        if c.i > token.i and c.pos_ in ("PROPN", "NOUN", "PRON") and not _acronym_of_name(c)
    )
    return sorted([*_headline_listed(token), *out], key=lambda t: t.i)


def _misattached_people(name: Token) -> list[Token]:
    """The people coordinated with a person named with their country whom the parse hung on the
    country ("Presidents Kuchma of Ukraine and Yeltsin of Russia" with "Yeltsin" a conjunct of
    "Ukraine", or in apposition to the first with the "and" left on the country): a person's name,
    or a name with a country of its own in the same "of" phrase, is no place's conjunct."""
    if name.ent_type_ != "PERSON":
        return []
    out = []
    for place in prep_objects(name, ("of",)):
        if place.ent_type_ not in VENUE_ENTS:
            continue
        for other in place.conjuncts:
            if other.i < place.i or other.pos_ != "PROPN" or other.ent_type_ in VENUE_ENTS:
                continue
            own = prep_objects(other, ("of",))
            if other.ent_type_ == "PERSON" or any(o.ent_type_ == place.ent_type_ for o in own):
                out.append(other)
        if place.conjuncts or not any(c.dep_ == "cc" for c in place.children):
            continue
        for other in (c for c in name.children if c.dep_ == "appos" and c.i > place.i):
            # "President Kalnins of Latvia and Prime Minister Varnas of Lithuania" with "Varnas" in
            # apposition to "Kalnins" and the "and" left on "Latvia"
            if other.ent_type_ == "PERSON" and any(
                o.ent_type_ in VENUE_ENTS for o in prep_objects(other, ("of",))
            ):
                out.append(other)
    return out


# tags of a singular and of a plural noun
SINGULAR_TAGS = frozenset({"NN", "NNP"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def _listed_apposition(head: Token) -> Token | None:
    """The first name of a list set in apposition to a plural title ("Presidents Alvarez of Chile and
    Moreno of Peru", "foreign ministers Ruiz of Spain and Conti of Italy"): the title names no one
    of its own."""
    if head.tag_ not in PLURAL_TAGS:
        return None
    for appos in (c for c in head.children if c.dep_ == "appos" and c.i > head.i):
        if appos.pos_ == "PROPN" and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in appos.children):
            return appos
    return None


# what the parse makes of a name listed before a headline's subject with a comma ("Iran, Britain
# hold talks"): a second subject, a bare noun modifier of the verb, or an unlabelled dependent
LISTED_DEPS = frozenset({"nsubj", "npadvmod", "dep"})


def _headline_listed(subject: Token) -> list[Token]:
    """The names a headline lists with its subject by a comma, which stands for "and" there ("Iran,
    Britain hold talks", "Israel, UAE sign deal"; also a name the parse sets beside the subject as
    its apposition, "Russia, Turkey agree ceasefire"): each is a subject too."""
    if subject.dep_ != "nsubj" or subject.pos_ != "PROPN" or not in_headline(subject):
        return []
    doc = subject.doc
    out = []
    for sibling in subject.head.children:
        if sibling.dep_ not in LISTED_DEPS or sibling.pos_ != "PROPN" or sibling.i >= subject.i:
            continue
        if doc[sibling.i + 1].text == "," and subject.left_edge.i == sibling.i + 2:
            out.append(sibling)
    for appos in subject.children:
        if appos.dep_ == "appos" and appos.pos_ == "PROPN" and appos.ent_type_ == subject.ent_type_ != "":
            if doc[appos.left_edge.i - 1].text == "," and appos.i == subject.i + 2:
                out.append(appos)
    return out


def _acronym_of_name(token: Token) -> bool:
    """A conjunct after "or" that is the acronym of a name just before it ("the International Atomic
    Energy Agency, or IAEA"): the same body named again, not a second one."""
    text = token.text
    if not (text.isupper() and text.isalpha() and 2 <= len(text) <= 6):
        return False
    if not any(c.dep_ == "cc" and c.lower_ == "or" for c in token.head.children):
        return False
    words = [t for t in token.doc[max(token.sent.start, token.i - 12) : token.i] if t.is_alpha]
    initials = "".join(t.text[0] for t in words if t.text[0].isupper() and not t.text.isupper())
    return text in initials


def pronoun_owner(head: Token) -> Token | None:
    """The possessive pronoun of an object ("its troops", "their demands"), if any."""
    return next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)


def befallen_owner(noun: Token, cameo: str) -> Token | None:
    """The person owning an event noun of an act done to persons (a code whose object must be an
    actor, ``object_kinds``: arrest, detention, abduction, deportation) that names no one it was
    done to in an "of", "on" or "against" phrase: the one it befell ("Mr Keller's arrest", "the
    reporter's abduction", "his detention"), not its doer ("the army's arrest of the activists")."""
    if ACTOR not in (object_kinds(cameo) or ()) or prep_objects(noun, ("of", "on", "against")):
        return None
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None or not (poss.pos_ == "PRON" or poss.ent_type_ == "PERSON" or agentive(poss.lower_)):
        return None
    return poss


def noun_agent(noun: Token) -> Token | None:
    """The by-phrase object of a noun or of a participle modifying it ("a bombing claimed by X")."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            return next((p for p in child.children if p.dep_ == "pobj"), None)
        if child.dep_ == "acl" and child.tag_ == "VBN":
            agent = agent_of(child)
            if agent is not None:
                return agent
    return None


def subject_of(token: Token) -> tuple[Token | None, bool]:
    """The subject of a predicate, climbing through control and coordination; (head, is_passive)."""
    current = token
    participle = False
    # a participle coordinated with a passive verb is passive too ("was evicted and sentenced")
    shares_voice = True
    if misread_since(token):
        # "hostages held since 2015 were released": the parse's subject, if any, is the date
        return token.sent.root, any(c.dep_ == "auxpass" for c in token.children)
    for _ in range(MAX_CHAIN):
        # in a claim after a colon the parser may hang the subject on the auxiliary ("Mayor:
        # Council was 'misleading' voters")
        heads = [current]
        auxiliaries = [c for c in current.children if c.dep_ in ("aux", "auxpass")]
        if colon_clause(current):
            heads += auxiliaries
        subjects = _undated([c for h in heads for c in h.children if c.dep_ in SUBJECT_DEPS])
        if not subjects:
            # so may it elsewhere, an adverb between them ("X and Y are now both charged with ...")
            subjects = _undated([c for h in auxiliaries for c in h.children if c.dep_ in SUBJECT_DEPS])
        # a parse that gives a verb two subjects ("A video showing the moment a girl was rescued by
        # police was released") gives it the nearest one before it
        before = [c for c in subjects if c.i < current.i and not _hyphen_piece(c, subjects)]
        nearest = current is token and len(before) > 1
        subj = max(before, key=lambda c: c.i) if nearest else (subjects[0] if subjects else None)
        if subj is not None:
            # a verb with a by-agent and no auxiliary is a headline's passive ("X removed by police"),
            # so is one with no object whose preposition's object has one ("X bombed in attack by Y")
            passive = (
                subj.dep_ == "nsubjpass"
                or (subj.head.dep_ == "auxpass" and subj.head.head.i == current.i)
                or (
                    current.tag_ in ("VBD", "VBN")
                    and (has_agent(current) or headline_inner_agent(current))
                    and not any(c.dep_ in ("aux", "auxpass") for c in current.children)
                )
                or (current is token and headline_bare_passive(current))
            )
            # a passive of the predicate's own under a verb that raises its subject ("were reported
            # killed", "are believed to have been killed by rebels"): the subject undergoes the act
            raised = current is not token and _own_passive(token)
            return subj, (passive and shares_voice) or participle or raised
        if current is token and dated_participle(current):
            return headline_patient(current), False
        apposed = apposed_subject(current) if current is token else None
        if apposed is not None:
            return apposed, False
        if current is token and root_clause_verb(current):
            return current.head, False
        if current is token and headline_passive(current):
            return headline_patient(current), True
        if current is token and (headline_infinitive(current) or headline_progressive(current)):
            return current.head, False
        ordinal = ordinal_doer(current) if current is token else None
        if ordinal is not None and ordinal.pos_ not in ("VERB", "AUX"):
            # "made their state the first to apologize": the object of "make"
            return ordinal, False
        if ordinal is not None:
            # "was the first lawmaker to endorse the governor": the linking verb's subject
            current = ordinal
            continue
        if statement_clause(current):
            # "the ministry issued a statement condemning the attack": the statement's issuer
            return statement_issuer(current), False
        stray = _stray_subject(current)
        if stray is not None:
            return stray, False
        if current is token and is_passive_participle(current):
            # "Asked about the plan, the minister said ...": the main subject undergoes the event
            participle = True
        if current.pos_ in ("NOUN", "PROPN"):
            poss = next((c for c in current.children if c.dep_ == "poss"), None)
            return poss, False
        if (
            current.dep_ not in ("xcomp", "conj", "advcl", "acomp", "pcomp", "prep")
            or current.head.i == current.i
        ):
            # a passive whose subject the parse lost ("Smith, ..., was taken into custody by police,
            # an officer said" with "Smith" as a modifier) is still a passive: its agent is the doer
            return None, current is token and _voiced_passive(token)
        if current.dep_ == "conj" and current.tag_ in _FINITE_TAGS and _to_infinitive(current.head):
            # "Officials urged Moscow to withdraw the troops and called on the EU to ...": a finite
            # verb is no conjunct of an infinitive, but of the verb the infinitive complements
            current = current.head.head
            continue
        if current.dep_ == "conj" and _participle_after_infinitive(current):
            # "campaigned with her, helping her raise money and praising her record": a participle
            # or past tense is no conjunct of a bare infinitive, but of the verb above it
            current = current.head.head
            continue
        controller = _object_controller(current) or _reason_controller(current)
        if controller is not None:
            return controller, False
        if current.dep_ in ("xcomp", "advcl") and _used_in_passive(current.head):
            # "drones were used by the rebels to attack the airport": the user acts, not the thing used
            return agent_of(current.head), False
        if current is token and _speakers_deed(current):
            # "Harbour official: Fire guts fuel depot, wounding six": the speaker wounded no one
            return None, False
        if current.dep_ == "advcl" and current.tag_ == "VBG":
            # "the camp was attacked by militiamen, killing 156 people": the doer of the
            # participle is the passive's agent, not its subject
            head = current.head
            agent = agent_of(head) if any(c.dep_ == "nsubjpass" for c in head.children) else None
            if agent is not None:
                return agent, False
        shares_voice = shares_voice and current.dep_ == "conj" and bare_participle(current)
        current = current.head
    return None, False


def _participle_after_infinitive(verb: Token) -> bool:
    """Whether an -ing participle or a past-tense verb is the parse's conjunct of a bare infinitive
    that complements a verb of its own form ("helping her raise money and praising her record":
    "praising" read as a conjunct of "raise", though it coordinates with "helping"; "let the
    players rest and praised them": "praised" with "let")."""
    head = verb.head
    return (
        verb.tag_ in ("VBG", "VBD")
        and head.tag_ == "VB"
        and head.dep_ in ("ccomp", "xcomp")
        and head.head.tag_ == verb.tag_
        and not any(c.dep_ == "aux" for c in head.children)
        and not has_own_subject(verb)
    )


def _speakers_deed(participle: Token) -> bool:
    """Whether a participle clause the parse hangs on a headline's colon read as "says" tells a
    deed, no act done by saying it (a CAMEO code outside ``performative_codes``): the claim's
    ("Harbour official: Fire guts fuel depot, wounding six"), not the speaker's; a participle of
    words stays the speaker's ("Mayor: Council lied, accusing it of fraud")."""
    head = participle.head
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or head.text != ":" or head.pos_ != "VERB":
        return False
    sense = match_verb(participle)
    return sense is not None and not sense.cameo.startswith(tuple(cues().performative_codes))


# tags of a finite verb, which has a tense of its own
def _verbless_sentence(noun: Token) -> bool:
    """Whether a noun heads a sentence that ends in a full stop: a sentence the parser read with no
    verb, its verb taken for a modifier ("X's threat to close the strait rattled traders")."""
    return noun.dep_ == "ROOT" and noun.sent[-1].lower_ == "."


_FINITE_TAGS = frozenset({"VBD", "VBZ"})


def _to_infinitive(token: Token) -> bool:
    """Whether a verb is a complement infinitive with "to" ("urged Moscow to withdraw")."""
    return (
        token.tag_ == "VB"
        and token.dep_ == "xcomp"
        and token.head.i != token.i
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    )


def _own_passive(token: Token) -> bool:
    """Whether a predicate is passive by its own words: with a passive auxiliary ("to have been
    killed"), or a bare participle as a verb's complement ("were reported killed")."""
    children = {c.dep_ for c in token.children}
    if "auxpass" in children:
        return True
    return token.tag_ == "VBN" and token.dep_ in ("xcomp", "oprd") and not children & {"aux", "dobj", "nsubj"}


def _voiced_passive(token: Token) -> bool:
    """Whether a verb is a passive by a passive auxiliary or a by-agent of its own."""
    return any(c.dep_ in ("auxpass", "agent") for c in token.children)


def _undated(subjects: list[Token]) -> list[Token]:
    """The subjects outside a dateline; a dateline the parse made the subject gives way to the name
    it hung on it as an apposition ("(CNN) President Jane Doe made ...": Jane Doe)."""
    out: list[Token] = []
    for subject in subjects:
        if not in_dateline(subject):
            out.append(subject)
            continue
        out.extend(c for c in subject.children if c.dep_ == "appos" and not in_dateline(c))
    return out


def _used_in_passive(verb: Token) -> bool:
    """Whether a verb of using is a passive with an infinitive of purpose ("helicopters were used to
    search the forest"), whose passive subject is the thing used."""
    return uses_for_purpose(verb) and any(c.dep_ == "nsubjpass" for c in verb.children)


def _object_controller(clause: Token) -> Token | None:
    """The object that is the doer of an infinitive under a verb of causing or asking ("forced the
    president to resign", "persuaded the governor to withdraw": the president, the governor), not
    under a verb of commitment, whose subject acts ("promised voters to cut taxes")."""
    head = clause.head
    if clause.dep_ != "xcomp" or clause.tag_ != "VB" or head.lemma_.lower() in cues().commitment_verbs:
        return None
    if uses_for_purpose(head):
        # "used helicopters to search for the gunmen": the user searches, the helicopters are a means
        return None
    obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < clause.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN", "PRON") or names_thing(obj):
        return None
    return obj


# object pronouns that an antecedent in the clause above may stand for, with the number they take
ANAPHORIC_OBJECTS = {"it": "singular", "him": "singular", "her": "singular", "them": "plural"}
# the clauses with no subject of their own whose doer is the subject of the verb they hang on: a
# participle ("..., accusing it of") or a coordinated predicate ("... and accused him of")
CONTROLLED_CLAUSES = frozenset({"advcl", "conj"})


def object_antecedent(pronoun: Token) -> Token | None:
    """The noun an object pronoun of a subjectless clause stands for: the object of the verb the
    clause hangs on, or the actor of that verb's prepositional phrases, the first that agrees with
    the pronoun ("Freedonia cut ties with Ruritania, accusing it of backing the rebels": Ruritania;
    "expelled the envoy, accusing him of spying": the envoy; "attacked the rebels, forcing them to
    retreat": the rebels). The subject of that verb is the clause's own doer, never the pronoun's
    antecedent. A thing that agrees ("condemned the strike on Ruritania, calling it a crime": the
    strike) is the antecedent, which names no actor: None. Plural objects that an "it" cannot stand
    for are passed over to their own phrases ("imposed sanctions on Ruritania, accusing it")."""
    number = ANAPHORIC_OBJECTS.get(pronoun.lower_)
    verb = pronoun.head
    if number is None or pronoun.pos_ != "PRON" or pronoun.dep_ != "dobj" or verb.i == pronoun.i:
        return None
    if verb.dep_ not in CONTROLLED_CLAUSES or verb.pos_ != "VERB" or has_own_subject(verb):
        return None
    if verb.dep_ == "advcl" and verb.tag_ != "VBG":
        return None
    above = verb.head
    if above.pos_ not in ("VERB", "AUX"):
        return None
    heads = [c for c in above.children if c.dep_ == "dobj" and c.i < verb.i]
    heads += [o for o in _phrase_objects(above) if o.i < verb.i]
    heads.sort(key=lambda t: t.i)
    person = pronoun.lower_ in ("him", "her")
    for head in heads:
        for candidate in (head, *_phrase_objects(head)):
            found = _agreeing(candidate, number, person)
            if found is not None:
                return found or None
    return None


def _phrase_objects(token: Token) -> list[Token]:
    """The objects of a token's prepositional phrases that name no time."""
    return [
        o
        for c in token.children
        if c.dep_ == "prep"
        for o in c.children
        if o.dep_ == "pobj" and not names_time(o)
    ]


def _agreeing(candidate: Token, number: str, person: bool) -> Token | bool | None:
    """``candidate`` when it agrees with an object pronoun and names an actor, False when it agrees
    and names a thing (the pronoun stands for that thing), None when it does not agree."""
    if candidate.pos_ not in ("NOUN", "PROPN"):
        return None
    plural = candidate.tag_ in PLURAL_TAGS or any(c.dep_ == "conj" for c in candidate.children)
    if (number == "plural") != plural or (number == "singular" and candidate.tag_ not in SINGULAR_TAGS):
        return None
    # a country's name the recogniser took for a person's is still a country's ("cut ties with Togo")
    country = country_name_word(candidate)
    named_person = candidate.ent_type_ == "PERSON" and not country
    actor = named_person or country or candidate.ent_type_ in ORGANISATION_ENTS or actor_word(candidate)
    if person:
        # "him" and "her" stand for a person, never for a thing or a country
        return candidate if named_person or (actor and not candidate.ent_type_) else None
    if number == "singular" and (named_person or _person_word(candidate)):
        # "recalled its ambassador from Mali, accusing it of ...": "it" is no person
        return None
    return candidate if actor and not names_thing(candidate) else False


@cache
def _person_words() -> frozenset[str]:
    """Common nouns that name one person: a word of an office title (``knowledge/titles.json``) or
    a person noun of age or household (``person_nouns`` of event_arguments.json)."""
    words = {w for t in titles() for w in t.texts if " " not in w}
    return frozenset(words | set(load_json("event_arguments.json")["person_nouns"]))


def _person_word(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _person_words()


# prepositions of a gerund that gives the reason or the charge of what is done to an actor ("thanked
# Egypt for mediating", "accused the mayor of lying", "held the aide in contempt for refusing")
REASON_PREPS = frozenset({"for", "of"})


def _reason_controller(clause: Token) -> Token | None:
    """The doer of a gerund that gives the reason or charge of an act on someone: the act's object
    ("praised the police for arresting the gang": the police arrest) or, in the passive, its subject
    ("the aide was held in contempt for refusing to testify": the aide refuses); never a thing ("won
    praise for helping": the subject helps)."""
    prep = clause.head
    if clause.dep_ != "pcomp" or clause.tag_ != "VBG" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if prep.lower_ not in REASON_PREPS or verb.pos_ not in ("VERB", "AUX"):
        return None
    deps = ("dobj",) if any(c.dep_ == "dobj" for c in verb.children) else ("nsubjpass",)
    doer = next((c for c in verb.children if c.dep_ in deps and c.i < clause.i), None)
    if doer is None or doer.pos_ not in ("NOUN", "PROPN", "PRON") or names_thing(doer):
        return None
    return doer


POSSESSIVE_DETERMINERS = ("his ", "her ", "their ", "its ", "our ", "my ")


def possessed(actor: dict[str, Any]) -> bool:
    """Whether an actor phrase is someone's ("his surrogates", "Trump's aides"): its entity is the
    owner's, not the actor's own."""
    text = str(actor.get("text") or "").lower()
    return text.startswith(POSSESSIVE_DETERMINERS) or "'s " in text or "’s " in text


def _hyphen_piece(token: Token, subjects: list[Token]) -> bool:
    """A second "subject" that is the hyphenated end of the first one's word ("Moon Jae-in" parsed
    as the subjects "Jae" and "in")."""
    doc = token.doc
    return (
        token.i >= 2
        and doc[token.i - 1].text == "-"
        and not doc[token.i - 2].whitespace_
        and not doc[token.i - 1].whitespace_
        and doc[token.i - 2] in subjects
    )


STRAY_SUBJECT_DEPS = frozenset({"conj", "dobj", "pobj", "appos", "npadvmod"})


FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _stray_subject(verb: Token) -> Token | None:
    """The subject the parser hung elsewhere: a finite verb with no subject right after a noun
    phrase that is not its own ("... mishandled the probe and Democrats accused the GOP", parsed
    with "Democrats" coordinated with "the probe")."""
    if verb.tag_ not in FINITE_VERB_TAGS or verb.dep_ not in ("ccomp", "conj", "ROOT"):
        return None
    before = verb.i - 1
    while before >= verb.sent.start and verb.doc[before].pos_ in ("ADV", "AUX", "PART"):
        before -= 1
    if before < verb.sent.start:
        return None
    noun = verb.doc[before]
    if noun.pos_ not in ("NOUN", "PROPN", "PRON") or noun.head.i == verb.i:
        return None
    return noun if noun.dep_ in STRAY_SUBJECT_DEPS else None


# prepositions whose object is whom an act or a charge is aimed at ("the charges against X", "an
# inquiry into X", "sanctions on X")
AIMED_PREPS = ("against", "into", "on", "over")


def fact_subjects(thing: Token) -> list[Token]:
    """The subjects of the clauses that complete a noun ("the fact that the senator was trying to
    distract", "the claim that Russia had armed the rebels"): whom the fact is about."""
    return [
        subj
        for clause in thing.children
        if content_clause(clause)
        for subj in clause.children
        if subj.dep_ in SUBJECT_DEPS
    ]


def thing_targets(head: Token) -> list[Token]:
    """Whom a thing a predicate acts on is aimed at, in a phrase of the thing or of the predicate:
    "dropped the charges against X", "ended an inquiry into claims made against X" (through one more
    thing and its participle), else the owner the thing so named has in a possessor or a by-phrase
    ("expressed anger over the council's decision": the council; not "limits on imports from X"), and
    the agent of a participle modifying the thing itself ("the quotas set by Brussels")."""
    out: list[Token] = []
    for obj in prep_objects(head, AIMED_PREPS):
        if not names_thing(obj):
            out.append(obj)
            continue
        out.extend(prep_objects(obj, AIMED_PREPS))
        for clause in (c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            out.extend(prep_objects(clause, AIMED_PREPS))
        if any(c.dep_ == "poss" for c in obj.children) or prep_objects(obj, ("by",)):
            out.append(obj)
    agent = noun_agent(head) if head.pos_ == "NOUN" else None
    if agent is not None and not names_thing(agent):
        # "protested the quotas set by Brussels": the agent of a participle modifying the thing
        out.append(agent)
    return out


# types whose venue may be their target: force, coercion and threats of them land on the place
# ("shelled positions in Idlib", "threatened attacks in Israel"); a meeting's, a protest's, a
# deployment's or an offer's place has no addressee ("rallied outside the courthouse in San
# Francisco", "troops were deployed in the capital")
VENUE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN"})
# types whose place named as target stands for the people there: aid sent to a besieged town
PLACE_RECIPIENT_TYPES = frozenset({"AID"})
# the dependencies of a predicate's own object, active or passive
OWN_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
# the CAMEO code of seizing or confiscating (171: seize or damage property)
SEIZURE_ROOT = "171"


VENUE_ENTS = frozenset({"GPE", "LOC", "FAC"})


# PLOVER types of acts aimed at someone, whose "with" phrase names a partner in the act or its means
# ("carried out raids with American jets on militant positions", "an offensive with U.S. air support
# against the militants") more often than the one it is aimed at ("fought with the militants")
PARTNER_WITH_TYPES = frozenset({"ASSAULT"})


def taken_from(head: Token, code: str) -> list[Token]:
    """The ones a territory or a property is taken from, for a code of taking it (``loss_preps``):
    the objects of the predicate's own "from" phrase and of one the parse hangs on what is taken or
    on the name in its "of" phrase ("captured the town of Tal Marwan from the militants", "the
    recapture of the base from the rebels"). They lose it, so they are acted upon: the target before
    the place or thing taken, which is never an actor; none when people are taken ("captured three
    rebels from the village")."""
    preps = loss_preps(code)
    if not preps:
        return []
    taken = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(t.pos_ == "NOUN" and names_actor(t) and not names_place(t) for t in taken):
        # people taken "from the village" are taken where they were, from no one
        return []
    taken += [o for t in list(taken) for o in prep_objects(t, ("of",))]
    if head.pos_ == "NOUN":
        taken += prep_objects(head, ("of",))
    return prep_objects(head, preps) + [o for t in taken for o in prep_objects(t, preps)]


def with_last(trig: Trigger, candidates: list[Token]) -> list[Token]:
    """The target candidates of an act aimed at someone (``PARTNER_WITH_TYPES``) but the objects of
    its "with" phrases that name its means ("with U.S. air support", "with American jets": a thing or
    a vehicle) or stand beside an object or a phrase naming whom it is aimed at ("on militant
    positions", "against the militants"); a "with" phrase is the target only when nothing else is
    ("clashed with police", "fought with the rebels")."""
    if trig.sense.plover not in PARTNER_WITH_TYPES:
        return candidates
    partners = [c for c in candidates if c.dep_ == "pobj" and c.head.lower_ == "with"]
    others = [c for c in candidates if c not in partners]
    aimed = any(c.dep_ in ("dobj", "nsubjpass") or c.head.lower_ in AIMED_PREPS for c in others)
    if aimed:
        return others
    places = argument_kinds().place_nouns
    return others + [c for c in partners if not names_thing(c) and c.lemma_.lower() not in places]


def is_venue(trig: Trigger, token: Token) -> bool:
    """Whether a name is where the event happens and so not its target: a place name ("held talks in
    Geneva") or a name of the place noun it modifies ("talks at the UN headquarters", "a clinic at
    the Border Patrol station"). The venue of force, coercion or a threat may be the target when it
    names a state ("threatened attacks in Israel"), never when it is a town or a region
    (``town_name``: "shelled positions in Idlib", "a man was shot in Hebron") or a capital named
    only as where it happens (``seat_venue``: "stormed a hotel in Mogadishu"): places are never
    actors."""
    if trig.sense.plover in VENUE_TARGET_TYPES:
        return town_name(token) or seat_venue(token)
    for _ in range(MAX_CHAIN):
        # a name coordinated with a place is part of that place's address ("at the Santa Rosa,
        # California, Border Patrol station")
        if token.dep_ != "conj" or token.head.i == token.i:
            break
        token = token.head
    if token.ent_type_ not in VENUE_ENTS:
        head = name_head(token)
        # a nationality or an organisation is a place only as the name of one ("in protest at the
        # Dutch ministry's ruling" names no place)
        if head.i == token.i or head.pos_ != "NOUN" or actor_word(head) or head.ent_type_:
            return False
    return clause_venue(token, trig.token, trig.noun)


def names_area(trig: Trigger, head: Token) -> bool:
    """Whether a target candidate of an act of force, seizure, siege or curfew, or a threat of one
    (``struck_place_codes``; territory taken, ``area_taken_codes``, stays the target), or of a protest,
    names a place where it lands, never an actor (the
    annotation guide: places are never actors): a noun of ``area_nouns`` no actor owns, with or
    without its name ("the town of Kunduz", "the Ramadi district", "Hama province"), the name in its
    "of" phrase, or a location or facility by name (``place_name``: "Tahrir Square"); a unit noun of
    ``area_unit_nouns`` led by a word for a body names that body ("the school district")."""
    kinds = argument_kinds()
    codes = (trig.sense.cameo, *(t.sense.cameo for t in trig.inner))
    forceful = any(
        (c or "").startswith(kinds.struck_place_codes) and not (c or "").startswith(kinds.area_taken_codes)
        for c in codes
    )
    if trig.sense.plover != "PROTEST" and not forceful:
        return False
    if head.pos_ == "PROPN" and head.dep_ == "pobj" and head.head.lower_ == "of":
        if head.head.head.lemma_.lower() in kinds.area_nouns:
            return True
    if head.pos_ == "NOUN" and head.lemma_.lower() in kinds.area_nouns:
        if head.lemma_.lower() in kinds.area_unit_nouns and any(
            c.dep_ == "compound" and c.pos_ == "NOUN" and actor_word(c) for c in head.children
        ):
            # a unit named by a body's word is that body ("the school district", "the water district")
            return False
        return not any(c.dep_ == "poss" and names_actor(c) and not names_place(c) for c in head.children)
    return place_name(head)


def names_object(trig: Trigger, head: Token) -> bool:
    """Whether a target candidate names a place or a vehicle rather than an actor, for an event whose
    venue is never its target (``VENUE_TARGET_TYPES``): a common noun of the CAMEO verb dictionary's
    town, stronghold, vehicle and aircraft sets (``place_sets``: "the Syrian town of Douma", "a
    Ukrainian airliner"), or the name in the "of" phrase of one ("the town of Douma"). The annotation
    guide: places are never actors; the nationality or the name in the phrase says where the place
    is, not whom the event is aimed at. Aid sent to or taken out of a place goes to its people
    (``PLACE_RECIPIENT_TYPES``: "flew the injured out of the encircled town of Marvento"). The
    predicate's own object is aimed at, a town standing for its government ("sued the city of
    Pittsburgh", "the township was accused of ignoring the flooding"). Force, coercion or a threat
    may land on a named place or a stronghold, but a settlement or a vehicle named by a common noun,
    even as the predicate's own object, is where an act of force, siege or curfew landed and no
    actor ("shelled three villages", "a police van was set alight": ``names_struck_place``); the
    people a place is named by as their home are taken in its stead before (``inhabitants``). A place
    named by an area noun or as a location is no target of force or of a protest (``names_area``)."""
    if names_area(trig, head):
        return True
    if trig.sense.plover in VENUE_TARGET_TYPES:
        # a threat is read by the act it threatens ("threatened to attack the city", "threatened to
        # fine the municipality")
        return any(names_struck_place(head, t.sense.cameo) for t in (trig, *trig.inner))
    if trig.sense.plover in PLACE_RECIPIENT_TYPES:
        return False
    if head.pos_ == "PROPN" and head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head.head
    if head.dep_ in OWN_OBJECT_DEPS and head.head.i in (trig.token.i, getattr(trig.noun, "i", None)):
        return False
    return head.pos_ == "NOUN" and not head.ent_type_ and names_place(head)


def topic_words(trig: Trigger) -> frozenset[int]:
    """The words that tell what a consultation is about, never whom it is held with: the phrases of
    its topic prepositions (``topic_preps`` of ``event_arguments.json``, and ``noun_topic_preps`` on
    its event noun only: "talks on the crisis in Libya", not "sent an envoy on a tour"), its
    infinitive of purpose that discusses ("met in Brussels to discuss sanctions against Russia"; not
    "sent an envoy on stops to include the capital") and the object of a verb of discussing, also a
    clause ("discussed the situation in Syria with his cabinet", "to discuss how to replace the
    chancellor"), on the predicate, its event noun or a
    predicate folded into it; a "with" phrase the parse hangs on the topic is the partner."""
    kinds = argument_kinds()
    preps = kinds.topic_preps.get(trig.sense.plover)
    if not preps:
        return frozenset()
    heads = [trig.token, *(i.token for i in trig.inner)]
    if trig.noun is not None:
        heads.append(trig.noun)
    out: set[int] = set()
    for head in heads:
        discusses = head.lemma_.lower() in kinds.topic_object_verbs
        topical = preps | kinds.noun_topic_preps if head.pos_ == "NOUN" else preps
        for child in head.children:
            topic = (
                (child.dep_ == "prep" and child.lower_ in topical)
                or (discusses and child.dep_ in ("dobj", "xcomp", "ccomp"))
                or (
                    child.dep_ in ("xcomp", "advcl")
                    and child.i > head.i
                    and child.lemma_.lower() in kinds.topic_object_verbs
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children)
                )
            )
            if topic:
                out.update(t.i for t in child.subtree)
            if topic and child.dep_ != "prep":
                # the parse may hang the partner on the topic ("discussed the conflict with Erdogan")
                for partner in prep_objects(child, ("with",)):
                    out.difference_update(t.i for t in partner.head.subtree)
    return frozenset(out)


def judges_thing(trig: Trigger) -> bool:
    """Whether a verb of judging (``judged_object_types`` of ``event_arguments.json``: disapproval,
    rejection, praise, protest) has an object of its own, active or passive, other than the phrase
    of its event noun or a word of dissent ("held a sit-in"): "criticized the decision to move the
    embassy", "the plan was rejected". What it judges is named, so its target is that object, its
    owner or its author, never a name merely in its scope ("rejected any interference in the
    region's affairs" names no one rejected)."""
    if trig.rule.startswith("noun:") or trig.sense.plover not in argument_kinds().judged_object_types:
        return False
    if trig.sense.role_swap:
        # "faced a wave of criticism from the voters": the subject undergoes the judging
        return False
    noun = getattr(trig.noun, "i", None)
    owned = any(
        c.dep_ in OWN_OBJECT_DEPS
        and (noun is None or not c.left_edge.i <= noun <= c.right_edge.i)
        and not names_dissent(c)
        and names_thing_object(c)
        for c in trig.token.children
    )
    # dissent names what it is against in its phrase ("marched against austerity in the capital"
    # names no one protested against)
    dissent = trig.sense.plover == "PROTEST" and trig.noun is None
    against = prep_objects(trig.token, DISSENT_PREPS) if dissent else []
    return owned or any(not names_dissent(o) and names_thing_object(o) for o in against)


# the preposition of what an act of dissent is against ("protested against the reform")
DISSENT_PREPS = ("against",)


# the dependencies of a judged thing's own modifiers that may name its owner ("the government's
# decision", "the Kremlin plan", "the Israeli strikes")
OWNER_MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


def judged_owner_words(thing: Token) -> frozenset[int]:
    """The words of a judged thing's phrase that may name whom the judging is aimed at: the thing, its
    owner's modifiers (``OWNER_MODIFIER_DEPS``) and its phrases of ``judged_owner_preps`` ("the
    decision of the council", "a plan by the envoy", "the charges against the mayor") and the agent
    of a participle modifying it ("the sanctions imposed by Washington"), never an
    actor named only in its content, another phrase or a clause of it ("protested calls for the
    governor to run again", "criticized a plan to build a dam near the capital")."""
    kinds = argument_kinds()
    out = {thing.i}
    for child in thing.children:
        own = child.dep_ in OWNER_MODIFIER_DEPS or (
            child.dep_ == "prep" and child.lower_ in kinds.judged_owner_preps
        )
        if own or child.dep_ in ("det", "punct", "cc", "conj"):
            out.update(t.i for t in child.subtree)
    agent = noun_agent(thing)
    if agent is not None:
        # "the sanctions imposed by Washington": the agent of a participle modifying the thing
        out.update(t.i for t in agent.subtree)
    return frozenset(out)


def patient_act(noun: Token) -> bool:
    """Whether a noun names an act done to what its "of" phrase names, no wrong
    (``patient_of_nouns``: "the closure of the clinic", "the demolition of the homes"): judged, it is
    aimed at its doer, never at the one it is done to."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in argument_kinds().patient_of_nouns:
        return False
    return bool(prep_objects(noun, ("of",)))


def patient_doers(noun: Token) -> list[Token]:
    """Who did an act done to what a noun's "of" phrase names (``patient_act``): its possessor, its
    by-agents and the modifiers naming a doer (``readings.act_doers``), also a "by" phrase the parse
    hangs on the one it is done to ("the eviction of families by the council": the council)."""
    out = act_doers(noun)
    for done_to in prep_objects(noun, ("of",)):
        out.extend(o for o in prep_objects(done_to, ("by",)) if o not in out)
    return out


def judged_thing_object(trig: Trigger, head: Token) -> bool:
    """Whether a target candidate is the thing a verb of judging judges (``judges_thing``): the
    predicate's own object that is a common noun of a thing (a pronoun stands for its antecedent),
    whose actors are only those its owner words name
    (``judged_owner_words``)."""
    return (
        head.dep_ in OWN_OBJECT_DEPS
        and head.pos_ == "NOUN"
        and head.head.i == trig.token.i
        and names_thing_object(head)
        and judges_thing(trig)
    )


def names_thing_object(head: Token) -> bool:
    """Whether an object names a thing rather than someone: a common noun that is no word for people
    or a body of them ("the decision", "the video"), or a pronoun of things ("it")."""
    if head.pos_ == "PRON":
        return head.lower_ in argument_kinds().thing_pronouns
    return head.pos_ == "NOUN" and not head.ent_type_ and not actor_word(head)


def seizes_things(trig: Trigger) -> bool:
    """Whether an act of coercion takes or confiscates things, its objects all weapons, devices or
    other things ("seized a car bomb", "confiscated weapons"), not people or places."""
    if trig.sense.plover != "COERCE" or not trig.sense.cameo.startswith(SEIZURE_ROOT):
        return False
    objects = [c for c in trig.token.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objects) and all(never_target(o) or names_thing(o) for o in objects)


def name_root(first: Token) -> Token:
    """The head word of the named entity a token begins ("the Customs and Border Protection": Customs;
    "the United Nations": Nations)."""
    doc = first.doc
    end = first.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    start = first.i
    while start < end - 1 and doc[start].dep_ in ("det", "punct"):
        start += 1
    root = doc[start:end].root
    # a recogniser's span over a clause ("Smith hit Jones" as one name) has a verb for its root
    return root if root.pos_ in ("PROPN", "NOUN") else doc[start]


def name_head(token: Token) -> Token:
    """The noun a name belongs to: the name's own head word, or the noun it modifies ("the Nigerian
    government", "Iran's nuclear programme" stays "Iran")."""
    current = token
    for _ in range(MAX_CHAIN):
        if current.head.i == current.i or current.head.i >= current.i + 8:
            break
        if current.dep_ in ("compound", "det") and current.head.ent_type_ == token.ent_type_:
            current = current.head
        elif current.dep_ in ("compound", "amod", "nmod") and (
            current.head.pos_ == "NOUN" or (current.head.pos_ == "PROPN" and not current.head.ent_type_)
        ):
            current = current.head
        else:
            break
    return current


def _for_clause_subjects(token: Token) -> list[Token]:
    """The subjects of a verb's "for ... to" clauses ("called for the chief to resign", "for the
    chief to be fired"), also when the parse splits the clause into a "for" phrase and an
    infinitive of the verb ("called for the minister, a former banker, to step down")."""
    out = [
        subj
        for clause in token.children
        if clause.dep_ in ("advcl", "ccomp")
        and clause.i > token.i
        and any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children)
        for subj in clause.children
        if subj.dep_ in ("nsubj", "nsubjpass")
    ]
    infinitives = [
        c
        for c in token.children
        if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "for"):
        for obj in (c for c in prep.children if c.dep_ == "pobj" and not names_thing(c)):
            # the apposition set off by commas is what splits the clause ("asked for more officers
            # to patrol" asks for the officers)
            appositive = any(a.dep_ == "appos" for a in obj.children)
            if appositive and any(clause.i > obj.i for clause in infinitives):
                out.append(obj)
    return out


# PLOVER types of a noun that names an act to come: a threat, a promise, a demand
ACT_NOUN_TYPES = frozenset({"THREATEN", "AGREE", "REQUEST"})


# PLOVER types of asking for, agreeing to, refusing or leaving talks, whose other party is the one
# the talks are held with ("sought talks with Azerbaijan", "walked out of talks with the government":
# CAMEO 026, 164, "- * TALKS [026] # SEEK")
MEETING_PARTNER_TYPES = frozenset({"REQUEST", "AGREE", "REJECT", "SANCTION"})


def meeting_partners(head: Token, plover: str) -> list[Token]:
    """The other party of talks or a meeting (a noun the lexicon codes CONSULT) that a predicate of
    ``MEETING_PARTNER_TYPES`` has as its object or in a phrase: the talks' "with" phrase, also
    through an "of" phrase ("ruled out a resumption of talks with Pakistan"); a "between" phrase
    names talks of others ("called for talks between the army and the rebels")."""
    if plover not in MEETING_PARTNER_TYPES:
        return []
    out: list[Token] = []
    for noun in (head, *prep_objects(head, ("of",))):
        sense = match_noun(noun) if noun.pos_ == "NOUN" else None
        if sense is not None and sense.plover == "CONSULT":
            out.extend(prep_objects(noun, ("with",)))
    return out


def noun_act_targets(noun: Token, plover: str) -> list[Token]:
    """Whom the act a threat, promise or demand noun names is aimed at: the object of its
    infinitive ("a threat to ban the opposition party", "a pledge to help the refugees") or of that
    infinitive's "against" phrase, and the "against" or "on" phrase of its "of" object ("a threat
    of sanctions against the regime"); the act itself is not coded apart (docs/annotation-guide.md
    section 2: requested, promised or threatened actions)."""
    if plover not in ACT_NOUN_TYPES or _verbless_sentence(noun):
        return []
    out: list[Token] = []
    clauses = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VB"]
    clauses = [c for c in clauses if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    for clause in clauses:
        # an actor only ("a threat to close the strait" aims at no one), in a phrase with no finite
        # verb in it (a verbless parse may take the sentence's verb for a modifier of the object)
        out.extend(o for o in clause.children if o.dep_ == "dobj" and _plain_actor(o))
        out.extend(prep_objects(clause, ("against",)))
    for thing in prep_objects(noun, ("of",)):
        out.extend(prep_objects(thing, ("against", "on")))
    return out


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _plain_actor(obj: Token) -> bool:
    """Whether an object names an actor in a phrase holding no finite verb."""
    return names_actor(obj) and not names_thing(obj) and not any(t.tag_ in _FINITE_TAGS for t in obj.subtree)


def subjunctive_subjects(token: Token) -> list[Token]:
    """The subjects of a request's that-clauses in the subjunctive, a bare base form in the active
    ("asked that the council reconsider"): the ones asked to act ("asked that the envoy be
    recalled" asks no one named)."""
    out = []
    for clause in (c for c in token.children if c.dep_ == "ccomp" and c.tag_ == "VB" and c.i > token.i):
        if any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
            subj, passive = subject_of(clause)
            if subj is not None and not passive:
                out.append(subj)
    return out


def addressees(token: Token, candidates: list[Token]) -> list[Token]:
    """The one an appeal asks among its target candidates: the subject of a "for ... to" clause
    first ("urged an end to the fighting and for both sides to return to talks"), never the people
    asked for ("asked for more police officers"; a thing asked for names its owner: "called for the
    minister's resignation"), and for a participle the one its verb is written or turned to, after
    its own ("wrote to the minister asking for ...")."""
    asked_for = {
        c.i
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "for"
        for c in prep.children
        if c.dep_ == "pobj" and not names_thing(c)
    }
    out = _for_clause_subjects(token) + [c for c in candidates if c.i not in asked_for]
    if token.dep_ == "advcl" and token.tag_ == "VBG":
        out.extend(prep_objects(token.head, ("to",)))
    return out


def conjunct_subject(token: Token, subject: Token | None) -> Token | None:
    """The subject of the verb a verb is coordinated with, when the verb's own subject is "they" or
    "it" agreeing with it in number ("Officials in Lima met the envoy, and they condemned the raid";
    "The ministry said troops had fired, and it condemned the shooting"): the pronoun takes up the
    first clause's subject, as a reader reads it; else None. "it" never stands for a person."""
    if subject is None or subject.tag_ != "PRP" or token.dep_ != "conj":
        return None
    if token.head.pos_ not in ("VERB", "AUX"):
        return None
    first = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    if first is None or first.i > subject.i or first.pos_ == "PRON" or not names_actor(first):
        return None

    def collective(head: Token) -> bool:
        # "the crowd ... they": a noun of a body of people is taken up with either pronoun
        return head.pos_ == "NOUN" and head.lemma_.lower() in argument_kinds().collective_nouns

    def agrees(head: Token) -> bool:
        plural = head.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in head.children)
        # a plural common noun opening a sentence may be tagged a singular name ("Rebels in ...")
        opening = head.is_sent_start and head.pos_ == "PROPN" and not head.ent_type_
        plural = plural or (opening and head.lower_.endswith("s") and not head.lower_.endswith("ss"))
        if subject.lower_ == "they":
            return plural or collective(head)
        return not plural and head.ent_type_ != "PERSON"

    if subject.lower_ not in ("they", "it") or not agrees(first):
        return None
    # "Troops fired on the protesters and they threw stones": another actor of the first clause
    # that agrees leaves the pronoun open
    others = [c for c in token.head.children if c.dep_ in ("dobj", "dative") and c.i < token.i]
    preps = [c for c in token.head.children if c.dep_ == "prep" and c.i < token.i]
    # a time ("on Friday") is never the doer a pronoun stands for
    objects = (p for c in preps for p in c.children if p.dep_ == "pobj")
    others += [p for p in objects if p.ent_type_ not in ("DATE", "TIME")]
    if any((names_actor(o) or collective(o)) and agrees(o) for o in others):
        return None
    return first


def misattached_conjunct(token: Token, subject: Token | None) -> Token | None:
    """The reporting verb a coordinated verb with no subject of its own belongs to when the parse
    hung it on that verb's reported clause, whose subject names no actor ("The ministry said the
    move was a response, and accused Britain": the ministry accused); else None."""
    clause = token.head
    if token.dep_ != "conj" or has_own_subject(token) or clause.dep_ != "ccomp":
        return None
    reporter = clause.head
    if reporter.lemma_.lower() not in cues().reporting_verbs or reporter.i > clause.i:
        return None
    if subject is None or subject.head.i != clause.i or names_actor(subject):
        return None
    return reporter


# the indefinite articles: a phrase they open names someone new to the story, not one named before
INDEFINITE_ARTICLES = ("a ", "an ")


def _same_actor(source: dict[str, Any] | None, target: dict[str, Any] | None) -> bool:
    """Whether a target is its event's source again: a mention of the same entity, or the same
    name written again ("A and B clashed before B hit A" read with B on both sides), unless it is an
    indefinite phrase ("a man stabbed a man": two men)."""
    if not source or not target:
        return False
    owned = possessed(source) or possessed(target)
    if source.get("entity") and source.get("entity") == target.get("entity") and not owned:
        return True
    if source.get("country") and target.get("country") and source["country"] != target["country"]:
        # "the presidents of Moldova and Belarus": one phrase, one actor per country it names
        return False
    text = str(source.get("text") or "").strip().lower()
    if text.startswith(INDEFINITE_ARTICLES):
        # "a man stabbed a man outside a bar": an indefinite phrase brings in someone new each time
        return False
    return bool(text) and text not in PRONOUNS and text == str(target.get("text") or "").strip().lower()


def other_targets(
    source: dict[str, Any] | None, targets: list[dict[str, Any] | None]
) -> list[dict[str, Any] | None]:
    """The targets of a source that are not the source itself (none left: no target)."""
    out = [t for t in targets if not _same_actor(source, t)]
    return out or [None]


# a participle clause or a clause a subordinating conjunction opens, beside a predicate, is a
# predicate of its own: "..., visibly frustrating the mayor", "argued outside the bar before the
# other man drew a knife"; an infinitive of purpose may name whom the act is for ("sent aid to help
# the refugees"), a condition whom a threat or a demand is aimed at ("if the United States deploys
# the missiles"), and a predicate's complement is its own content ("complained that Russia was
# blocking the talks")
OTHER_CLAUSE_DEPS = frozenset({"advcl", "parataxis"})
CONDITION_MARKS = frozenset({"if", "unless"})
PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})


def _other_clause(token: Token) -> bool:
    """Whether a dependent heads a clause of a predicate of its own: an adverbial clause or one set
    beside the predicate (``OTHER_CLAUSE_DEPS``) that is a participle or opened by a conjunction
    other than a condition's."""
    if token.dep_ not in OTHER_CLAUSE_DEPS:
        return False
    marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
    if marks:
        return not marks & CONDITION_MARKS
    # a participle the parse tags as an adjective still heads a clause when it has an object
    # ("visibly frustrating the mayor")
    participle = token.tag_ in PARTICIPLE_TAGS or any(c.dep_ == "dobj" for c in token.children)
    return participle and not any(c.dep_ == "aux" for c in token.children)


def _finite_relative(token: Token) -> bool:
    """Whether a dependent heads a finite relative clause ("critics who say ...", "the crash that killed
    a man"), not an infinitive that says what its noun is for ("a rally to protest the law")."""
    if token.dep_ != "relcl":
        return False
    return not any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)


def circumstance(token: Token) -> bool:
    """Whether a prepositional phrase (its preposition) tells when an event happens: a preposition
    of time (``temporal_preps``: "met after the president's visit", "amid the protests") or an
    object that names a time ("on the eve of the talks with the rebels", "on the anniversary of the
    war")."""
    if token.dep_ != "prep":
        return False
    if token.lower_ in argument_kinds().temporal_preps:
        return True
    return any(c.dep_ == "pobj" and names_time(c) for c in token.children)


def absence(token: Token) -> bool:
    """Whether a prepositional phrase (its preposition) names what an event goes without
    (``absence_preps``: "attacked without UN approval", "acted without the consent of parliament"):
    its names are no party to the event."""
    return token.dep_ == "prep" and token.lower_ in argument_kinds().absence_preps


def inhabitants(place: Token) -> Token | None:
    """The people a place noun is named by as their home, the agent of its participle of a verb of
    ``inhabitant_verbs`` ("villages inhabited by ethnic Albanians", "districts populated by
    Kurds"): an act on the place is aimed at them. None for any other word."""
    if place.pos_ != "NOUN" or not names_place(place):
        return None
    for clause in place.children:
        if (
            clause.dep_ == "acl"
            and clause.tag_ == "VBN"
            and clause.lemma_.lower() in argument_kinds().inhabitant_verbs
        ):
            agent = agent_of(clause)
            if agent is not None and names_actor(agent):
                return agent
    return None


# prepositions whose object an act is aimed at ("an attack on the town", "a strike against the base")
VICTIM_PREPS = frozenset({"on", "against"})


def outside_scope(token: Token, cameo: str, own: frozenset[int] = frozenset()) -> set[int]:
    """The words of a predicate's phrase that name no party to its event of CAMEO code ``cameo``:
    those in a clause of another predicate (``_other_clause``; not the predicates folded into this
    one, ``own``), those in a finite relative clause, which tells what its noun does or undergoes
    ("criticized critics who say the union is finished", "investigated the crash that killed a man at
    a Springfield home"), and those in a phrase of the event's circumstances (``circumstance``). Threats,
    force postures, coercion, force and military retreat (``answering_codes``) may be aimed at the
    actors of their background or purpose ("troops were put on alert to forestall violence after
    attacks by the rebels"): their whole phrase stays in scope, but for a phrase of what the event
    goes without (``absence``: "attacked without UN approval"), which names no party to any."""
    out: set[int] = set()
    for word in token.subtree:
        if word.i != token.i and absence(word):
            out.update(t.i for t in word.subtree)
    if cameo.startswith(argument_kinds().answering_codes):
        # whom an attack yet to come would hit ("a response to any attack on its soldiers") is the
        # threatener's own side, not the one threatened; its doer ("any attack by the rebels") stays
        for word in token.subtree:
            if word.i == token.i:
                continue
            if word.i not in own and clause_act(word):
                # "closed the crossing after Israel bombed Gaza": the clause's act is its doers' own
                out.update(t.i for t in word.subtree)
            elif names_act(word) and nonspecific(word):
                for prep in word.children:
                    if prep.dep_ == "prep" and prep.lower_ in VICTIM_PREPS:
                        out.update(t.i for t in prep.subtree)
        return out
    for word in token.subtree:
        if word.i == token.i or word.i in out or word.i in own:
            continue
        if _other_clause(word) or _finite_relative(word) or circumstance(word):
            out.update(t.i for t in word.subtree)
    return out
