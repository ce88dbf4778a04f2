import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isKatakanaOrHiragana,
  normalizeKana,
  normalizeName,
  sameKana,
  sameName,
} from "./name-normalizer.ts";

// Characters Japanese input mixes up, weighted in so the properties meet them often.
const TRICKY = [
  ..."ﾐﾂｼﾏﾀﾛｳｶﾞﾊﾟﾞﾟｰ゛゜\u3099\u309Aみつしまたろうがぱゔゝゞゟミツシマタロウヴヽヾー－‐‑―−─-ｧァぁっッ三住太郎髙﨑 　\t\u200B",
];
const unit = fc.oneof(
  fc.constantFrom(...TRICKY),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), // lone surrogates included
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
);
const anyText = fc.string({ unit, maxLength: 30 });
const space = fc.constantFrom(" ", "　", "\t", "\u200B");

describe("normalizeKana", () => {
  it("reads half-width, hiragana and spaced forms of a name as the same katakana", () => {
    const forms = [
      "ﾐﾂｼﾏ ﾀﾛｳ",
      "みつしま　たろう",
      "ミツシマタロウ",
      "ミツシマ　タロウ",
      " ミツシマ タロウ ",
      "ﾐﾂｼﾏﾀﾛｳ",
    ];
    for (const form of forms) expect(normalizeKana(form)).toBe("ミツシマタロウ");
    expect(sameKana("ﾐﾂｼﾏ ﾀﾛｳ", "みつしま　たろう")).toBe(true);
  });

  it("joins half-width voiced and semi-voiced marks to their kana", () => {
    expect(normalizeKana("ﾀﾞｲｽｹ")).toBe("ダイスケ");
    expect(normalizeKana("ﾊﾟｸ")).toBe("パク");
    expect(normalizeKana("ｳﾞｨｸﾄﾙ")).toBe("ヴィクトル");
    expect(normalizeKana("ゔぃくとる")).toBe("ヴィクトル");
    // A spacing mark typed after the kana, as old systems stored it.
    expect(normalizeKana("タ゛イスケ")).toBe("ダイスケ");
    expect(normalizeKana("は゜く")).toBe("パク");
  });

  it("turns hiragana iteration marks and small kana into their katakana", () => {
    expect(normalizeKana("すゞき")).toBe("スヾキ");
    expect(normalizeKana("ゝ")).toBe("ヽ");
    expect(normalizeKana("きょう")).toBe("キョウ");
    expect(normalizeKana("ゖ")).toBe("ヶ");
  });

  it("reads every dash typed in kana as the long vowel mark", () => {
    for (const form of [
      "オーノ",
      "オｰノ",
      "オ－ノ",
      "オ-ノ",
      "オ‐ノ",
      "オ‑ノ",
      "オ―ノ",
      "オ−ノ",
      "オ─ノ",
      "おーの",
    ]) {
      expect(normalizeKana(form)).toBe("オーノ");
    }
  });

  it("keeps voicing and small kana significant", () => {
    expect(sameKana("ミヅシマ", "ミツシマ")).toBe(false);
    expect(sameKana("ミツジマ", "ミツシマ")).toBe(false);
    expect(sameKana("キョウ", "キヨウ")).toBe(false);
    expect(sameKana("ハシ", "パシ")).toBe(false);
  });

  it("never matches on nothing", () => {
    expect(sameKana("", "")).toBe(false);
    expect(sameKana("　", " ")).toBe(false);
  });
});

describe("normalizeName", () => {
  it("ignores spaces of either width and width variants", () => {
    expect(sameName("三住 太郎", "三住　太郎")).toBe(true);
    expect(sameName("三住　太郎", "三住太郎")).toBe(true);
    expect(normalizeName(" 三住　太郎 ")).toBe("三住太郎");
    expect(normalizeName("ＡＢＣ　ｽﾐｽ")).toBe("ABCスミス");
  });

  it("keeps hiragana and katakana distinct, since they spell different names", () => {
    expect(sameName("さくら", "サクラ")).toBe(false);
    expect(sameName("三住太郎", "三住次郎")).toBe(false);
  });

  it("never matches on nothing", () => {
    expect(sameName("", "")).toBe(false);
  });
});

