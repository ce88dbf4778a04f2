import { itWhen } from "@cws/domain/testing";
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createThrottle } from "./throttle.ts";

// eslint-disable-next-line no-restricted-properties -- test set-up: which Redis to use, not a service setting
const redisUrl = process.env.TEST_REDIS_URL ?? null;

describe("throttle", () => {
  it("allows the budget per address and action, then says when to retry", async () => {
    const throttle = await createThrottle({ pointsPerWindow: 3, redisUrl: null });
    const verdicts = [];
    for (let i = 0; i < 4; i++) verdicts.push(await throttle.consume("login", "192.0.2.1"));
    expect(verdicts.slice(0, 3)).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }]);
    expect(verdicts[3]).toMatchObject({ allowed: false });
    expect((verdicts[3] as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
    // Another address and another action have budgets of their own.
    expect(await throttle.consume("login", "192.0.2.2")).toEqual({ allowed: true });
    expect(await throttle.consume("keyword", "192.0.2.1")).toEqual({ allowed: true });
    await throttle.close();
  });

  itWhen(
    redisUrl,
    "shares the counts between instances through Redis (TEST_REDIS_URL)",
    async () => {
      const address = `198.51.100.${randomBytes(1)[0]}-${randomBytes(4).toString("hex")}`;
      const first = await createThrottle({ pointsPerWindow: 2, redisUrl });
      const second = await createThrottle({ pointsPerWindow: 2, redisUrl });
      try {
        expect(await first.consume("login", address)).toEqual({ allowed: true });
        expect(await second.consume("login", address)).toEqual({ allowed: true });
        expect(await first.consume("login", address)).toMatchObject({ allowed: false });
        expect(await second.consume("login", address)).toMatchObject({ allowed: false });
      } finally {
        await first.close();
        await second.close();
      }
    },
  );
});
