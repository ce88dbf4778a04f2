import { defineEntity, p } from "@mikro-orm/core";
import { ContractPeriod } from "../contracts/contract-period.entity.ts";

/**
 * A renewal reminder sent (満期のご案内), one per contract period and kind
 * (`RenewalReminderKind`: WINDOW_OPENED, BEFORE_EXPIRY). Written only by
 * sendDueRenewalReminders, with `insert … on conflict do nothing` on the unique pair.
 */
export const RenewalReminderSchema = defineEntity({
  name: "RenewalReminder",
  tableName: "renewal_reminder",
  properties: {
    id: p.uuid().primary().defaultRaw("gen_random_uuid()"),
    contractPeriod: () => p.manyToOne(ContractPeriod).deleteRule("cascade"),
    kind: p.string().length(20),
    /** The mail it queued. */
    outboxMessageId: p.uuid().nullable(),
    createdAt: p.datetime(),
  },
  uniques: [{ properties: ["contractPeriod", "kind"] }],
});

export class RenewalReminder extends RenewalReminderSchema.class {}
RenewalReminderSchema.setClass(RenewalReminder);
