import { unwrapResolverError } from "@apollo/server/errors";
import { isDatabaseUnavailable } from "@cws/domain";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { EDGE_ERRORS, isEdgeErrorCode } from "../http/error-catalog.ts";

/** A bilingual text the error already carries (the maintenance notice), if any. */
function ownMessage(extensions: Record<string, unknown>) {
  const { message } = extensions;
  if (typeof message !== "object" || message === null) return null;
  const { ja, en } = message as Record<string, unknown>;
  return typeof ja === "string" && typeof en === "string" ? { ja, en } : null;
}

/**
 * Apollo files every validation failure under GRAPHQL_VALIDATION_FAILED; a rule of ours that
 * reported its own, more telling code (TOO_MANY_SENSITIVE_FIELDS) keeps it.
 */
function ownCode(code: string, error: unknown): string {
  if (code !== "GRAPHQL_VALIDATION_FAILED" || !(error instanceof GraphQLError)) return code;
  const original = error.originalError;
  const reported = original instanceof GraphQLError ? original.extensions.code : undefined;
  return isEdgeErrorCode(reported) ? reported : code;
}

/**
 * The one place errors are shaped for clients: codes of the edge error catalog pass with
 * their message and gain `extensions.message { ja en }`; anything else becomes a generic
 * INTERNAL_SERVER_ERROR, and the original is logged, so no stack trace or internal message
 * ever reaches a client.
 */
export function createErrorFormatter(log: (error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const given = formatted.extensions?.code;
    const code = ownCode(typeof given === "string" ? given : "INTERNAL_SERVER_ERROR", error);
    if (isEdgeErrorCode(code) && code !== "INTERNAL_SERVER_ERROR") {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      const message = ownMessage(extensions) ?? EDGE_ERRORS[code].message;
      const { locations, path } = formatted;
      return {
        message: formatted.message,
        locations,
        path,
        extensions: { ...extensions, code, message },
      };
    }
    const original = unwrapResolverError(error);
    log(original);
    if (isDatabaseUnavailable(original)) {
      // Worth retrying: the status plugin answers 503 with Retry-After.
      const { message } = EDGE_ERRORS.SERVICE_UNAVAILABLE;
      return {
        message: message.en,
        path: formatted.path,
        extensions: { code: "SERVICE_UNAVAILABLE", message },
      };
    }
    const { message } = EDGE_ERRORS.INTERNAL_SERVER_ERROR;
    return {
      message: message.en,
      path: formatted.path,
      extensions: { code: "INTERNAL_SERVER_ERROR", message },
    };
  };
}
