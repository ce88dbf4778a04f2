import { defineEntity, p } from "@mikro-orm/core";

/**
 * A credential reset request waiting for the reset worker (recovery/reset-worker.ts), which
 * matches the account, issues the link, queues the mail and deletes the row in one
 * transaction. The answer to the customer wrote only this row, whatever the address. The
 * keyword is kept only as an HMAC keyed by `keywordSalt`. Written and read with SQL by the
 * service and the worker; mapped so the schema check covers the table.
 */
export const ResetRequestSchema = defineEntity({
  name: "ResetRequest",
  tableName: "reset_request",
  properties: {
    id: p.uuid().primary().defaultRaw("gen_random_uuid()"),
    email: p.string().length(254),
    birthDate: p.date(),
    keywordSalt: p.string().length(64),
    keywordDigest: p.string().length(64),
    language: p.string().length(2).nullable(),
    clientIp: p.string().length(64),
    userAgent: p.string().length(500),
    requestId: p.string().length(100).nullable(),
    requestedAt: p.datetime().index(),
    keywordExpiresAt: p.datetime(),
  },
});

export class ResetRequest extends ResetRequestSchema.class {}
ResetRequestSchema.setClass(ResetRequest);
