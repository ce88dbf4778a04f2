import { passwordErrors, type PasswordContext } from "@cws/domain/rules";
import { catalogText } from "../api/error-messages.ts";
import { problem, type FieldProblem } from "./field-problems.ts";

/**
 * The new password checked in the browser with the server's own policy (same codes, same
 * words), plus the confirmation, which only the browser sees. The confirmation field is
 * `<field>Confirmation`, as NewPasswordFields names it. The context's minLength is the
 * server's (usePasswordMinLength), so the browser refuses no more and no less than it would.
 */
export function newPasswordProblems(
  field: string,
  password: string,
  confirmation: string,
  context: PasswordContext,
): FieldProblem[] {
  // Checked as "password" so the required message names it (the domain has no label for "newPassword").
  const found = passwordErrors(password, context).map((e) => ({ ...e, field }));
  if (password !== confirmation)
    found.push(
      problem(`${field}Confirmation`, "PASSWORD_MISMATCH", catalogText("form.passwordMismatch")),
    );
  return found;
}
