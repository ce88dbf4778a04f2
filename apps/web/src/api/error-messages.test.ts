import { GraphQLRequestError } from "@cws/client";
import { describe, expect, it } from "vitest";
import { messages } from "../i18n/messages.ts";
import {
  catalogText,
  requestErrorMessageKey,
  requestErrorMessages,
  requestErrorText,
} from "./error-messages.ts";

const error = (code: string) => new GraphQLRequestError("message", code, 500);

describe("request error messages", () => {
  it("covers every code the server raises", () => {
    const raised = [
      "SERVICE_IN_MAINTENANCE",
      "UNAUTHENTICATED",
      "PASSWORD_CHANGE_REQUIRED",
      "GRAPHQL_VALIDATION_FAILED",
      "GRAPHQL_PARSE_FAILED",
      "BAD_USER_INPUT",
      "TOO_MANY_SENSITIVE_FIELDS",
      "QUERY_TOO_COMPLEX",
      "INTERNAL_SERVER_ERROR",
      "NETWORK_ERROR",
      "NO_DATA",
    ];
    for (const code of raised)
      expect(requestErrorMessageKey(error(code)), code).not.toBe("error.default");
  });

  it("has every message in Japanese and English", () => {
    for (const key of [...Object.values(requestErrorMessages), "error.default" as const]) {
      const text = catalogText(key);
      expect(text.ja, key).toMatch(/[ぁ-んァ-ン一-龯]/);
      expect(text.en, key).toMatch(/^[\x20-\x7E“”’]+$/);
    }
  });

  it("reads a failed fetch as a network error and an unknown code as the general message", () => {
    expect(requestErrorMessageKey(new TypeError("Failed to fetch"))).toBe("error.NETWORK_ERROR");
    expect(requestErrorMessageKey(error("SOMETHING_NEW"))).toBe("error.default");
    expect(messages.ja[requestErrorMessageKey(error("UNAUTHENTICATED"))]).toContain(
      "もう一度ログインしてください",
    );
  });

  it("shows the server's own bilingual message for a code this build does not know", () => {
    const message = { ja: "送信された内容が大きすぎます。", en: "The request is too large." };
    const tooLarge = new GraphQLRequestError("x", "PAYLOAD_TOO_LARGE", 413, {
      code: "PAYLOAD_TOO_LARGE",
      message,
    });
    expect(requestErrorText(tooLarge)).toEqual(message);
    expect(requestErrorText(error("UNAUTHENTICATED"))).toEqual(
      catalogText("error.UNAUTHENTICATED"),
    );
  });
});
