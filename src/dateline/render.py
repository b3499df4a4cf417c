"""A readable plain-text summary of an Article, for people."""

from __future__ import annotations

from .schema import Article, evidence_text


def render_text(article: Article) -> str:
    """Headline, metadata and one line per extracted item, with evidence spans."""
    out: list[str] = []
    out.append(article.headline or "(no headline)")
    out.append("=" * min(len(out[0]), 79))
    meta = []
    if article.dateline:
        meta.append(f"dateline: {article.dateline.text}")
    if article.published:
        meta.append(f"published: {article.published.value} ({article.published.source})")
    if article.bylines:
        meta.append("by " + ", ".join(article.bylines))
    if meta:
        out.append(" | ".join(meta))
    out.append(f"{len(article.paragraphs)} paragraphs, {len(article.body.split())} words")
    if article.removed:
        out.append("\nRemoved:")
        out.extend(f"  [{r.kind}] {r.text}" for r in article.removed)
    if article.entities:
        out.append("\nEntities:")
        for e in article.entities:
            roles = "; ".join(
                " ".join(x for x in (r.title, r.organization or "", r.country or "") if x) for r in e.roles
            )
            extra = f" — {roles}" if roles else ""
            out.append(f"  {e.id} {e.name} ({e.type}, {len(e.mentions)} mentions){extra}")
    if article.quotes:
        out.append("\nQuotes:")
        for q in article.quotes:
            out.append(f"  [{q.kind}] {q.speaker_text or '?'} {q.cue or ''}: {q.text[:120]}")
    if article.quantities:
        out.append("\nQuantities:")
        out.extend(f"  {q.text} -> {q.value} {q.unit or ''}" for q in article.quantities)
    if article.times:
        out.append("\nTimes:")
        out.extend(f"  {t.text} -> {t.value}" for t in article.times)
    if article.places:
        out.append("\nPlaces:")
        out.extend(f"  {p.name} ({p.country}) {p.lat},{p.lon}" for p in article.places)
    if article.events:
        out.append("\nEvents:")
        for ev in article.events:
            src = ev.source.code if ev.source else "?"
            tgt = ev.target.code if ev.target else "-"
            out.append(
                f"  {src} -> {ev.plover.type}/{ev.cameo.code if ev.cameo else '?'} -> {tgt} "
                f"[{ev.modality}] {evidence_text(article, ev)[:80]!r}"
            )
    if article.warnings:
        out.append("\nWarnings:")
        out.extend(f"  - {w}" for w in article.warnings)
    return "\n".join(out)
