import { describe, expect, it } from "vitest";
import { renewalFailure } from "./renewal-failures.ts";
import { eligibilityMessage } from "./renewal-messages.ts";

describe("the renewal messages", () => {
  it("words a renewed contract in the list without sending the customer to the list they are reading", () => {
    const message = eligibilityMessage({ renewable: false, reason: "ALREADY_RENEWED" });
    expect(message).toEqual({
      ja: "この契約の継続手続はすでに完了しています。",
      en: "This contract has already been renewed.",
    });
  });

  it("still points a refused renewal attempt, made on another screen, to the contract list", () => {
    expect(renewalFailure("ALREADY_RENEWED").message.ja).toContain("契約一覧で新しい満期日");
  });
});
