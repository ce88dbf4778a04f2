// Helpers of the staff API tests: raw GraphQL over HTTP (the staff documents of @cws/client
// are written elsewhere), and a staff login with a TOTP code computed here with otplib.
import { demoStaff } from "@cws/domain";
import { generateSync } from "otplib";
import type { TestServer } from "../src/testing/test-server.ts";

export interface GraphQLAnswer<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: {
    message: string;
    extensions: { code: string; message?: { ja: string; en: string } };
  }[];
}

/** POSTs one operation as a tool would (JSON), with a bearer token and/or a cookie when given. */
export async function gql<T = Record<string, unknown>>(
  server: TestServer,
  query: string,
  variables: Record<string, unknown> = {},
  auth: { token?: string | null; cookie?: string } = {},
): Promise<GraphQLAnswer<T>> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (auth.token) headers.authorization = `Bearer ${auth.token}`;
  if (auth.cookie) headers.cookie = auth.cookie;
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLAnswer<T>, "status">;
  return { status: response.status, data: body.data ?? null, errors: body.errors };
}

/** The code an authenticator app shows at the server's current (test) time. */
export function totpAt(server: TestServer, secret: string): string {
  return generateSync({ secret, epoch: Math.floor(server.clock.now().getTime() / 1000) });
}

export const STAFF_LOGIN = `mutation ($input: StaffLoginInput!) {
  staffLogin(input: $input) {
    __typename
    ... on StaffSignedIn { sessionToken expiresAt staff { id userId name role agencyCode agencyName } }
    ... on Problem { code message { ja en } }
    ... on TooManyAttempts { retryAfterSeconds }
    ... on ValidationFailed { fieldErrors { field code } }
  }
}`;

/**
 * Logs a staff member in with the right TOTP code and answers the bearer token. The clock
 * moves on one TOTP step first: a code is accepted once, so two logins need two steps.
 */
export async function staffToken(
  server: TestServer,
  who: { userId: string; password: string; totpSecret: string },
): Promise<string> {
  server.clock.advance(30_000);
  const answer = await gql<{ staffLogin: { __typename: string; sessionToken?: string } }>(
    server,
    STAFF_LOGIN,
    {
      input: {
        userId: who.userId,
        password: who.password,
        totpCode: totpAt(server, who.totpSecret),
      },
    },
  );
  const result = answer.data?.staffLogin;
  if (result?.__typename !== "StaffSignedIn" || !result.sessionToken)
    throw new Error(`staff login failed: ${JSON.stringify(answer)}`);
  return result.sessionToken;
}

export const demoAdmin = demoStaff.find((s) => s.role === "ADMIN")!;
export const demoAgent = demoStaff.find((s) => s.role === "AGENT")!;
