import { describe, expect, it } from "vitest";
import { checkPassword } from "./password-policy.ts";
import {
  ARGON2_OPTIONS,
  DUMMY_HASH,
  generateRecoveryKeyword,
  generateTemporaryPassword,
  hashPassword,
  verifyAgainstDummy,
  verifyPassword,
} from "./password-hasher.ts";

/** The cost parameters a PHC string ($argon2id$v=19$m=…,t=…,p=…$salt$hash) was made with. */
function parametersOf(hash: string): { type: string; m: number; t: number; p: number } {
  const [, type = "", , params = ""] = hash.split("$");
  const values = Object.fromEntries(
    params.split(",").map((kv) => kv.split("=") as [string, string]),
  );
  return { type, m: Number(values.m), t: Number(values.t), p: Number(values.p) };
}

/** Pearson's statistic of observed counts against a uniform expectation. */
function chiSquare(counts: number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  const expected = total / counts.length;
  return counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
}

describe("password hashing", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("Xk7#pq2Lm");
    expect(await verifyPassword(hash, "Xk7#pq2Lm")).toBe(true);
    expect(await verifyPassword(hash, "xk7#pq2Lm")).toBe(false);
    expect(await verifyPassword(hash, "")).toBe(false);
  });

  it("salts every hash", async () => {
    expect(await hashPassword("Xk7#pq2Lm")).not.toBe(await hashPassword("Xk7#pq2Lm"));
  });

  it("uses argon2id at m=19456 KiB, t=2, p=1", async () => {
    expect(parametersOf(await hashPassword("Xk7#pq2Lm"))).toEqual({
      type: "argon2id",
      m: 19456,
      t: 2,
      p: 1,
    });
  });

  it("answers false for a missing or malformed hash instead of throwing", async () => {
    for (const bad of [
      null,
      undefined,
      "",
      "plain",
      "$argon2id$",
      "$argon2id$v=19$m=19456,t=2,p=1$bad$bad",
      "$2b$10$abcdefghijklmnopqrstuv",
    ]) {
      await expect(verifyPassword(bad, "Xk7#pq2Lm")).resolves.toBe(false);
    }
  });

  it("keeps the dummy hash in step with the real parameters, and never lets it match", async () => {
    expect(parametersOf(DUMMY_HASH)).toEqual({
      type: "argon2id",
      m: ARGON2_OPTIONS.memoryCost,
      t: ARGON2_OPTIONS.timeCost,
      p: ARGON2_OPTIONS.parallelism,
    });
    expect(await verifyAgainstDummy("Xk7#pq2Lm")).toBe(false);
  });
});

describe("generateTemporaryPassword", () => {
  const samples = Array.from({ length: 300 }, generateTemporaryPassword);

  it("makes 16-character passwords that meet the policy", () => {
    for (const password of samples) {
      expect(password).toHaveLength(16);
      for (const minLength of [8, 16])
        expect(
          checkPassword(password, { minLength }).filter((r) => !r.ok),
          password,
        ).toEqual([]);
    }
  });

  it("leaves out characters that are easily misread", () => {
    for (const password of samples) expect(password).not.toMatch(/[IlO0o1]/);
  });

  it("does not repeat itself", () => {
    expect(new Set(samples).size).toBe(samples.length);
  });
});

describe("generateRecoveryKeyword", () => {
  const SAMPLES = 10_000;
  const keywords = Array.from({ length: SAMPLES }, generateRecoveryKeyword);
  // Far beyond chance: for 9 degrees of freedom P(χ² > 60) is about 1e-9, so a pass is
  // never luck and a failure means a real bias (e.g. a constant or a skewed digit).
  const BOUND_9_DF = 60;

  it("is always ten digits", () => {
    for (const keyword of keywords) expect(keyword).toMatch(/^\d{10}$/);
  });

  it("uses every digit about equally, overall and in each position", () => {
    const overall = new Array<number>(10).fill(0);
    const byPosition = Array.from({ length: 10 }, () => new Array<number>(10).fill(0));
    for (const keyword of keywords) {
      [...keyword].forEach((digit, position) => {
        overall[Number(digit)]! += 1;
        byPosition[position]![Number(digit)]! += 1;
      });
    }
    expect(chiSquare(overall)).toBeLessThan(BOUND_9_DF);
    for (const counts of byPosition) expect(chiSquare(counts)).toBeLessThan(BOUND_9_DF);
  });

  it("draws each digit independently of the one before", () => {
    const pairs = new Array<number>(100).fill(0);
    for (const keyword of keywords) {
      for (let i = 1; i < keyword.length; i += 1) pairs[Number(keyword.slice(i - 1, i + 1))]! += 1;
    }
    // 99 degrees of freedom: mean 99, standard deviation 14; 250 is over ten deviations out.
    expect(chiSquare(pairs)).toBeLessThan(250);
  });
});
