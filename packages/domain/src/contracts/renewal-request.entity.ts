import { defineEntity, p } from "@mikro-orm/core";
import { Policyholder } from "../policyholders/policyholder.entity.ts";
import { ContractPeriod } from "./contract-period.entity.ts";

/** Idempotency keys are what browsers and tools can generate and log safely. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * A completed online renewal, remembered under the idempotency key the client sent, so a
 * repeated submission gets the first answer instead of a second renewal. Keys are scoped
 * to the policyholder: one customer's key can never collide with another's.
 */
export const RenewalRequestSchema = defineEntity({
  name: "RenewalRequest",
  tableName: "renewal_request",
  properties: {
    id: p.uuid().primary().defaultRaw("gen_random_uuid()"),
    policyholder: () => p.manyToOne(Policyholder),
    idempotencyKey: p.string().length(100),
    /** `<contractId>:<quoteId>`: what the key was first used for; the same key with other input is refused. */
    requestFingerprint: p.string().length(100),
    /** 受付番号: the customer's reference for this renewal (`XXXXX-XXXXX`, see renewal-reference.ts). */
    reference: p.string().length(11).unique(),
    /** The period the renewal created. */
    contractPeriod: () => p.manyToOne(ContractPeriod).unique(),
    createdAt: p.datetime(),
  },
  uniques: [{ properties: ["policyholder", "idempotencyKey"] }],
});

export class RenewalRequest extends RenewalRequestSchema.class {}
RenewalRequestSchema.setClass(RenewalRequest);

/** The fingerprint stored with a key: the same key must come back with the same contract and quote. */
export function requestFingerprint(contractId: string, quoteId: string): string {
  return `${contractId}:${quoteId}`;
}
