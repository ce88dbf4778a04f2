import { randomInt } from "node:crypto";

/**
 * Crockford's base-32 digits: no I, L, O or U, so a 受付番号 read out over the phone to the
 * desk cannot be misheard as 1 or 0. Upper case only; the desk may type it either way.
 */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** 受付番号 as shown and stored: two groups of five, e.g. `7K3QF-9XM2D`. */
export const RENEWAL_REFERENCE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/;

/**
 * A new 受付番号 for an online renewal: 50 random bits, so the unique index practically never
 * refuses one (one chance in 10⁹ with a million renewals stored), and nothing in it can be
 * guessed from another customer's number.
 */
export function newRenewalReference(): string {
  let digits = "";
  for (let i = 0; i < 10; i++) digits += ALPHABET[randomInt(ALPHABET.length)];
  return `${digits.slice(0, 5)}-${digits.slice(5)}`;
}
