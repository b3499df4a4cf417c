// dateline web UI: hash router and the views (articles, article, timeline, map, network, extract,
// sources); counts are polled so new articles and events appear without a reload.

import { getJSON, postJSON } from "./api.js";
import { loadCodes } from "./codes.js";
import { renderArticle } from "./article.js";
import { network, timeline, worldMap } from "./charts.js";
import { clear, el, fmt, message } from "./dom.js";
import { FILTER_KEYS, filterBar } from "./filters.js";
import { leadText } from "./text.js";

const view = () => document.getElementById("view");
const EVENT_LIMIT = 5000;
let topology = null;

function parseHash() {
  const raw = location.hash.replace(/^#\/?/, "");
  const [path, query] = raw.split("?");
  return { parts: path ? path.split("/").map(decodeURIComponent) : [], params: Object.fromEntries(new URLSearchParams(query || "")) };
}

function go(path, params = {}) {
  const qs = new URLSearchParams(Object.entries(params).filter(([, v]) => v)).toString();
  location.hash = `#/${path}${qs ? "?" + qs : ""}`;
}

function setActive(name) {
  for (const a of document.querySelectorAll("nav a")) a.classList.toggle("active", a.dataset.view === name);
}

async function loading(container, fn) {
  container.appendChild(el("p", { class: "msg msg-info loading", text: "Loading…" }));
  try {
    await fn();
  } catch (err) {
    container.appendChild(message(String(err.message || err), "error"));
  } finally {
    container.querySelectorAll(".loading").forEach((n) => n.remove());
  }
}

async function articlesView(params) {
  setActive("articles");
  const root = clear(view());
  const q = el("input", { type: "search", name: "q", value: params.q || "", placeholder: "Search the articles (full text)…", size: 48, id: "search-input" });
  const form = el("form", { class: "search", id: "search-form" }, q, el("button", { type: "submit", text: "Search" }));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    go("articles", { q: q.value.trim() });
  });
  root.appendChild(el("h2", { text: params.q ? "Search results" : "Articles" }));
  root.appendChild(form);
  const list = el("div", { class: "article-list" });
  root.appendChild(list);
  const skip = Number(params.skip || 0);
  const limit = 50;
  await loading(list, async () => {
    const page = params.q ? await getJSON("search", { q: params.q, skip, limit }) : await getJSON("articles", { skip, limit });
    if (!page.data.length) {
      list.appendChild(message(params.q ? `No article matches “${params.q}”.` : "The database holds no article yet: run `dateline ingest`."));
      return;
    }
    const table = el("table", { class: "table" },
      el("thead", {}, el("tr", {}, ...["Headline", "Published", "Dateline", "Entities", "Quotes", "Events"].map((h) => el("th", { text: h })))));
    const tbody = el("tbody");
    for (const a of page.data) {
      tbody.appendChild(
        el("tr", { class: "article-row", dataset: { id: a.id } },
          el("td", {}, el("a", { href: `#/article/${encodeURIComponent(a.id)}`, class: a.headline ? null : "no-headline", text: a.headline || leadText(a.lead) }),
            a.snippet ? el("div", { class: "snippet", text: a.snippet }) : null),
          el("td", { text: a.published || "" }), el("td", { text: a.dateline || "" }),
          el("td", { class: "num", text: fmt(a.n_entities) }), el("td", { class: "num", text: fmt(a.n_quotes) }),
          el("td", { class: "num", text: fmt(a.n_events) })),
      );
    }
    table.appendChild(tbody);
    list.appendChild(table);
    const pager = el("div", { class: "pager" }, el("span", { text: `${fmt(skip + 1)}–${fmt(skip + page.data.length)} of ${fmt(page.count)}` }));
    if (skip > 0) pager.appendChild(el("a", { href: "#", text: "← previous", on: { click: (e) => { e.preventDefault(); go("articles", { ...params, skip: Math.max(0, skip - limit) }); } } }));
    if (skip + limit < page.count) pager.appendChild(el("a", { href: "#", text: "next →", on: { click: (e) => { e.preventDefault(); go("articles", { ...params, skip: skip + limit }); } } }));
    list.appendChild(pager);
  });
}

async function articleView(id) {
  setActive("articles");
  const root = clear(view());
  await loading(root, async () => {
    const record = await getJSON(`articles/${encodeURIComponent(id)}`);
    const box = el("div", { class: "article" });
    root.appendChild(box);
    renderArticle(box, record);
  });
}

function eventFilters(params) {
  const out = {};
  for (const k of FILTER_KEYS) if (params[k]) out[k] = params[k];
  return out;
}

async function eventsView(name, params, draw) {
  setActive(name);
  const root = clear(view());
  const filters = eventFilters(params);
  root.appendChild(el("h2", { text: { timeline: "Timeline of events", map: "Map of event locations", network: "Actor network" }[name] }));
  root.appendChild(filterBar(filters, (values) => go(name, { ...values, color: params.color })));
  const chart = el("div", { class: `chart-box ${name}-box`, id: `${name}-chart` });
  root.appendChild(chart);
  await loading(chart, async () => {
    const page = await getJSON("events", { ...filters, limit: EVENT_LIMIT });
    if (page.count > page.data.length) chart.appendChild(message(`Showing the first ${fmt(page.data.length)} of ${fmt(page.count)} matching events; narrow the filters to see the rest.`));
    await draw(chart, page.data);
  });
}

