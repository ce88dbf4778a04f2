import type { Failure } from "../errors/failure.ts";
import type { LocalizedText } from "../errors/localized-text.ts";
import type { RenewalRefusal, RenewalRefusalReason } from "./renewal-eligibility.ts";
import { ALREADY_RENEWED_MESSAGE, refusalMessage } from "./renewal-messages.ts";

/** The contract cannot be renewed online now: the reason, and the window dates when they matter. */
export type NotRenewable = Failure<
  "NOT_RENEWABLE",
  { reason: Exclude<RenewalRefusalReason, "ALREADY_RENEWED">; opensOn?: string; closesOn?: string }
>;

/** The failures of renewal operations that carry nothing but their code. */
export type RenewalFailureCode =
  | "CONTRACT_NOT_FOUND"
  | "QUOTE_CHANGED"
  | "IDEMPOTENCY_KEY_INVALID"
  | "IDEMPOTENCY_KEY_REUSED"
  | "ALREADY_RENEWED";

/** Every expected failure of the quote and the renewal. */
export type RenewalFailure = Failure<RenewalFailureCode> | NotRenewable;

const MESSAGES: Record<RenewalFailureCode, LocalizedText> = {
  // Also the answer for someone else's contract, so contract IDs cannot be probed.
  CONTRACT_NOT_FOUND: {
    ja: "ご指定の契約が見つかりません。契約一覧からあらためてお選びください。",
    en: "The contract was not found. Please choose it again from your contract list.",
  },
  QUOTE_CHANGED: {
    ja: "お見積り内容が変更されました。最新のお見積りをご確認のうえ、あらためてお手続きください。",
    en: "The quote has changed. Please review the latest quote and submit the renewal again.",
  },
  IDEMPOTENCY_KEY_INVALID: {
    ja: "お手続きを受け付けられませんでした(リクエストの識別子がないか、正しくありません)。画面を再読み込みしてやり直してください。",
    en:
      "The request could not be accepted: its idempotency key is missing or invalid " +
      "(1–100 letters, digits, '-' or '_'). Please reload the page and try again.",
  },
  IDEMPOTENCY_KEY_REUSED: {
    ja: "このリクエストの識別子は別のお手続きで使用済みです。画面を再読み込みしてやり直してください。",
    en: "This idempotency key was already used for a different request. Please reload the page and try again.",
  },
  // One code for one fact: the quote and the renewal both answer it for a renewed period.
  ALREADY_RENEWED: ALREADY_RENEWED_MESSAGE,
};

/** A renewal failure that carries only its code. */
export function renewalFailure<C extends RenewalFailureCode>(code: C): Failure<C> {
  return { code, message: MESSAGES[code] };
}

/**
 * The failure for a refusal: ALREADY_RENEWED for a renewed period, else NOT_RENEWABLE with
 * the reason's own, more precise message.
 */
export function refusalFailure(refusal: Omit<RenewalRefusal, "renewable">): RenewalFailure {
  const { reason, opensOn, closesOn } = refusal;
  if (reason === "ALREADY_RENEWED") return renewalFailure("ALREADY_RENEWED");
  const dates = { ...(opensOn ? { opensOn } : {}), ...(closesOn ? { closesOn } : {}) };
  return { code: "NOT_RENEWABLE", reason, ...dates, message: refusalMessage(reason, dates) };
}
