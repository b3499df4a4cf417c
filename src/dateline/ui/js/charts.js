// Timeline, map and actor network over events from GET /events (rendered with the vendored d3).

import { actorLabel, isCooperation, ploverColor, PLOVER_TYPES, QUAD_COLORS, QUAD_LABELS, quadClass } from "./codes.js";
import { el, fmt, hideTip, showTip } from "./dom.js";
import { coreRange } from "./time_range.js";

const d3 = window.d3;

function legend(items) {
  const box = el("div", { class: "legend" });
  for (const [label, color] of items) box.appendChild(el("span", { class: "legend-item" }, el("i", { style: `background:${color}` }), label));
  return box;
}

/** Stacked bars of events per period, coloured by PLOVER type or QuadClass. */
export function timeline(container, events, colorBy = "plover", range = {}) {
  const dated = events.filter((e) => e.date);
  const width = Math.max(640, container.clientWidth || 900);
  const height = 360;
  const margin = { top: 16, right: 16, bottom: 40, left: 44 };
  if (!dated.length) {
    container.appendChild(el("p", { class: "msg msg-info", text: "No dated events match these filters." }));
    return;
  }
  const parse = (s) => (s ? d3.utcParse("%Y-%m-%d")(String(s).slice(0, 10)) : null);
  const dates = dated.map((e) => parse(e.date)).filter(Boolean);
  const since = parse(range.since);
  const until = parse(range.until);
  // A few far-off dates (a misread year) would squeeze every bar into a sliver: unless the user
  // chose the range, the axis spans the bulk of the dates and says how many it leaves out.
  const core = since || until ? { lo: +d3.min(dates), hi: +d3.max(dates), outliers: [] } : coreRange(dates.map(Number));
  let lo = new Date(core.lo);
  let hi = new Date(core.hi);
  if (since && since < lo) lo = since;
  if (until && until > hi) hi = until;
  const span = (hi - lo) / 864e5;
  const interval = span <= 120 ? d3.utcDay : span <= 1000 ? d3.utcWeek : d3.utcMonth;
  const unit = interval === d3.utcDay ? "day" : interval === d3.utcWeek ? "week" : "month";
  let start = interval.floor(lo);
  let end = interval.offset(interval.floor(hi), 1);
  const minSlots = 14;
  const slots = interval.count(start, end);
  if (slots < minSlots && !(since && until)) {
    const pad = Math.ceil((minSlots - slots) / 2);
    start = interval.offset(start, -pad);
    end = interval.offset(end, minSlots - slots - pad);
  }
  const keyOf = colorBy === "quad" ? (e) => String(quadClass(e)) : (e) => (e.plover && e.plover.type) || "?";
  const keys = colorBy === "quad" ? ["1", "2", "3", "4", "0"] : [...PLOVER_TYPES, "?"];
  const color = colorBy === "quad" ? (k) => QUAD_COLORS[k] : (k) => ploverColor(k);
  const bins = new Map();
  for (const e of dated) {
    const d = parse(e.date);
    if (!d || d < start || d >= end) continue;
    const t = +interval.floor(d);
    if (!bins.has(t)) bins.set(t, Object.fromEntries(keys.map((k) => [k, 0])));
    bins.get(t)[keyOf(e)] += 1;
  }
  const rows = [...bins.entries()].sort((a, b) => a[0] - b[0]).map(([t, c]) => ({ t: new Date(t), ...c }));
  const used = keys.filter((k) => rows.some((r) => r[k] > 0));
  const stacked = d3.stack().keys(used)(rows);
  const x = d3.scaleUtc().domain([start, end]).range([margin.left, width - margin.right]);
  const y = d3.scaleLinear().domain([0, d3.max(rows, (r) => d3.sum(used, (k) => r[k]))]).nice().range([height - margin.bottom, margin.top]);
  const slot = (t) => x(interval.offset(t, 1)) - x(t);
  const barW = (t) => Math.min(48, Math.max(6, slot(t) - 2));
  const barX = (t) => x(t) + (slot(t) - barW(t)) / 2;
  const all = interval.range(start, end);
  const step = Math.max(1, Math.ceil(all.length / 12));
  const ticks = all.filter((_, i) => i % step === 0);
  const tickFormat = d3.utcFormat(unit === "month" ? "%b %Y" : "%b %d");
  const svg = d3.select(container).append("svg").attr("class", "chart timeline-chart").attr("viewBox", `0 0 ${width} ${height}`).attr("width", width).attr("height", height);
  svg.append("g").attr("transform", `translate(0,${height - margin.bottom})`).call(d3.axisBottom(x).tickValues(ticks).tickFormat(tickFormat));
  svg.append("g").attr("transform", `translate(${margin.left},0)`).call(d3.axisLeft(y).ticks(6, "d"));
  svg.append("text").attr("class", "axis-label").attr("x", margin.left).attr("y", 11).text("events");
  for (const layer of stacked) {
    svg.append("g").attr("fill", color(layer.key)).selectAll("rect").data(layer).join("rect")
      .attr("class", "bar").attr("x", (d) => barX(d.data.t)).attr("width", (d) => barW(d.data.t))
      .attr("y", (d) => y(d[1])).attr("height", (d) => Math.max(0, y(d[0]) - y(d[1])))
      .attr("data-key", layer.key)
      .on("mousemove", (ev, d) => showTip(ev, [d3.utcFormat("%Y-%m-%d")(d.data.t), `${colorBy === "quad" ? QUAD_LABELS[layer.key] : layer.key}: ${d.data[layer.key]}`]))
      .on("mouseleave", hideTip);
  }
  container.appendChild(legend(used.map((k) => [colorBy === "quad" ? QUAD_LABELS[k] : k, color(k)])));
  const undated = events.length - dated.length;
  const far = core.outliers.length;
  const farNote = far ? `; ${fmt(far)} dated far from the rest (${d3.utcFormat("%Y-%m-%d")(new Date(core.outliers[0]))}${far > 1 ? " …" : ""}) are left off the axis` : "";
  container.appendChild(el("p", { class: "muted", text: `${fmt(dated.length - far)} dated events, per ${unit}${farNote}${undated ? `; ${fmt(undated)} without a date are not shown` : ""}.` }));
}

