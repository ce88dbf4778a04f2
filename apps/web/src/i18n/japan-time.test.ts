import { describe, expect, it } from "vitest";
import { formatClock, formatDate, formatDateTime, formatWeekday } from "./japan-time.ts";

// Sunday 17:30 UTC is already Monday 02:30 in Japan (UTC+9, no daylight saving).
const sundayNightUtc = new Date("2026-11-29T17:30:00Z");

describe("Japan time formatting", () => {
  it("writes dates as the seed does, on the Japanese calendar day", () => {
    expect(formatDate(sundayNightUtc, "ja")).toBe("2026年11月30日");
    expect(formatDate(new Date("1975-01-01T00:00:00+09:00"), "ja")).toBe("1975年01月01日");
    expect(formatDate(sundayNightUtc, "en")).toBe("2026-11-30");
  });

  it("writes date and time in Japan time", () => {
    expect(formatDateTime(sundayNightUtc, "ja")).toBe("2026年11月30日 02:30");
    expect(formatDateTime(sundayNightUtc, "en")).toBe("2026-11-30 02:30 (Japan time)");
  });

  it("names the weekday and the hour as the service-hours notice does", () => {
    expect(formatWeekday(sundayNightUtc, "ja")).toBe("月曜日");
    expect(formatWeekday(sundayNightUtc, "en")).toBe("Monday");
    expect(formatClock(new Date("2026-11-29T17:00:00Z"), "ja")).toBe("AM2時");
    expect(formatClock(sundayNightUtc, "ja")).toBe("AM2時30分");
    expect(formatClock(new Date("2026-11-30T04:00:00Z"), "ja")).toBe("PM1時");
    expect(formatClock(new Date("2026-11-29T17:00:00Z"), "en")).toBe("2:00 AM");
  });
});
