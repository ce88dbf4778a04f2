import { describe, expect, it } from "vitest";
import { calendarDateOf, formatDateTimeEn, formatDateTimeJa, formatDeadlineJa } from "./japan-time.ts";

describe("Japan time formatting", () => {
  it("takes the calendar date in Japan, not in UTC", () => {
    // 15:30 UTC on the 30th is already 00:30 on December 1st in Japan.
    expect(calendarDateOf(new Date("2026-11-30T15:30:00Z"), "Asia/Tokyo")).toBe("2026-12-01");
    expect(calendarDateOf(new Date("2026-11-30T14:59:59Z"), "Asia/Tokyo")).toBe("2026-11-30");
  });

  it("writes a mail deadline as the seed does, never later than the real one", () => {
    expect(formatDeadlineJa(new Date("2026-11-27T09:00:00Z"), "Asia/Tokyo")).toBe("2026年11月27日18時まで");
    expect(formatDeadlineJa(new Date("2026-11-27T09:10:30Z"), "Asia/Tokyo")).toBe("2026年11月27日18時まで");
  });

  it("writes date and time in both languages", () => {
    const at = new Date("2026-11-29T19:00:00Z");
    expect(formatDateTimeJa(at, "Asia/Tokyo")).toBe("2026年11月30日 4:00");
    expect(formatDateTimeEn(at, "Asia/Tokyo")).toBe("2026-11-30 04:00 (Japan time)");
  });
});