/** World map (offline TopoJSON country shapes) with a marker per event location. */
export function worldMap(container, events, topology) {
  const width = Math.max(640, container.clientWidth || 900);
  const height = Math.round(width * 0.52);
  const projection = d3.geoNaturalEarth1().fitExtent([[8, 8], [width - 8, height - 8]], { type: "Sphere" });
  const path = d3.geoPath(projection);
  const svg = d3.select(container).append("svg").attr("class", "chart map-chart").attr("viewBox", `0 0 ${width} ${height}`).attr("width", width).attr("height", height);
  svg.append("path").attr("class", "sphere").attr("d", path({ type: "Sphere" }));
  svg.append("path").attr("class", "graticule").attr("d", path(d3.geoGraticule10()));
  const countries = window.topojson.feature(topology, topology.objects.countries);
  svg.append("g").selectAll("path").data(countries.features).join("path").attr("class", "country").attr("d", path)
    .append("title").text((d) => (d.properties && d.properties.name) || "");
  svg.append("path").attr("class", "borders").attr("d", path(window.topojson.mesh(topology, topology.objects.countries, (a, b) => a !== b)));
  const spots = new Map();
  for (const e of events) {
    const p = e.place;
    if (!p || p.lat === null || p.lat === undefined || p.lon === null || p.lon === undefined) continue;
    const key = `${Number(p.lat).toFixed(2)},${Number(p.lon).toFixed(2)}`;
    if (!spots.has(key)) spots.set(key, { name: p.name, country: p.country, lat: +p.lat, lon: +p.lon, n: 0, coop: 0 });
    const s = spots.get(key);
    s.n += 1;
    if (isCooperation(e)) s.coop += 1;
  }
  const data = [...spots.values()].sort((a, b) => b.n - a.n);
  const r = d3.scaleSqrt().domain([1, d3.max(data, (d) => d.n) || 1]).range([4, 22]);
  svg.append("g").selectAll("circle").data(data).join("circle").attr("class", "marker")
    .attr("cx", (d) => projection([d.lon, d.lat])[0]).attr("cy", (d) => projection([d.lon, d.lat])[1]).attr("r", (d) => r(d.n))
    .attr("fill", (d) => (d.coop * 2 >= d.n ? QUAD_COLORS[1] : QUAD_COLORS[4]))
    .on("mousemove", (ev, d) => showTip(ev, [`${d.name}${d.country ? " (" + d.country + ")" : ""}`, `${d.n} events, ${d.coop} cooperative`, `${d.lat.toFixed(2)}, ${d.lon.toFixed(2)}`]))
    .on("mouseleave", hideTip);
  container.appendChild(legend([["mostly cooperation", QUAD_COLORS[1]], ["mostly conflict", QUAD_COLORS[4]]]));
  const located = data.reduce((a, d) => a + d.n, 0);
  container.appendChild(el("p", { class: "muted", text: `${fmt(located)} of ${fmt(events.length)} events have a location; ${fmt(data.length)} places.` }));
}

