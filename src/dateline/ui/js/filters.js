// The filter bar shared by the timeline, map and network views; its values live in the URL hash.

import { PLOVER_TYPES } from "./codes.js";
import { el } from "./dom.js";

export const FILTER_KEYS = ["actor", "country", "type", "since", "until"];

/** A form of event filters; `onApply(values)` runs on submit. */
export function filterBar(values, onApply) {
  const input = (name, label, attrs = {}) =>
    el("label", { class: "filter" }, el("span", { text: label }), el("input", { name, value: values[name] || "", ...attrs }));
  const plover = el("select", { name: "type" }, el("option", { value: "", text: "any type" }));
  for (const t of PLOVER_TYPES) plover.appendChild(el("option", { value: t, text: t, selected: values.type === t }));
  const form = el("form", { class: "filters", autocomplete: "off" },
    input("actor", "Actor", { placeholder: "code or name, e.g. CAN", size: 16 }),
    input("country", "Country", { placeholder: "ISO code, e.g. UA or UKR", size: 10 }),
    el("label", { class: "filter" }, el("span", { text: "PLOVER" }), plover),
    input("since", "Since", { type: "date" }),
    input("until", "Until", { type: "date" }),
    el("button", { type: "submit", text: "Apply" }),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const out = {};
    for (const k of FILTER_KEYS) if (data.get(k)) out[k] = String(data.get(k)).trim();
    onApply(out);
  });
  return form;
}
