import type { LocalizedText } from "@cws/domain";
import { GraphQLError } from "graphql";
import { EDGE_ERRORS, type EdgeErrorCode } from "../http/error-catalog.ts";

/**
 * A GraphQL error outside the typed results, in the one shape: its code, its bilingual
 * text (the catalog's unless given) and the catalog's HTTP status.
 */
export function edgeError(
  code: EdgeErrorCode,
  extra: { message?: LocalizedText; extensions?: Record<string, unknown> } = {},
) {
  const message = extra.message ?? EDGE_ERRORS[code].message;
  return new GraphQLError(message.en, {
    extensions: { ...extra.extensions, code, message, http: { status: EDGE_ERRORS[code].status } },
  });
}
