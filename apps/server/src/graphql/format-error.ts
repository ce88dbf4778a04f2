import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";

/** Codes we raise on purpose; their messages are written for clients and may be shown. */
const PUBLIC_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "OPERATION_RESOLUTION_FAILURE",
  "SERVICE_IN_MAINTENANCE",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "PASSWORD_CHANGE_REQUIRED",
  "QUERY_TOO_COMPLEX",
  "TOO_MANY_REQUESTS",
]);

/**
 * The one place errors are shaped for clients: expected codes pass with their message;
 * anything else becomes a generic INTERNAL_SERVER_ERROR, and the original is logged,
 * so no stack trace or internal message ever reaches a client.
 */
export function createErrorFormatter(log: (error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = typeof formatted.extensions?.code === "string" ? formatted.extensions.code : "INTERNAL_SERVER_ERROR";
    if (PUBLIC_CODES.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { ...extensions, code } };
    }
    log(unwrapResolverError(error));
    return {
      message: "Internal server error. 時間をおいて再度お試しください。",
      path: formatted.path,
      extensions: { code: "INTERNAL_SERVER_ERROR", messageJa: "システムエラーが発生しました。時間をおいて再度お試しください。" },
    };
  };
}
