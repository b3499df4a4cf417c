// The article view: clean text with every extracted item highlighted from the record's offsets.

import { actorLabel, ploverColor, quadClass, QUAD_LABELS } from "./codes.js";
import { append, clear, el, hideTip, showTip } from "./dom.js";
import { firstWords, leadText } from "./text.js";

export const LAYERS = [
  ["entity", "Entities"],
  ["quote", "Quotes"],
  ["time", "Times"],
  ["place", "Places"],
  ["quantity", "Numbers"],
  ["event", "Events"],
];

function entityIndex(record) {
  const byId = new Map();
  for (const e of record.entities || []) byId.set(e.id, e);
  return byId;
}

function speakerName(quote, entities) {
  const ent = quote.speaker ? entities.get(quote.speaker) : null;
  return (ent && ent.name) || quote.speaker_text || null;
}

function eventLine(ev, record) {
  const src = actorLabel(ev.source) || "?";
  const tgt = actorLabel(ev.target);
  const cameo = ev.cameo ? ` (${ev.cameo.code}${ev.cameo.label ? " " + ev.cameo.label : ""})` : "";
  return `${src} → ${ev.plover ? ev.plover.type : "?"}${cameo}${tgt ? " → " + tgt : ""}`;
}

/** Whether an event's evidence points into the headline rather than the body. */
export function inHeadline(ev) {
  return Boolean(ev.evidence && ev.evidence.source === "headline");
}

/** A function that adds an annotation to `out`, its span clipped to a text of `length` characters. */
function adder(out, length) {
  return (a) => {
    const start = Math.max(0, Math.min(length, a.start | 0));
    const end = Math.max(start, Math.min(length, a.end | 0));
    if (end > start) out.push({ ...a, start, end });
  };
}

function eventAnnotation(ev, record, times, places) {
  const when = ev.when && times.get(ev.when);
  const where = ev.where && places.get(ev.where);
  return {
    start: ev.evidence.start, end: ev.evidence.end, layer: "event", key: ev.id, classes: ["ann-event"],
    data: { event: ev.id },
    tip: [`${ev.id}: ${eventLine(ev, record)}`, `${QUAD_LABELS[quadClass(ev)]}, ${ev.modality}`,
      ev.goldstein !== null && ev.goldstein !== undefined ? `Goldstein ${ev.goldstein}` : null,
      when ? `when: ${when.value || when.text}` : null, where ? `where: ${where.name}` : null].filter(Boolean),
  };
}

/** The events told in the headline, as annotations of the headline's text (offsets into it). */
export function headlineAnnotations(record) {
  const times = new Map((record.times || []).map((t) => [t.id, t]));
  const places = new Map((record.places || []).map((p) => [p.id, p]));
  const out = [];
  const add = adder(out, (record.headline || "").length);
  for (const ev of record.events || []) {
    if (inHeadline(ev)) add(eventAnnotation(ev, record, times, places));
  }
  return out;
}

/** Every highlightable item of the body as {start, end, layer, key, classes, tip: [lines], data}
 * (an event told in the headline is highlighted there, `headlineAnnotations`, never in the body). */
