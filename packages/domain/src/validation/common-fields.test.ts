import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Validated } from "../errors/field-error.ts";
import { MESSAGE_CODES } from "./messages.ts";
import {
  validateBirthDate,
  validateEmail,
  validateMailOptIn,
  validateRecoveryKeyword,
  validateUserId,
} from "./common-fields.ts";

const TODAY = "2026-05-20";
const codeOf = (result: Validated<unknown>) =>
  result.ok ? null : result.errors.map((e) => e.code).join(",");

/** A failed result names the given field once, with a known code and both languages. */
function expectWellFormed(result: Validated<unknown>, field: string) {
  if (result.ok) return;
  expect(result.errors).toHaveLength(1);
  const [error] = result.errors;
  expect(error?.field).toBe(field);
  expect(MESSAGE_CODES).toContain(error?.code);
  expect(error?.message.ja).not.toBe("");
  expect(error?.message.en).not.toBe("");
}

describe("validateEmail", () => {
  it("trims, lower-cases the domain only and keeps the local part", () => {
    expect(validateEmail("  Taro.Mitsu+ins@Example.CO.JP　")).toEqual({
      ok: true,
      value: "Taro.Mitsu+ins@example.co.jp",
    });
  });

  it("refuses what is not a deliverable address", () => {
    for (const bad of [
      "abc",
      "abc@",
      "@example.com",
      "abc@example",
      "a..b@example.com",
      ".ab@example.com",
      "ab.@example.com",
      "a b@example.com",
      "abc@-example.com",
      "abc@example.c0m",
      'a"b@example.com',
      "abc@example..com",
    ]) {
      expect(codeOf(validateEmail(bad)), bad).toBe("EMAIL_INVALID");
    }
  });

  it("refuses full-width characters instead of guessing", () => {
    expect(codeOf(validateEmail("ａｂｃ＠example.com"))).toBe("EMAIL_INVALID");
    expect(codeOf(validateEmail("みつしま@example.com"))).toBe("EMAIL_INVALID");
  });

  it("asks for a missing address and bounds the length", () => {
    expect(codeOf(validateEmail("   "))).toBe("REQUIRED");
    expect(codeOf(validateEmail(undefined))).toBe("REQUIRED");
    expect(codeOf(validateEmail(`${"a".repeat(64)}@${"b".repeat(186)}.com`))).toBe("TOO_LONG");
    expect(validateEmail(`${"a".repeat(64)}@${"b".repeat(60)}.${"c".repeat(60)}.com`).ok).toBe(
      true,
    );
    expect(codeOf(validateEmail(`${"a".repeat(65)}@example.com`))).toBe("EMAIL_INVALID");
  });

  it("uses the field name it is given", () => {
    const result = validateEmail("x", "newEmail");
    expect(result.ok ? null : result.errors[0]?.field).toBe("newEmail");
  });

  it("never throws, and what it accepts is a valid user ID that validates to itself", () => {
    fc.assert(
      fc.property(fc.oneof(fc.emailAddress(), fc.string(), fc.anything()), (raw) => {
        const result = validateEmail(raw);
        expectWellFormed(result, "email");
        if (!result.ok) return;
        expect(result.value.length).toBeLessThanOrEqual(254);
        expect(result.value.split("@")[1]).toBe(result.value.split("@")[1]?.toLowerCase());
        expect(validateEmail(result.value)).toEqual(result);
        expect(validateUserId(result.value)).toEqual({ ok: true, value: result.value });
      }),
      { numRuns: 1000 },
    );
  });

  it("accepts every address of letters, digits and . _ - + on a plain host name", () => {
    const address = fc.tuple(
      fc.stringMatching(/^[A-Za-z0-9_+-]{1,20}(\.[A-Za-z0-9_+-]{1,10}){0,2}$/),
      fc.stringMatching(/^([A-Za-z0-9]([A-Za-z0-9-]{0,10}[A-Za-z0-9])?\.){1,3}[A-Za-z]{2,6}$/),
    );
    fc.assert(
      fc.property(address, ([local, host]) => {
        expect(validateEmail(`${local}@${host}`)).toEqual({
          ok: true,
          value: `${local}@${host.toLowerCase()}`,
        });
      }),
    );
  });
});

