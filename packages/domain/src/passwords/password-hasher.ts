import { randomInt } from "node:crypto";
import { RECOVERY_KEYWORD_LENGTH } from "../validation/common-fields.ts";
import { runHashingTask } from "./hashing-pool.ts";
import { checkPassword } from "./password-policy.ts";

/*
 * Node only (argon2 is a native module, run on worker threads of lower priority: see
 * hashing-pool.ts). The policy itself lives in password-policy.ts so the browser can use it
 * without pulling this file in.
 */

export { ARGON2_OPTIONS } from "./argon2-options.ts";

/**
 * The hash of a random secret nobody kept, made once with {@link ARGON2_OPTIONS}.
 * Verifying against it costs what a real check costs, so an unknown user ID is not
 * answered faster. Regenerate it whenever the options change; a test compares the two.
 */
export const DUMMY_HASH =
  "$argon2id$v=19$m=19456,p=1,t=2$skg4lKLDNSTm5sBVh5LQfQ$rTy9NjIKEZ4kKD0M2Mg8/JDSWgDlBnDaaRL0Prdb1pE";

/** Hashes a password for storage, as a PHC string that carries its own salt and cost. */
export async function hashPassword(plain: string): Promise<string> {
  return runHashingTask({ op: "hash", plain });
}

/**
 * True when `plain` matches the stored hash. A missing or malformed hash is simply no
 * match: login must answer "wrong password", never fail with an error. A hashing pool
 * that cannot run (a worker that fails to start) rejects, so it is not mistaken for a
 * wrong password on every login.
 */
export async function verifyPassword(
  hash: string | null | undefined,
  plain: string,
): Promise<boolean> {
  if (typeof hash !== "string" || !hash.startsWith("$argon2") || typeof plain !== "string")
    return false;
  return runHashingTask({ op: "verify", hash, plain });
}

/** Spends the time of one real verification and answers false; for unknown user IDs. */
export async function verifyAgainstDummy(plain: string): Promise<false> {
  await verifyPassword(DUMMY_HASH, plain);
  return false;
}

// Without look-alikes (I l 1 O 0 o), because staff read temporary passwords out over the
// phone and customers type them from paper. Symbols are left out for the same reason;
// letters and digits already make two kinds.
const UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
const LOWER = "abcdefghijkmnpqrstuvwxyz";
const DIGITS = "23456789";
const TEMPORARY_ALPHABET = UPPER + LOWER + DIGITS;

/** Length of a temporary password: 16 characters of 56 give about 93 bits. */
export const TEMPORARY_PASSWORD_LENGTH = 16;

/**
 * A random temporary password for staff to hand out: 16 characters without look-alikes,
 * always meeting the password policy at its default minimum.
 */
export function generateTemporaryPassword(): string {
  // Drawing whole candidates until one passes keeps every acceptable password equally
  // likely; fewer than one draw in ten lacks a digit or a case, so this ends at once.
  for (;;) {
    let candidate = "";
    for (let i = 0; i < TEMPORARY_PASSWORD_LENGTH; i += 1)
      candidate += TEMPORARY_ALPHABET[randomInt(TEMPORARY_ALPHABET.length)];
    if (checkPassword(candidate, { minLength: TEMPORARY_PASSWORD_LENGTH }).every((rule) => rule.ok))
      return candidate;
  }
}

/** A recovery keyword: 10 digits, each drawn independently and uniformly (seed STEP 3). */
export function generateRecoveryKeyword(): string {
  let keyword = "";
  for (let i = 0; i < RECOVERY_KEYWORD_LENGTH; i += 1) keyword += String(randomInt(10));
  return keyword;
}