export function annotations(record) {
  const body = record.body || "";
  const entities = entityIndex(record);
  const times = new Map((record.times || []).map((t) => [t.id, t]));
  const places = new Map((record.places || []).map((p) => [p.id, p]));
  const out = [];
  const add = adder(out, body.length);
  for (const e of record.entities || []) {
    const roles = (e.roles || []).map((r) => [r.title, r.organization, r.country].filter(Boolean).join(", "));
    for (const m of e.mentions || []) {
      add({
        start: m.start, end: m.end, layer: "entity", key: e.id, classes: ["ann-ent", `ent-${e.type}`],
        data: { entity: e.id },
        tip: [`${e.name} · ${e.type}`, ...roles.map((r) => `role: ${r}`), e.country ? `country: ${e.country}` : null,
          e.actor_code ? `actor: ${e.actor_code}` : null].filter(Boolean),
      });
    }
  }
  (record.quotes || []).forEach((q, i) => {
    const who = speakerName(q, entities);
    add({
      start: q.start, end: q.end, layer: "quote", key: `Q${i}`, classes: ["ann-quote", `quote-${q.kind}`],
      data: { quote: String(i), kind: q.kind, speaker: q.speaker || "", speakerName: who || "" },
      tip: [`${q.kind} quote — ${who || "unknown speaker"}`, q.cue ? `cue: ${q.cue}` : null,
        q.medium ? `medium: ${q.medium}` : null].filter(Boolean),
    });
    if (q.speaker_start !== null && q.speaker_start !== undefined && q.speaker_end) {
      add({ start: q.speaker_start, end: q.speaker_end, layer: "quote", key: `QS${i}`, classes: ["ann-speaker"],
        data: { speakerOf: String(i) }, tip: [`speaker of quote ${i + 1}: ${who || "?"}`] });
    }
  });
  for (const t of record.times || []) {
    add({
      start: t.start, end: t.end, layer: "time", key: t.id, classes: ["ann-time"], data: { time: t.id, value: t.value || "" },
      tip: [`${t.text} → ${t.value || "unresolved"}`, `type: ${t.type || "DATE"}`,
        t.anchor ? `anchor: ${t.anchor}${t.anchor_source ? " (" + t.anchor_source + ")" : ""}` : null].filter(Boolean),
    });
  }
  for (const p of record.places || []) {
    for (const m of p.mentions || []) {
      add({
        start: m.start, end: m.end, layer: "place", key: p.id, classes: ["ann-place"], data: { place: p.id },
        tip: [`${p.name}${p.country ? " (" + p.country + ")" : ""}`,
          p.lat !== null && p.lat !== undefined ? `lat ${p.lat}, lon ${p.lon}` : "no coordinates",
          p.feature ? `feature: ${p.feature}` : null].filter(Boolean),
      });
    }
  }
  for (const q of record.quantities || []) {
    add({ start: q.start, end: q.end, layer: "quantity", key: q.text, classes: ["ann-qty"], data: {},
      tip: [`${q.text} → ${q.value ?? "?"} ${q.unit || ""}`.trim(), q.approximate ? "approximate" : null].filter(Boolean) });
  }
  for (const ev of record.events || []) {
    if (!ev.evidence || inHeadline(ev)) continue;
    add(eventAnnotation(ev, record, times, places));
  }
  return out;
}

/** Cut [from, to) into pieces at annotation boundaries: [{start, end, anns}]. Linear in the items. */
export function segments(from, to, anns) {
  const inside = anns.filter((a) => a.end > from && a.start < to);
  const cuts = new Set([from, to]);
  for (const a of inside) {
    cuts.add(Math.max(from, a.start));
    cuts.add(Math.min(to, a.end));
  }
  const points = [...cuts].sort((x, y) => x - y);
  const byStart = [...inside].sort((x, y) => x.start - y.start);
  const out = [];
  let active = [];
  let next = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const [s, e] = [points[i], points[i + 1]];
    while (next < byStart.length && byStart[next].start <= s) active.push(byStart[next++]);
    active = active.filter((a) => a.end > s);
    out.push({ start: s, end: e, anns: active.filter((a) => a.start < e) });
  }
  return out;
}

function paragraphRanges(record) {
  const body = record.body || "";
  const paras = (record.paragraphs || []).filter((p) => p.end > p.start);
  if (paras.length) return paras.map((p) => [p.start, p.end]);
  const out = [];
  let pos = 0;
  for (const chunk of body.split(/\n{2,}/)) {
    const start = body.indexOf(chunk, pos);
    out.push([start, start + chunk.length]);
    pos = start + chunk.length;
  }
  return out;
}

/** The node of one piece of text: plain text, or a highlighted span with its annotations' tips. */
function segmentNode(text, seg, onPick) {
  if (!seg.anns.length) return document.createTextNode(text);
  const span = el("span", { class: "seg", text });
  for (const a of seg.anns) {
    span.classList.add(...a.classes);
    for (const [k, v] of Object.entries(a.data)) span.dataset[k] = v;
  }
  span.addEventListener("mousemove", (ev) => showTip(ev, seg.anns.flatMap((a) => [...a.tip, " "]).slice(0, -1)));
  span.addEventListener("mouseleave", hideTip);
  span.addEventListener("click", () => onPick(seg.anns));
  return span;
}

function renderHeadline(record, anns, onPick) {
  const h2 = el("h2", { class: record.headline ? "headline" : "headline no-headline", id: "article-headline" });
  if (!record.headline) {
    h2.textContent = leadText(firstWords(record.body));
    return h2;
  }
  for (const seg of segments(0, record.headline.length, anns)) {
    h2.appendChild(segmentNode(record.headline.slice(seg.start, seg.end), seg, onPick));
  }
  return h2;
}

