"""The benchmark corpus: the real articles of ../shared/eval (5w1h, quotes, html) and the example."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def real_articles(shared: Path = SHARED) -> list[dict]:
    """Each real article once: ``{"kind": "text"|"html", "text" or "html", "plain", "published"}``.

    ``plain`` is the article's text as raw spaCy gets it (the gold body for HTML pages).
    """
    out: list[dict] = []
    example = shared / "examples" / "harper-stoltenberg-2015.txt"
    if example.exists():
        text = example.read_text(encoding="utf-8")
        out.append({"kind": "text", "text": text, "plain": text, "published": "2015-03-22"})
    for name, title_key, date_key in (("5w1h", "title", "date"), ("quotes", "title", "date")):
        path = shared / "eval" / f"{name}.dev.jsonl"
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            text = f"{rec.get(title_key) or ''}\n\n{rec['text']}".strip()
            out.append(
                {"kind": "text", "text": text, "plain": text, "published": (rec.get(date_key) or "")[:10]}
            )
    path = shared / "eval" / "html.dev.jsonl"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            out.append(
                {"kind": "html", "html": rec["html"], "url": rec.get("url"), "plain": rec["gold_body"]}
            )
    return out


def replicate(articles: list[dict], n: int) -> list[dict]:
    """``n`` documents cycling through the articles, each made unique (its own content hash)."""
    docs = []
    for i in range(n):
        base = articles[i % len(articles)]
        copy = i // len(articles)
        doc = dict(base)
        if base["kind"] == "text":
            doc["text"] = f"{base['text']}\n\nEdition {copy}."
            doc["plain"] = doc["text"]
        else:
            doc["html"] = base["html"].replace("</body>", f"<p>Edition {copy}.</p></body>", 1)
            doc["url"] = f"{base.get('url') or 'https://example.org/page'}?edition={copy}"
        docs.append(doc)
    return docs


def write_jsonl(docs: list[dict], folder: Path, per_file: int = 500) -> list[Path]:
    """The documents as JSON Lines files (the format ``dateline ingest`` reads)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for start in range(0, len(docs), per_file):
        path = folder / f"docs-{start // per_file:04d}.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for doc in docs[start : start + per_file]:
                if doc["kind"] == "text":
                    rec = {"text": doc["text"], "published": doc.get("published") or None}
                else:
                    rec = {"html": doc["html"], "url": doc.get("url")}
                handle.write(json.dumps(rec, ensure_ascii=False) + "\n")
        paths.append(path)
    return paths
