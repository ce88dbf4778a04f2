import { defineEntity, p, type Opt } from "@mikro-orm/core";
import { Agency } from "../agencies/agency.entity.ts";

export const STAFF_ROLES = ["AGENT", "ADMIN"] as const;
/** AGENT: the records of their own agency. ADMIN: every record, and staff accounts. */
export type StaffRole = (typeof STAFF_ROLES)[number];

/** The lockout rule a staff account applies to itself: how many failures, and for how long. */
export interface LockoutPolicy {
  threshold: number;
  minutes: number;
}

/** A staff member's login to the internal tools; separate from customer accounts. */
export const StaffAccountSchema = defineEntity({
  name: "StaffAccount",
  tableName: "staff_account",
  properties: {
    id: p.uuid().primary().defaultRaw("gen_random_uuid()"),
    userId: p.string().length(64),
    userIdKey: p.string().length(64).unique(),
    name: p.string().length(100),
    role: p.enum(STAFF_ROLES),
    agency: () => p.manyToOne(Agency),
    passwordHash: p.text(),
    /** RFC 6238 shared secret, base32. */
    totpSecret: p.string().length(64),
    /** The last accepted TOTP time step: a code is good once, even within its 30 seconds. */
    lastTotpStep: p.bigint("number").nullable(),
    failedLoginCount: p.integer().default(0),
    lockedUntil: p.datetime().nullable(),
    disabledAt: p.datetime().nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
});

export class StaffAccount extends StaffAccountSchema.class {
  isLockedAt(now: Date): Opt<boolean> {
    return this.lockedUntil != null && this.lockedUntil.getTime() > now.getTime();
  }

  /** Counts a failed login; returns the lock's end when this failure locked the account. */
  recordFailedLogin(now: Date, policy: LockoutPolicy): Date | null {
    this.failedLoginCount += 1;
    this.updatedAt = now;
    if (this.failedLoginCount < policy.threshold) return null;
    this.lockedUntil = new Date(now.getTime() + policy.minutes * 60_000);
    this.failedLoginCount = 0;
    return this.lockedUntil;
  }

  clearLockout(now: Date): void {
    this.failedLoginCount = 0;
    this.lockedUntil = null;
    this.updatedAt = now;
  }
}
StaffAccountSchema.setClass(StaffAccount);
