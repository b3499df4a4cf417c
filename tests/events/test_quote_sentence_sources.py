"""The source of a quotation's sentence that does not name its speaker is the speaker's nearest
mention before it, and a he or she judged that the speaker is not called by is someone else
(docs/annotation-guide.md section 3)."""

from lead_probe_kit import dated_events


def _events(text: str, kind: str) -> list[dict]:
    return [e for e in dated_events(text) if e["plover"]["type"] == kind]


def test_a_quote_sentence_before_the_speaker_takes_the_earlier_mention():
    text = (
        "Transport Minister Olga Marsh of Estonia spoke on Friday. "
        '"The port bosses are crooks. They cheated the state," she said.'
    )
    events = [e for e in _events(text, "ACCUSE") if e["trigger"] == "crooks"]
    assert events
    source = events[0]["source"]
    assert source["text"] == "Transport Minister Olga Marsh of Estonia"
    assert source["code"].startswith("EST")
    assert text[source["start"] : source["end"]] == source["text"]


def test_a_quote_sentence_with_its_speaker_keeps_the_speaker_word():
    text = 'Transport Minister Olga Marsh of Estonia spoke on Friday. "The port bosses are crooks," she said.'
    events = _events(text, "ACCUSE")
    assert events and events[0]["source"]["text"] == "she"
    assert events[0]["source"]["code"].startswith("EST")


def test_he_judged_by_a_speaker_called_she_is_coded():
    text = (
        "Opposition leader Dana Petrov of Bulgaria spoke at a rally. "
        '"The prime minister is a coward," she said. "He is a disgrace."'
    )
    events = [e for e in _events(text, "ACCUSE") if e["trigger"] == "disgrace"]
    assert events and events[0]["target"]["text"] == "He"
    assert events[0]["source"]["code"].startswith("BGR")


def test_they_judged_by_one_person_is_left_alone():
    text = 'Mayor Alma Greer of Dublin spoke on Friday. "They are both sound plans," she said.'
    assert not _events(text, "SUPPORT")


def test_a_speaker_about_herself_is_still_no_event():
    text = 'Governor Alma Greer of Ireland spoke on Friday. "I am no coward," she said. "I am proud."'
    assert not _events(text, "ACCUSE") and not _events(text, "SUPPORT")


def test_a_coordinated_earlier_mention_keeps_the_quote_speakers_word():
    text = (
        "Governor Rob Keller of Utah and Senator Lena Voss of Utah clashed on Sunday. "
        '"She is a fraud. She wasted the money," Keller said.'
    )
    events = [e for e in _events(text, "ACCUSE") if e["trigger"] == "fraud"]
    assert events and events[0]["source"]["text"] == "Keller"
    assert events[0]["target"]["text"] == "She"


def test_a_quote_the_parse_splits_from_its_cue_keeps_the_speaker_word():
    text = 'Trade Minister Pavel Rusk of Slovakia spoke on Sunday. "The agency is a disgrace!" he shouted.'
    events = [e for e in _events(text, "ACCUSE") if e["trigger"] == "disgrace"]
    assert events and events[0]["source"]["text"] == "he"
