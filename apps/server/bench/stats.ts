/** Median, min and max of repeated runs of one figure. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

/** The spread of a figure over runs; null when no run produced it (e.g. CPU not readable). */
export function spreadOf(values: readonly (number | null)[]): Spread | null {
  const known = values
    .filter((v): v is number => v !== null && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (known.length === 0) return null;
  const mid = Math.floor(known.length / 2);
  const median = known.length % 2 === 1 ? known[mid]! : (known[mid - 1]! + known[mid]!) / 2;
  return { median, min: known[0]!, max: known[known.length - 1]! };
}

/** `a / b`, or null when either side is unknown or b is zero. */
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a == null || b == null || b === 0) return null;
  return a / b;
}

/**
 * The `p`-th percentile (0–100) of `values` by the nearest-rank method: the smallest value
 * with at least p % of the values at or below it. Null for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}
