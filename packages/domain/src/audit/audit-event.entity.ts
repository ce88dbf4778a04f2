import { defineEntity, p } from "@mikro-orm/core";

/** The security-relevant events the audit trail records (SPEC §3). */
export const AUDIT_EVENT_TYPES = [
  "REGISTRATION_STARTED",
  "REGISTRATION_IDENTITY_MISMATCH",
  "REGISTRATION_COMPLETED",
  "KEYWORD_FAILED",
  "LINK_DEAD",
  "LOGIN_SUCCEEDED",
  "LOGIN_FAILED",
  "ACCOUNT_LOCKED",
  "LOGOUT",
  "CREDENTIAL_RESET_REQUESTED",
  "CREDENTIAL_RESET_COMPLETED",
  "SETTINGS_CHANGED",
  "EMAIL_CHANGE_REQUESTED",
  "EMAIL_CHANGE_CONFIRMED",
  "PASSWORD_CHANGED",
  "TEMPORARY_PASSWORD_ISSUED",
  "TEMPORARY_PASSWORD_USED",
  "ACCOUNT_UNLOCKED",
  "MAIL_RESENT",
  "RECORDS_IMPORTED",
  "RENEWAL_COMPLETED",
  "STAFF_LOGIN_SUCCEEDED",
  "STAFF_LOGIN_FAILED",
  "STAFF_LOCKED",
  "STAFF_LOGOUT",
  "STAFF_CREATED",
  "STAFF_DISABLED",
  "IMPORT_STARTED",
  "IMPORT_ABANDONED",
  "IMPORT_ROWS_STAGED",
  "IMPORT_DRY_RUN",
] as const;
export type AuditEventType = (typeof AUDIT_EVENT_TYPES)[number];

export const AuditEventSchema = defineEntity({
  name: "AuditEvent",
  tableName: "audit_event",
  properties: {
    id: p.bigint("number").primary().autoincrement(),
    at: p.datetime(),
    type: p.enum(AUDIT_EVENT_TYPES),
    accountId: p.uuid().nullable().index(),
    policyholderId: p.uuid().nullable(),
    /** The staff member who acted, for staff actions. */
    staffId: p.uuid().nullable(),
    clientIp: p.string().length(64),
    userAgent: p.string().length(500),
    /** The X-Request-Id of the request that caused the event (also on its log lines). */
    requestId: p.string().length(100).nullable(),
    detail: p.json<Record<string, unknown>>().nullable(),
  },
});

export class AuditEvent extends AuditEventSchema.class {}
AuditEventSchema.setClass(AuditEvent);
