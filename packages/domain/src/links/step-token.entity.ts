import { defineEntity, p } from "@mikro-orm/core";
import { VerificationLink } from "./verification-link.entity.ts";

/**
 * The short-lived, single-use proof that a link's keyword was entered: it carries the
 * customer from the keyword page to the next step.
 */
export const StepTokenSchema = defineEntity({
  name: "StepToken",
  tableName: "step_token",
  properties: {
    id: p.uuid().primary().defaultRaw("gen_random_uuid()"),
    tokenHash: p.string().length(64).unique(),
    link: () => p.manyToOne(VerificationLink),
    expiresAt: p.datetime(),
    usedAt: p.datetime().nullable(),
    createdAt: p.datetime(),
  },
});

export class StepToken extends StepTokenSchema.class {}
StepTokenSchema.setClass(StepToken);