/** Directed actor network: edge weight = number of events, colour = cooperation vs conflict. */
export function network(container, events) {
  const nodes = new Map();
  const links = new Map();
  for (const e of events) {
    const s = actorLabel(e.source);
    const t = actorLabel(e.target);
    if (!s || !t || s === t) continue;
    for (const id of [s, t]) if (!nodes.has(id)) nodes.set(id, { id, n: 0 });
    nodes.get(s).n += 1;
    nodes.get(t).n += 1;
    const key = `${s}\u0000${t}`;
    if (!links.has(key)) links.set(key, { source: s, target: t, n: 0, coop: 0, types: new Map() });
    const l = links.get(key);
    l.n += 1;
    if (isCooperation(e)) l.coop += 1;
    const ty = (e.plover && e.plover.type) || "?";
    l.types.set(ty, (l.types.get(ty) || 0) + 1);
  }
  if (!links.size) {
    container.appendChild(el("p", { class: "msg msg-info", text: "No events with both a source and a target match these filters." }));
    return;
  }
  const top = [...nodes.values()].sort((a, b) => b.n - a.n).slice(0, 80);
  const keep = new Set(top.map((d) => d.id));
  const nodeData = top.map((d) => ({ ...d }));
  const linkData = [...links.values()].filter((l) => keep.has(l.source) && keep.has(l.target));
  const width = Math.max(640, container.clientWidth || 900);
  const height = 520;
  const w = d3.scaleSqrt().domain([1, d3.max(linkData, (l) => l.n)]).range([1.5, 10]);
  const r = d3.scaleSqrt().domain([1, d3.max(nodeData, (d) => d.n)]).range([7, 24]);
  const sim = d3.forceSimulation(nodeData)
    .force("link", d3.forceLink(linkData).id((d) => d.id).distance(110))
    .force("charge", d3.forceManyBody().strength(-420))
    .force("x", d3.forceX(width / 2).strength(0.06))
    .force("y", d3.forceY(height / 2).strength(0.1))
    .force("collide", d3.forceCollide((d) => r(d.n) + 14))
    .stop();
  for (let i = 0; i < 300; i++) sim.tick();
  for (const d of nodeData) {
    d.x = Math.max(30, Math.min(width - 30, d.x));
    d.y = Math.max(24, Math.min(height - 24, d.y));
  }
  const svg = d3.select(container).append("svg").attr("class", "chart network-chart").attr("viewBox", `0 0 ${width} ${height}`).attr("width", width).attr("height", height);
  const defs = svg.append("defs");
  for (const [name, color] of [["coop", QUAD_COLORS[1]], ["conf", QUAD_COLORS[4]]]) {
    defs.append("marker").attr("id", `arrow-${name}`).attr("viewBox", "0 -5 10 10").attr("refX", 10).attr("refY", 0)
      .attr("markerUnits", "userSpaceOnUse").attr("markerWidth", 11).attr("markerHeight", 11).attr("orient", "auto").append("path").attr("d", "M0,-5L10,0L0,5").attr("fill", color);
  }
  const edgeColor = (l) => (l.coop * 2 >= l.n ? QUAD_COLORS[1] : QUAD_COLORS[4]);
  svg.append("g").selectAll("path").data(linkData).join("path").attr("class", (l) => `edge ${l.coop * 2 >= l.n ? "edge-coop" : "edge-conflict"}`)
    .attr("stroke", edgeColor).attr("stroke-width", (l) => w(l.n)).attr("fill", "none")
    .attr("marker-end", (l) => `url(#arrow-${l.coop * 2 >= l.n ? "coop" : "conf"})`)
    .attr("d", (l) => {
      const [sx, sy, tx, ty] = [l.source.x, l.source.y, l.target.x, l.target.y];
      const dist = Math.hypot(tx - sx, ty - sy) || 1;
      const rr = r(l.target.n) + 3;
      const ex = tx - ((tx - sx) * rr) / dist;
      const ey = ty - ((ty - sy) * rr) / dist;
      const bend = dist * 0.15;
      const mx = (sx + ex) / 2 - ((ey - sy) / dist) * bend;
      const my = (sy + ey) / 2 + ((ex - sx) / dist) * bend;
      return `M${sx},${sy}Q${mx},${my} ${ex},${ey}`;
    })
    .on("mousemove", (ev, l) => showTip(ev, [`${l.source.id} → ${l.target.id}`, `${l.n} events (${l.coop} cooperative)`,
      [...l.types.entries()].map(([k, v]) => `${k} ${v}`).join(", ")]))
    .on("mouseleave", hideTip);
  const g = svg.append("g").selectAll("g").data(nodeData).join("g").attr("class", "node-g").attr("transform", (d) => `translate(${d.x},${d.y})`);
  g.append("circle").attr("class", "node").attr("r", (d) => r(d.n)).attr("data-actor", (d) => d.id)
    .on("mousemove", (ev, d) => showTip(ev, [d.id, `${d.n} event ends`])).on("mouseleave", hideTip);
  g.append("text").attr("class", "node-label").attr("dy", (d) => -r(d.n) - 4).attr("text-anchor", "middle")
    .text((d) => (d.id.length > 24 ? d.id.slice(0, 23) + "…" : d.id));
  container.appendChild(legend([["cooperation", QUAD_COLORS[1]], ["conflict", QUAD_COLORS[4]]]));
  container.appendChild(el("p", { class: "muted", text: `${fmt(nodeData.length)} actors, ${fmt(linkData.length)} directed ties from ${fmt(events.length)} events; line width = number of events.` }));
}
