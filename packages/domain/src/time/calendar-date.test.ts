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

describe("calendar arithmetic against Date's own", () => {
  // The reference: what these functions did with Date.parse and toISOString.
  const parse = (date: string) => Date.parse(`${date}T00:00:00Z`);
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

  it("agrees day by day from 1800 to 2200, across every month end and leap day", () => {
    let ms = parse("1800-01-01");
    const end = parse("2200-12-31");
    for (; ms <= end; ms += 86_400_000) {
      const date = iso(ms);
      expect(addDays(date, 1)).toBe(iso(ms + 86_400_000));
      expect(addDays(date, -1)).toBe(iso(ms - 86_400_000));
      expect(isCalendarDate(date)).toBe(true);
    }
  });

  it("rolls a day past the month's end over and rejects what Date.parse rejects", () => {
    expect(addDays("2026-02-30", 0)).toBe(iso(parse("2026-02-30")));
    expect(addDays("2026-02-31", 1)).toBe(iso(parse("2026-02-31") + 86_400_000));
    expect(isCalendarDate("2026-02-30")).toBe(false);
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2100-02-29")).toBe(false);
    for (const bad of ["2026-13-01", "2026-00-10", "2026-01-32", "2026-01-00", "2026-1-01"])
      expect(() => addDays(bad, 1)).toThrow(RangeError);
    expect(addDays("0050-03-01", 1)).toBe(iso(parse("0050-03-01") + 86_400_000));
    expect(daysBetween("1999-12-31", "2000-03-01")).toBe(61);
  });
});
