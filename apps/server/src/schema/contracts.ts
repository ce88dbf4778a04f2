import {
  type CompletedRenewal,
  type ContractSummary,
  eligibilityMessage,
  getRenewalQuote,
  listContracts,
  listContractsReadModel,
  type NotRenewable,
  type PeriodSummary,
  PRODUCTS,
  RENEWAL_REFUSAL_REASONS,
  type RenewalEligibility,
  type RenewalQuote,
  renewContract,
} from "@cws/domain";
import { builder } from "../builder.ts";
import { requireCustomer } from "../graphql/require-customer.ts";
import { LocalizedMessageRef } from "./localized-message.ts";
import { asProblem, byTypename, ProblemRef, type ProblemShape, simpleProblem } from "./problems.ts";

const ProductRef = builder.enumType("Product", {
  values: Object.fromEntries(PRODUCTS.map((p) => [p, { value: p }])) as Record<
    (typeof PRODUCTS)[number],
    { value: (typeof PRODUCTS)[number] }
  >,
});

const RefusalReasonRef = builder.enumType("RenewalRefusalReason", {
  description: "Why a contract cannot be renewed online now.",
  values: Object.fromEntries(RENEWAL_REFUSAL_REASONS.map((r) => [r, { value: r }])) as Record<
    (typeof RENEWAL_REFUSAL_REASONS)[number],
    { value: (typeof RENEWAL_REFUSAL_REASONS)[number] }
  >,
});

const PeriodRef = builder.objectRef<PeriodSummary>("ContractPeriod").implement({
  description: "契約期間: one insured year; endsOn is the 満期日.",
  fields: (t) => ({
    startsOn: t.expose("startsOn", { type: "Date" }),
    endsOn: t.expose("endsOn", { type: "Date" }),
    nonFleetGrade: t.exposeInt("nonFleetGrade"),
    premiumYen: t.exposeInt("premiumYen"),
    renewalReference: t.exposeString("renewalReference", {
      nullable: true,
      description:
        "受付番号 of the online renewal that created this period; null for a period made otherwise.",
    }),
  }),
});

const RenewalAvailabilityRef = builder
  .objectRef<RenewalEligibility>("RenewalAvailability")
  .implement({
    description: "Whether the contract can be renewed online today, and why not.",
    fields: (t) => ({
      renewable: t.exposeBoolean("renewable"),
      reason: t.field({
        type: RefusalReasonRef,
        nullable: true,
        resolve: (e) => (e.renewable ? null : e.reason),
      }),
      message: t.field({
        type: LocalizedMessageRef,
        nullable: true,
        resolve: (e) => eligibilityMessage(e),
      }),
      opensOn: t.field({ type: "Date", nullable: true, resolve: (e) => e.opensOn ?? null }),
      closesOn: t.field({ type: "Date", nullable: true, resolve: (e) => e.closesOn ?? null }),
    }),
  });

const ContractRef = builder.objectRef<ContractSummary>("Contract").implement({
  description: "A contract of the logged-in customer, as the home page lists it.",
  fields: (t) => ({
    id: t.exposeID("id"),
    policyNumber: t.exposeString("policyNumber", { description: "契約番号." }),
    concludedOn: t.expose("concludedOn", { type: "Date", description: "締結日." }),
    product: t.field({ type: ProductRef, resolve: (c) => c.product }),
    description: t.exposeString("description", { description: "契約内容." }),
    currentPeriod: t.field({ type: PeriodRef, nullable: true, resolve: (c) => c.currentPeriod }),
    nextPeriod: t.field({
      type: PeriodRef,
      nullable: true,
      description: "Present once renewed: the list shows its new expiry.",
      resolve: (c) => c.nextPeriod,
    }),
    expiresOn: t.field({
      type: "Date",
      nullable: true,
      description: "満期日: the end of the latest period.",
      resolve: (c) => (c.nextPeriod ?? c.currentPeriod)?.endsOn ?? null,
    }),
    renewal: t.field({ type: RenewalAvailabilityRef, resolve: (c) => c.eligibility }),
  }),
});

builder.queryField("contracts", (t) =>
  t.field({
    authScopes: { customer: true },
    type: [ContractRef],
    description:
      "The customer's contracts: 契約番号, 締結日, 満期日, 契約内容, 契約期間, and whether each can be renewed online now.",
    resolve: async (_root, _args, ctx) => {
      await requireCustomer(ctx);
      // The hot read: one statement of plain rows, the same rules as listContracts.
      return listContractsReadModel(await ctx.customerScope());
    },
  }),
);

