import type { Localized } from "./i18n.ts";

/** A failure the tool reports to the person in their language and ends with (exit code 1, or 2 for usage). */
export class CliError extends Error {
  readonly text: Localized;
  readonly exitCode: number;

  constructor(text: Localized, exitCode = 1) {
    super(text.en);
    this.name = "CliError";
    this.text = text;
    this.exitCode = exitCode;
  }
}