describe("isKatakanaOrHiragana", () => {
  it("accepts kana in any of the forms customers type", () => {
    for (const ok of [
      "ミツシマ タロウ",
      "みつしま",
      "ﾐﾂｼﾏ",
      "ｻｰﾌｧｰ",
      "ヴィクトル",
      "スヾキ",
      "オ-ノ",
    ])
      expect(isKatakanaOrHiragana(ok)).toBe(true);
  });

  it("refuses kanji, Latin letters, digits, symbols and empty input", () => {
    for (const bad of [
      "三住",
      "Mitsushima",
      "ミツシマ1",
      "ミツシマ・タロウ",
      "ミツシマ!",
      "",
      "   ",
      "\u3099",
    ])
      expect(isKatakanaOrHiragana(bad)).toBe(false);
  });
});

describe("normaliser properties", () => {
  it("never throws, is idempotent and leaves no whitespace", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const name = normalizeName(s);
        const kana = normalizeKana(s);
        expect(normalizeName(name)).toBe(name);
        expect(normalizeKana(kana)).toBe(kana);
        expect(name).not.toMatch(/\s/u);
        expect(kana).not.toMatch(/\s/u);
      }),
      { numRuns: 2000 },
    );
  });

  it("leaves no hiragana and no dash look-alikes in kana", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(normalizeKana(s)).not.toMatch(
          /[\u3041-\u3096\u309D\u309E\-\u2010-\u2015\u2212\uFF0D\uFF70\u2500]/u,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("is unaffected by spaces inserted anywhere", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...TRICKY), fc.option(space, { nil: "" })), {
          maxLength: 20,
        }),
        (parts) => {
          const plain = parts.map(([c]) => c).join("");
          const spaced = parts.map(([c, sp]) => c + sp).join("");
          expect(normalizeKana(spaced)).toBe(normalizeKana(plain));
          expect(normalizeName(spaced)).toBe(normalizeName(plain));
        },
      ),
    );
  });

  it("reads any hiragana as the matching katakana", () => {
    const hiragana = fc.string({
      unit: fc.integer({ min: 0x3041, max: 0x3096 }).map((c) => String.fromCharCode(c)),
      minLength: 1,
    });
    fc.assert(
      fc.property(hiragana, (h) => {
        const katakana = [...h].map((c) => String.fromCharCode(c.charCodeAt(0) + 0x60)).join("");
        expect(sameKana(h, katakana)).toBe(true);
        expect(isKatakanaOrHiragana(h)).toBe(true);
      }),
    );
  });

  it("reads half-width katakana as full-width", () => {
    const pairs: [string, string][] = [
      ["ｱ", "ア"],
      ["ｶﾞ", "ガ"],
      ["ﾊﾟ", "パ"],
      ["ｯ", "ッ"],
      ["ｮ", "ョ"],
      ["ｰ", "ー"],
      ["ｳﾞ", "ヴ"],
      ["ﾝ", "ン"],
      ["ｦ", "ヲ"],
      ["ﾋﾞ", "ビ"],
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pairs), { minLength: 1, maxLength: 12 }),
        (chosen) => {
          expect(normalizeKana(chosen.map(([half]) => half).join(""))).toBe(
            chosen.map(([, full]) => full).join(""),
          );
        },
      ),
    );
  });

  it("matches symmetrically, and a name matches itself unless it is empty", () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        expect(sameKana(a, b)).toBe(sameKana(b, a));
        expect(sameName(a, b)).toBe(sameName(b, a));
        expect(sameKana(a, a)).toBe(normalizeKana(a) !== "");
        expect(sameName(a, a)).toBe(normalizeName(a) !== "");
      }),
    );
  });

  it("accepts as kana exactly what normalises to katakana and ー", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(isKatakanaOrHiragana(s)).toBe(
          /^[\u30A1-\u30FA\u30FC-\u30FE]+$/u.test(normalizeKana(s)),
        );
      }),
    );
  });
});
