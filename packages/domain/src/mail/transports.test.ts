import { describe, expect, it } from "vitest";
import { describeSmtpError } from "./transports.ts";

describe("describeSmtpError", () => {
  it("cuts credentials and credential-bearing URLs out of the message and keeps it short", () => {
    const error = Object.assign(
      new Error(
        `Invalid login for mailer/pa55word at smtp://mailer:pa55word@mail.example.test ${"x".repeat(1000)}`,
      ),
      { code: "EAUTH", responseCode: 535 },
    );
    const described = describeSmtpError(error, ["mailer", "pa55word"]);
    expect(described.message).not.toMatch(/pa55word|mailer/);
    expect(described.message.startsWith("EAUTH: ")).toBe(true);
    expect(described.message.length).toBeLessThanOrEqual(300);
    // A refused login is a settings problem, never the message's fault.
    expect(described).toMatchObject({ serverUnavailable: true, permanent: false });
  });

  it("tells a permanent refusal of one message from a transient one", () => {
    expect(
      describeSmtpError(
        Object.assign(new Error("550 no such user"), {
          code: "EENVELOPE",
          responseCode: 550,
          permanent: true,
        }),
      ),
    ).toMatchObject({ permanent: true, serverUnavailable: false });
    expect(
      describeSmtpError(
        Object.assign(new Error("450 busy"), {
          code: "EENVELOPE",
          responseCode: 450,
          permanent: false,
        }),
      ),
    ).toMatchObject({ permanent: false, serverUnavailable: false });
    expect(
      describeSmtpError(
        Object.assign(new Error("421 closing"), { code: "EENVELOPE", responseCode: 421 }),
      ),
    ).toMatchObject({ permanent: false, serverUnavailable: true });
  });
});
