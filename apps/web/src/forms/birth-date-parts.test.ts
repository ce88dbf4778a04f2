import { describe, expect, it } from "vitest";
import { birthDateValue, daysInMonth, withPart } from "./birth-date-parts.ts";

describe("the birth date selects", () => {
  it("give YYYY-MM-DD only once every part is chosen", () => {
    expect(birthDateValue({ year: "1975", month: "1", day: "1" })).toBe("1975-01-01");
    expect(birthDateValue({ year: "1975", month: "1", day: "" })).toBe("");
  });

  it("offer only the days the month has, leap years included", () => {
    expect(daysInMonth({ year: "2023", month: "2" })).toBe(28);
    expect(daysInMonth({ year: "2024", month: "2" })).toBe(29);
    expect(daysInMonth({ year: "", month: "" })).toBe(31);
  });

  it("drop a day the newly chosen month does not have", () => {
    expect(withPart({ year: "2023", month: "1", day: "31" }, "month", "2")).toEqual({
      year: "2023",
      month: "2",
      day: "",
    });
    expect(withPart({ year: "2023", month: "1", day: "28" }, "month", "2")).toEqual({
      year: "2023",
      month: "2",
      day: "28",
    });
  });
});
