import type { LocalizedText } from "@cws/domain/rules";
import { catalogText } from "../../api/error-messages.ts";
import { problem, type FieldProblem } from "../../forms/field-problems.ts";
import { newPasswordProblems } from "../../forms/new-password-problems.ts";
import type { Customer } from "../../session/session-provider.tsx";
import { changesOf, passwordContext, type SettingsValues } from "./settings-values.ts";

/**
 * Checks the values before 変更内容の確認, so the customer hears of a mistyped confirmation
 * or an unmet password rule before, not after, pressing 確定. The server checks again.
 */
export function settingsProblems(
  values: SettingsValues,
  customer: Customer,
  passwordMinLength: number,
): { problems: FieldProblem[]; message: LocalizedText | null } {
  const changes = changesOf(values, customer);
  if (!changes.email && !changes.mailOptIn && !changes.password)
    return { problems: [], message: catalogText("settings.error.noChanges") };
  const problems: FieldProblem[] = [];
  if (values.email.trim() === "")
    problems.push(problem("email", "REQUIRED", catalogText("settings.error.emailRequired")));
  // The current password confirms a new password and a new address alike (the address becomes the user ID).
  if ((changes.password || changes.email) && values.currentPassword === "") {
    problems.push(
      problem("currentPassword", "REQUIRED", catalogText("settings.error.currentPasswordRequired")),
    );
  }
  if (changes.password) {
    problems.push(
      ...newPasswordProblems("newPassword", values.newPassword, values.newPasswordConfirmation, {
        ...passwordContext(customer),
        minLength: passwordMinLength,
      }),
    );
  }
  return { problems, message: null };
}
