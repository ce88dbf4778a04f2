import { defineEntity, p, type Opt } from "@mikro-orm/core";
import { Policyholder } from "../policyholders/policyholder.entity.ts";

/** What a customer must do before anything else is reachable. */
export const REQUIRED_ACTIONS = ["CHANGE_PASSWORD"] as const;
export type RequiredAction = (typeof REQUIRED_ACTIONS)[number];

/**
 * A customer's login to the web service, one per policyholder. The user ID is matched
 * case-insensitively through `userIdKey`.
 */
export const AccountSchema = defineEntity({
  name: "Account",
  tableName: "account",
  properties: {
    id: p.uuid().primary().defaultRaw("gen_random_uuid()"),
    policyholder: () => p.manyToOne(Policyholder).unique(),
    userId: p.string().length(254),
    userIdKey: p.string().length(254).unique(),
    email: p.string().length(254),
    passwordHash: p.text(),
    mailOptIn: p.boolean().default(true),
    failedLoginCount: p.integer().default(0),
    lockedUntil: p.datetime().nullable(),
    temporaryPasswordHash: p.text().nullable(),
    temporaryPasswordExpiresAt: p.datetime().nullable(),
    requiredAction: p.enum(REQUIRED_ACTIONS).nullable(),
    passwordChangedAt: p.datetime(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
});

export class Account extends AccountSchema.class {
  isLockedAt(now: Date): Opt<boolean> {
    return this.lockedUntil !== null && this.lockedUntil !== undefined && this.lockedUntil.getTime() > now.getTime();
  }
}
AccountSchema.setClass(Account);

/** The form user IDs are compared in: e-mail-like IDs are case-insensitive. */
export function userIdKeyOf(userId: string): string {
  return userId.trim().toLowerCase();
}
