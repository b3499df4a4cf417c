// Safe DOM building: every piece of record text goes through textContent, never innerHTML.

/**
 * Create an element. `attrs` keys: class, text, title, dataset (object), on (object of handlers),
 * any other key is set with setAttribute. Children may be nodes, strings (become text nodes) or null.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = String(value);
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key === "on") for (const [ev, fn] of Object.entries(value)) node.addEventListener(ev, fn);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  append(node, ...children);
  return node;
}

/** Append children (nodes or strings as text nodes) to a node. */
export function append(node, ...children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Remove every child of a node. */
export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** A short message block (info or error). */
export function message(text, kind = "info") {
  return el("p", { class: `msg msg-${kind}`, text });
}

/** Format a number with thousands separators. */
export function fmt(n) {
  return n === null || n === undefined ? "" : Number(n).toLocaleString("en");
}

const tip = () => document.getElementById("tooltip");

/** Show the floating tooltip with lines of text near the pointer. */
export function showTip(event, lines) {
  const box = tip();
  clear(box);
  for (const [i, line] of lines.entries()) box.appendChild(el("div", { class: i === 0 ? "tip-head" : "", text: line }));
  box.hidden = false;
  const pad = 14;
  const x = Math.min(event.clientX + pad, window.innerWidth - box.offsetWidth - pad);
  const y = Math.min(event.clientY + pad, window.innerHeight - box.offsetHeight - pad);
  box.style.left = `${Math.max(0, x)}px`;
  box.style.top = `${Math.max(0, y)}px`;
}

/** Hide the floating tooltip. */
export function hideTip() {
  tip().hidden = true;
}
