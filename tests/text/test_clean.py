import pytest

from dateline.text import clean_text


def test_example_acceptance(example_text, example_gold):
    doc = clean_text(example_text)
    assert doc.headline == example_gold["headline"]
    assert doc.dateline.text == example_gold["dateline"]["text"]
    assert doc.body.startswith(example_gold["body_starts_with"])
    assert doc.body.endswith(example_gold["body_ends_with"])
    assert len(doc.paragraphs) == example_gold["body_paragraph_count"]
    for line in example_gold["boilerplate_lines_removed_from_body"]:
        assert line not in doc.body
    kinds = {(r.kind, r.text) for r in doc.removed}
    assert ("caption", example_gold["caption"]["text"]) in kinds
    assert ("credit", example_gold["caption"]["credit"]) in kinds
    for link in example_gold["related_links"]:
        assert any(k == "related" and link in t for k, t in kinds)


def test_paragraph_offsets_point_into_body(example_text):
    doc = clean_text(example_text)
    for p in doc.paragraphs:
        chunk = doc.body[p.start : p.end]
        assert chunk and chunk == chunk.strip() and "\n" not in chunk


def test_dateline_forms():
    for text, expected in [
        ("WASHINGTON (Reuters) - The Senate voted on Tuesday.", "WASHINGTON (Reuters)"),
        ("LONDON, March 3 (AP) — Police arrested two men.", "LONDON, March 3 (AP)"),
        ("OTTAWA – The minister spoke.", "OTTAWA"),
    ]:
        doc = clean_text(f"A headline here\n\n{text}\n\nSecond paragraph of the story.")
        assert doc.dateline is not None, text
        assert doc.dateline.text == expected
        assert not doc.body.startswith(expected.split()[0])


def test_nbsp_and_crlf_normalised():
    doc = clean_text("Headline words\r\n\r\nOTTAWA \u2013 The\u00a0minister spoke.\r\n")
    assert doc.body == "The minister spoke."


def test_byline_and_share_lines_removed():
    text = "Big news today\n\nBy Jane Smith\n\nShare this article\n\nThe council met on Monday.\n"
    doc = clean_text(text)
    assert doc.bylines == ["Jane Smith"]
    assert doc.body == "The council met on Monday."
    assert {r.kind for r in doc.removed} >= {"byline", "share"}


def test_published_line_in_text():
    doc = clean_text("Headline\n\nPublished March 22, 2015\n\nThe council met.")
    assert doc.published is not None and doc.published.value == "2015-03-22"
    assert doc.published.source == "text"


def test_tweet_url_is_not_a_photo_credit():
    tweet = "Why should a free people kneel to bullies? pic.twitter.com/k27pQx9ZrT"
    text = f"Headline words\n\n{tweet}\n\nMore text."
    doc = clean_text(text)
    assert "pic.twitter.com/k27pQx9ZrT" in doc.body
    assert not any(r.kind == "credit" for r in doc.removed)


def test_lead_lines_before_dateline_are_headline_and_standfirst():
    text = (
        "Brentham counts the cost a week after the flood.\n\n"
        "Roads reopened, yet shops stay shuttered while crews clear the mud.\n\n"
        "BRENTHAM - Five days after the river burst its banks, most shops are still closed.\n\n"
        "Second paragraph."
    )
    doc = clean_text(text)
    assert doc.headline == "Brentham counts the cost a week after the flood."
    assert ("standfirst", "Roads reopened, yet shops stay shuttered while crews clear the mud.") in {
        (r.kind, r.text) for r in doc.removed
    }
    assert doc.body.startswith("Five days") and doc.dateline.text == "BRENTHAM"


def test_title_cased_headline_with_a_period():
    doc = clean_text(
        "Survey: Young Renters Desert Labour for the Greens.\n\nA survey shows that renters moved."
    )
    assert doc.headline == "Survey: Young Renters Desert Labour for the Greens."
    assert doc.body == "A survey shows that renters moved."
    sentence = clean_text("The council met on Monday to vote.\n\nIt passed the budget.")
    assert sentence.headline is None and sentence.body.startswith("The council met")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("DON'T MISS", "related"),
        ("SEE MORE: Lisbon strike: 300 nurses walk out", "related"),
        ("Ferry crew stranded after engine fire at sea [NEWS]", "related"),
        ("Email Nora Delacroix at ndelacroix@harbourdaily.com or follow her @noradelx.", "contact"),
        ("Have a tip? Amy Smith may be reached at asmith@example.com.", "contact"),
        ("Follow us on Twitter @Spacedotcom and on Facebook.", "contact"),
        ("Sign up for The Morning Ledger now to receive our free weekly newsletter.", "newsletter"),
        ("Click here for more information.", "advert"),
        ("Tags: politics, elections, Congress", "navigation"),
        ("Tell us what YOU think...", "share"),
        ("Continue reading the main story", "advert"),
    ],
)
def test_page_furniture_lines(line, kind):
    doc = clean_text(f"A headline here\n\nThe council met on Monday.\n\n{line}\n\nIt passed the budget.")
    assert (kind, line) in {(r.kind, r.text) for r in doc.removed}
    assert line not in doc.body


@pytest.mark.parametrize(
    "line",
    [
        "Anyone with information should email police at tips@police.example.org, officials said.",
        "Follow-up talks are planned for next week, the minister said.",
        "The senator said she would not miss the vote.",
    ],
)
def test_story_lines_like_furniture_are_kept(line):
    doc = clean_text(f"A headline here\n\nThe council met on Monday.\n\n{line}")
    assert line in doc.body


def test_furniture_flattened_into_a_paragraph_is_cut():
    doc = clean_text(
        "A headline here\n\nThe council met on Tuesday. Advertisement Continue reading the main story "
        "The mayor said the plan would pass. ADVERTISEMENT The vote is next week."
    )
    expected = "The council met on Tuesday. The mayor said the plan would pass. The vote is next week."
    assert doc.body == expected
    assert [(r.kind, r.text) for r in doc.removed] == [
        ("advert", "Advertisement Continue reading the main story"),
        ("advert", "ADVERTISEMENT"),
    ]
    assert doc.paragraphs[0].end == len(doc.body)


@pytest.mark.parametrize(
    "line",
    [
        "The agency said the advertisement would continue running through May.",
        "Readers who continue reading the main story will find the mayor's reply at the end.",
    ],
)
def test_prose_about_adverts_is_kept(line):
    doc = clean_text(f"A headline here\n\nThe council met on Monday.\n\n{line}")
    assert line in doc.body
