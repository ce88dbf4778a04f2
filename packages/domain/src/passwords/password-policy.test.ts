import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  PASSWORD_RULES,
  checkPassword,
  passwordErrors,
  type PasswordContext,
  type PasswordRule,
} from "./password-policy.ts";

const CONTEXT: PasswordContext = {
  minLength: 8,
  userId: "Taro_M",
  email: "Taro.Mitsu@example.com",
  birthDate: "1975-01-01",
};

/** The rules a password breaks, in order. */
const broken = (password: string, context: PasswordContext = CONTEXT): PasswordRule[] =>
  checkPassword(password, context)
    .filter((r) => !r.ok)
    .map((r) => r.rule);

describe("checkPassword", () => {
  it("reports every rule, passed or not, in the order the form lists them", () => {
    const results = checkPassword("Xk7#pq2Lm", CONTEXT);
    expect(results.map((r) => r.rule)).toEqual([...PASSWORD_RULES]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results[0]?.message).toEqual({
      ja: "パスワードは8文字以上で入力してください。",
      en: "Use at least 8 characters.",
    });
  });

  it("counts upper and lower case together as one kind, letters", () => {
    expect(broken("Bqwmzkrt")).toEqual(["PASSWORD_NEEDS_TWO_KINDS"]);
    expect(broken("Abcdefg1")).toEqual([]);
    expect(broken("Abcdefg!")).toEqual([]);
  });

  it("needs both an upper-case and a lower-case letter", () => {
    expect(broken("abcdefg1")).toEqual(["PASSWORD_NEEDS_UPPER_AND_LOWER"]);
    expect(broken("ABCDEFG1")).toEqual(["PASSWORD_NEEDS_UPPER_AND_LOWER"]);
    expect(broken("12345678")).toEqual([
      "PASSWORD_NEEDS_UPPER_AND_LOWER",
      "PASSWORD_NEEDS_TWO_KINDS",
      "PASSWORD_TOO_COMMON",
    ]);
  });

  it("applies the configured minimum and the fixed maximum", () => {
    expect(broken("Abcde1!")).toEqual(["PASSWORD_TOO_SHORT"]);
    expect(broken("Abcdefg1", { minLength: 12 })).toEqual(["PASSWORD_TOO_SHORT"]);
    expect(checkPassword("Abcdefg1", { minLength: 12 })[0]?.message.ja).toBe(
      "パスワードは12文字以上で入力してください。",
    );
    expect(broken(`Ab1${"x".repeat(125)}`)).toEqual([]);
    expect(broken(`Ab1${"x".repeat(126)}`)).toEqual(["PASSWORD_TOO_LONG"]);
  });

  it("falls back to the default minimum when the configured one is unusable", () => {
    expect(broken("Abcde1!", { minLength: Number.NaN })).toEqual(["PASSWORD_TOO_SHORT"]);
    expect(broken("Abcdefg1", { minLength: Number.NaN })).toEqual([]);
  });

  it("allows half-width letters, digits and symbols only", () => {
    expect(broken("Abc 1234")).toEqual(["PASSWORD_INVALID_CHARACTERS"]);
    expect(broken("Bcdefgh1Ａ")).toEqual(["PASSWORD_INVALID_CHARACTERS"]);
    expect(broken("Abcdefg１")).toEqual([
      "PASSWORD_INVALID_CHARACTERS",
      "PASSWORD_NEEDS_TWO_KINDS",
    ]);
    expect(broken("Abcdefgあ1")).toEqual(["PASSWORD_INVALID_CHARACTERS"]);
    expect(broken("Abc\t1234")).toEqual(["PASSWORD_INVALID_CHARACTERS"]);
    expect(broken("Ab1!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")).toEqual([]);
  });

  it("refuses common passwords whatever their case, even when they meet the other rules", () => {
    for (const common of [
      "Password1",
      "Passw0rd",
      "Qwerty123",
      "Abc12345",
      "P@ssw0rd",
      "pAsSwOrD1",
      "Sakura123",
    ]) {
      expect(broken(common), common).toEqual(["PASSWORD_TOO_COMMON"]);
    }
  });

  it("refuses the user ID, the e-mail, its local part and the birth date", () => {
    const context = {
      minLength: 8,
      userId: "Yamada2024",
      email: "Hanako.Y1@example.com",
      birthDate: "1985-10-01",
    };
    for (const personal of [
      "Yamada2024",
      "yamada2024",
      "hanako.y1@EXAMPLE.com",
      "Hanako.Y1",
      "19851001",
      "1985-10-01",
      "1985/10/01",
    ]) {
      expect(broken(personal, context), personal).toContain("PASSWORD_SAME_AS_PERSONAL_INFO");
    }
    expect(broken("Yamada2024x", context)).toEqual([]);
  });

  it("does not trip on missing or empty personal details", () => {
    expect(
      broken("Xk7#pq2Lm", { minLength: 8, userId: null, email: "", birthDate: "not a date" }),
    ).toEqual([]);
    expect(broken("", { minLength: 8, userId: "", email: "" })).not.toContain(
      "PASSWORD_SAME_AS_PERSONAL_INFO",
    );
  });
});

