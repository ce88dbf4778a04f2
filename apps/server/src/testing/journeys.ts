import type { GraphQLClient } from "@cws/client";
import {
  CompleteRegistrationDocument,
  StartRegistrationDocument,
  VerifyKeywordDocument,
  type StartRegistrationInput,
} from "@cws/client/gql";
import type { TestServer } from "./test-server.ts";

/** The demo policyholders as a customer would type them at registration. */
export const DEMO_CUSTOMERS = {
  taro: {
    familyName: "見本",
    givenName: "太郎",
    familyNameKana: "ミホン",
    givenNameKana: "タロウ",
    birthDate: "1975-01-01",
    employeeNumber: "123456789",
  },
  hanako: {
    familyName: "試験",
    givenName: "花子",
    familyNameKana: "シケン",
    givenNameKana: "ハナコ",
    birthDate: "1985-10-01",
    employeeNumber: "200300400",
  },
  ichiro: {
    familyName: "例示",
    givenName: "一郎",
    familyNameKana: "レイジ",
    givenNameKana: "イチロウ",
    birthDate: "1990-04-15",
    employeeNumber: "300400500",
  },
} as const;

export const tokenFromLink = (link: string) => link.slice(link.indexOf("#") + 1);

/** Starts a registration and returns the link token from the captured mail. */
export async function startRegistrationFor(
  server: TestServer,
  client: GraphQLClient,
  who: keyof typeof DEMO_CUSTOMERS,
  email: string,
  keyword = "Abc123",
): Promise<string> {
  const input: StartRegistrationInput = {
    ...DEMO_CUSTOMERS[who],
    email,
    keyword,
    termsAccepted: true,
  };
  const started = await client.execute(StartRegistrationDocument, { input });
  if (started.startRegistration.__typename !== "RegistrationStarted")
    throw new Error(`registration refused: ${started.startRegistration.__typename}`);
  const mail = (await server.mailbox()).find((m) => m.to === email);
  const link = mail?.links.find((l) => l.includes("/link#"));
  if (!link) throw new Error(`no registration mail for ${email}`);
  return tokenFromLink(link);
}

/** Registers a demo customer through the API, the way the web app does; returns their logged-in client. */
export async function registerCustomer(
  server: TestServer,
  who: keyof typeof DEMO_CUSTOMERS,
  email: string,
  password: string,
): Promise<GraphQLClient> {
  const client = server.client();
  const token = await startRegistrationFor(server, client, who, email);
  const verified = await client.execute(VerifyKeywordDocument, { token, keyword: "Abc123" });
  if (verified.verifyKeyword.__typename !== "KeywordAccepted")
    throw new Error(`keyword refused: ${verified.verifyKeyword.__typename}`);
  const completed = await client.execute(CompleteRegistrationDocument, {
    input: { stepToken: verified.verifyKeyword.stepToken, password },
  });
  if (completed.completeRegistration.__typename !== "SignedIn")
    throw new Error(`completion refused: ${completed.completeRegistration.__typename}`);
  return client;
}
