/**
 * Every string the screens show, in Japanese (the default, worded after the seed) and English.
 * Each feature keeps its strings in `catalog/<feature>.ts` (a `ja` dictionary and an `en` one
 * with the same keys); this module merges them. `{name}` marks a value filled in by `useT()`.
 */
import * as shell from "./catalog/shell.ts";
import * as contracts from "./catalog/contracts.ts";
import * as settings from "./catalog/settings.ts";
import * as mailbox from "./catalog/mailbox.ts";
import * as accounts from "./catalog/accounts.ts";
import * as recovery from "./catalog/recovery.ts";
import * as errors from "./catalog/errors.ts";
import * as site from "./catalog/site.ts";

const ja = {
  ...shell.ja,
  ...contracts.ja,
  ...settings.ja,
  ...mailbox.ja,
  ...accounts.ja,
  ...recovery.ja,
  ...errors.ja,
  ...site.ja,
};
const en: Record<MessageKey, string> = {
  ...shell.en,
  ...contracts.en,
  ...settings.en,
  ...mailbox.en,
  ...accounts.en,
  ...recovery.en,
  ...errors.en,
  ...site.en,
};

export type MessageKey = keyof typeof ja;

export const languages = ["ja", "en"] as const;
export type Language = (typeof languages)[number];

/** Each language's own name, shown the same whatever language is chosen, so people can find theirs. */
export const languageNames: Record<Language, string> = { ja: "日本語", en: "English" };

export const messages: Record<Language, Record<MessageKey, string>> = { ja, en };
