import { defineEntity, p } from "@mikro-orm/core";
import { StaffAccount } from "./staff-account.entity.ts";

/** A staff login session: bearer token only (the tool holds it), we keep its hash. */
export const StaffSessionSchema = defineEntity({
  name: "StaffSession",
  tableName: "staff_session",
  properties: {
    id: p.uuid().primary().defaultRaw("gen_random_uuid()"),
    tokenHash: p.string().length(64).unique(),
    staff: () => p.manyToOne(StaffAccount).index(),
    createdAt: p.datetime(),
    lastSeenAt: p.datetime(),
    expiresAt: p.datetime(),
    endedAt: p.datetime().nullable(),
    endReason: p.string().length(40).nullable(),
    clientIp: p.string().length(64),
    userAgent: p.string().length(500),
  },
});

export class StaffSession extends StaffSessionSchema.class {}
StaffSessionSchema.setClass(StaffSession);
