import { type AuditEventType, type AuditTrailEntry, auditTrail } from "@cws/domain";
import { builder } from "../../builder.ts";

const AuditEntryRef = builder.objectRef<AuditTrailEntry>("AuditEntry").implement({
  description: "One audit event: what happened, to whom, by which staff member, from where.",
  fields: (t) => ({
    id: t.id({ resolve: (e) => String(e.id) }),
    at: t.expose("at", { type: "DateTime" }),
    type: t.exposeString("type", { description: "e.g. LOGIN_FAILED, MAIL_RESENT, STAFF_CREATED." }),
    accountId: t.exposeID("accountId", { nullable: true }),
    policyholderId: t.exposeID("policyholderId", { nullable: true }),
    staffId: t.exposeID("staffId", { nullable: true }),
    staffUserId: t.exposeString("staffUserId", { nullable: true }),
    clientIp: t.exposeString("clientIp"),
    userAgent: t.exposeString("userAgent"),
    detail: t.expose("detail", { type: "JSON", nullable: true }),
  }),
});

interface AuditPageShape {
  items: AuditTrailEntry[];
  nextCursor: string | null;
}

const AuditPageRef = builder.objectRef<AuditPageShape>("AuditPage").implement({
  description: "A page, newest first; pass nextCursor as `after` for the next one.",
  fields: (t) => ({
    items: t.field({ type: [AuditEntryRef], resolve: (p) => p.items }),
    nextCursor: t.exposeString("nextCursor", { nullable: true }),
  }),
});

builder.queryField("auditTrail", (t) =>
  t.field({
    authScopes: { staffAgent: true },
    type: AuditPageRef,
    description:
      "The audit trail, newest first: filter by customer account, staff member (user ID), " +
      "event type, and time (`from` inclusive, `to` exclusive). An AGENT sees the events of " +
      "their agency's customers and staff. limit: 1–1,000, default 100.",
    args: {
      accountId: t.arg.id({ required: false }),
      staffUserId: t.arg.string({ required: false }),
      type: t.arg.string({ required: false }),
      from: t.arg({ type: "DateTime", required: false }),
      to: t.arg({ type: "DateTime", required: false }),
      after: t.arg.string({ required: false }),
      limit: t.arg.int({ required: false }),
    },
    resolve: async (_root, args, ctx) =>
      auditTrail(await ctx.staffScope(), {
        accountId: args.accountId == null ? null : String(args.accountId),
        staffUserId: args.staffUserId ?? null,
        type: (args.type as AuditEventType | null | undefined) ?? null,
        from: args.from ?? null,
        to: args.to ?? null,
        after: args.after ?? null,
        limit: args.limit ?? undefined,
      }),
  }),
);
