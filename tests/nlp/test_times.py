import time

import pytest

from dateline.nlp import get_nlp
from dateline.nlp.time_grammar import rules
from dateline.nlp.time_resolvers import duration_value, parse_number
from dateline.nlp.times import NO_ANCHOR_WARNING


def tag(text: str, published: str | None = "2015-03-22"):
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.published = published
    doc._.dateline = None
    doc._.warnings = []
    doc = nlp(doc)
    return doc


def values(text: str, published: str | None = "2015-03-22") -> dict[str, tuple[str, str | None]]:
    return {t["text"]: (t["type"], t["value"]) for t in tag(text, published)._.times}


def test_example_gold_times(example_article, example_gold):
    by_text = {t.text: t for t in example_article.times}
    for must in example_gold["times"]["must"]:
        assert by_text[must["surface"]].value == must["resolved"]
    assert by_text["this week"].value == "2015-W12"
    assert by_text["last week"].value == "2015-W11"
    assert by_text["the past year"].value == "P1Y"
    for t in example_article.times:
        assert example_article.body[t.start : t.end] == t.text
        assert t.id.startswith("T")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harper is scheduled to meet Stoltenberg on Monday.", {"Monday": ("DATE", "2015-03-23")}),
        ("On Sunday, the general told reporters.", {"Sunday": ("DATE", "2015-03-22")}),
        ("The minister spoke on Thursday.", {"Thursday": ("DATE", "2015-03-19")}),
        ("The vote will be held Thursday.", {"Thursday": ("DATE", "2015-03-26")}),
        ("He took the post last October.", {"last October": ("DATE", "2014-10")}),
        ("He took the post last February.", {"last February": ("DATE", "2014-02")}),
        ("He took the post last January.", {"last January": ("DATE", "2015-01")}),
        ("The photo was taken Mar. 18, 2015.", {"Mar. 18, 2015": ("DATE", "2015-03-18")}),
        ("It happened on 18 March 2014.", {"18 March 2014": ("DATE", "2014-03-18")}),
        (
            "Troops arrived yesterday and leave tomorrow.",
            {"yesterday": ("DATE", "2015-03-21"), "tomorrow": ("DATE", "2015-03-23")},
        ),
        ("The war ended two years ago.", {"two years ago": ("DATE", "2013")}),
        ("The talks lasted three years.", {"three years": ("DURATION", "P3Y")}),
        ("Fighting has raged over the past two months.", {"the past two months": ("DURATION", "P2M")}),
        ("Output rose in the third quarter.", {"the third quarter": ("DATE", "2014-Q3")}),
        ("Output will rise in the third quarter.", {"the third quarter": ("DATE", "2015-Q3")}),
        ("The talks resume on Saturday, March 28.", {"Saturday, March 28": ("DATE", "2015-03-28")}),
        ("The minister arrived on Nov. 4.", {"Nov. 4": ("DATE", "2014-11-04")}),
        ("The minister arrived on Feb. 4.", {"Feb. 4": ("DATE", "2015-02-04")}),
        ("The offer expired on April 2.", {"April 2": ("DATE", "2015-04-02")}),
        ("Prices fell in the 1990s.", {"the 1990s": ("DATE", "199")}),
        ("Prices fell in 1987.", {"1987": ("DATE", "1987")}),
        ("The budget is voted each year.", {"each year": ("SET", "P1Y")}),
        ("Prices are now higher.", {"now": ("DATE", "PRESENT_REF")}),
        ("He recently resigned.", {"recently": ("DATE", "PAST_REF")}),
        ("The vote is next month.", {"next month": ("DATE", "2015-04")}),
        ("Sales rose last year.", {"last year": ("DATE", "2014")}),
        ("The plane landed at 7:15 p.m. Friday.", {"7:15 p.m. Friday": ("TIME", "2015-03-20T19:15")}),
        ("Snow fell this winter.", {"this winter": ("DATE", "2015-WI")}),
    ],
)
def test_resolution(text, expected):
    got = values(text)
    for surface, want in expected.items():
        assert got.get(surface) == want, (surface, got)


def test_no_false_times_in_numbers():
    got = values("The army sent 2000 troops and $1987 million. May I ask? They march on.")
    assert "2000" not in got and "1987" not in got
    assert "May" not in got and "march" not in got


def test_no_anchor_gives_null_and_warning():
    doc = tag("The council met on Monday. The war ended in 1987.", published=None)
    by_text = {t["text"]: t for t in doc._.times}
    assert by_text["Monday"]["value"] is None
    assert by_text["1987"]["value"] == "1987"
    assert any(w == NO_ANCHOR_WARNING.format(n=1) for w in doc._.warnings)


