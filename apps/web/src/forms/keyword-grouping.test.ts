import { validateRecoveryKeyword } from "@cws/domain/rules";
import { describe, expect, it } from "vitest";
import { groupKeyword } from "./keyword-grouping.ts";

describe("the keyword as shown", () => {
  it("groups ten digits in fives and leaves a keyword the customer chose as it is", () => {
    expect(groupKeyword("1234567890")).toBe("12345 67890");
    expect(groupKeyword("Abc123")).toBe("Abc123");
    expect(groupKeyword("123456789")).toBe("123456789");
  });

  it("is taken back as typed from the screen: with the space, without, or in full-width digits", () => {
    for (const typed of ["12345 67890", "1234567890", "１２３４５　６７８９０", " 12345 67890 "])
      expect(validateRecoveryKeyword(typed)).toEqual({ ok: true, value: "1234567890" });
  });
});
