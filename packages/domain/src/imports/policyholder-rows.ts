import type { FieldError, Validated } from "../errors/field-error.ts";
import { errorsOf, validateBirthDate, validateEmail } from "../validation/common-fields.ts";
import {
  validateEmployeeNumber,
  validateKana,
  validateName,
} from "../validation/registration-input.ts";
import { readText } from "./import-cells.ts";
import { normalizeDateCell } from "./import-cells.ts";

/** A policyholder row after validation, normalised as identity matching compares it. */
export interface PolicyholderRow {
  groupName: string;
  employeeNumber: string;
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  birthDate: string;
  emailOnFile: string | null;
}

/** The natural key of a policyholder: group + 社員番号. */
export function policyholderKey(row: { groupName: string; employeeNumber: string }): string {
  // U+001F cannot occur in a group name (control characters are removed) and, unlike NUL, PostgreSQL text holds it.
  return `${row.groupName}\u001f${row.employeeNumber}`;
}

/**
 * Checks one policyholder row with the rules registration uses (names, kana, birth date,
 * e-mail), so a loaded record can always be matched by the customer who types the same.
 */
export function validatePolicyholderRow(
  values: Record<string, string>,
  today: string,
): Validated<PolicyholderRow> {
  const cell = (field: string) => values[field] ?? "";
  const groupName = readText("POLICYHOLDERS", "groupName", cell("groupName"), 200);
  const employeeNumber = validateEmployeeNumber(cell("employeeNumber"));
  const familyName = validateName(cell("familyName"), "familyName");
  const givenName = validateName(cell("givenName"), "givenName");
  const familyNameKana = validateKana(cell("familyNameKana"), "familyNameKana");
  const givenNameKana = validateKana(cell("givenNameKana"), "givenNameKana");
  const birthDate = validateBirthDate(normalizeDateCell(cell("birthDate")), today);
  const emailText = cell("emailOnFile").normalize("NFKC").trim();
  const email =
    emailText === ""
      ? ({ ok: true, value: null } as const)
      : validateEmail(emailText, "emailOnFile");
  if (
    groupName.ok &&
    employeeNumber.ok &&
    familyName.ok &&
    givenName.ok &&
    familyNameKana.ok &&
    givenNameKana.ok &&
    birthDate.ok &&
    email.ok
  ) {
    return {
      ok: true,
      value: {
        groupName: groupName.value,
        employeeNumber: employeeNumber.value,
        familyName: familyName.value,
        givenName: givenName.value,
        familyNameKana: familyNameKana.value,
        givenNameKana: givenNameKana.value,
        birthDate: birthDate.value,
        emailOnFile: email.value,
      },
    };
  }
  const errors: FieldError[] = [
    groupName,
    employeeNumber,
    familyName,
    givenName,
    familyNameKana,
    givenNameKana,
    birthDate,
    email,
  ].flatMap(errorsOf);
  return { ok: false, errors };
}
