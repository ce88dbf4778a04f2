import { GraphQLRequestError } from "@cws/client";
import type { LocalizedText } from "@cws/domain/rules";
import { useCallback } from "react";
import { useLocation, useNavigate } from "react-router";
import { messages, type MessageKey } from "../i18n/messages.ts";
import { useSession } from "../session/session-provider.tsx";

/**
 * What to tell the customer for each code a whole request can fail with. Expected failures
 * (wrong password, invalid field…) come back as data with their own message; these are the
 * rest. Schema and limit errors only happen when this build and the server disagree, so
 * they all ask for a reload.
 */
export const requestErrorMessages = {
  SERVICE_IN_MAINTENANCE: "error.SERVICE_IN_MAINTENANCE",
  UNAUTHENTICATED: "error.UNAUTHENTICATED",
  PASSWORD_CHANGE_REQUIRED: "error.PASSWORD_CHANGE_REQUIRED",
  GRAPHQL_VALIDATION_FAILED: "error.outdatedScreen",
  GRAPHQL_PARSE_FAILED: "error.outdatedScreen",
  TOO_MANY_SENSITIVE_FIELDS: "error.outdatedScreen",
  QUERY_TOO_COMPLEX: "error.outdatedScreen",
  BAD_REQUEST: "error.outdatedScreen",
  PERSISTED_QUERY_NOT_FOUND: "error.outdatedScreen",
  OPERATION_RESOLUTION_FAILURE: "error.outdatedScreen",
  INVALID_JSON: "error.outdatedScreen",
  UNSUPPORTED_MEDIA_TYPE: "error.outdatedScreen",
  NOT_FOUND: "error.outdatedScreen",
  BAD_USER_INPUT: "error.BAD_USER_INPUT",
  TOO_MANY_REQUESTS: "error.TOO_MANY_REQUESTS",
  FORBIDDEN: "error.FORBIDDEN",
  INTERNAL_SERVER_ERROR: "error.INTERNAL_SERVER_ERROR",
  NETWORK_ERROR: "error.NETWORK_ERROR",
  NO_DATA: "error.NO_DATA",
} as const satisfies Record<string, MessageKey>;

/** The catalog key for any thrown error; a failed fetch (no GraphQLRequestError at all) is a network error. */
export function requestErrorMessageKey(error: unknown): MessageKey {
  if (!(error instanceof GraphQLRequestError)) return requestErrorMessages.NETWORK_ERROR;
  return Object.hasOwn(requestErrorMessages, error.code)
    ? requestErrorMessages[error.code as keyof typeof requestErrorMessages]
    : "error.default";
}

/** A catalog entry in both languages, so a message already on screen follows a language switch. */
export function catalogText(key: MessageKey): LocalizedText {
  return { ja: messages.ja[key], en: messages.en[key] };
}

/**
 * What to show for a thrown error: our catalog's wording for the codes we know; for a code
 * this build does not know, the server's own `extensions.message { ja en }`, better than
 * the general message.
 */
export function requestErrorText(error: unknown): LocalizedText {
  const key = requestErrorMessageKey(error);
  const own = error instanceof GraphQLRequestError ? error.localizedMessage : null;
  if (key === "error.default" && own) return own;
  return catalogText(key);
}

/**
 * Turns a thrown request error into the message to show, after doing what the error asks
 * for: an ended session goes to the login page (and comes back after), a pending temporary
 * password to the password change. Maintenance needs nothing here: the service-status gate
 * already swaps in the maintenance page.
 */
export function useRequestErrorHandler(): (error: unknown) => LocalizedText {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { setCustomer, refresh } = useSession();
  return useCallback(
    (error) => {
      const code = error instanceof GraphQLRequestError ? error.code : null;
      if (code === "UNAUTHENTICATED") {
        setCustomer(null);
        void navigate("/login", { state: { from: pathname } });
      } else if (code === "PASSWORD_CHANGE_REQUIRED") {
        // The session here may not know yet; asking again makes the screen drop the current-password field.
        void refresh();
        if (pathname !== "/password/change") void navigate("/password/change");
      }
      return requestErrorText(error);
    },
    [navigate, pathname, setCustomer, refresh],
  );
}
