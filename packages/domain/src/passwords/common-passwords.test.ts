import { describe, expect, it } from "vitest";
import { COMMON_PASSWORD_COUNT, commonPasswords, isCommonPassword } from "./common-passwords.ts";

describe("common passwords", () => {
  it("holds several hundred distinct, lower-case entries without spaces", () => {
    const list = commonPasswords();
    expect(COMMON_PASSWORD_COUNT).toBe(list.length);
    expect(list.length).toBeGreaterThanOrEqual(500);
    for (const entry of list) {
      expect(entry, entry).toBe(entry.toLowerCase());
      expect(entry, entry).toMatch(/^[\x21-\x7e]+$/);
    }
  });

  it("includes the favourites that pass the other rules", () => {
    for (const p of [
      "Password1",
      "Passw0rd",
      "Qwerty123",
      "Abc12345",
      "P@ssw0rd",
      "Welcome1",
      "Admin123",
      "Iloveyou1",
      "1qaz@WSX",
      "Summer2024",
    ]) {
      expect(isCommonPassword(p), p).toBe(true);
    }
  });

  it("matches whole passwords only", () => {
    expect(isCommonPassword("123456")).toBe(true);
    expect(isCommonPassword("Xk7#pq2Lm")).toBe(false);
    expect(isCommonPassword("password1x")).toBe(false);
    expect(isCommonPassword("")).toBe(false);
  });
});
