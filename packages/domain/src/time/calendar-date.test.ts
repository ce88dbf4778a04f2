import { describe, expect, it } from "vitest";
import { addDays, addYears, daysBetween, isCalendarDate } from "./calendar-date.ts";

describe("calendar dates", () => {
  it("adds days across months and years", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("adds a year, turning 29 February into 28 February", () => {
    expect(addYears("2027-04-01", 1)).toBe("2028-04-01");
    expect(addYears("2028-02-29", 1)).toBe("2029-02-28");
  });

  it("counts days between dates", () => {
    expect(daysBetween("2026-11-25", "2027-01-24")).toBe(60);
    expect(daysBetween("2026-11-25", "2026-11-24")).toBe(-1);
  });

  it("rejects impossible dates", () => {
    expect(isCalendarDate("2026-02-30")).toBe(false);
    expect(isCalendarDate("2026-2-3")).toBe(false);
    expect(isCalendarDate("2028-02-29")).toBe(true);
  });
});
