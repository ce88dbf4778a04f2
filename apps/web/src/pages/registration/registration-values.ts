import type { StartRegistrationInput } from "@cws/client/gql";
import { validateRegistrationInput } from "@cws/domain/rules";
import {
  birthDateValue,
  emptyBirthDate,
  type BirthDateParts,
} from "../../forms/birth-date-parts.ts";
import type { FieldProblem } from "../../forms/field-problems.ts";

/** お客さま情報の入力 as typed; kept while the customer goes to 入力内容の確認 and back. */
export interface RegistrationValues {
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  birthDate: BirthDateParts;
  email: string;
  keyword: string;
  employeeNumber: string;
  termsAccepted: boolean;
}

export const emptyRegistration: RegistrationValues = {
  familyName: "",
  givenName: "",
  familyNameKana: "",
  givenNameKana: "",
  birthDate: emptyBirthDate,
  email: "",
  keyword: "",
  employeeNumber: "",
  termsAccepted: false,
};

/** The mutation's input: sent as typed, since the server normalises widths, spaces and kana itself. */
export function registrationInput(values: RegistrationValues): StartRegistrationInput {
  return { ...values, birthDate: birthDateValue(values.birthDate) };
}

/**
 * The server's own validator, run before the confirmation screen, so the customer is told
 * at once and in the same words; the server still checks again when the form is sent.
 */
export function registrationProblems(values: RegistrationValues, today: string): FieldProblem[] {
  const result = validateRegistrationInput(registrationInput(values), today);
  return result.ok ? [] : result.errors;
}