function renderText(record, anns, onPick) {
  const body = record.body || "";
  const entities = entityIndex(record);
  const box = el("div", { class: "article-text", id: "article-text" });
  const quoteEnds = new Map((record.quotes || []).map((q, i) => [q.end, i]));
  for (const [ps, pe] of paragraphRanges(record)) {
    const p = el("p");
    for (const seg of segments(ps, pe, anns)) {
      p.appendChild(segmentNode(body.slice(seg.start, seg.end), seg, onPick));
      if (quoteEnds.has(seg.end)) {
        const i = quoteEnds.get(seg.end);
        const q = record.quotes[i];
        const who = speakerName(q, entities);
        if (seg.anns.some((a) => a.key === `Q${i}`) && who) {
          p.appendChild(
            el("a", {
              class: "speaker-badge", href: "#", text: `— ${who}`, dataset: { quote: String(i), speaker: q.speaker || "" },
              title: "Highlight the speaker's mentions",
              on: { click: (e) => { e.preventDefault(); flashEntity(q.speaker); } },
            }),
          );
        }
      }
    }
    box.appendChild(p);
  }
  return box;
}

function flashSelector(selector) {
  const nodes = document.querySelectorAll(selector);
  document.querySelectorAll(".flash").forEach((n) => n.classList.remove("flash"));
  nodes.forEach((n) => n.classList.add("flash"));
  if (nodes.length) nodes[0].scrollIntoView({ block: "center", behavior: "smooth" });
  setTimeout(() => nodes.forEach((n) => n.classList.remove("flash")), 2500);
}

/** The highlighted pieces of one event, in the body or in the headline. */
function eventSelector(id) {
  const key = CSS.escape(id);
  return `#article-text .seg[data-event="${key}"], #article-headline .seg[data-event="${key}"]`;
}

function flashEntity(id) {
  if (id) flashSelector(`#article-text .seg[data-entity="${CSS.escape(id)}"]`);
}

function section(title, count, ...children) {
  return el("section", { class: "panel-section" }, el("h3", {}, title, count !== null ? el("span", { class: "count", text: count }) : null), ...children);
}

function sidePanel(record) {
  const entities = entityIndex(record);
  const places = new Map((record.places || []).map((p) => [p.id, p]));
  const times = new Map((record.times || []).map((t) => [t.id, t]));
  const panel = el("aside", { class: "article-panel" });

  const s = record.summary;
  if (s) {
    const dl = el("dl", { class: "summary" });
    for (const k of ["who", "what", "when", "where", "why", "how"]) {
      const best = (s[k] || [])[0];
      if (best) append(dl, el("dt", { text: k }), el("dd", { text: best.text }));
    }
    if (dl.childNodes.length) panel.appendChild(section("5W1H", null, dl));
  }

  const evList = el("ul", { class: "list events-list" });
  for (const ev of record.events || []) {
    const when = ev.when && times.get(ev.when);
    const where = ev.where && places.get(ev.where);
    const q = quadClass(ev);
    evList.appendChild(
      el("li", { class: "event-item", dataset: { event: ev.id }, on: { click: () => flashSelector(eventSelector(ev.id)) } },
        el("span", { class: "actor", text: actorLabel(ev.source) || "?" }),
        el("span", { class: "arrow", text: " → " }),
        el("span", { class: "ptype", style: `background:${ploverColor(ev.plover && ev.plover.type)}`, text: ev.plover ? ev.plover.type : "?" }),
        ev.target ? el("span", { class: "arrow", text: " → " }) : null,
        ev.target ? el("span", { class: "actor", text: actorLabel(ev.target) }) : null,
        el("div", { class: "meta", text: [ev.cameo ? `CAMEO ${ev.cameo.code}` : null, QUAD_LABELS[q], ev.modality,
          when ? `when ${when.value || when.text}` : null, where ? `where ${where.name}` : null].filter(Boolean).join(" · ") }),
      ),
    );
  }
  panel.appendChild(section("Events", (record.events || []).length, evList));

  const qList = el("ul", { class: "list quotes-list" });
  (record.quotes || []).forEach((q, i) => {
    const who = speakerName(q, entities);
    qList.appendChild(
      el("li", { class: `quote-item quote-${q.kind}`, dataset: { quote: String(i) }, on: { click: () => flashSelector(`#article-text .seg[data-quote="${i}"]`) } },
        el("div", { class: "quote-text", text: `“${q.text.length > 180 ? q.text.slice(0, 180) + "…" : q.text}”` }),
        el("div", { class: "meta" },
          el("span", { class: "kind", text: q.kind }), " · ",
          q.speaker ? el("a", { href: "#", class: "speaker-link", text: who, on: { click: (e) => { e.preventDefault(); e.stopPropagation(); flashEntity(q.speaker); } } })
            : el("span", { class: "speaker-link", text: who || "unknown speaker" }),
          q.cue ? ` · ${q.cue}` : "", q.medium ? ` · ${q.medium}` : ""),
      ),
    );
  });
  panel.appendChild(section("Quotes", (record.quotes || []).length, qList));

  const eList = el("ul", { class: "list entities-list" });
  for (const e of record.entities || []) {
    const roles = (e.roles || []).map((r) => [r.title, r.organization, r.country].filter(Boolean).join(", ")).join("; ");
    eList.appendChild(
      el("li", { class: "entity-item", dataset: { entity: e.id }, on: { click: () => flashEntity(e.id) } },
        el("span", { class: `chip ent-${e.type}`, text: e.type }), " ", el("strong", { text: e.name }),
        el("span", { class: "count", text: (e.mentions || []).length }),
        roles || e.actor_code ? el("div", { class: "meta", text: [roles, e.actor_code].filter(Boolean).join(" · ") }) : null),
    );
  }
  panel.appendChild(section("Entities", (record.entities || []).length, eList));

  const tList = el("ul", { class: "list" });
  for (const t of record.times || []) tList.appendChild(el("li", {}, el("span", { text: t.text }), " → ", el("code", { text: t.value || "?" })));
  panel.appendChild(section("Times", (record.times || []).length, tList));

  const pList = el("ul", { class: "list" });
  for (const p of record.places || []) {
    pList.appendChild(el("li", {}, el("strong", { text: p.name }), p.country ? ` (${p.country})` : "",
      p.lat !== null && p.lat !== undefined ? el("span", { class: "meta", text: ` ${Number(p.lat).toFixed(2)}, ${Number(p.lon).toFixed(2)}` }) : null));
  }
  panel.appendChild(section("Places", (record.places || []).length, pList));

  if ((record.warnings || []).length) {
    const wList = el("ul", { class: "list warnings" });
    for (const w of record.warnings) wList.appendChild(el("li", { text: w }));
    panel.appendChild(section("Warnings", record.warnings.length, wList));
  }
  return panel;
}

