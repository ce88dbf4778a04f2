import type { LocalizedText } from "../errors/localized-text.ts";
import type {
  RenewalEligibility,
  RenewalRefusal,
  RenewalRefusalReason,
} from "./renewal-eligibility.ts";

// The seed writes dates as 2015年01月01日; English messages keep the ISO form, which nobody misreads.
const ja = (date: string) => {
  const [y, m, d] = date.split("-");
  return `${y}年${m}月${d}日`;
};

/** The window dates a refusal message may quote. */
export type RefusalDates = Pick<RenewalRefusal, "opensOn" | "closesOn">;

/**
 * The answer to a renewal attempt on a period already renewed: the attempt is made on another
 * screen, so it points to the list.
 */
export const ALREADY_RENEWED_MESSAGE: LocalizedText = {
  ja: "この契約の継続手続はすでに完了しています。契約一覧で新しい満期日をご確認ください。",
  en: "This contract has already been renewed. The contract list shows the new expiry date.",
};

const REFUSALS: Record<RenewalRefusalReason, (dates: RefusalDates) => LocalizedText> = {
  TOO_EARLY: ({ opensOn }) =>
    opensOn
      ? {
          ja: `この契約の継続手続は${ja(opensOn)}から承ります。`,
          en: `Online renewal of this contract opens on ${opensOn}.`,
        }
      : {
          ja: "この契約の継続手続はまだ承っておりません。",
          en: "Online renewal of this contract is not open yet.",
        },
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
  // Shown inside the list itself, beside the next period and its new expiry: pointing the
  // customer to the list there would only contradict the row they are reading.
  ALREADY_RENEWED: () => ({
    ja: "この契約の継続手続はすでに完了しています。",
    en: "This contract has already been renewed.",
  }),
  NOT_ONLINE_RENEWABLE: () => ({
    ja: "この契約はオンラインでの継続手続の対象外です。代理店にお問い合わせください。",
    en: "This contract cannot be renewed online. Please contact your agency.",
  }),
};

/** Why a contract cannot be renewed online, in both languages, quoting the window dates when known. */
export function refusalMessage(
  reason: RenewalRefusalReason,
  dates: RefusalDates = {},
): LocalizedText {
  return REFUSALS[reason](dates);
}

/** The presenter of an eligibility: what to tell the customer when the contract cannot be renewed, else null. */
export function eligibilityMessage(eligibility: RenewalEligibility): LocalizedText | null {
  return eligibility.renewable ? null : refusalMessage(eligibility.reason, eligibility);
}
