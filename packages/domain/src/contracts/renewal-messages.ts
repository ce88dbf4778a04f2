import type { LocalizedText } from "../errors/localized-text.ts";
import type { RenewalRefusalReason } from "./renewal-eligibility.ts";

/** Every code the contract and renewal operations answer with, for clients to branch on. */
export const RENEWAL_ERROR_CODES = [
  "CONTRACT_NOT_FOUND",
  "NOT_RENEWABLE",
  "QUOTE_CHANGED",
  "IDEMPOTENCY_KEY_INVALID",
  "IDEMPOTENCY_KEY_REUSED",
  "ALREADY_RENEWED",
] as const;
export type RenewalErrorCode = (typeof RENEWAL_ERROR_CODES)[number];

/** An expected failure of a renewal operation: a code, the refusal reason when there is one, and a message in both languages. */
export interface RenewalError<C extends RenewalErrorCode = RenewalErrorCode> {
  code: C;
  reason?: RenewalRefusalReason;
  message: LocalizedText;
}

/** The window dates a refusal message may quote. */
export interface RefusalDates {
  opensOn?: string;
  closesOn?: string;
}

// The seed writes dates as 2015年01月01日; English messages keep the ISO form, which nobody misreads.
const ja = (date: string) => {
  const [y, m, d] = date.split("-");
  return `${y}年${m}月${d}日`;
};

const ALREADY_RENEWED: LocalizedText = {
  ja: "この契約の継続手続はすでに完了しています。契約一覧で新しい満期日をご確認ください。",
  en: "This contract has already been renewed. The contract list shows the new expiry date.",
};

const REFUSALS: Record<RenewalRefusalReason, (dates: RefusalDates) => LocalizedText> = {
  TOO_EARLY: ({ opensOn }) =>
    opensOn
      ? { ja: `この契約の継続手続は${ja(opensOn)}から承ります。`, en: `Online renewal of this contract opens on ${opensOn}.` }
      : { ja: "この契約の継続手続はまだ承っておりません。", en: "Online renewal of this contract is not open yet." },
  EXPIRED: ({ closesOn }) =>
    closesOn
      ? {
          ja: `この契約は満期日(${ja(closesOn)})を過ぎているため、オンラインでの継続手続はできません。代理店にお問い合わせください。`,
          en: `This contract expired on ${closesOn} and can no longer be renewed online. Please contact your agency.`,
        }
      : {
          ja: "この契約は満期日を過ぎているため、オンラインでの継続手続はできません。代理店にお問い合わせください。",
          en: "This contract has expired and can no longer be renewed online. Please contact your agency.",
        },
  ALREADY_RENEWED: () => ALREADY_RENEWED,
  NOT_ONLINE_RENEWABLE: () => ({
    ja: "この契約はオンラインでの継続手続の対象外です。代理店にお問い合わせください。",
    en: "This contract cannot be renewed online. Please contact your agency.",
  }),
};

const ERRORS: Record<RenewalErrorCode, LocalizedText> = {
  // Also the answer for someone else's contract, so contract IDs cannot be probed.
  CONTRACT_NOT_FOUND: {
    ja: "ご指定の契約が見つかりません。契約一覧からあらためてお選びください。",
    en: "The contract was not found. Please choose it again from your contract list.",
  },
  NOT_RENEWABLE: {
    ja: "この契約は現在オンラインで継続手続ができません。",
    en: "This contract cannot be renewed online at the moment.",
  },
  QUOTE_CHANGED: {
    ja: "お見積り内容が変更されました。最新のお見積りをご確認のうえ、あらためてお手続きください。",
    en: "The quote has changed. Please review the latest quote and submit the renewal again.",
  },
  IDEMPOTENCY_KEY_INVALID: {
    ja: "お手続きを受け付けられませんでした(リクエストの識別子がないか、正しくありません)。画面を再読み込みしてやり直してください。",
    en: "The request could not be accepted: its idempotency key is missing or invalid (1–100 letters, digits, '-' or '_'). Please reload the page and try again.",
  },
  IDEMPOTENCY_KEY_REUSED: {
    ja: "このリクエストの識別子は別のお手続きで使用済みです。画面を再読み込みしてやり直してください。",
    en: "This idempotency key was already used for a different request. Please reload the page and try again.",
  },
  ALREADY_RENEWED,
};

/** Why a contract cannot be renewed online, in both languages, quoting the window dates when known. */
export function refusalMessage(reason: RenewalRefusalReason, dates: RefusalDates = {}): LocalizedText {
  return REFUSALS[reason](dates);
}

/** The error for a code; NOT_RENEWABLE carries its reason and the reason's own, more precise message. */
export function renewalError<C extends RenewalErrorCode>(code: C, refusal?: { reason: RenewalRefusalReason } & RefusalDates): RenewalError<C> {
  if (!refusal) return { code, message: ERRORS[code] };
  return { code, reason: refusal.reason, message: refusalMessage(refusal.reason, refusal) };
}