/** Render a full record into `container`. */
export function renderArticle(container, record) {
  clear(container);
  const anns = annotations(record);
  const headAnns = headlineAnnotations(record);
  const meta = [
    record.dateline ? record.dateline.text : null,
    record.published ? `published ${record.published.value} (${record.published.source})` : "no publication date",
    (record.bylines || []).length ? `by ${record.bylines.join(", ")}` : null,
    record.source && record.source.url ? record.source.url : null,
  ].filter(Boolean);
  const detail = el("div", { class: "pick-detail", id: "pick-detail" }, el("span", { class: "muted", text: "Click a highlight for details." }));
  const onPick = (picked) => {
    clear(detail);
    for (const a of picked) detail.appendChild(el("div", { class: `pick pick-${a.layer}` }, ...a.tip.map((line, i) => el(i ? "div" : "strong", { text: line }))));
  };

  const header = el("header", { class: "article-head" },
    renderHeadline(record, headAnns, onPick),
    el("div", { class: "meta", text: meta.join(" · ") }),
    el("div", { class: "meta mono", text: `id ${record.id} · ${record.pipeline_version || ""}` }));

  const toggles = el("div", { class: "layers" }, el("span", { class: "layers-label", text: "Highlight:" }));
  for (const [layer, label] of LAYERS) {
    const n = [...anns, ...headAnns].filter((a) => a.layer === layer && !a.classes.includes("ann-speaker")).length;
    const box = el("input", { type: "checkbox", checked: true, dataset: { layer } });
    box.addEventListener("change", () => container.classList.toggle(`hide-${layer}`, !box.checked));
    toggles.appendChild(el("label", { class: `layer-toggle layer-${layer}` }, box, ` ${label} `, el("span", { class: "count", text: n })));
  }

  const removed = el("section", { class: "removed" }, el("h3", { text: `Removed from the story (${(record.removed || []).length})` }));
  const rList = el("ul", { class: "list removed-list" });
  for (const r of record.removed || []) rList.appendChild(el("li", {}, el("span", { class: `chip removed-${r.kind}`, text: r.kind }), " ", el("span", { text: r.text })));
  removed.appendChild(rList);

  const main = el("div", { class: "article-main" }, header, toggles, renderText(record, anns, onPick), detail, removed);
  append(container, el("div", { class: "article-layout" }, main, sidePanel(record)));
}
