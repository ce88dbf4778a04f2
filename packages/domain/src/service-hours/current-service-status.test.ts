import { loadConfig } from "@cws/config";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../time/clock.ts";
import { serviceStatusNoticeAt } from "./current-service-status.ts";

// The default window: Monday 02:00–04:00 Japan time; 2026-11-30 is a Monday.
const config = loadConfig({ NODE_ENV: "test" });

describe("serviceStatusNoticeAt (computed once per minute)", () => {
  it("is open at 01:59:59 and closed from 02:00:00, though both are asked within one second", () => {
    const clock = new ManualClock("2026-11-30T01:59:00+09:00");
    expect(serviceStatusNoticeAt(clock.now(), config).open).toBe(true);
    clock.set("2026-11-30T01:59:59+09:00");
    expect(serviceStatusNoticeAt(clock.now(), config)).toMatchObject({ open: true, message: null });
    clock.set("2026-11-30T02:00:00+09:00");
    expect(serviceStatusNoticeAt(clock.now(), config)).toMatchObject({
      open: false,
      reopensAt: new Date("2026-11-30T04:00:00+09:00"),
      message: { ja: "ただいまメンテナンス中です。2026年11月30日 4:00に再開します。" },
    });
  });

  it("reopens at 04:00:00 after 03:59:59, and is right again when the clock goes back", () => {
    const clock = new ManualClock("2026-11-30T03:59:59+09:00");
    expect(serviceStatusNoticeAt(clock.now(), config).open).toBe(false);
    clock.advance(1_000);
    expect(serviceStatusNoticeAt(clock.now(), config)).toMatchObject({
      open: true,
      nextMaintenanceStartsAt: new Date("2026-12-07T02:00:00+09:00"),
    });
    clock.set("2026-11-30T02:30:00+09:00");
    expect(serviceStatusNoticeAt(clock.now(), config).open).toBe(false);
  });

  it("answers for the window it is given, not the one asked before within the minute", () => {
    const at = new Date("2026-11-30T02:30:00+09:00");
    expect(serviceStatusNoticeAt(at, config).open).toBe(false);
    expect(serviceStatusNoticeAt(at, { ...config, maintenanceWindow: null }).open).toBe(true);
  });
});
