import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MESSAGE_CODES } from "./messages.ts";
import { KEYWORD_RULE_DESCRIPTION, validateRegistrationInput } from "./registration-input.ts";

const TODAY = "2026-05-20";
const FIELDS = [
  "familyName",
  "givenName",
  "familyNameKana",
  "givenNameKana",
  "birthDate",
  "email",
  "keyword",
  "employeeNumber",
  "termsAccepted",
];

/** The seed's example customer (step 4), at a fictional address. */
const seed = (overrides: Record<string, unknown> = {}) => ({
  familyName: "三住",
  givenName: "太郎",
  familyNameKana: "ミツシマ",
  givenNameKana: "タロウ",
  birthDate: "1975-01-01",
  email: "abc@example.com",
  keyword: "Abc123",
  employeeNumber: "123456789",
  termsAccepted: true,
  ...overrides,
});

/** field → code for every error, so a test can assert the whole set at once. */
function problems(raw: unknown): Record<string, string> {
  const result = validateRegistrationInput(raw, TODAY);
  return result.ok ? {} : Object.fromEntries(result.errors.map((e) => [e.field, e.code]));
}

describe("validateRegistrationInput", () => {
  it("accepts the seed's example as typed", () => {
    expect(validateRegistrationInput(seed(), TODAY)).toEqual({ ok: true, value: seed() });
  });

  it("returns the input normalised the way customers type it", () => {
    const result = validateRegistrationInput(
      seed({
        familyName: " 三住 ",
        familyNameKana: "ﾐﾂｼﾏ",
        givenNameKana: "た ろう",
        email: "  abc@Example.COM　",
        employeeNumber: "１２３４５６７８９",
        birthDate: "１９７５-01-01",
      }),
      TODAY,
    );
    expect(result).toEqual({ ok: true, value: seed() });
  });

  it("reports every field's problem at once", () => {
    expect(problems({})).toEqual({
      familyName: "REQUIRED",
      givenName: "REQUIRED",
      familyNameKana: "REQUIRED",
      givenNameKana: "REQUIRED",
      birthDate: "REQUIRED",
      email: "REQUIRED",
      keyword: "REQUIRED",
      employeeNumber: "REQUIRED",
      termsAccepted: "TERMS_NOT_ACCEPTED",
    });
    expect(
      problems(
        seed({
          familyNameKana: "三住",
          birthDate: "2030-01-01",
          keyword: "abcdef",
          termsAccepted: false,
        }),
      ),
    ).toEqual({
      familyNameKana: "KANA_NOT_KATAKANA",
      birthDate: "BIRTH_DATE_IN_FUTURE",
      keyword: "KEYWORD_INVALID",
      termsAccepted: "TERMS_NOT_ACCEPTED",
    });
  });

  it("tells the customer to use katakana in the seed's words", () => {
    const result = validateRegistrationInput(seed({ givenNameKana: "Taro" }), TODAY);
    expect(result.ok ? [] : result.errors).toEqual([
      {
        field: "givenNameKana",
        code: "KANA_NOT_KATAKANA",
        message: {
          ja: "カナはカタカナで入力してください。",
          en: "Please enter the name reading in katakana.",
        },
      },
    ]);
  });

  it("limits names and kana to 50 characters, counting each kanji once", () => {
    expect(
      problems(seed({ familyName: "𠮷".repeat(50), familyNameKana: "ア".repeat(50) })),
    ).toEqual({});
    expect(problems(seed({ familyName: "三".repeat(51), givenNameKana: "ア".repeat(51) }))).toEqual(
      { familyName: "TOO_LONG", givenNameKana: "TOO_LONG" },
    );
    // Half-width ｶﾞ is one character once joined, so 50 of them fit.
    expect(problems(seed({ familyNameKana: "ｶﾞ".repeat(50) }))).toEqual({});
  });

  it("refuses control characters in names but drops invisible ones", () => {
    expect(problems(seed({ familyName: "三住\u0000", givenName: "太\u202E郎" }))).toEqual({
      familyName: "INVALID_CHARACTERS",
      givenName: "INVALID_CHARACTERS",
    });
    expect(problems(seed({ familyName: "三\uD800", givenName: "太\t郎" }))).toEqual({
      familyName: "INVALID_CHARACTERS",
      givenName: "INVALID_CHARACTERS",
    });
    const result = validateRegistrationInput(
      seed({ familyName: "三\u200B住", givenName: "ﾀ\u200Bﾞ郎" }),
      TODAY,
    );
    expect(result.ok && [result.value.familyName, result.value.givenName]).toEqual([
      "三住",
      "ダ郎",
    ]);
  });

  it("checks the birth date's range", () => {
    expect(problems(seed({ birthDate: "1975-02-30" }))).toEqual({
      birthDate: "BIRTH_DATE_INVALID",
    });
    expect(problems(seed({ birthDate: "1899-12-31" }))).toEqual({
      birthDate: "BIRTH_DATE_TOO_OLD",
    });
    expect(problems(seed({ birthDate: TODAY }))).toEqual({});
  });

  it("holds the keyword to its stated rule", () => {
    for (const ok of ["Abc123", "abc123", "ABC123", "a1b2c3d4e5f6g7h8"])
      expect(problems(seed({ keyword: ok })), ok).toEqual({});
    for (const bad of [
      "Abc12",
      "abcdefg",
      "1234567",
      "a1b2c3d4e5f6g7h8i",
      "Abc 123",
      "Ａｂｃ１２３",
      "Abc12!",
    ]) {
      expect(problems(seed({ keyword: bad })), bad).toEqual({ keyword: "KEYWORD_INVALID" });
    }
    const result = validateRegistrationInput(seed({ keyword: "x" }), TODAY);
    expect(result.ok ? "" : result.errors[0]?.message.ja).toContain(KEYWORD_RULE_DESCRIPTION.ja);
    expect(KEYWORD_RULE_DESCRIPTION.en).toMatch(/6 to 16/);
  });

  it("wants the employee number in digits, at most 20", () => {
    expect(problems(seed({ employeeNumber: "12-34" }))).toEqual({
      employeeNumber: "EMPLOYEE_NUMBER_NOT_DIGITS",
    });
    expect(problems(seed({ employeeNumber: "1".repeat(21) }))).toEqual({
      employeeNumber: "TOO_LONG",
    });
    expect(problems(seed({ employeeNumber: "0".repeat(20) }))).toEqual({});
  });

  it("needs the terms accepted with a real true", () => {
    for (const terms of [false, "true", 1, null])
      expect(problems(seed({ termsAccepted: terms }))).toEqual({
        termsAccepted: "TERMS_NOT_ACCEPTED",
      });
  });

  it("reads only the object's own fields", () => {
    const inherited = Object.create(seed()) as object;
    expect(Object.keys(problems(inherited))).toHaveLength(FIELDS.length);
  });
});

