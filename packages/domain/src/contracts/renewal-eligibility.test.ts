import { describe, expect, it } from "vitest";
import { selectPeriods } from "./contract-periods.ts";
import {
  RENEWAL_REFUSAL_REASONS,
  renewalEligibility,
  type RenewalEligibilityInput,
} from "./renewal-eligibility.ts";
import { eligibilityMessage, refusalMessage } from "./renewal-messages.ts";

// A period expiring 2027-01-24 with the default 60-day window: open 2026-11-25 … 2027-01-24.
const base: Omit<RenewalEligibilityInput, "today"> = {
  product: "GROUP_AUTO",
  currentPeriod: { startsOn: "2026-01-24", endsOn: "2027-01-24" },
  hasNextPeriod: false,
  windowDays: 60,
};
const at = (today: string, overrides: Partial<RenewalEligibilityInput> = {}) =>
  renewalEligibility({ ...base, today, ...overrides });

describe("renewalEligibility", () => {
  it("refuses the day before the window opens, saying when it opens", () => {
    const result = at("2026-11-24");
    // The rule answers facts only; the presenter words them.
    expect(result).toEqual({
      renewable: false,
      reason: "TOO_EARLY",
      opensOn: "2026-11-25",
      closesOn: "2027-01-24",
    });
    expect(eligibilityMessage(result)?.ja).toContain("2026年11月25日");
    expect(eligibilityMessage(result)?.en).toContain("2026-11-25");
  });

  it("opens on the expiry date minus windowDays", () => {
    expect(at("2026-11-25")).toEqual({
      renewable: true,
      opensOn: "2026-11-25",
      closesOn: "2027-01-24",
    });
  });

  it("is still open on the expiry date itself", () => {
    expect(at("2027-01-24")).toEqual({
      renewable: true,
      opensOn: "2026-11-25",
      closesOn: "2027-01-24",
    });
  });

  it("refuses the day after the expiry date", () => {
    expect(at("2027-01-25")).toMatchObject({
      renewable: false,
      reason: "EXPIRED",
      closesOn: "2027-01-24",
    });
  });

  it("refuses a contract that is already renewed, even inside the window", () => {
    expect(at("2026-12-01", { hasNextPeriod: true })).toMatchObject({
      renewable: false,
      reason: "ALREADY_RENEWED",
    });
  });

  it("refuses products that are not renewable online, whatever the date", () => {
    expect(at("2026-12-01", { product: "GROUP_PERSONAL_ACCIDENT" })).toMatchObject({
      renewable: false,
      reason: "NOT_ONLINE_RENEWABLE",
    });
  });

  it("follows the configured window length", () => {
    expect(at("2026-12-24", { windowDays: 30 })).toMatchObject({
      renewable: false,
      reason: "TOO_EARLY",
      opensOn: "2026-12-25",
    });
    expect(at("2026-12-25", { windowDays: 30 })).toMatchObject({
      renewable: true,
      opensOn: "2026-12-25",
    });
  });

  it("never opens before the period has started", () => {
    expect(at("2026-01-23", { windowDays: 400 })).toMatchObject({
      renewable: false,
      reason: "TOO_EARLY",
      opensOn: "2026-01-24",
    });
  });

  it("has a distinct message in both languages for every reason", () => {
    const messages = RENEWAL_REFUSAL_REASONS.map((r) =>
      refusalMessage(r, { opensOn: "2026-11-25", closesOn: "2027-01-24" }),
    );
    for (const m of messages) expect(m.ja.length > 0 && m.en.length > 0).toBe(true);
    expect(new Set(messages.map((m) => m.ja)).size).toBe(RENEWAL_REFUSAL_REASONS.length);
    expect(new Set(messages.map((m) => m.en)).size).toBe(RENEWAL_REFUSAL_REASONS.length);
  });
});

describe("selectPeriods", () => {
  const p2025 = { startsOn: "2025-04-01", endsOn: "2026-04-01" };
  const p2026 = { startsOn: "2026-04-01", endsOn: "2027-04-01" };
  const p2027 = { startsOn: "2027-04-01", endsOn: "2028-04-01" };

  it("takes the latest period that has started, and reports a renewal made after it", () => {
    expect(selectPeriods([p2027, p2025, p2026], "2027-03-01")).toEqual({
      current: p2026,
      next: p2027,
    });
    expect(selectPeriods([p2025, p2026], "2027-03-01")).toEqual({ current: p2026, next: null });
  });

  it("switches to the new period on the shared expiry date", () => {
    expect(selectPeriods([p2026, p2027], "2027-03-31")?.current).toBe(p2026);
    expect(selectPeriods([p2026, p2027], "2027-04-01")).toEqual({ current: p2027, next: null });
  });

  it("takes the earliest period when none has started yet", () => {
    expect(selectPeriods([p2027, p2026], "2025-01-01")).toEqual({ current: p2026, next: p2027 });
  });

  it("has nothing to select without periods", () => {
    expect(selectPeriods([], "2026-01-01")).toBeNull();
  });
});
