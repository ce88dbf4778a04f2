import type { GraphQLClient } from "@cws/client";
import { Account, issueTemporaryPassword } from "@cws/domain";
import { DEMO_CUSTOMERS, registerCustomer, startRegistrationFor } from "@cws/server/testing";
import type { E2eServer } from "../serve.ts";

export { DEMO_CUSTOMERS };
export type DemoCustomer = keyof typeof DEMO_CUSTOMERS;

/** Passwords that pass the policy (8+ characters, upper and lower case, two kinds, not common). */
export const PASSWORDS = {
  first: "Mihon2026xyz",
  second: "Hanako-Renew7",
} as const;

/**
 * Registers a demo customer through the API, as the web app would, for journeys that start
 * after registration (the registration journey itself walks the screens). Returns that
 * customer's API client, logged in: a second device.
 */
export async function registerThroughApi(
  server: E2eServer,
  who: DemoCustomer,
  email: string,
  password: string,
): Promise<GraphQLClient> {
  return registerCustomer(server, who, email, password);
}

/**
 * Starts a registration through the API (seed steps 3–5, as the screens would) and returns
 * the link from the mail, for journeys about what happens at the link.
 */
export async function registrationLinkFor(
  server: E2eServer,
  who: DemoCustomer,
  email: string,
  keyword: string,
): Promise<string> {
  const token = await startRegistrationFor(server, server.client(), who, email, keyword);
  return `/link#${token}`;
}

/**
 * What the staff tool does for a customer who phones the desk: issues a temporary password
 * (single use, 72 hours) through the domain service, over the journey server's database and
 * clock. Returns the temporary password, which staff read out to the customer.
 */
export async function issueTemporaryPasswordFor(server: E2eServer, email: string): Promise<string> {
  const em = server.db.orm.em.fork();
  const account = await em.findOneOrFail(Account, { email });
  const scope = {
    em,
    config: server.config,
    now: server.clock.now(),
    origin: { ip: "127.0.0.1", userAgent: "e2e staff tool" },
  };
  const issued = await issueTemporaryPassword(scope, { accountId: account.id, staffId: null });
  if (!issued) throw new Error(`no account to issue a temporary password for: ${email}`);
  return issued.temporaryPassword;
}
