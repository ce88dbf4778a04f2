import { describe, expect, it } from "vitest";
import { annualPremiumYen, nextNonFleetGrade } from "./premium.ts";

describe("nextNonFleetGrade", () => {
  it.each([
    [6, 0, 7],
    [19, 0, 20],
    [20, 0, 20], // capped
    [10, 1, 7],
    [10, 2, 4],
    [3, 1, 1], // floored
    [1, 0, 2],
  ])("grade %i with %i claims becomes %i", (grade, claims, expected) => {
    expect(nextNonFleetGrade(grade, claims)).toBe(expected);
  });

  it("refuses grades outside 1–20", () => {
    expect(() => nextNonFleetGrade(0, 0)).toThrow(RangeError);
    expect(() => nextNonFleetGrade(21, 0)).toThrow(RangeError);
  });
});

describe("annualPremiumYen (worked examples)", () => {
  it.each([
    // base, grade, discount, premium
    [100_000, 20, 0, 37_000],
    [100_000, 7, 0, 70_000],
    [100_000, 7, 10, 63_000],
    [85_000, 12, 15, 36_847], // 85000 × 0.51 × 0.85 = 36847.5 → 36847 (rounded down)
    [123_456, 1, 5, 192_344], // 123456 × 1.64 × 0.95 = 192344.448 → 192344
    [50_000, 6, 100, 0],
  ])("base %i, grade %i, discount %i%% → %i yen", (base, grade, discount, expected) => {
    expect(annualPremiumYen({ basePremiumYen: base, grade, groupDiscountPercent: discount })).toBe(
      expected,
    );
  });
});
