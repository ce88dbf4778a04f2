import type { CompleteCredentialResetInput, CredentialResetFormQuery } from "@cws/client/gql";
import { errorsOf, validateEmail } from "@cws/domain/rules";
import type { FieldProblem } from "../../forms/field-problems.ts";
import { newPasswordProblems } from "../../forms/new-password-problems.ts";

export type ResetForm = NonNullable<CredentialResetFormQuery["credentialResetForm"]>;

/** 設定情報の入力 as typed; a blank password keeps the current one. */
export interface ResetValues {
  email: string;
  password: string;
  passwordConfirmation: string;
  mailOptIn: boolean;
}

export function initialResetValues(form: ResetForm): ResetValues {
  return { email: form.email, password: "", passwordConfirmation: "", mailOptIn: form.mailOptIn };
}

/** The browser's check with the server's validators: the address, and a new password only if one was typed. */
export function resetProblems(
  values: ResetValues,
  form: ResetForm,
  passwordMinLength: number,
): FieldProblem[] {
  const email = values.email.trim();
  const password =
    values.password || values.passwordConfirmation
      ? newPasswordProblems("password", values.password, values.passwordConfirmation, {
          minLength: passwordMinLength,
          userId: email,
          email,
          birthDate: form.birthDate,
        })
      : [];
  return [...errorsOf(validateEmail(values.email)), ...password];
}

export function resetInput(
  values: ResetValues,
  stepToken: string,
  commit: boolean,
): CompleteCredentialResetInput {
  return {
    stepToken,
    email: values.email.trim(),
    password: values.password || null,
    mailOptIn: values.mailOptIn,
    commit,
  };
}
