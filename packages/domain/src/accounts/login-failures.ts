import type { Failure } from "../errors/failure.ts";
import type { FieldError } from "../errors/field-error.ts";

/**
 * One answer for every failure: wrong password, unknown user ID, locked account. Telling
 * them apart would let anyone learn which user IDs exist.
 */
export type LoginFailure = Failure<"LOGIN_FAILED">;

export const LOGIN_FAILED: LoginFailure = {
  code: "LOGIN_FAILED",
  message: {
    ja: "ユーザーIDまたはパスワード/仮パスワードが正しくありません。続けて誤るとしばらくログインできなくなります。お困りの場合はインターネットデスクへお問い合わせください。",
    en:
      "The user ID or password (or temporary password) is incorrect. Repeated failures " +
      "block logins for a while. If you need help, contact the Internet Desk.",
  },
};

/** The login form's own checks: both fields are needed before anything is looked up. */
export function loginFieldErrors(input: { userId: string; password: string }): FieldError[] {
  const errors: FieldError[] = [];
  if (!input.userId.trim()) {
    const message = { ja: "ユーザーIDを入力してください。", en: "Enter your user ID." };
    errors.push({ field: "userId", code: "REQUIRED", message });
  }
  if (!input.password) {
    const message = { ja: "パスワードを入力してください。", en: "Enter your password." };
    errors.push({ field: "password", code: "REQUIRED", message });
  }
  return errors;
}