describe("validateRegistrationInput properties", () => {
  const text = fc.oneof(
    fc.string(),
    fc.string({ unit: "binary" }),
    fc.string({ unit: fc.constantFrom(..."ﾐﾂｼﾏﾀﾞみつしまーミツシマ三住 　-１２３Abc@.") }),
  );
  const fieldValue = fc.oneof(text, fc.anything());
  const rawInput = fc.oneof(
    fc.anything(),
    fc.record(Object.fromEntries(FIELDS.map((f) => [f, fieldValue])), { requiredKeys: [] }),
  );

  it("never throws; every error names a known field once, with a known code and both languages", () => {
    fc.assert(
      fc.property(rawInput, (raw) => {
        const result = validateRegistrationInput(raw, TODAY);
        if (result.ok) return;
        const fields = result.errors.map((e) => e.field);
        expect(new Set(fields).size).toBe(fields.length);
        for (const error of result.errors) {
          expect(FIELDS).toContain(error.field);
          expect(MESSAGE_CODES).toContain(error.code);
          expect(error.message.ja).not.toBe("");
          expect(error.message.en).not.toBe("");
        }
      }),
      { numRuns: 1000 },
    );
  });

  const validInput = fc.record({
    familyName: fc.string({
      unit: fc.constantFrom(..."三住見本試験髙﨑ｻｸﾗ"),
      minLength: 1,
      maxLength: 50,
    }),
    givenName: fc.string({ unit: fc.constantFrom(..."太郎花子一"), minLength: 1, maxLength: 50 }),
    familyNameKana: fc
      .string({
        unit: fc.constantFrom("ﾐ", "ﾂ", "ﾀﾞ", "ﾊﾟ", "ｰ", "み", "づ", "ー", "ミ", "ヅ", " ", "　"),
        minLength: 1,
        maxLength: 25,
      })
      .filter((k) => k.trim() !== ""),
    givenNameKana: fc.string({
      unit: fc.constantFrom(..."ﾀﾛｳたろうタロウ"),
      minLength: 1,
      maxLength: 25,
    }),
    birthDate: fc
      .date({
        min: new Date("1900-01-01T00:00:00Z"),
        max: new Date(`${TODAY}T00:00:00Z`),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10)),
    email: fc.constantFrom("abc@example.com", " Taro.M@Example.JP ", "x+y@mail.example.co.jp"),
    keyword: fc
      .stringMatching(/^[A-Za-z0-9]{6,16}$/)
      .filter((k) => /[A-Za-z]/.test(k) && /[0-9]/.test(k)),
    employeeNumber: fc.stringMatching(/^[0-9０-９]{1,20}$/),
    termsAccepted: fc.constant(true),
  });

  it("accepts any well-formed input, and its output validates to itself", () => {
    fc.assert(
      fc.property(validInput, (raw) => {
        const result = validateRegistrationInput(raw, TODAY);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const { value } = result;
        expect(value.familyNameKana + value.givenNameKana).toMatch(
          /^[\u30A1-\u30FA\u30FC-\u30FE]+$/u,
        );
        expect(value.employeeNumber).toMatch(/^[0-9]{1,20}$/);
        expect(value.email).toBe(value.email.trim());
        expect(validateRegistrationInput(value, TODAY)).toEqual(result);
      }),
    );
  });
});
