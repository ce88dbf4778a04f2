/**
 * The renewal premium of group auto insurance, computed on the server from the contract's
 * rating. All amounts are integer yen; the one rounding is stated below.
 */

/**
 * Non-fleet grade rate table (ノンフリート等級別料率): percent of the grade-neutral base
 * premium, for grades 1–20. Stated here, as data, and nowhere else.
 */
export const NON_FLEET_GRADE_RATE_PERCENT: Readonly<Record<number, number>> = {
  1: 164,
  2: 128,
  3: 112,
  4: 98,
  5: 87,
  6: 81,
  7: 70,
  8: 60,
  9: 55,
  10: 54,
  11: 52,
  12: 51,
  13: 50,
  14: 49,
  15: 48,
  16: 47,
  17: 46,
  18: 45,
  19: 44,
  20: 37,
};

export const LOWEST_GRADE = 1;
export const HIGHEST_GRADE = 20;
/** Each claim in a period moves the grade down this many steps. */
export const GRADE_STEPS_PER_CLAIM = 3;

/** The grade of the next period: up one after a claim-free year (capped at 20), down three per claim (floored at 1). */
export function nextNonFleetGrade(currentGrade: number, claims: number): number {
  if (
    !Number.isInteger(currentGrade) ||
    currentGrade < LOWEST_GRADE ||
    currentGrade > HIGHEST_GRADE
  ) {
    throw new RangeError(`non-fleet grade must be an integer from 1 to 20, got ${currentGrade}`);
  }
  if (!Number.isInteger(claims) || claims < 0)
    throw new RangeError(`claims must be a whole number, got ${claims}`);
  if (claims === 0) return Math.min(HIGHEST_GRADE, currentGrade + 1);
  return Math.max(LOWEST_GRADE, currentGrade - GRADE_STEPS_PER_CLAIM * claims);
}

export interface PremiumInput {
  basePremiumYen: number;
  grade: number;
  groupDiscountPercent: number;
}

/**
 * Annual premium = base × grade rate × (1 − group discount), computed in integers and
 * rounded down to the yen once, at the end (円未満切り捨て).
 */
export function annualPremiumYen({
  basePremiumYen,
  grade,
  groupDiscountPercent,
}: PremiumInput): number {
  const rate = NON_FLEET_GRADE_RATE_PERCENT[grade];
  if (rate === undefined) throw new RangeError(`no rate for grade ${grade}`);
  if (!Number.isInteger(basePremiumYen) || basePremiumYen <= 0)
    throw new RangeError("base premium must be a positive whole number of yen");
  if (
    !Number.isInteger(groupDiscountPercent) ||
    groupDiscountPercent < 0 ||
    groupDiscountPercent > 100
  ) {
    throw new RangeError("group discount must be a whole percent from 0 to 100");
  }
  return Math.floor((basePremiumYen * rate * (100 - groupDiscountPercent)) / 10_000);
}
