import type { LocalizedText } from "../errors/localized-text.ts";

/*
 * The wording of every staff failure, beside the staff rules. A failure is a code plus
 * data; the API maps the code to its problem type and shows this text.
 */
export const STAFF_MESSAGES = {
  STAFF_LOGIN_FAILED: {
    ja: "ユーザーID・パスワード・確認コードのいずれかが正しくないか、このアカウントは現在ログインできません。",
    en: "The user ID, password or verification code is incorrect, or this account cannot log in at the moment.",
  },
  STAFF_SESSION_EXPIRED: {
    ja: "セッションの有効期限が切れました。もう一度ログインしてください。",
    en: "Your session has expired. Please log in again.",
  },
  STAFF_FORBIDDEN: {
    ja: "この操作を行う権限がありません。",
    en: "You are not allowed to do this.",
  },
  STAFF_USER_ID_TAKEN: {
    ja: "このユーザーIDはすでに使われています。",
    en: "This user ID is already in use.",
  },
  STAFF_INVALID_INPUT: { ja: "入力内容に誤りがあります。", en: "Some of the input is not valid." },
  STAFF_NOT_FOUND: { ja: "該当する職員アカウントがありません。", en: "No such staff account." },
  AGENCY_NOT_FOUND: { ja: "該当する代理店がありません。", en: "No such agency." },
  ADMIN_ALREADY_EXISTS: {
    ja: "管理者はすでに登録されています。追加の職員は管理者がAPIから作成してください。",
    en: "An administrator already exists. Further staff accounts are created by an administrator through the API.",
  },
  RECORD_NOT_FOUND: { ja: "該当する記録がありません。", en: "No such record." },
  NOTHING_TO_RESEND: {
    ja: "再送できるメールがありません。",
    en: "There is no mail to send again.",
  },
} as const satisfies Record<string, LocalizedText>;

export type StaffFailureCode = keyof typeof STAFF_MESSAGES;

/** A staff service's failure: the code, its wording, and any data the code carries. */
export type StaffFailure<C extends StaffFailureCode = StaffFailureCode> = {
  ok: false;
  code: C;
  message: LocalizedText;
};

export function staffFailure<C extends StaffFailureCode>(code: C): StaffFailure<C> {
  return { ok: false, code, message: STAFF_MESSAGES[code] };
}
