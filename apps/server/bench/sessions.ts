import { LoginDocument } from "@cws/client/gql";
import { BENCH_PASSWORD } from "./bench-database.ts";

interface LoginAnswer {
  data?: { login?: { __typename: string; sessionToken?: string | null } };
  errors?: unknown[];
}

/** Logs each customer in through the API as a tool does (tokenDelivery BEARER), a few at a time. */
export async function signIn<C extends { userId: string }>(
  url: string,
  customers: readonly C[],
): Promise<(C & { token: string })[]> {
  const signedIn: (C & { token: string })[] = [];
  const queue = [...customers];
  const worker = async () => {
    for (let customer = queue.shift(); customer; customer = queue.shift()) {
      const input = { userId: customer.userId, password: BENCH_PASSWORD, tokenDelivery: "BEARER" };
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: LoginDocument.toString(), variables: { input } }),
      });
      const answer = (await response.json()) as LoginAnswer;
      const token = answer.data?.login?.sessionToken;
      if (!token)
        throw new Error(
          `login of ${customer.userId} failed: ${JSON.stringify(answer).slice(0, 300)}`,
        );
      signedIn.push({ ...customer, token });
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return signedIn;
}
