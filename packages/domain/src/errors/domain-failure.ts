import type { LoginFailure } from "../accounts/login-failures.ts";
import type { RenewalFailure } from "../contracts/renewal-failures.ts";
import type { KeywordRejected, LinkFailure } from "../links/link-failures.ts";
import type { RegistrationFailureCode } from "../registration/registration-failures.ts";
import type { TooManyAttemptsFailure, ValidationFailure } from "./common-failures.ts";
import type { Failure } from "./failure.ts";

/**
 * Every expected failure the services answer with, for the one place that turns codes into
 * API problem types. A new failure joins this union and, through it, that mapping.
 */
export type DomainFailure =
  | ValidationFailure
  | TooManyAttemptsFailure
  | LoginFailure
  | LinkFailure
  | KeywordRejected
  | Failure<RegistrationFailureCode>
  | Failure<"RESET_STEP_TOKEN_INVALID">
  | Failure<"EMAIL_UNAVAILABLE">
  | RenewalFailure;

export type FailureCode = DomainFailure["code"];
