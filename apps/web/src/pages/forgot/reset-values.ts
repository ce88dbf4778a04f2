import type { CompleteCredentialResetInput, CredentialResetFormQuery } from "@cws/client/gql";
import { errorsOf, validateEmail, validateUserId } from "@cws/domain/rules";
import type { FieldProblem } from "../../forms/field-problems.ts";
import { newPasswordProblems } from "../../forms/new-password-problems.ts";

export type ResetForm = NonNullable<CredentialResetFormQuery["credentialResetForm"]>;

/** Keep the current user ID (the default), or choose a new one. */
export type UserIdChoice = "keep" | "new";

/** 設定情報の入力 as typed; a blank password keeps the current one. */
export interface ResetValues {
  userIdChoice: UserIdChoice;
  newUserId: string;
  email: string;
  password: string;
  passwordConfirmation: string;
  mailOptIn: boolean;
}

export function initialResetValues(form: ResetForm): ResetValues {
  return {
    userIdChoice: "keep",
    newUserId: "",
    email: form.email,
    password: "",
    passwordConfirmation: "",
    mailOptIn: form.mailOptIn,
  };
}

/** Whether the current user ID is the e-mail address (it then follows a new address when kept). */
export const userIdIsEmail = (form: ResetForm) =>
  form.userId.trim().toLowerCase() === form.email.trim().toLowerCase();

/** The user ID that will log in after the reset, as far as the browser can tell (the server has the last word). */
export function expectedUserId(values: ResetValues, form: ResetForm): string {
  if (values.userIdChoice === "new") return values.newUserId.trim();
  return userIdIsEmail(form) ? values.email.trim() : form.userId;
}

/** The browser's check with the server's validators: the address, and a new password only if one was typed. */
export function resetProblems(
  values: ResetValues,
  form: ResetForm,
  passwordMinLength: number,
): FieldProblem[] {
  const email = values.email.trim();
  const userId = expectedUserId(values, form);
  const password =
    values.password || values.passwordConfirmation
      ? newPasswordProblems("password", values.password, values.passwordConfirmation, {
          minLength: passwordMinLength,
          userId,
          email,
          birthDate: form.birthDate,
        })
      : [];
  const newUserId =
    values.userIdChoice === "new" ? errorsOf(validateUserId(values.newUserId, "userId")) : [];
  return [...newUserId, ...errorsOf(validateEmail(values.email)), ...password];
}

export function resetInput(
  values: ResetValues,
  stepToken: string,
  commit: boolean,
): CompleteCredentialResetInput {
  return {
    stepToken,
    userId: values.userIdChoice === "new" ? values.newUserId.trim() : null,
    email: values.email.trim(),
    password: values.password || null,
    mailOptIn: values.mailOptIn,
    commit,
  };
}