def test_empty_and_caps_and_foreign():
    assert tag("")._.times == []
    assert tag("   \n ")._.times == []
    caps = tag("THE MINISTER RESIGNED LAST OCTOBER AND LEFT ON MONDAY.")
    assert {t["value"] for t in caps._.times} >= {"2014-10"}
    assert any("capitals" in w for w in caps._.warnings)
    tag("Le ministre a démissionné lundi dernier. Der Minister ist am Montag zurückgetreten.")


def test_linear_time_on_long_text():
    nlp = get_nlp()
    tagger = nlp.get_pipe("dateline_times")
    sentence = "On Monday, 45,000 troops moved and 2,000 more left last week after the third quarter. "
    timings = []
    for copies in (25, 200):
        doc = tag(sentence * copies)
        start = time.perf_counter()
        tagger(doc)
        timings.append(time.perf_counter() - start)
        assert len(doc._.times) == 3 * copies
    assert timings[1] < 16 * timings[0] + 1.0


def test_span_leaves_out_determiners_of_modified_nouns_and_bounding_prepositions():
    doc = tag(
        "It posted a third-quarter loss, its fourth quarter was weak and the deal closes within a week."
    )
    by_text = {t["text"]: t for t in doc._.times}
    assert set(by_text) >= {"third-quarter", "fourth quarter", "a week"}
    assert by_text["a week"]["mod"] == "EQUAL_OR_LESS"
    assert "the past year" in values("Prices rose over the past year.")


def test_time_words_inside_names_are_not_times():
    got = values("She told USA Today that she would leave.")
    assert "Today" not in got


def test_numbers_and_durations():
    assert parse_number("twenty-four") == 24
    assert parse_number("45,000") == 45000
    assert parse_number("a") == 1
    assert parse_number("several") is None
    assert duration_value(parse_number("2 1/2"), "Y") == "P2Y6M"
    assert duration_value(None, "M") == "PXM"
    assert duration_value(parse_number("3"), "TH") == "PT3H"


def test_rules_compile():
    assert len(rules()) > 20


WORDS = (
    "last next this the early mid late morning night Monday Friday March May Mar. 18 , 2015 1990s "
    "'80s two years ago week weekend quarter third-quarter fiscal 1989 at 7:15 p.m. noon each every "
    "a an year-ago period within over nearly more than now recently yesterday today tomorrow of in "
    "summer fall twenty-four hundred decades centuries ended ending said will was"
).split()


def test_random_time_words_never_crash():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=25, deadline=None)
    @given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25), st.sampled_from([None, "2015-03-22"]))
    def check(words, published):
        text = " ".join(words)
        doc = tag(text, published)
        for t in doc._.times:
            assert text[t["start"] : t["end"]] == t["text"] and t["text"].strip()
            assert t["type"] in ("DATE", "TIME", "DURATION", "SET")

    check()


def test_mostly_capitals_reads_letters_only() -> None:
    from dateline.nlp.times import mostly_capitals

    assert mostly_capitals("THE HARBOUR BOARD MET ON 12 MAY 2024 IN VELL")
    assert not mostly_capitals("The harbour board met on 12 May 2024 in Vell")
    assert not mostly_capitals("SHORT TEXT")
    # capitals that are no letters are not counted among the letters
    assert not mostly_capitals("ⒶⒷⒸⒹⒺⒻⒼⒽⒾⒿⓀⓁⓂⓃⓄⓅⓆⓇⓈⓉⓊⓋ the harbour board met in vell on friday")


def test_word_tree_alternation_matches_as_the_list_longest_first() -> None:
    import re

    from dateline.nlp.time_grammar import _alternation

    words = ["a", "an", "a couple", "a couple of", "a couple more", "seven", "seventy", "six", "mid", "mid-"]
    flat = (
        "(?:"
        + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w)))
        + ")"
    )
    texts = [
        "a couple of  years, a couple more days and seventy-six weeks",
        "an hour, a  couple weeks, seven years, mid-March and the mid term",
        "Seventy Six trombones; A COUPLE OF days",
    ]
    for tail in (r"\b", r"\s+(?:years|weeks|days)", r"(?:ty)?-six", r"\s+of"):
        for text in texts:
            want = [m.span() for m in re.finditer(flat + tail, text, re.I)]
            assert [m.span() for m in re.finditer(_alternation(words) + tail, text, re.I)] == want
    assert _alternation(["seven", "seventy", "six"]) == "(?:s(?:even(?:ty)?|ix))"
    assert _alternation(["may", "june"], capitalised=True) == "(?-i:(?:June|May))"
