import { describe, expect, it } from "vitest";
import { Account } from "./account.entity.ts";

const settings = { threshold: 3, minutes: 15 };
const now = new Date("2026-12-01T03:00:00Z");
const fresh = () => Object.assign(new Account(), { failedLoginCount: 0, lockedUntil: null });

describe("the account's lockout", () => {
  it("counts consecutive failures and locks at the threshold for the configured minutes, counting afresh", () => {
    const account = fresh();
    expect(account.recordFailedLogin(now, settings)).toEqual({
      consecutiveFailures: 1,
      lockedUntil: null,
    });
    expect(account.recordFailedLogin(now, settings)).toEqual({
      consecutiveFailures: 2,
      lockedUntil: null,
    });
    expect(account.isLockedAt(now)).toBe(false);
    const until = new Date(now.getTime() + 15 * 60_000);
    expect(account.recordFailedLogin(now, settings)).toEqual({
      consecutiveFailures: 3,
      lockedUntil: until,
    });
    expect(account.isLockedAt(now)).toBe(true);
    expect(account.isLockedAt(until)).toBe(false);
    expect(account.failedLoginCount).toBe(0);
  });

  it("forgets failures and lifts a lock when cleared", () => {
    const account = fresh();
    for (let i = 0; i < 3; i++) account.recordFailedLogin(now, settings);
    account.clearLockout(now);
    expect(account.isLockedAt(now)).toBe(false);
    expect(account.recordFailedLogin(now, settings)).toEqual({
      consecutiveFailures: 1,
      lockedUntil: null,
    });
  });
});
