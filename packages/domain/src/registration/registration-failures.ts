import type { Failure } from "../errors/failure.ts";
import type { LocalizedText } from "../errors/localized-text.ts";

/**
 * Why a registration step stopped. IDENTITY_NOT_CONFIRMED is one answer for every
 * mismatch, so it never tells which field was wrong.
 */
export type RegistrationFailureCode =
  | "IDENTITY_NOT_CONFIRMED"
  | "STEP_TOKEN_INVALID"
  | "ALREADY_REGISTERED";

const MESSAGES: Record<RegistrationFailureCode, LocalizedText> = {
  IDENTITY_NOT_CONFIRMED: {
    ja: "ご入力いただいた内容では、ご契約者さまの確認ができませんでした。ご入力内容をお確かめのうえ、再度お手続きください。解決しない場合はインターネットデスクへお問い合わせください。",
    en:
      "We could not confirm you as a policyholder with the details entered. " +
      "Please check them and try again, or contact the Internet Desk.",
  },
  STEP_TOKEN_INVALID: {
    ja: "お手続きの有効期限が切れたか、すでに完了しています。お手数ですが、最初からお手続きください。",
    en: "This step has expired or was already completed. Please start again from the beginning.",
  },
  ALREADY_REGISTERED: {
    ja: "すでに利用登録がお済みです。ログインするか、「ユーザーID・パスワードをお忘れの方はこちら」からお手続きください。",
    en: "You are already registered. Please log in, or use “Forgot your user ID or password”.",
  },
};

export function registrationFailure<C extends RegistrationFailureCode>(code: C): Failure<C> {
  return { code, message: MESSAGES[code] };
}

/** A reset's step token that is unknown, used or expired: worded like registration's, with a code of its own. */
export function resetStepTokenInvalid(): Failure<"RESET_STEP_TOKEN_INVALID"> {
  return { code: "RESET_STEP_TOKEN_INVALID", message: MESSAGES.STEP_TOKEN_INVALID };
}
