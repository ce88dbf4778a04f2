import { type Account, REQUIRED_ACTIONS, policyholderOf, principalAccount } from "@cws/domain";
import { builder } from "../builder.ts";

export const RequiredActionRef = builder.enumType("RequiredAction", {
  description: "What the customer must do before anything else is reachable.",
  values: Object.fromEntries(REQUIRED_ACTIONS.map((a) => [a, { value: a }])) as Record<
    (typeof REQUIRED_ACTIONS)[number],
    { value: (typeof REQUIRED_ACTIONS)[number] }
  >,
});

export const CustomerRef = builder.objectRef<Account>("Customer").implement({
  description:
    "The logged-in customer: their account settings and the policyholder record behind it.",
  fields: (t) => ({
    userId: t.exposeString("userId"),
    email: t.exposeString("email"),
    mailOptIn: t.exposeBoolean("mailOptIn", {
      description: "サービスに関する情報のメール: 希望する (true) / 希望しない (false).",
    }),
    requiredAction: t.field({
      type: RequiredActionRef,
      nullable: true,
      resolve: (a) => a.requiredAction ?? null,
    }),
    familyName: t.string({
      resolve: async (a, _args, ctx) => (await policyholderOf(ctx.em, a)).familyName,
    }),
    givenName: t.string({
      resolve: async (a, _args, ctx) => (await policyholderOf(ctx.em, a)).givenName,
    }),
    familyNameKana: t.string({
      resolve: async (a, _args, ctx) => (await policyholderOf(ctx.em, a)).familyNameKana,
    }),
    givenNameKana: t.string({
      resolve: async (a, _args, ctx) => (await policyholderOf(ctx.em, a)).givenNameKana,
    }),
    birthDate: t.field({
      type: "Date",
      resolve: async (a, _args, ctx) => (await policyholderOf(ctx.em, a)).birthDate,
    }),
  }),
});

builder.queryField("me", (t) =>
  t.field({
    authScopes: { public: true },
    type: CustomerRef,
    nullable: true,
    description: "The logged-in customer, or null. `requiredAction` says what must be done first.",
    resolve: async (_root, _args, ctx) => {
      const principal = await ctx.session();
      // The one field that shows the account itself loads it in full; every other check uses the principal.
      return principal ? principalAccount(ctx.em, principal) : null;
    },
  }),
);
