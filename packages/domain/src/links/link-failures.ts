import type { Failure } from "../errors/failure.ts";
import type { LocalizedText } from "../errors/localized-text.ts";

/** Why a mailed link cannot be used: each state has its own code, so the page can say what to do. */
export type LinkFailureCode = "LINK_EXPIRED" | "LINK_USED" | "LINK_DEAD" | "LINK_UNKNOWN";
export type LinkFailure = Failure<LinkFailureCode>;

/** A wrong keyword: the link survives until no attempts are left. */
export type KeywordRejected = Failure<"KEYWORD_REJECTED", { attemptsLeft: number }>;

const MESSAGES: Record<LinkFailureCode, LocalizedText> = {
  LINK_EXPIRED: {
    ja: "URLの有効期限が切れています。お手数ですが、最初からお手続きください。",
    en: "This link has expired. Please start again.",
  },
  LINK_USED: {
    ja: "このURLはすでに使用されています。URLは一回のアクセスのみ有効です。",
    en: "This link has already been used; each link works only once.",
  },
  LINK_DEAD: {
    ja: "キーワードの誤りが続いたため、このURLは無効になりました。お手数ですが、最初からお手続きください。",
    en: "Too many wrong keywords: this link no longer works. Please start again.",
  },
  LINK_UNKNOWN: {
    ja: "URLが正しくありません。メールに記載のURLをご確認ください。",
    en: "This link is not valid. Please check the link in the mail.",
  },
};

export function linkFailure<C extends LinkFailureCode>(code: C): Failure<C> {
  return { code, message: MESSAGES[code] };
}

export function keywordRejected(attemptsLeft: number): KeywordRejected {
  return {
    code: "KEYWORD_REJECTED",
    message: {
      ja: `キーワードが正しくありません。あと${attemptsLeft}回誤るとこのURLは無効になります。`,
      en: `Wrong keyword. The link stops working after ${attemptsLeft} more wrong attempt(s).`,
    },
    attemptsLeft,
  };
}
