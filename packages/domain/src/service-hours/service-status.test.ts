import type { MaintenanceWindow } from "@cws/config";
import { describe, expect, it } from "vitest";
import { serviceStatusAt } from "./service-status.ts";

const mondayTwoToFour: MaintenanceWindow = {
  weekday: 1,
  startMinute: 120,
  endMinute: 240,
  timeZone: "Asia/Tokyo",
};
// 2026-11-30 is a Monday. Japan time is UTC+9 all year, so 02:00 JST is 17:00 UTC on Sunday.
const jst = (iso: string) => new Date(`${iso}+09:00`);

describe("serviceStatusAt (Monday 02:00–04:00 Japan time)", () => {
  it("is open at Monday 01:59 JST and names the coming window", () => {
    const status = serviceStatusAt(jst("2026-11-30T01:59:00"), mondayTwoToFour);
    expect(status).toEqual({
      open: true,
      nextMaintenanceStartsAt: jst("2026-11-30T02:00:00"),
      nextMaintenanceEndsAt: jst("2026-11-30T04:00:00"),
    });
  });

  it("is closed from Monday 02:00 JST and reopens at 04:00 JST", () => {
    expect(serviceStatusAt(jst("2026-11-30T02:00:00"), mondayTwoToFour)).toEqual({
      open: false,
      maintenanceStartedAt: jst("2026-11-30T02:00:00"),
      reopensAt: jst("2026-11-30T04:00:00"),
    });
  });

  it("is still closed at Monday 03:59:59 JST", () => {
    const status = serviceStatusAt(jst("2026-11-30T03:59:59"), mondayTwoToFour);
    expect(status.open).toBe(false);
  });

  it("reopens at Monday 04:00 JST and then points to the next Monday", () => {
    expect(serviceStatusAt(jst("2026-11-30T04:00:00"), mondayTwoToFour)).toEqual({
      open: true,
      nextMaintenanceStartsAt: jst("2026-12-07T02:00:00"),
      nextMaintenanceEndsAt: jst("2026-12-07T04:00:00"),
    });
  });

  it("reads a UTC server clock in Japan time: Sunday 17:30 UTC is Monday 02:30 JST", () => {
    const status = serviceStatusAt(new Date("2026-11-29T17:30:00Z"), mondayTwoToFour);
    expect(status).toEqual({
      open: false,
      maintenanceStartedAt: new Date("2026-11-29T17:00:00Z"),
      reopensAt: new Date("2026-11-29T19:00:00Z"),
    });
  });

  it("is open on Monday 02:30 UTC, which is already 11:30 JST", () => {
    expect(serviceStatusAt(new Date("2026-11-30T02:30:00Z"), mondayTwoToFour).open).toBe(true);
  });

  it("is open all week outside the window (Tuesday, Sunday night JST)", () => {
    expect(serviceStatusAt(jst("2026-12-01T02:30:00"), mondayTwoToFour).open).toBe(true);
    expect(serviceStatusAt(jst("2026-11-29T23:59:00"), mondayTwoToFour)).toEqual({
      open: true,
      nextMaintenanceStartsAt: jst("2026-11-30T02:00:00"),
      nextMaintenanceEndsAt: jst("2026-11-30T04:00:00"),
    });
  });

  it("is always open when maintenance is switched off", () => {
    expect(serviceStatusAt(jst("2026-11-30T02:30:00"), null)).toEqual({
      open: true,
      nextMaintenanceStartsAt: null,
      nextMaintenanceEndsAt: null,
    });
  });
});
