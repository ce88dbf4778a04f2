import { ACCOUNT_LANGUAGES, type AccountLanguage } from "@cws/domain";
import type { FastifyRequest } from "fastify";

/**
 * The web app's language choice, which the web app keeps in this cookie (beside its local
 * storage) so that the server can word what it sends, mails above all, for the customer.
 * Not a secret and not HttpOnly: the web app writes it.
 */
export const LANGUAGE_COOKIE = "cws_lang";

/** The client's language, or undefined when it sent none (or something else). */
export function readLanguage(request: FastifyRequest): AccountLanguage | undefined {
  const value = request.cookies?.[LANGUAGE_COOKIE];
  return ACCOUNT_LANGUAGES.find((language) => language === value);
}
