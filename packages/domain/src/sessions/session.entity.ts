import { defineEntity, p } from "@mikro-orm/core";
import { Account } from "../accounts/account.entity.ts";

/** A login session; the browser or tool holds the token, we keep only its hash. */
export const SessionSchema = defineEntity({
  name: "Session",
  tableName: "session",
  properties: {
    id: p.uuid().primary().defaultRaw("gen_random_uuid()"),
    tokenHash: p.string().length(64).unique(),
    account: () => p.manyToOne(Account).index(),
    createdAt: p.datetime(),
    lastSeenAt: p.datetime(),
    /** The absolute end, whatever the activity. */
    expiresAt: p.datetime(),
    endedAt: p.datetime().nullable(),
    endReason: p.string().length(40).nullable(),
    clientIp: p.string().length(64),
    userAgent: p.string().length(500),
  },
});

export class Session extends SessionSchema.class {}
SessionSchema.setClass(Session);
