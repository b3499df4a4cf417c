// Text helpers with no DOM: what a list shows for an article without a headline.

export const LEAD_WORDS = 12;

/** The first `n` words of a text ("" for none). */
export function firstWords(text, n = LEAD_WORDS) {
  return String(text || "").trim().split(/\s+/).filter(Boolean).slice(0, n).join(" ");
}

/** The label of an article without a headline: its first words, marked as cut, else a placeholder. */
export function leadText(lead) {
  const words = firstWords(lead);
  return words ? `${words} …` : "(no headline)";
}
