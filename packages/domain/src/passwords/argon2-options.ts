import type { Algorithm, Options } from "@node-rs/argon2";

/*
 * Shared by the hasher and its worker threads (password-hashing-worker.ts), so both hash
 * with one same cost. Node only (argon2 is a native module).
 */

/** argon2id with OWASP's minimum recommended cost: 19 MiB of memory, 2 passes, 1 lane. */
export const ARGON2_OPTIONS = {
  // Algorithm.Argon2id: the package declares a const enum, which type stripping cannot inline.
  algorithm: 2 as Algorithm.Argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const satisfies Options;

/**
 * How much lower than the rest of the process the hashing threads run (Linux nice, 0–19).
 * 10 gives a hashing thread about a tenth of a core's share against a request thread or a
 * PostgreSQL backend at 0 when both want the same core; an idle core still goes to hashing.
 */
export const HASHING_NICE = 10;
