/** The dates of a contract period (契約期間); `endsOn` is the expiry date (満期日), covered in full. */
export interface PeriodDates {
  startsOn: string;
  endsOn: string;
}

/** The period a customer sees as the contract's own today, and the renewal already made after it. */
export interface PeriodSelection<P extends PeriodDates> {
  current: P;
  /** The period that follows `current` (a completed renewal that has not started yet), if any. */
  next: P | null;
}

/**
 * Picks the current period: the latest one that has started on or before today, or, for
 * a contract whose first period is still ahead, the earliest one. Because a renewal
 * starts on the old expiry date, on that day the new period is already the current one.
 * Returns null for a contract without periods.
 */
export function selectPeriods<P extends PeriodDates>(
  periods: readonly P[],
  today: string,
): PeriodSelection<P> | null {
  const sorted = [...periods].sort((a, b) =>
    a.startsOn < b.startsOn ? -1 : a.startsOn > b.startsOn ? 1 : 0,
  );
  const first = sorted[0];
  if (!first) return null;
  const current = sorted.findLast((p) => p.startsOn <= today) ?? first;
  const next = sorted.find((p) => p.startsOn > current.startsOn) ?? null;
  return { current, next };
}
