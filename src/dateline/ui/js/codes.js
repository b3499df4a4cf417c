// Display helpers for PLOVER types and QuadClass (colours and labels; the codes come from the record).

export const PLOVER_TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
];

// PLOVER's grouping of its categories into the four CAMEO-style quad classes, used only when an
// event carries no quad_class of its own.
const PLOVER_QUAD = {
  AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 1, REQUEST: 1,
  COOPERATE: 2, AID: 2, RETREAT: 2,
  ACCUSE: 3, REJECT: 3, THREATEN: 3, PROTEST: 3,
  SANCTION: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4,
};

export const QUAD_LABELS = {
  1: "verbal cooperation",
  2: "material cooperation",
  3: "verbal conflict",
  4: "material conflict",
  0: "unknown",
};

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
