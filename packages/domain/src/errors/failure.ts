import type { LocalizedText } from "./localized-text.ts";

/**
 * An expected failure of a domain service: a stable code clients branch on, the data that
 * explains it (a refusal reason, attempts left…), and its wording in both languages, taken
 * from the message table that sits beside the rule.
 */
export type Failure<C extends string = string, D extends object = object> = {
  code: C;
  message: LocalizedText;
} & D;

/** What a service answers: its result, or the one failure that stopped it. */
export type Outcome<T extends object, F extends Failure> =
  | ({ ok: true } & T)
  | { ok: false; error: F };