function timelineView(params) {
  return eventsView("timeline", params, (chart, events) => {
    const colorBy = params.color === "quad" ? "quad" : "plover";
    const toggle = el("div", { class: "color-by" }, el("span", { text: "Colour by: " }));
    for (const [value, label] of [["plover", "PLOVER type"], ["quad", "QuadClass"]]) {
      toggle.appendChild(el("a", { href: "#", class: value === colorBy ? "active" : "", text: label, dataset: { color: value },
        on: { click: (e) => { e.preventDefault(); go("timeline", { ...eventFilters(params), color: value }); } } }));
    }
    chart.appendChild(toggle);
    timeline(chart, events, colorBy, { since: params.since, until: params.until });
  });
}

function mapView(params) {
  return eventsView("map", params, async (chart, events) => {
    if (!topology) topology = await getJSON("ui/vendor/countries-110m.json");
    worldMap(chart, events, topology);
  });
}

function networkView(params) {
  return eventsView("network", params, (chart, events) => network(chart, events));
}

function extractView() {
  setActive("extract");
  const root = clear(view());
  const text = el("textarea", { id: "paste-text", rows: 12, placeholder: "Paste the text or HTML of a news article…" });
  const published = el("input", { type: "date", id: "paste-published" });
  const out = el("div", { class: "article", id: "paste-result" });
  const button = el("button", { type: "submit", id: "paste-submit", text: "Extract" });
  const form = el("form", { class: "paste" }, text,
    el("div", { class: "paste-row" }, el("label", {}, "Published (optional, anchors relative dates) ", published), button));
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    clear(out);
    if (!text.value.trim()) {
      out.appendChild(message("Paste some text first.", "error"));
      return;
    }
    button.disabled = true;
    await loading(out, async () => {
      const record = await postJSON("extract", { text: text.value, published: published.value || null });
      renderArticle(out, record);
    });
    button.disabled = false;
  });
  root.append(el("h2", { text: "Paste an article" }),
    el("p", { class: "muted", text: "The text is processed live by POST /extract and not stored." }), form, out);
}

const POLL_MS = Number(document.querySelector('meta[name="dateline-poll-ms"]')?.content || 3000);
let lastCounts = null;

async function stats() {
  try {
    const s = await getJSON("stats");
    document.getElementById("stats").textContent = `${fmt(s.articles)} articles · ${fmt(s.events)} events · ${fmt(s.quotes)} quotes · ${fmt(s.entities)} entities`;
    const changed = lastCounts && (s.articles !== lastCounts.articles || s.events !== lastCounts.events);
    lastCounts = s;
    if (changed) refreshLive();
  } catch {
    document.getElementById("stats").textContent = "";
  }
}

function timeOf(iso) {
  return iso ? new Date(iso).toLocaleTimeString() : "never";
}

async function sourcesLine() {
  const line = document.getElementById("live");
  try {
    const page = await getJSON("sources");
    if (!page.count) {
      line.textContent = "";
      return;
    }
    const last = page.data.map((s) => s.last_fetch).filter(Boolean).sort().pop();
    const failing = page.data.filter((s) => s.status === "error").length;
    line.textContent = `live · ${page.count} sources · last fetch ${timeOf(last)}${failing ? ` · ${failing} failing` : ""}`;
    line.classList.toggle("failing", failing > 0);
  } catch {
    line.textContent = "";
  }
}

// New articles or events arrived: redraw the list or chart in view (not a search, not an article).
function refreshLive() {
  const { parts, params } = parseHash();
  const name = parts[0] || "articles";
  if (["articles", "timeline", "map", "network", "sources"].includes(name) && !params.q && !Number(params.skip || 0)) navigate();
}

async function sourcesView() {
  setActive("sources");
  const root = clear(view());
  root.appendChild(el("h2", { text: "Followed sources" }));
  await loading(root, async () => {
    const page = await getJSON("sources");
    if (!page.count) {
      root.appendChild(message("No source is followed: start the server with --follow FEED_URL, FOLDER or URL list."));
      return;
    }
    const head = ["Source", "Kind", "Last fetch", "Status", "Error", "Failures", "Next poll", "Items"];
    const tbody = el("tbody");
    for (const s of page.data) {
      tbody.appendChild(el("tr", { class: `source-row status-${s.status}` },
        el("td", { text: s.source }), el("td", { text: s.kind }), el("td", { text: timeOf(s.last_fetch) }),
        el("td", { text: s.http_status ? `${s.status} (${s.http_status})` : s.status }), el("td", { class: "error", text: s.error || "" }),
        el("td", { class: "num", text: fmt(s.failures) }), el("td", { text: timeOf(s.next_due) }), el("td", { class: "num", text: fmt(s.n_items) })));
    }
    root.appendChild(el("table", { class: "table" }, el("thead", {}, el("tr", {}, ...head.map((h) => el("th", { text: h })))), tbody));
  });
}

async function route() {
  const { parts, params } = parseHash();
  const [name, arg] = parts;
  if (name === "article" && arg) return articleView(arg);
  if (name === "timeline") return timelineView(params);
  if (name === "map") return mapView(params);
  if (name === "network") return networkView(params);
  if (name === "extract") return extractView();
  if (name === "sources") return sourcesView();
  return articlesView(params);
}

async function navigate() {
  document.body.removeAttribute("data-ready");
  await loadCodes(getJSON);
  await route();
  document.body.setAttribute("data-ready", location.hash || "#/");
}

window.addEventListener("hashchange", navigate);
stats();
sourcesLine();
setInterval(() => {
  stats();
  sourcesLine();
}, POLL_MS);
navigate();
