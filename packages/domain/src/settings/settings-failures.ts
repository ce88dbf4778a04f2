import type { Failure } from "../errors/failure.ts";
import type { FieldError } from "../errors/field-error.ts";
import type { LocalizedText } from "../errors/localized-text.ts";

const EMAIL_UNAVAILABLE_MESSAGE: LocalizedText = {
  ja: "このメールアドレスはご利用いただけません。",
  en: "This e-mail address cannot be used.",
};

/** The new address belongs to another account by now; it does not say whose. */
export const EMAIL_UNAVAILABLE: Failure<"EMAIL_UNAVAILABLE"> = {
  code: "EMAIL_UNAVAILABLE",
  message: EMAIL_UNAVAILABLE_MESSAGE,
};

/** The same fact on the settings form, against its e-mail field. */
export const EMAIL_TAKEN: FieldError = {
  field: "email",
  code: "EMAIL_UNAVAILABLE",
  message: EMAIL_UNAVAILABLE_MESSAGE,
};
