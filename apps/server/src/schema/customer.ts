import { type CustomerProfile, REQUIRED_ACTIONS, customerProfile } from "@cws/domain";
import { builder } from "../builder.ts";

export const RequiredActionRef = builder.enumType("RequiredAction", {
  description: "What the customer must do before anything else is reachable.",
  values: Object.fromEntries(REQUIRED_ACTIONS.map((a) => [a, { value: a }])) as Record<
    (typeof REQUIRED_ACTIONS)[number],
    { value: (typeof REQUIRED_ACTIONS)[number] }
  >,
});

export const CustomerRef = builder.objectRef<CustomerProfile>("Customer").implement({
  description:
    "The logged-in customer: their account settings and the policyholder record behind it.",
  fields: (t) => ({
    userId: t.exposeString("userId"),
    email: t.exposeString("email"),
    mailOptIn: t.exposeBoolean("mailOptIn", {
      description: "サービスに関する情報のメール: 希望する (true) / 希望しない (false).",
    }),
    requiredAction: t.expose("requiredAction", { type: RequiredActionRef, nullable: true }),
    familyName: t.exposeString("familyName"),
    givenName: t.exposeString("givenName"),
    familyNameKana: t.exposeString("familyNameKana"),
    givenNameKana: t.exposeString("givenNameKana"),
    birthDate: t.expose("birthDate", { type: "Date" }),
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
      // One prepared statement of the columns shown; every other check uses the principal.
      return principal ? customerProfile(ctx.em, principal.accountId) : null;
    },
  }),
);
