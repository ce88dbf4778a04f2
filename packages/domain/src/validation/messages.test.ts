import { describe, expect, it } from "vitest";
import { FIELD_LABELS, MESSAGE_CODES, fieldError, messageFor } from "./messages.ts";

const PARAMS = { max: 50, min: 8, length: 10, rule: { ja: "規則", en: "the rule" } };

describe("validation messages", () => {
  it("word every code politely in Japanese and in English, with every placeholder filled", () => {
    for (const code of MESSAGE_CODES) {
      const { ja, en } = messageFor(code, "email", PARAMS);
      expect(ja, code).toMatch(/。$/);
      expect(en, code).toMatch(/\.$/);
      expect(`${ja}${en}`, code).not.toMatch(/[{}]/);
    }
  });

  it("name the field in the reader's language", () => {
    expect(fieldError("familyName", "REQUIRED")).toEqual({
      field: "familyName",
      code: "REQUIRED",
      message: { ja: "契約者氏名(姓)を入力してください。", en: "Please enter the family name." },
    });
    expect(messageFor("TOO_LONG", "givenNameKana", { max: 50 }).ja).toBe(
      "カナ(メイ)は50文字以内で入力してください。",
    );
  });

  it("use the seed's wording for kana and the terms", () => {
    expect(messageFor("KANA_NOT_KATAKANA").ja).toBe("カナはカタカナで入力してください。");
    expect(messageFor("TERMS_NOT_ACCEPTED").ja).toBe("利用規約に同意してください。");
  });

  it("fall back to a neutral label for fields without one, even inherited names", () => {
    expect(messageFor("REQUIRED", "somethingElse").ja).toBe("この項目を入力してください。");
    expect(messageFor("REQUIRED", "constructor").en).toBe("Please enter the field.");
  });

  it("label every field the registration form sends", () => {
    for (const field of [
      "familyName",
      "givenName",
      "familyNameKana",
      "givenNameKana",
      "birthDate",
      "email",
      "keyword",
      "employeeNumber",
    ]) {
      expect(FIELD_LABELS[field], field).toBeDefined();
    }
  });
});