describe("passwordErrors", () => {
  it("lists the failed rules as errors on the password field", () => {
    expect(passwordErrors("qmzwxkrt", CONTEXT)).toEqual([
      {
        field: "password",
        code: "PASSWORD_NEEDS_UPPER_AND_LOWER",
        message: {
          ja: "英大文字と英小文字をそれぞれ1文字以上含めてください。",
          en: "Include at least one upper-case and one lower-case letter.",
        },
      },
      {
        field: "password",
        code: "PASSWORD_NEEDS_TWO_KINDS",
        message: {
          ja: "英字・数字・記号のうち2種類以上を組み合わせてください。",
          en: "Combine at least two kinds of characters: letters, digits, symbols.",
        },
      },
    ]);
    expect(passwordErrors("Xk7#pq2Lm", CONTEXT)).toEqual([]);
  });

  it("asks for a missing password once, on the field it is given", () => {
    expect(passwordErrors("", CONTEXT, "newPassword").map((e) => [e.field, e.code])).toEqual([
      ["newPassword", "REQUIRED"],
    ]);
  });
});

describe("password policy properties", () => {
  const anyText = fc.oneof(
    fc.string(),
    fc.string({ unit: "binary" }),
    fc.string({ unit: "binary-ascii", maxLength: 200 }),
  );
  const context = fc.record({
    minLength: fc.oneof(fc.integer({ min: 8, max: 64 }), fc.double()),
    userId: fc.option(anyText),
    email: fc.option(anyText),
    birthDate: fc.option(fc.oneof(anyText, fc.constant("1975-01-01"))),
  });

  it("never throws and always reports every rule; the errors are exactly the failed rules", () => {
    fc.assert(
      fc.property(anyText, context, (password, ctx) => {
        const results = checkPassword(password, ctx);
        expect(results.map((r) => r.rule)).toEqual([...PASSWORD_RULES]);
        const errors = passwordErrors(password, ctx);
        if (password !== "")
          expect(errors.map((e) => e.code)).toEqual(
            results.filter((r) => !r.ok).map((r) => r.rule),
          );
      }),
      { numRuns: 1000 },
    );
  });

  it("refuses any character outside printable ASCII", () => {
    const outside = fc
      .oneof(fc.integer({ min: 0, max: 0x20 }), fc.integer({ min: 0x7f, max: 0xffff }))
      .map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(
        fc.string({ unit: "binary-ascii" }),
        outside,
        fc.string({ unit: "binary-ascii" }),
        (before, bad, after) => {
          expect(broken(before + bad + after)).toContain("PASSWORD_INVALID_CHARACTERS");
        },
      ),
    );
  });

  it("accepts any long-enough mix of upper, lower and another kind that is not common or personal", () => {
    const printable = fc.string({
      unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)),
      minLength: 5,
      maxLength: 120,
    });
    const password = fc
      .tuple(
        fc.constantFrom(..."ABCXYZ"),
        fc.constantFrom(..."abcxyz"),
        fc.constantFrom(..."0189!@#~"),
        printable,
      )
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(password, (p) => {
        fc.pre(!["taro_m", "taro.mitsu@example.com", "taro.mitsu"].includes(p.toLowerCase()));
        expect(broken(p)).toEqual([]);
      }),
    );
  });

  it("applies the minimum length exactly", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 8, max: 64 }),
        fc.integer({ min: 1, max: 80 }),
        (minLength, length) => {
          const password = `Ab1${"x".repeat(length - 1)}`.slice(0, Math.max(length, 3));
          expect(broken(password, { minLength }).includes("PASSWORD_TOO_SHORT")).toBe(
            password.length < minLength,
          );
        },
      ),
    );
  });

  it("refuses the user ID in any mix of case", () => {
    const id = fc.stringMatching(/^[A-Za-z0-9@._+-]{3,40}$/);
    fc.assert(
      fc.property(id, fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), (userId, flips) => {
        const typed = [...userId]
          .map((c, i) => (flips[i] ? c.toUpperCase() : c.toLowerCase()))
          .join("");
        expect(broken(typed, { minLength: 8, userId })).toContain("PASSWORD_SAME_AS_PERSONAL_INFO");
      }),
    );
  });
});
