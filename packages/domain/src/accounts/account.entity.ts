import type { Config } from "@cws/config";
import { defineEntity, p, type Opt } from "@mikro-orm/core";
import { Policyholder } from "../policyholders/policyholder.entity.ts";

/** What a customer must do before anything else is reachable. */
export const REQUIRED_ACTIONS = ["CHANGE_PASSWORD"] as const;
export type RequiredAction = (typeof REQUIRED_ACTIONS)[number];

/** The languages a customer can use the web app in; mails stay Japanese but open with an English line for "en". */
export const ACCOUNT_LANGUAGES = ["ja", "en"] as const;
export type AccountLanguage = (typeof ACCOUNT_LANGUAGES)[number];

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
    /** The language the customer last used the web app in (set at registration, reset and switch). */
    language: p.enum(ACCOUNT_LANGUAGES).default("ja"),
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

/** The lockout rule's settings: how many consecutive failures lock, and for how long. */
export type LockoutSettings = Config["lockout"];

/**
 * The account guards its own lockout: every change to the failure count and the lock goes
 * through these methods, so the rule (count consecutive failures, lock at the threshold,
 * start counting afresh) has one home.
 */
export class Account extends AccountSchema.class {
  isLockedAt(now: Date): Opt<boolean> {
    return (
      this.lockedUntil !== null &&
      this.lockedUntil !== undefined &&
      this.lockedUntil.getTime() > now.getTime()
    );
  }

  /**
   * Counts one wrong password. At the threshold the account locks for the configured
   * minutes and the count starts again, so the next lock needs as many failures again.
   * Returns the consecutive failures counted and, when this one locked it, until when.
   */
  recordFailedLogin(
    now: Date,
    settings: LockoutSettings,
  ): { consecutiveFailures: number; lockedUntil: Date | null } {
    this.failedLoginCount += 1;
    const consecutiveFailures = this.failedLoginCount;
    this.updatedAt = now;
    if (consecutiveFailures < settings.threshold) return { consecutiveFailures, lockedUntil: null };
    this.lockedUntil = new Date(now.getTime() + settings.minutes * 60_000);
    this.failedLoginCount = 0;
    return { consecutiveFailures, lockedUntil: this.lockedUntil };
  }

  /** Forgets failures and lifts a lock: after a successful login, a reset, or a staff unlock. */
  clearLockout(now: Date): void {
    this.failedLoginCount = 0;
    this.lockedUntil = null;
    this.updatedAt = now;
  }
}
AccountSchema.setClass(Account);

/** The form user IDs are compared in: e-mail-like IDs are case-insensitive. */
export function userIdKeyOf(userId: string): string {
  return userId.trim().toLowerCase();
}
