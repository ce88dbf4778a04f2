import type { Config } from "@cws/config";
import type { FieldError } from "../errors/field-error.ts";
import { passwordErrors } from "../passwords/password-policy.ts";
import { errorsOf, invalid, presentText, validateUserId } from "../validation/common-fields.ts";
import { STAFF_ROLES, type StaffRole } from "./staff-account.entity.ts";

/** Staff passwords follow the customer policy but are never shorter than this. */
export const STAFF_PASSWORD_MIN_LENGTH = 12;
export const STAFF_USER_ID_MAX_LENGTH = 64;
export const STAFF_NAME_MAX_LENGTH = 100;

export interface NewStaffInput {
  userId: string;
  name: string;
  role: StaffRole;
  password: string;
  /** The agency's code, e.g. "SAKURA". */
  agencyCode: string;
}

/** Every problem with a new staff account's fields, or none. */
export function newStaffErrors(input: NewStaffInput, config: Config): FieldError[] {
  const errors: FieldError[] = [];
  const userId = validateUserId(input.userId);
  errors.push(...errorsOf(userId));
  if (userId.ok && userId.value.length > STAFF_USER_ID_MAX_LENGTH) {
    errors.push(...errorsOf(invalid("userId", "TOO_LONG", { max: STAFF_USER_ID_MAX_LENGTH })));
  }
  const name = presentText(input.name);
  if (name === null) errors.push(...errorsOf(invalid("name", "REQUIRED")));
  else if ([...name].length > STAFF_NAME_MAX_LENGTH)
    errors.push(...errorsOf(invalid("name", "TOO_LONG", { max: STAFF_NAME_MAX_LENGTH })));
  if (!STAFF_ROLES.includes(input.role)) errors.push(...errorsOf(invalid("role", "REQUIRED")));
  const minLength = Math.max(STAFF_PASSWORD_MIN_LENGTH, config.passwords.minLength);
  errors.push(...passwordErrors(input.password, { minLength, userId: input.userId }));
  return errors;
}
