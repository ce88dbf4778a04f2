import { describe, expect, it } from "vitest";
import { hasNonTextCharacters, nonTextFieldError } from "./control-characters.ts";

describe("characters no form field may contain", () => {
  it("refuses control characters, DEL, C1 controls and lone surrogates, and accepts Japanese text and emoji", () => {
    for (const bad of ["\u0000", "a\tb", "a\nb", "\u007f", "\u0085", "\ud800", "x\udfffy"])
      expect(hasNonTextCharacters(bad), JSON.stringify(bad)).toBe(true);
    for (const good of [
      "見本 太郎",
      "ﾐﾎﾝ ﾀﾛｳ",
      "𠮷野家",
      "🙂",
      "taro+1@example.com",
      "Abc-2026 !?",
    ])
      expect(hasNonTextCharacters(good), good).toBe(false);
  });

  it("names the innermost field of the first bad string in nested input", () => {
    expect(nonTextFieldError({ input: { userId: "ok", password: "pa\u0000ss" } })).toMatchObject({
      field: "password",
      code: "INVALID_CHARACTERS",
    });
    expect(nonTextFieldError({ input: { tags: ["fine", "bad\u0001"] } })).toMatchObject({
      field: "tags",
    });
    expect(nonTextFieldError({ input: { userId: "ok", n: 3, flag: true, none: null } })).toBeNull();
  });
});
