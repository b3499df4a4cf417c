from dateline.errors import EmptyInput
from dateline.sources.agreement import merge, shingle_set
from dateline.sources.html import extract_html, readability_text

STORY = [
    "The city council passed the budget on Monday after a debate that lasted most of the night.",
    "Councillors voted nine to four in favour, with the mayor casting the deciding vote on the levy.",
    "The budget raises spending on transit and housing, and cuts the road repair fund by a third.",
    "Opponents said the cuts would leave potholes unfilled for another winter in the outer wards.",
]


def _page(extra_top: str = "", extra_bottom: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        "<html><head><title>Council passes budget</title>"
        '<meta property="article:published_time" content="2019-11-18T10:00:00Z">'
        '<meta name="author" content="Jane Smith"></head><body>'
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>Council passes budget</h1>{extra_top}{paragraphs}{extra_bottom}</article>"
        "<footer>Copyright 2019 The Example Times</footer></body></html>"
    )


def test_shingle_set():
    assert shingle_set("One two three") == {("one", "two", "three")}
    assert len(shingle_set("a b c d e f")) == 3
    assert shingle_set("") == set()


def test_merge_trims_edges_the_other_extractor_lacks():
    body = "\n".join(STORY)
    assert merge("Subscribe to our newsletter today\n" + body, body) == body
    assert merge(body + "\nAbout us: we are a company", body) == body


def test_merge_keeps_middle_paragraphs():
    secondary = "\n".join(STORY[:1] + STORY[2:])
    assert merge("\n".join(STORY), secondary) == "\n".join(STORY)


def test_merge_takes_the_generous_reading_when_the_precise_one_missed_half():
    assert merge(STORY[0], "\n".join(STORY * 1 + [s.upper() + " more words here" for s in STORY])) != STORY[0]
    assert merge(STORY[0], "") == STORY[0]
    assert merge("", "\n".join(STORY)) == "\n".join(STORY)


def test_merge_keeps_the_precise_reading_when_they_disagree():
    other = "A different text about football and the weekend scores in the league table."
    assert merge("\n".join(STORY), other) == "\n".join(STORY)


def test_extract_html_body_and_metadata():
    page = extract_html(_page())
    assert page.text.split("\n")[-4:] == STORY
    assert page.title == "Council passes budget"
    assert page.date == "2019-11-18"
    assert page.authors == ["Jane Smith"]


def test_readability_text_one_block_per_line():
    text = readability_text(_page())
    assert all(p in text.split("\n") for p in STORY)


def test_page_without_article_raises():
    try:
        extract_html("<html><body><nav><a href='/'>Home</a></nav></body></html>", document="x.html")
    except EmptyInput as exc:
        assert "no article" in str(exc)
    else:
        raise AssertionError("EmptyInput expected")


def test_page_title_without_site_name():
    from dateline.sources.html import page_title

    assert page_title("Plum Chutney | The Pantry Diaries", "The Pantry Diaries") == "Plum Chutney"
    assert page_title("Rover mission - OrbitWire.com", "OrbitWire.com") == "Rover mission"
    assert page_title("Sale - Vintage 70/80 - Collectibles", "Vintage 70/80 - Collectibles") == "Sale"
    assert page_title("Budget passes - example.com", None, "https://www.example.com/a") == "Budget passes"
    assert page_title("BBC News - Brexit: what next", "BBC News") == "Brexit: what next"
    assert page_title("Brexit: what next", "BBC News") == "Brexit: what next"
    assert page_title("Example", "Example") == "Example"
    assert page_title(None, "Example") is None
