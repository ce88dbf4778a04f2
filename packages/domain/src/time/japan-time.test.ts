import { describe, expect, it } from "vitest";
import {
  calendarDateOf,
  formatDateTimeEn,
  formatDateTimeJa,
  formatDeadlineJa,
  wallClock,
} from "./japan-time.ts";

describe("Japan time formatting", () => {
  it("takes the calendar date in Japan, not in UTC", () => {
    // 15:30 UTC on the 30th is already 00:30 on December 1st in Japan.
    expect(calendarDateOf(new Date("2026-11-30T15:30:00Z"), "Asia/Tokyo")).toBe("2026-12-01");
    expect(calendarDateOf(new Date("2026-11-30T14:59:59Z"), "Asia/Tokyo")).toBe("2026-11-30");
  });

  it("answers each zone for itself and turns the date at midnight, second by second", () => {
    const beforeMidnight = new Date("2026-11-30T14:59:59.999Z");
    const midnight = new Date("2026-11-30T15:00:00Z");
    expect(calendarDateOf(beforeMidnight, "Asia/Tokyo")).toBe("2026-11-30");
    expect(calendarDateOf(beforeMidnight, "UTC")).toBe("2026-11-30");
    expect(calendarDateOf(midnight, "Asia/Tokyo")).toBe("2026-12-01");
    expect(calendarDateOf(midnight, "UTC")).toBe("2026-11-30");
    expect(calendarDateOf(new Date("2026-11-30T15:00:59Z"), "Asia/Tokyo")).toBe("2026-12-01");
    expect(calendarDateOf(new Date("2026-11-30T14:00:00Z"), "Asia/Kathmandu")).toBe("2026-11-30");
    expect(calendarDateOf(new Date("2026-11-30T18:15:00Z"), "Asia/Kathmandu")).toBe("2026-12-01");
  });

  it("writes a mail deadline as the seed does, never later than the real one", () => {
    expect(formatDeadlineJa(new Date("2026-11-27T09:00:00Z"), "Asia/Tokyo")).toBe(
      "2026年11月27日18時まで",
    );
    expect(formatDeadlineJa(new Date("2026-11-27T09:10:30Z"), "Asia/Tokyo")).toBe(
      "2026年11月27日18時まで",
    );
  });

  it("writes date and time in both languages", () => {
    const at = new Date("2026-11-29T19:00:00Z");
    expect(formatDateTimeJa(at, "Asia/Tokyo")).toBe("2026年11月30日 4:00");
    expect(formatDateTimeEn(at, "Asia/Tokyo")).toBe("2026-11-30 04:00 (Japan time)");
  });
});

describe("wallClock", () => {
  it("reads the fields and the weekday in the zone it is given", () => {
    // Sunday 17:30 UTC is Monday 02:30 in Tokyo and still Sunday 12:30 in New York.
    const at = new Date("2026-11-29T17:30:05Z");
    const time = { minute: 30, second: 5 };
    expect(wallClock(at, "Asia/Tokyo")).toEqual({
      year: 2026,
      month: 11,
      day: 30,
      hour: 2,
      ...time,
      weekday: 1,
    });
    expect(wallClock(at, "America/New_York")).toEqual({
      year: 2026,
      month: 11,
      day: 29,
      hour: 12,
      ...time,
      weekday: 0,
    });
    expect(wallClock(new Date("2026-11-29T15:00:00Z"), "Asia/Tokyo").hour).toBe(0);
  });

  it("keeps one formatter per zone instead of building one per call", () => {
    const DateTimeFormat = Intl.DateTimeFormat;
    let built = 0;
    const counting = function (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      built += 1;
      return new DateTimeFormat(...args);
    } as unknown as typeof Intl.DateTimeFormat;
    Intl.DateTimeFormat = counting;
    try {
      for (let i = 0; i < 5; i += 1) wallClock(new Date(Date.UTC(2026, 0, 1, i)), "Europe/Lisbon");
      for (let i = 0; i < 5; i += 1)
        calendarDateOf(new Date(Date.UTC(2026, 0, 1, i)), "Pacific/Auckland");
    } finally {
      Intl.DateTimeFormat = DateTimeFormat;
    }
    expect(built).toBe(2);
  });

  it("names the zone in English texts", () => {
    const at = new Date("2026-11-29T19:00:00Z");
    expect(formatDateTimeEn(at, "Europe/London")).toBe("2026-11-29 19:00 (Europe/London)");
  });
});
