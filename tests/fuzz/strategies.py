"""Hypothesis strategies for hostile inputs: random bytes, random and deeply nested HTML, news-like text."""

from __future__ import annotations

from hypothesis import strategies as st

# fmt: off
TAGS = [
    "div",
    "p",
    "span",
    "article",
    "main",
    "script",
    "style",
    "table",
    "tr",
    "td",
    "a",
    "b",
    "i",
    "h1",
    "h2",
    "li",
    "ul",
    "header",
    "footer",
    "nav",
    "aside",
    "meta",
    "br",
    "iframe",
    "svg",
    "title",
    "noscript",
    "template",
    "form",
    "figure",
    "figcaption",
    "blockquote",
    "time",
    "head",
    "body",
    "html",
]
ATTRS = ["class", "id", "href", "src", "content", "property", "name", "style", "onload", "datetime", "lang"]
WORDS = [
    "Minister",
    "said",
    "on",
    "Monday",
    "the",
    "police",
    "killed",
    "WASHINGTON",
    "(Reuters)",
    "-",
    "—",
    "Advertisement",
    "Share",
    "this",
    "article",
    "\u201cWe",
    "will",
    "fight,\u201d",
    "By",
    "JOHN",
    "SMITH",
    "12",
    "per",
    "cent",
    "2015",
    "Photo:",
    "AP",
    "\u00a9",
    "\u200b",
    "\ufeff",
    "\x00",
    "\r",
    "&amp;",
    "&#0;",
    "&#xD800;",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "\u202e",
    "é",
    "中文",
    "\U0001f600",
]

text_chunks = st.one_of(
    st.text(max_size=60),
    st.sampled_from(WORDS),
    st.lists(st.sampled_from(WORDS), max_size=12).map(" ".join),
)


def _attrs() -> st.SearchStrategy[str]:
    pair = st.tuples(st.sampled_from(ATTRS), st.text(max_size=20)).map(
        lambda kv: f' {kv[0]}="{kv[1].replace(chr(34), "&quot;")}"'
    )
    return st.lists(pair, max_size=3).map("".join)


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.tuples(st.sampled_from(TAGS), _attrs(), st.lists(children, max_size=4), st.booleans()).map(
        lambda t: f"<{t[0]}{t[1]}>{''.join(t[2])}" + (f"</{t[0]}>" if t[3] else "")
    )


html_fragments = st.recursive(text_chunks, _element, max_leaves=40)

html_pages = st.one_of(
    html_fragments,
    html_fragments.map(
        lambda b: f"<!doctype html><html><head><title>T</title></head><body>{b}</body></html>"
    ),
    st.tuples(st.sampled_from(TAGS), st.integers(1, 3000), text_chunks).map(
        lambda t: f"<{t[0]}>" * t[1] + t[2]
    ),
)

news_text = st.lists(
    st.one_of(text_chunks, st.sampled_from(["\n", "\n\n", "\n\n\n", "  ", "\t"])), max_size=60
).map(" ".join)

raw_bytes = st.one_of(
    st.binary(max_size=2000),
    news_text.map(lambda s: s.encode("utf-8", "surrogatepass")),
    html_pages.map(lambda s: s.encode("utf-8", "surrogatepass")),
    st.tuples(
        news_text, st.sampled_from(["utf-16", "utf-32", "cp1252", "latin-1", "utf-8-sig", "koi8-r"])
    ).map(lambda t: t[0].encode(t[1], "replace")),
)
