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