describe("validateBirthDate", () => {
  it("accepts real dates from 1900-01-01 to today, full-width digits too", () => {
    expect(validateBirthDate("1975-01-01", TODAY)).toEqual({ ok: true, value: "1975-01-01" });
    expect(validateBirthDate("１９７５－０１－０１", TODAY)).toEqual({
      ok: true,
      value: "1975-01-01",
    });
    expect(validateBirthDate("1900-01-01", TODAY).ok).toBe(true);
    expect(validateBirthDate(TODAY, TODAY).ok).toBe(true);
    expect(validateBirthDate("2024-02-29", TODAY).ok).toBe(true);
  });

  it("says which way a date is wrong", () => {
    expect(codeOf(validateBirthDate("1975-02-30", TODAY))).toBe("BIRTH_DATE_INVALID");
    expect(codeOf(validateBirthDate("2023-02-29", TODAY))).toBe("BIRTH_DATE_INVALID");
    expect(codeOf(validateBirthDate("1975/01/01", TODAY))).toBe("BIRTH_DATE_INVALID");
    expect(codeOf(validateBirthDate("1975-1-1", TODAY))).toBe("BIRTH_DATE_INVALID");
    expect(codeOf(validateBirthDate("2026-05-21", TODAY))).toBe("BIRTH_DATE_IN_FUTURE");
    expect(codeOf(validateBirthDate("1899-12-31", TODAY))).toBe("BIRTH_DATE_TOO_OLD");
    expect(codeOf(validateBirthDate("", TODAY))).toBe("REQUIRED");
    expect(codeOf(validateBirthDate(19750101, TODAY))).toBe("REQUIRED");
  });

  it("refuses a today that is not a date, which is a bug in the caller", () => {
    expect(() => validateBirthDate("1975-01-01", "today")).toThrow(RangeError);
  });

  it("never throws on input, and accepts exactly the real dates in range", () => {
    const day = fc
      .date({
        min: new Date("1850-01-01T00:00:00Z"),
        max: new Date("2100-12-31T00:00:00Z"),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.oneof(day, fc.string(), fc.anything()), (raw) => {
        const result = validateBirthDate(raw, TODAY);
        expectWellFormed(result, "birthDate");
        if (result.ok) {
          expect(result.value >= "1900-01-01" && result.value <= TODAY).toBe(true);
        }
      }),
    );
    fc.assert(
      fc.property(day, (d) => {
        expect(validateBirthDate(d, TODAY).ok).toBe(d >= "1900-01-01" && d <= TODAY);
      }),
    );
  });
});

describe("validateUserId", () => {
  it("accepts e-mail characters, 3 to 254 of them, keeping case", () => {
    expect(validateUserId(" Taro_M-1+x@example.com ")).toEqual({
      ok: true,
      value: "Taro_M-1+x@example.com",
    });
    expect(validateUserId("abc").ok).toBe(true);
    expect(validateUserId("a".repeat(254)).ok).toBe(true);
  });

  it("refuses other characters and lengths", () => {
    for (const bad of ["ab", "a".repeat(255), "taro yamada", "taro!", "たろう", "ｔａｒｏ"])
      expect(codeOf(validateUserId(bad)), bad).toBe("USER_ID_INVALID");
    expect(codeOf(validateUserId(""))).toBe("REQUIRED");
  });

  it("never throws, and accepts only its alphabet", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything()), (raw) => {
        const result = validateUserId(raw);
        expectWellFormed(result, "userId");
        if (result.ok) expect(result.value).toMatch(/^[A-Za-z0-9@._+-]{3,254}$/);
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9@._+-]{3,254}$/), (id) => {
        expect(validateUserId(id)).toEqual({ ok: true, value: id });
      }),
    );
  });
});

describe("validateRecoveryKeyword", () => {
  it("accepts 10 digits of either width, spaces removed", () => {
    expect(validateRecoveryKeyword("1234567890")).toEqual({ ok: true, value: "1234567890" });
    expect(validateRecoveryKeyword("１２３４５ ６７８９０")).toEqual({
      ok: true,
      value: "1234567890",
    });
    expect(validateRecoveryKeyword("0000000000").ok).toBe(true);
  });

  it("refuses anything else", () => {
    for (const bad of ["123456789", "12345678901", "12345abcde", "1234-567890"])
      expect(codeOf(validateRecoveryKeyword(bad)), bad).toBe("RECOVERY_KEYWORD_INVALID");
    expect(codeOf(validateRecoveryKeyword(" "))).toBe("REQUIRED");
  });

  it("never throws, and accepts only ten ASCII digits", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.stringMatching(/^[0-9０-９ ]{8,12}$/), fc.anything()),
        (raw) => {
          const result = validateRecoveryKeyword(raw);
          expectWellFormed(result, "keyword");
          if (result.ok) expect(result.value).toMatch(/^[0-9]{10}$/);
        },
      ),
    );
  });
});

describe("validateMailOptIn", () => {
  it("accepts booleans and the seed's 希望する / 希望しない", () => {
    expect(validateMailOptIn(true)).toEqual({ ok: true, value: true });
    expect(validateMailOptIn(false)).toEqual({ ok: true, value: false });
    expect(validateMailOptIn("希望する")).toEqual({ ok: true, value: true });
    expect(validateMailOptIn(" 希望しない ")).toEqual({ ok: true, value: false });
  });

  it("refuses anything else, including inherited property names", () => {
    for (const bad of [null, undefined, "yes", 1, "constructor", "toString"])
      expect(codeOf(validateMailOptIn(bad)), String(bad)).toBe("MAIL_OPT_IN_INVALID");
  });

  it("never throws", () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        expectWellFormed(validateMailOptIn(raw), "mailOptIn");
      }),
    );
  });
});
