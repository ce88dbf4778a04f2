import { type RenewalDue, renewalsDue } from "@cws/domain";
import { builder } from "../../builder.ts";

const RenewalDuePolicyholderRef = builder
  .objectRef<RenewalDue["policyholder"]>("RenewalDuePolicyholder")
  .implement({
    fields: (t) => ({
      id: t.exposeID("id"),
      groupName: t.exposeString("groupName"),
      employeeNumber: t.exposeString("employeeNumber"),
      name: t.exposeString("name"),
      kana: t.exposeString("kana"),
    }),
  });

const RenewalDueRef = builder.objectRef<RenewalDue>("RenewalDue").implement({
  description: "A contract whose renewal window is open or opens soon, not yet renewed.",
  fields: (t) => ({
    contractId: t.exposeID("contractId"),
    policyNumber: t.exposeString("policyNumber"),
    product: t.exposeString("product"),
    onlineRenewable: t.exposeBoolean("onlineRenewable"),
    policyholder: t.field({ type: RenewalDuePolicyholderRef, resolve: (r) => r.policyholder }),
    registered: t.exposeBoolean("registered", {
      description: "Whether the customer has registered (can renew online themselves).",
    }),
    periodStart: t.field({ type: "Date", resolve: (r) => r.period.startsOn }),
    periodEnd: t.field({ type: "Date", resolve: (r) => r.period.endsOn }),
    windowOpensOn: t.field({ type: "Date", resolve: (r) => r.window.opensOn }),
    windowClosesOn: t.field({ type: "Date", resolve: (r) => r.window.closesOn }),
    windowOpen: t.field({ type: "Boolean", resolve: (r) => r.window.open }),
  }),
});

interface RenewalDuePageShape {
  items: RenewalDue[];
  nextCursor: string | null;
}

const RenewalDuePageRef = builder.objectRef<RenewalDuePageShape>("RenewalDuePage").implement({
  description: "A page in expiry order; pass nextCursor as `after` for the next one.",
  fields: (t) => ({
    items: t.field({ type: [RenewalDueRef], resolve: (p) => p.items }),
    nextCursor: t.exposeString("nextCursor", { nullable: true }),
  }),
});

builder.queryField("renewalsDue", (t) =>
  t.field({
    authScopes: { staffAgent: true },
    type: RenewalDuePageRef,
    description:
      "Contracts whose renewal window is open or opens within `withinDays` (default 30, at most " +
      "366), not yet renewed; an AGENT sees their agency's groups only. limit: 1–500, default 50.",
    args: {
      withinDays: t.arg.int({ required: false }),
      groupName: t.arg.string({ required: false }),
      after: t.arg.string({ required: false }),
      limit: t.arg.int({ required: false }),
    },
    resolve: async (_root, args, ctx) =>
      renewalsDue(await ctx.staffScope(), {
        withinDays: args.withinDays ?? undefined,
        groupName: args.groupName ?? null,
        after: args.after ?? null,
        limit: args.limit ?? undefined,
      }),
  }),
);
