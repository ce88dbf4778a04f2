import { defineEntity, p } from "@mikro-orm/core";

/** An insurance agency (代理店): its staff handle the policyholder groups mapped to it. */
export const AgencySchema = defineEntity({
  name: "Agency",
  tableName: "agency",
  properties: {
    id: p.uuid().primary().defaultRaw("gen_random_uuid()"),
    /** A short code staff type, e.g. "SAKURA". */
    code: p.string().length(20).unique(),
    name: p.string().length(200),
    createdAt: p.datetime(),
  },
});

export class Agency extends AgencySchema.class {}
AgencySchema.setClass(Agency);
