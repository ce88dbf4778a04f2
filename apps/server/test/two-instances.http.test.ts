import { createClient } from "@cws/client";
import { ContractsDocument, RenewalQuoteDocument, RenewContractDocument } from "@cws/client/gql";
import { testDatabaseKinds, type TestDatabaseKind } from "@cws/domain/testing";
import { afterAll, describe, expect, it } from "vitest";
import { registerCustomer } from "../src/testing/journeys.ts";
import {
  startSecondInstance,
  startTestServer,
  type TestServer,
} from "../src/testing/test-server.ts";

// Two API instances on one database, as behind a load balancer (startSecondInstance).
describe.each(testDatabaseKinds())("two instances on one %s database", (kind: TestDatabaseKind) => {
  let a: TestServer | undefined;
  let bUrl = "";
  let closeB: (() => Promise<unknown>) | undefined;
  // Started inside the test, so a run without PostgreSQL registers nothing here.
  async function startBoth(): Promise<TestServer> {
    a = await startTestServer(kind, { RATE_LIMIT_PER_ADDRESS: "1000" });
    const b = await startSecondInstance(a);
    bUrl = b.url;
    closeB = () => b.close();
    return a;
  }
  afterAll(async () => {
    await closeB?.();
    await a?.close();
  });

  it("answers ten same-key renewals spread over both instances with one renewal and nine replays", async () => {
    const a = await startBoth();
    const taro = await registerCustomer(a, "taro", "taro.twice@example.com", "Secret-2026xy");
    const token = taro.cookies().get("cws_session")!;
    const clients = [
      createClient({ url: `${a.url}/graphql`, bearerToken: token }),
      createClient({ url: `${bUrl}/graphql`, bearerToken: token }),
    ];
    const [contract] = (await clients[0]!.execute(ContractsDocument)).contracts;
    const quote = (await clients[1]!.execute(RenewalQuoteDocument, { contractId: contract!.id }))
      .renewalQuote;
    if (quote.__typename !== "RenewalQuote") throw new Error(quote.__typename);
    const input = {
      contractId: contract!.id,
      quoteId: quote.quoteId,
      idempotencyKey: "two-instances-0001",
    };

    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        new Promise((resolve) => setTimeout(resolve, i * 3)).then(() =>
          clients[i % 2]!.execute(RenewContractDocument, { input }),
        ),
      ),
    );
    const results = answers.map((r) => r.renewContract);
    expect(results.map((r) => r.__typename)).toEqual(Array(10).fill("ContractRenewed"));
    const replayed = results.map((r) => (r.__typename === "ContractRenewed" ? r.replayed : null));
    expect(replayed.filter((r) => r === false)).toHaveLength(1);
    expect(replayed.filter((r) => r === true)).toHaveLength(9);
  }, 120_000);
});
