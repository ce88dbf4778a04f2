import type { ImportFailure, StaffFailure, StaffFailureCode, ImportMessageCode } from "@cws/domain";
import { type ProblemShape, simpleProblem } from "../problems.ts";

/*
 * The problem types of the staff API. Like ../problems.ts for customer failures, this is the
 * one place staff and import failure codes become API types.
 */

export const StaffLoginFailedRef = simpleProblem(
  "StaffLoginFailed",
  "The user ID, password or verification code is wrong, or the account is locked or disabled (one answer for all).",
);
export const RecordNotFoundRef = simpleProblem(
  "RecordNotFound",
  "No such record, or one of another agency (answered exactly alike). Code RECORD_NOT_FOUND.",
);
export const StaffForbiddenRef = simpleProblem(
  "StaffForbidden",
  "The staff member may not do this (e.g. an admin disabling themselves). Code STAFF_FORBIDDEN.",
);
export const ImportProblemRef = simpleProblem(
  "ImportProblem",
  "A problem with an import as a whole: IMPORT_ALREADY_RUNNING, IMPORT_NOT_FOUND, " +
    "IMPORT_NOT_STAGING, IMPORT_HAS_ERRORS, IMPORT_TOO_MANY_ROWS, IMPORT_FORBIDDEN.",
);
export const NothingToResendRef = simpleProblem(
  "NothingToResend",
  "The mail was already sent or replaced, or its link was used: there is nothing to send again.",
);
export const StaffUserIdTakenRef = simpleProblem(
  "StaffUserIdTaken",
  "Another staff account already has this user ID.",
);
export const AgencyNotFoundRef = simpleProblem("AgencyNotFound", "No agency has this code.");

/** The problem type of every staff failure code (a new code fails the typecheck here until it has one). */
const STAFF_PROBLEM_TYPES = {
  STAFF_LOGIN_FAILED: "StaffLoginFailed",
  // Never a field's answer: an expired session is the UNAUTHENTICATED edge error.
  STAFF_SESSION_EXPIRED: "StaffLoginFailed",
  STAFF_FORBIDDEN: "StaffForbidden",
  STAFF_USER_ID_TAKEN: "StaffUserIdTaken",
  STAFF_INVALID_INPUT: "ValidationFailed",
  STAFF_NOT_FOUND: "RecordNotFound",
  AGENCY_NOT_FOUND: "AgencyNotFound",
  // Only the bootstrap command meets it.
  ADMIN_ALREADY_EXISTS: "StaffForbidden",
  RECORD_NOT_FOUND: "RecordNotFound",
  NOTHING_TO_RESEND: "NothingToResend",
} as const satisfies Record<StaffFailureCode, string>;

type StaffProblemType = (typeof STAFF_PROBLEM_TYPES)[StaffFailureCode];

/** A staff failure as a member of a result union: code and message as the domain worded them. */
export function asStaffProblem<C extends StaffFailureCode>(
  failure: StaffFailure<C>,
): ProblemShape & { __typename: (typeof STAFF_PROBLEM_TYPES)[C] } {
  const __typename = STAFF_PROBLEM_TYPES[failure.code] as (typeof STAFF_PROBLEM_TYPES)[C];
  // RecordNotFound always says RECORD_NOT_FOUND (the contract's code), with the domain's wording.
  const code =
    (__typename as StaffProblemType) === "RecordNotFound" ? "RECORD_NOT_FOUND" : failure.code;
  return { __typename, code, message: failure.message };
}

/** Any import failure (file- or run-level) as the ImportProblem type. */
export function asImportProblem(
  failure: ImportFailure<ImportMessageCode>,
): ProblemShape & { __typename: "ImportProblem" } {
  return { __typename: "ImportProblem", code: failure.code, message: failure.message };
}
