import { describe, expect, it } from "vitest";
import {
  formatCalendarDate,
  formatClock,
  formatDate,
  formatDateTime,
  formatWeekday,
} from "./date-format.ts";

// Sunday 17:30 UTC is already Monday 02:30 in Japan (UTC+9, no daylight saving).
const sundayNightUtc = new Date("2026-11-29T17:30:00Z");
const tokyo = "Asia/Tokyo";

describe("Japan time formatting", () => {
  it("writes dates as the seed does, on the Japanese calendar day", () => {
    expect(formatDate(sundayNightUtc, "ja", tokyo)).toBe("2026年11月30日");
    expect(formatDate(new Date("1975-01-01T00:00:00+09:00"), "ja", tokyo)).toBe("1975年01月01日");
    expect(formatDate(sundayNightUtc, "en", tokyo)).toBe("2026-11-30");
  });

  it("writes date and time in Japan time", () => {
    expect(formatDateTime(sundayNightUtc, "ja", tokyo)).toBe("2026年11月30日 02:30");
    expect(formatDateTime(sundayNightUtc, "en", tokyo)).toBe("2026-11-30 02:30 (Japan time)");
  });

  it("names the weekday and the hour as the service-hours notice does", () => {
    expect(formatWeekday(sundayNightUtc, "ja", tokyo)).toBe("月曜日");
    expect(formatWeekday(sundayNightUtc, "en", tokyo)).toBe("Monday");
    expect(formatClock(new Date("2026-11-29T17:00:00Z"), "ja", tokyo)).toBe("AM2時");
    expect(formatClock(sundayNightUtc, "ja", tokyo)).toBe("AM2時30分");
    expect(formatClock(new Date("2026-11-30T04:00:00Z"), "ja", tokyo)).toBe("PM1時");
    expect(formatClock(new Date("2026-11-29T17:00:00Z"), "en", tokyo)).toBe("2:00 AM");
  });
});

describe("another service time zone", () => {
  const newYork = "America/New_York";

  it("takes the day, the weekday and the hour in the zone it is given", () => {
    // Still Sunday 12:30 in New York.
    expect(formatDate(sundayNightUtc, "ja", newYork)).toBe("2026年11月29日");
    expect(formatWeekday(sundayNightUtc, "ja", newYork)).toBe("日曜日");
    expect(formatClock(sundayNightUtc, "ja", newYork)).toBe("PM0時30分");
    expect(formatClock(sundayNightUtc, "en", newYork)).toBe("12:30 PM");
    expect(formatDateTime(sundayNightUtc, "en", newYork)).toBe(
      "2026-11-29 12:30 (America/New_York)",
    );
  });
});

describe("calendar dates", () => {
  it("show a Date scalar as the seed writes it, on any device time zone", () => {
    expect(formatCalendarDate("1975-01-01", "ja")).toBe("1975年01月01日");
    expect(formatCalendarDate("1975-01-01", "en")).toBe("1975-01-01");
  });
});
