/*
 * Names typed by customers are compared with the policyholder records the agency loaded
 * (SPEC §2.3). Japanese input varies in ways that do not change the name: half-width or
 * full-width forms, spaces of either width between family and given name, hiragana typed
 * where katakana is asked, and several dash characters standing for the long vowel mark.
 */

// \s covers U+3000 (ideographic space) and U+FEFF; the zero-width characters are added
// because they arrive invisibly with copy-and-paste and no customer can see them to fix.
const SPACES = /[\s\u200B-\u200D\u2060]/gu;

// What customers and IMEs put for the long vowel in kana, checked after NFKC: NFKC has
// already folded ｰ to ー, － and ﹣ to "-", ‑ to ‐, and ﹘ to —.
const LONG_VOWEL_LOOKALIKES = /[-\u2010\u2012-\u2015\u2043\u2212\u2500\u2501]/gu;

const HIRAGANA = /[\u3041-\u3096\u309D\u309E]/gu;
// The distance from hiragana to katakana is the same for ぁ–ゖ and for ゝゞ (→ ヽヾ).
const HIRAGANA_TO_KATAKANA = 0x60;

// Katakana letters ァ–ヺ (ヷ–ヺ included), the long vowel mark and the iteration marks ヽヾ.
const KATAKANA_ONLY = /^[\u30A1-\u30FA\u30FC-\u30FE]+$/u;

function stripSpaces(s: string): string {
  // NFC again after removing spaces: NFKC turns a spacing voiced mark (タ゛) into
  // "タ" + space + combining mark, which only composes to ダ once the space is gone.
  return s.replace(SPACES, "").normalize("NFC");
}

function toKatakana(s: string): string {
  return s.replace(HIRAGANA, (c) => String.fromCharCode(c.charCodeAt(0) + HIRAGANA_TO_KATAKANA));
}

/**
 * Normalises a name written in kanji (or any script) for comparison: NFKC, then every
 * space of either width removed. Hiragana and katakana stay distinct here, because in a
 * name field they spell different names.
 */
export function normalizeName(s: string): string {
  return stripSpaces(s.normalize("NFKC"));
}

/**
 * Normalises a kana reading (セイ・メイ) for comparison and storage: NFKC (half-width
 * ﾐﾂｼﾏ → ミツシマ, ﾀﾞ → ダ), spaces removed, hiragana turned into katakana, and dash
 * look-alikes (-, ‐, －, ―, −, ─ …) turned into the long vowel mark ー.
 */
export function normalizeKana(s: string): string {
  // Kana conversion before stripping so that recomposition (は + ゛) yields katakana.
  return stripSpaces(toKatakana(s.normalize("NFKC")).replace(LONG_VOWEL_LOOKALIKES, "ー"));
}

/**
 * True when two kanji names are the same after {@link normalizeName}. Names that
 * normalise to nothing never match: an empty name must not prove anyone's identity.
 */
export function sameName(a: string, b: string): boolean {
  const left = normalizeName(a);
  return left !== "" && left === normalizeName(b);
}

/** True when two kana readings are the same after {@link normalizeKana}; empty never matches. */
export function sameKana(a: string, b: string): boolean {
  const left = normalizeKana(a);
  return left !== "" && left === normalizeKana(b);
}

/**
 * True when the input is a kana reading the service accepts: after {@link normalizeKana}
 * it is non-empty and holds only katakana and ー. Spaces, hiragana and half-width kana in
 * the input are fine because normalisation absorbs them.
 */
export function isKatakanaOrHiragana(s: string): boolean {
  return KATAKANA_ONLY.test(normalizeKana(s));
}
