// The span a timeline shows: the bulk of the dates, not the few far from the rest.

const DAY = 864e5;
// Tukey's far-out fences: dates more than FENCE interquartile ranges (at least MIN_MARGIN_DAYS) beyond
// the quartiles are left off the axis and counted apart.
const QUARTILES = [0.25, 0.75];
const FENCE = 3;
const MIN_MARGIN_DAYS = 30;

function quantile(sorted, q) {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

/**
 * The range of `times` (milliseconds) to draw: `{lo, hi, outliers}`, where `outliers` are the times
 * left out. A corpus of events in 2017–2019 with a few dated 1997 spans 2017–2019, not 1997–2019.
 */
export function coreRange(times) {
  const sorted = times.filter((t) => Number.isFinite(t)).sort((a, b) => a - b);
  if (!sorted.length) return { lo: null, hi: null, outliers: [] };
  const qlo = quantile(sorted, QUARTILES[0]);
  const qhi = quantile(sorted, QUARTILES[1]);
  const margin = Math.max(FENCE * (qhi - qlo), MIN_MARGIN_DAYS * DAY);
  const kept = sorted.filter((t) => t >= qlo - margin && t <= qhi + margin);
  const outliers = sorted.filter((t) => t < qlo - margin || t > qhi + margin);
  return { lo: kept[0], hi: kept[kept.length - 1], outliers };
}
