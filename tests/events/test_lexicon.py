import pytest

from dateline.events.lexicon import cues, lexicon, match_noun, match_verb, recode
from dateline.nlp import get_nlp
from dateline.ontology.cameo import plover_types

PLOVER_TYPES = set(plover_types())  # pinned to the 16 types in tests/ontology/test_cameo.py


def _token(text: str, word: str):
    return next(t for t in get_nlp()(text) if t.text == word)


def test_every_sense_has_a_plover_type_and_a_cameo_code():
    lex = lexicon()
    senses = [s for senses in lex.verbs.values() for s in senses] + list(lex.nouns.values())
    assert len(senses) > 250
    for sense in senses:
        if not sense.plover and not sense.cameo:
            # a sense of the verb that is no event ("struck off the register")
            assert sense.specificity, sense
            continue
        assert sense.plover in PLOVER_TYPES, sense
        assert sense.cameo.isdigit() and 2 <= len(sense.cameo) <= 4, sense


def test_more_specific_senses_are_tried_first():
    for senses in lexicon().verbs.values():
        ranks = [s.specificity for s in senses]
        assert ranks == sorted(ranks, reverse=True)


@pytest.mark.parametrize(
    ("text", "word", "plover", "cameo"),
    [
        ("The government is sending rifles and ammunition to the militia.", "sending", "AID", "072"),
        ("The army is sending troops to the northern frontier.", "sending", "MOBILIZE", "154"),
        ("The governor lifted the curfew in the capital.", "lifted", "CONCEDE", "0813"),
        ("The cabinet eased the state of emergency in the north.", "eased", "CONCEDE", "0814"),
        ("The council imposed sanctions on the mining company.", "imposed", "SANCTION", "163"),
        ("The two agencies shared intelligence with the border police.", "shared", "COOPERATE", "064"),
        ("Officers arrested the opposition leader at his home.", "arrested", "COERCE", "173"),
        ("A judge sentenced the editor to two years in prison.", "sentenced", "SANCTION", "116"),
        ("The rebels released the hostages on Friday.", "released", "RETREAT", "0841"),
        # a participle standing for people names them, though lemmatised as its verb
        ("Rescue teams evacuated the injured from the flooded village.", "evacuated", "AID", "073"),
    ],
)
def test_verb_codes_depend_on_the_arguments(text, word, plover, cameo):
    sense = match_verb(_token(text, word))
    assert sense is not None and (sense.plover, sense.cameo) == (plover, cameo)


def test_sharing_what_is_no_information_is_no_intelligence_sharing():
    assert match_verb(_token("The two universities shared their expertise in farming.", "shared")) is None


def test_a_code_about_persons_needs_an_object_naming_people():
    assert match_verb(_token("The ministry released the unemployment figures on Monday.", "released")) is None


def test_every_frame_follows_the_crosswalk():
    from dateline.ontology.cameo import cameo_code

    lex = lexicon()
    for sense in [s for senses in lex.verbs.values() for s in senses] + list(lex.nouns.values()):
        if sense.cameo:
            assert cameo_code(sense.cameo).plover_type == sense.plover, sense


def test_two_word_event_nouns():
    assert match_noun(_token("They began a hunger strike.", "strike")).cameo == "142"
    assert match_noun(_token("The union called a strike.", "strike")).cameo == "143"


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Nurses in Manila went on strike over pay.", "143"),
        ("Workers at a plant near Ohio went on strike.", "143"),
        ("Kenya carried out strikes on the camps.", "190"),
        ("The navy of Peru carried out strikes along the river.", "190"),
        ("The rebels in the north carried out strikes on the base.", "190"),
    ],
)
def test_a_strike_is_force_only_when_its_doer_is_armed_or_a_state(text, cameo):
    # a place named where the doers are makes them no state
    assert match_noun(_token(text, "strikes" if "strikes" in text else "strike")).cameo == cameo


def test_recode_uses_the_longest_prefix():
    table = cues().intent_recode
    assert recode("072", table) == ("0332", "AGREE")
    assert recode("0874", table) == ("0356", "AGREE")
    assert recode("190", table) == ("138", "THREATEN")
    assert recode("120", table) is None


@pytest.mark.parametrize(
    "text",
    [
        "A Texas jury found the former mayor guilty of fraud on Tuesday.",
        "The Egyptian court sentenced the journalist to three years.",
        "The Brazilian court convicted the former president of corruption.",
    ],
)
def test_a_conviction_or_sentence_is_a_sanction(text):
    events = get_nlp()(text)._.events
    assert [(e["plover"]["type"], e["plover"]["mode"]) for e in events] == [("SANCTION", "convict")]


def test_a_resignation_is_a_retreat():
    events = get_nlp()("The Nigerian oil minister resigned on Monday.")._.events
    assert [(e["plover"]["type"], e["plover"]["mode"]) for e in events] == [("RETREAT", "resign")]


