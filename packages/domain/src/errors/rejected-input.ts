import type { FieldError } from "./field-error.ts";

/**
 * Thrown inside a transaction when input turns out invalid after something was locked or
 * used (a step token): throwing rolls all of it back, so the customer can correct and retry.
 */
export class RejectedInput extends Error {
  readonly errors: FieldError[];

  constructor(errors: FieldError[]) {
    super("input rejected");
    this.name = "RejectedInput";
    this.errors = errors;
  }
}
