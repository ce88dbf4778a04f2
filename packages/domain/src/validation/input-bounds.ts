/**
 * How much of each free-text input the services look at. Anything longer is cut before
 * any work is done, so an oversized value cannot make hashing or matching expensive; the
 * rules (password policy, e-mail syntax) then judge what is left.
 */
export const INPUT_BOUNDS = {
  /** Passwords and temporary passwords: argon2 hashes whatever it is given. */
  password: 256,
  /** The user ID typed at login (user IDs are at most 254 characters). */
  userId: 254,
  /** E-mail addresses as typed (longer than any valid address, so validation still reports it). */
  email: 300,
  /** Keywords typed on the link page (recovery keywords are 10 digits, registration ones 6–16). */
  keyword: 64,
  /** A quote's id as sent back with renewContract (issued ids are 32 hex digits). */
  quoteId: 100,
} as const;

/** The part of an input the services look at (see INPUT_BOUNDS). */
export function bounded(value: string, bound: keyof typeof INPUT_BOUNDS): string {
  return value.slice(0, INPUT_BOUNDS[bound]);
}
