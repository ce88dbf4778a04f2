import { GraphQLRequestError, type GraphQLClient } from "@cws/client";
import { ContractsDocument, RenewalQuoteDocument, RenewContractDocument } from "@cws/client/gql";
import { testDatabaseKinds } from "@cws/domain/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerCustomer } from "../src/testing/journeys.ts";
import { startTestServer, type TestServer } from "../src/testing/test-server.ts";

describe.each(testDatabaseKinds())("contracts and online renewal over HTTP on %s", (kind) => {
  let server: TestServer;
  let taro: GraphQLClient;
  let hanako: GraphQLClient;
  beforeAll(async () => {
    server = await startTestServer(kind, { RATE_LIMIT_PER_ADDRESS: "1000" });
    taro = await registerCustomer(server, "taro", "taro@example.com", "Mirai-2026x");
    hanako = await registerCustomer(server, "hanako", "hanako@example.com", "Hana-2026xy");
  });
  afterAll(() => server?.close());

  const contractsOf = async (client: GraphQLClient) =>
    (await client.execute(ContractsDocument)).contracts;

  it("refuses the contract list to anonymous callers with a typed error", async () => {
    const error = await server
      .client()
      .execute(ContractsDocument)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).code).toBe("UNAUTHENTICATED");
  });

  it("lists the customer's contracts with the seed's columns and why each can or cannot be renewed", async () => {
    const contracts = await contractsOf(taro);
    expect(contracts.map((c) => c.policyNumber)).toEqual(["0123456789", "0123456790"]);
    const [soon, later] = contracts;
    expect(soon).toMatchObject({
      concludedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      expiresOn: "2026-12-25",
      renewal: { renewable: true, reason: null },
    });
    expect(soon!.description).toContain("みらいセダン");
    expect(later!.renewal).toMatchObject({ renewable: false, reason: "TOO_EARLY" });
    expect(later!.renewal.message?.ja).toMatch(/\d{4}年\d{2}月\d{2}日/);
    const hanakos = await contractsOf(hanako);
    expect(hanakos.find((c) => c.policyNumber === "0234567891")!.renewal.reason).toBe("EXPIRED");
  });

  it("quotes, renews once, shows the new expiry, and answers a repeated key with the first result", async () => {
    const [contract] = await contractsOf(taro);
    const quote = (await taro.execute(RenewalQuoteDocument, { contractId: contract!.id }))
      .renewalQuote;
    if (quote.__typename !== "RenewalQuote") throw new Error(quote.__typename);
    // Grade 12 claim-free becomes 13: 98,000 × 50% × 85% = 41,650 yen.
    expect(quote).toMatchObject({
      startsOn: "2026-12-25",
      endsOn: "2027-12-25",
      currentGrade: 12,
      nextGrade: 13,
      groupDiscountPercent: 15,
      premiumYen: 41_650,
    });

    const input = {
      contractId: contract!.id,
      quoteId: quote.quoteId,
      idempotencyKey: "renew-0123456789-a",
    };
    const first = (await taro.execute(RenewContractDocument, { input })).renewContract;
    expect(first).toMatchObject({
      __typename: "ContractRenewed",
      replayed: false,
      newPeriod: {
        startsOn: "2026-12-25",
        endsOn: "2027-12-25",
        premiumYen: 41_650,
        nonFleetGrade: 13,
      },
    });
    if (first.__typename !== "ContractRenewed") throw new Error(first.__typename);
    expect(first.contract).toMatchObject({
      expiresOn: "2027-12-25",
      renewal: { renewable: false, reason: "ALREADY_RENEWED" },
    });
    // 受付番号: on the answer, on its new period, and (below) the same on a replay and in the list.
    expect(first.reference).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(first.newPeriod.renewalReference).toBe(first.reference);
    expect(first.contract.nextPeriod?.renewalReference).toBe(first.reference);

    const again = (await taro.execute(RenewContractDocument, { input })).renewContract;
    expect(again).toMatchObject({
      __typename: "ContractRenewed",
      replayed: true,
      reference: first.reference,
      newPeriod: { endsOn: "2027-12-25" },
    });
    const otherKey = (
      await taro.execute(RenewContractDocument, {
        input: { ...input, idempotencyKey: "renew-0123456789-b" },
      })
    ).renewContract;
    expect(otherKey.__typename).toBe("AlreadyRenewed");
    // One code for one fact: the quote answers the renewed contract as renewContract does.
    const requote = (await taro.execute(RenewalQuoteDocument, { contractId: contract!.id }))
      .renewalQuote;
    expect(requote).toMatchObject({ __typename: "AlreadyRenewed", code: "ALREADY_RENEWED" });
    expect(otherKey).toMatchObject({ __typename: "AlreadyRenewed", code: "ALREADY_RENEWED" });
    expect((await contractsOf(taro))[0]).toMatchObject({
      expiresOn: "2027-12-25",
      currentPeriod: { endsOn: "2026-12-25", renewalReference: null },
      nextPeriod: { endsOn: "2027-12-25", renewalReference: first.reference },
    });

    const mail = (await server.mailbox()).filter(
      (m) => m.to === "taro@example.com" && m.subject.includes("継続"),
    );
    expect(mail).toHaveLength(1);
    expect(mail[0]!.text).toContain("41,650");
  });

  it("answers bad renewals with typed problems and changes nothing", async () => {
    const hanakoContract = (await contractsOf(hanako)).find(
      (c) => c.policyNumber === "0234567890",
    )!;
    const tooEarly = (await contractsOf(taro))[1]!;
    const quote = (await hanako.execute(RenewalQuoteDocument, { contractId: hanakoContract.id }))
      .renewalQuote;
    if (quote.__typename !== "RenewalQuote") throw new Error(quote.__typename);
    // One claim: grade 8 falls three steps to 5.
    expect(quote).toMatchObject({ currentGrade: 8, nextGrade: 5 });

    const attempt = (
      client: GraphQLClient,
      input: { contractId: string; quoteId: string; idempotencyKey: string },
    ) => client.execute(RenewContractDocument, { input }).then((r) => r.renewContract);
    const someoneElses = await attempt(taro, {
      contractId: hanakoContract.id,
      quoteId: quote.quoteId,
      idempotencyKey: "k1",
    });
    const unknown = await attempt(taro, {
      contractId: "00000000-0000-4000-8000-000000000000",
      quoteId: quote.quoteId,
      idempotencyKey: "k2",
    });
    expect(someoneElses).toMatchObject({ __typename: "ContractNotFound" });
    expect({ ...someoneElses }).toEqual({ ...unknown });
    expect(
      (await taro.execute(RenewalQuoteDocument, { contractId: hanakoContract.id })).renewalQuote
        .__typename,
    ).toBe("ContractNotFound");

    expect(
      await attempt(hanako, {
        contractId: hanakoContract.id,
        quoteId: "stale",
        idempotencyKey: "k3",
      }),
    ).toMatchObject({ __typename: "QuoteChanged" });
    expect(
      await attempt(hanako, {
        contractId: hanakoContract.id,
        quoteId: quote.quoteId,
        idempotencyKey: "",
      }),
    ).toMatchObject({ __typename: "IdempotencyKeyInvalid" });
    expect(
      await attempt(hanako, {
        contractId: hanakoContract.id,
        quoteId: quote.quoteId,
        idempotencyKey: "x".repeat(101),
      }),
    ).toMatchObject({ __typename: "IdempotencyKeyInvalid" });
    expect(
      await attempt(taro, {
        contractId: tooEarly.id,
        quoteId: quote.quoteId,
        idempotencyKey: "k4",
      }),
    ).toMatchObject({ __typename: "NotRenewable", reason: "TOO_EARLY" });
    expect((await contractsOf(hanako)).find((c) => c.id === hanakoContract.id)!.expiresOn).toBe(
      hanakoContract.expiresOn,
    );
  });
});
