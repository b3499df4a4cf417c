// Display helpers for PLOVER types and QuadClass (colours; the codes come from the record and GET /codes).

// The code tables come from the server (GET /codes, read from ontology/plover.json) so no copy of
// them lives here; `loadCodes` fills these in place before the first view is drawn.
export const PLOVER_TYPES = [];
const PLOVER_QUAD = {};
export const QUAD_LABELS = { 0: "unknown" };

/** Fetch the code tables once (PLOVER types, their QuadClass, QuadClass labels). */
export async function loadCodes(getJSON) {
  if (PLOVER_TYPES.length) return;
  const codes = await getJSON("codes");
  PLOVER_TYPES.push(...codes.plover_types);
  Object.assign(PLOVER_QUAD, codes.plover_quad);
  Object.assign(QUAD_LABELS, codes.quad_classes);
}

export const QUAD_COLORS = { 1: "#4e9a6b", 2: "#1f6f43", 3: "#e08a3c", 4: "#b8322a", 0: "#8a8f98" };

const PLOVER_PALETTE = [
  "#1f77b4", "#2ca02c", "#17becf", "#9edae5", "#98df8a", "#3a8f5a", "#aec7e8", "#bcbd22",
  "#ff7f0e", "#ffbb78", "#d62728", "#e377c2", "#9467bd", "#8c564b", "#c49c94", "#7f1d1d",
];

/** Colour of a PLOVER type (grey for an unknown type). */
export function ploverColor(type) {
  const i = PLOVER_TYPES.indexOf(type);
  return i >= 0 ? PLOVER_PALETTE[i] : "#8a8f98";
}

/** QuadClass of an event: its own, else from its PLOVER type, else from the Goldstein sign, else 0. */
export function quadClass(ev) {
  if (ev.quad_class) return ev.quad_class;
  const t = ev.plover && ev.plover.type;
  if (t && PLOVER_QUAD[t]) return PLOVER_QUAD[t];
  if (typeof ev.goldstein === "number") return ev.goldstein >= 0 ? 1 : 3;
  return 0;
}

/** True when an event is cooperative (quad class 1 or 2). */
export function isCooperation(ev) {
  const q = quadClass(ev);
  return q === 1 || q === 2;
}

/** Label of an event actor: its code, else its text. */
export function actorLabel(actor) {
  if (!actor) return null;
  return actor.code || actor.text || actor.entity || null;
}