@pytest.mark.parametrize(
    ("text", "word", "plover", "cameo"),
    [
        # a dictionary pattern's object word is the head of the phrase, not a modifier
        ("Two aid workers were released by the kidnappers.", "released", "RETREAT", "0841"),
        ("The donors released emergency aid for the flood zone.", "released", "AID", "070"),
        # a particle the parser reads as a preposition still makes the phrasal verb
        ("The junta forced the observers out of the country.", "forced", "COERCE", "174"),
    ],
)
def test_dictionary_heads_and_particles(text, word, plover, cameo):
    sense = match_verb(_token(text, word))
    assert sense is not None and (sense.plover, sense.cameo) == (plover, cameo)


@pytest.mark.parametrize(
    ("text", "word", "plover"),
    [
        # a phrasal verb of the dictionary is a word of its own
        ("The supreme court struck down the ban on rallies.", "struck", None),
        ("The militia gave up its heavy weapons.", "gave", "CONCEDE"),
        # one of the same kind keeps the verb's sense
        ("Insurgents shot down an army helicopter.", "shot", "ASSAULT"),
    ],
)
def test_phrasal_verbs(text, word, plover):
    sense = match_verb(_token(text, word))
    assert (sense.plover if sense is not None else None) == plover


@pytest.mark.parametrize(
    ("text", "word", "plover"),
    [
        # a block's default follows what most of its patterns say: considering is no consultation
        ("The cabinet considered the governor of the central bank.", "considered", None),
        # a default none of the block's patterns shares the root of codes nothing: introducing is no
        # consultation (INTRODUCE [040])
        ("The senator introduced the visiting delegation.", "introduced", None),
    ],
)
def test_a_block_default_follows_its_patterns(text, word, plover):
    sense = match_verb(_token(text, word))
    assert (sense.plover if sense is not None else None) == plover


@pytest.mark.parametrize(
    ("text", "word", "plover"),
    [
        # a phrasal verb whose verb is no member of its block heads it and codes its default
        ("The opposition leader lashed out at the ruling party.", "lashed", "ACCUSE"),
        ("The junta kicked out the foreign reporters.", "kicked", "COERCE"),
        ("The militia wiped out the garrison.", "wiped", "ASSAULT"),
        # without its particle the verb is another word
        ("The farmer kicked the ball.", "kicked", None),
    ],
)
def test_phrasal_verbs_code_their_block_default(text, word, plover):
    sense = match_verb(_token(text, word))
    assert (sense.plover if sense is not None else None) == plover


def test_a_phrasal_verb_aims_at_the_object_of_its_preposition():
    events = get_nlp()("The Iranian foreign minister lashed out at Britain on Monday.")._.events
    assert [(e["plover"]["type"], e["target"]["country"]) for e in events] == [("ACCUSE", "GBR")]


@pytest.mark.parametrize(
    ("text", "word", "plover", "cameo"),
    [
        # a dictionary pattern naming a particle and an object matches the parse's particle
        ("The rebels set off explosives near the barracks.", "set", "ASSAULT", "183"),
        ("The government put off the talks with the rebels.", "put", "SANCTION", "164"),
        ("The court threw out the charges against the editor.", "threw", "CONCEDE", "081"),
    ],
)
def test_dictionary_patterns_with_a_particle(text, word, plover, cameo):
    sense = match_verb(_token(text, word))
    assert sense is not None and (sense.plover, sense.cameo) == (plover, cameo)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Two wounded guards were rushed to hospital after the explosion.", "rushed"),
        ("A badly injured reporter was rushed to a hospital in the capital.", "rushed"),
    ],
)
def test_a_passive_verb_of_motion_with_a_destination_is_no_visit(text, word):
    assert match_verb(_token(text, word)) is None


@pytest.mark.parametrize(
    ("text", "word", "plover"),
    [
        # the same verbs in the active voice are travel by their subject
        ("The foreign minister rushed to Cairo for talks with his counterpart.", "rushed", "CONSULT"),
        # a sense naming what is sent keeps it in the passive ("an envoy was sent")
        ("An envoy was sent to Cairo for talks on the ceasefire.", "sent", "CONSULT"),
    ],
)
def test_active_travel_and_sent_envoys_stay_visits(text, word, plover):
    sense = match_verb(_token(text, word))
    assert sense is not None and sense.plover == plover


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a verb that takes an object, used with none but an "on" phrase, is a prepositional verb
        # (the parser may read the verb as a participle here)
        (
            "The governor's aides and his allies seized on the report, even though its figures were "
            "disputed.",
            "seized",
        ),
        ("The opposition party quickly seized upon the leaked memo.", "seized"),
    ],
)
def test_a_transitive_verb_with_only_an_on_phrase_is_another_sense(text, word):
    assert match_verb(_token(text, word)) is None


def test_a_seizure_with_an_object_and_an_on_phrase_stays():
    sense = match_verb(_token("Customs officers seized the weapons on the border.", "seized"))
    assert sense is not None and sense.plover == "COERCE"
