import { describe, expect, it } from "vitest";
import { newRenewalReference, RENEWAL_REFERENCE_PATTERN } from "./renewal-reference.ts";

describe("the renewal reference (受付番号)", () => {
  it("is two groups of five Crockford digits, without I, L, O or U", () => {
    const references = Array.from({ length: 200 }, () => newRenewalReference());
    for (const reference of references) {
      expect(reference).toMatch(RENEWAL_REFERENCE_PATTERN);
      expect(reference).not.toMatch(/[ILOU]/);
    }
    // 50 random bits: 200 draws never repeat in practice.
    expect(new Set(references).size).toBe(200);
  });
});