const QuoteRef = builder.objectRef<RenewalQuote>("RenewalQuote").implement({
  description:
    "The offer for the next one-year period, priced on the server from the contract's rating.",
  isTypeOf: (v) =>
    typeof (v as RenewalQuote).quoteId === "string" && !("__typename" in (v as object)),
  fields: (t) => ({
    quoteId: t.exposeString("quoteId", {
      description: "Send it back with renewContract; a stale quote is refused.",
    }),
    contractId: t.exposeID("contractId"),
    policyNumber: t.exposeString("policyNumber"),
    startsOn: t.expose("startsOn", { type: "Date" }),
    endsOn: t.expose("endsOn", { type: "Date" }),
    currentGrade: t.exposeInt("currentGrade"),
    nextGrade: t.exposeInt("nextGrade", {
      description:
        "ノンフリート等級 of the next period: up one after a claim-free year, down three per claim.",
    }),
    groupDiscountPercent: t.exposeInt("groupDiscountPercent"),
    premiumYen: t.exposeInt("premiumYen", {
      description: "Annual premium in yen, rounded down to the yen.",
    }),
  }),
});

const problems = {
  ContractNotFound: simpleProblem(
    "ContractNotFound",
    "No such contract among the customer's (someone else's contract answers the same).",
  ),
  NotRenewable: builder
    .objectRef<ProblemShape & Pick<NotRenewable, "reason">>("NotRenewable")
    .implement({
      description: "The contract cannot be renewed online now; `reason` says why.",
      interfaces: [ProblemRef],
      isTypeOf: (v) => (v as ProblemShape).__typename === "NotRenewable",
      fields: (t) => ({ reason: t.field({ type: RefusalReasonRef, resolve: (p) => p.reason }) }),
    }),
  QuoteChanged: simpleProblem(
    "QuoteChanged",
    "The price changed since the quote was shown: quote again.",
  ),
  IdempotencyKeyInvalid: simpleProblem(
    "IdempotencyKeyInvalid",
    "The idempotency key is missing or not 1–100 characters of A–Z, a–z, 0–9, _ and -.",
  ),
  IdempotencyKeyReused: simpleProblem(
    "IdempotencyKeyReused",
    "This key was already used for a different renewal.",
  ),
  AlreadyRenewed: simpleProblem(
    "AlreadyRenewed",
    "The period was already renewed (perhaps by another submission).",
  ),
};

const RenewalQuoteResultRef = builder.unionType("RenewalQuoteResult", {
  types: [QuoteRef, problems.ContractNotFound, problems.NotRenewable, problems.AlreadyRenewed],
  resolveType: (v) => ("__typename" in v ? (v as ProblemShape).__typename : "RenewalQuote"),
});

builder.queryField("renewalQuote", (t) =>
  t.field({
    authScopes: { customer: true },
    type: RenewalQuoteResultRef,
    description: "The quote for renewing one contract of the logged-in customer.",
    args: { contractId: t.arg.id({ required: true }) },
    resolve: async (_root, { contractId }, ctx) => {
      await requireCustomer(ctx);
      const result = await getRenewalQuote(await ctx.customerScope(), {
        contractId: String(contractId),
      });
      return result.ok ? result.quote : asProblem(result.error);
    },
  }),
);

type ContractRenewedShape = CompletedRenewal & { __typename: "ContractRenewed" };

const ContractRenewedRef = builder.objectRef<ContractRenewedShape>("ContractRenewed").implement({
  description:
    "継続手続が完了: the next period exists. `replayed` is true when this answers a repeated submission of the same key.",
  isTypeOf: (v) => (v as ContractRenewedShape).__typename === "ContractRenewed",
  fields: (t) => ({
    contract: t.field({
      type: ContractRef,
      // The contract as it now stands, read after the renewal committed.
      resolve: async (r, _args, ctx) => {
        const [contract] = await listContracts(await ctx.customerScope(), {
          contractId: r.contractId,
        });
        return contract!;
      },
    }),
    newPeriod: t.field({
      type: PeriodRef,
      resolve: ({ newPeriod: { grade, ...period }, reference }) => ({
        ...period,
        nonFleetGrade: grade,
        renewalReference: reference,
      }),
    }),
    reference: t.exposeString("reference", {
      description:
        "受付番号: the customer's reference for this renewal (XXXXX-XXXXX), the same when replayed.",
    }),
    replayed: t.exposeBoolean("replayed"),
  }),
});

const RenewContractResultRef = builder.unionType("RenewContractResult", {
  types: [ContractRenewedRef, ...Object.values(problems)],
  resolveType: byTypename,
});

const RenewContractInputRef = builder.inputType("RenewContractInput", {
  fields: (t) => ({
    contractId: t.id({ required: true }),
    quoteId: t.string({
      required: true,
      description: "From renewalQuote: the price the customer confirmed.",
    }),
    idempotencyKey: t.string({
      required: true,
      description:
        "Chosen by the client per renewal attempt (1–100 of A–Z a–z 0–9 _ -); resubmitting it never renews twice.",
    }),
  }),
});

builder.mutationField("renewContract", (t) =>
  t.field({
    authScopes: { customer: true },
    type: RenewContractResultRef,
    description:
      "Renews with a confirmed quote. A repeated or concurrent submission never renews twice.",
    args: { input: t.arg({ type: RenewContractInputRef, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      await requireCustomer(ctx);
      const result = await renewContract(await ctx.customerScope(), {
        ...input,
        contractId: String(input.contractId),
      });
      return result.ok
        ? { __typename: "ContractRenewed" as const, ...result.renewal }
        : asProblem(result.error);
    },
  }),
);
