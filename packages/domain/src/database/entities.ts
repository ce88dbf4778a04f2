import { AccountSchema } from "../accounts/account.entity.ts";
import { AuditEventSchema } from "../audit/audit-event.entity.ts";
import { ContractPeriodSchema } from "../contracts/contract-period.entity.ts";
import { ContractSchema } from "../contracts/contract.entity.ts";
import { RenewalRequestSchema } from "../contracts/renewal-request.entity.ts";
import { RenewalReminderSchema } from "../reminders/renewal-reminder.entity.ts";
import { ResetRequestSchema } from "../recovery/reset-request.entity.ts";
import { StepTokenSchema } from "../links/step-token.entity.ts";
import { VerificationLinkSchema } from "../links/verification-link.entity.ts";
import { OutboxMessageSchema } from "../mail/outbox-message.entity.ts";
import { PolicyholderSchema } from "../policyholders/policyholder.entity.ts";
import { SessionSchema } from "../sessions/session.entity.ts";
import { AgencySchema } from "../agencies/agency.entity.ts";
import { EmployerGroupSchema } from "../agencies/employer-group.entity.ts";
import { ImportRunSchema } from "../imports/import-run.entity.ts";
import { ImportRowErrorSchema, ImportRowSchema } from "../imports/import-row.entity.ts";
import { StaffAccountSchema } from "../staff/staff-account.entity.ts";
import { StaffSessionSchema } from "../staff/staff-session.entity.ts";

/** Every entity the ORM maps. A new entity is registered here and gets a migration. */
export const entities = [
  PolicyholderSchema,
  ContractSchema,
  ContractPeriodSchema,
  RenewalRequestSchema,
  AccountSchema,
  VerificationLinkSchema,
  StepTokenSchema,
  SessionSchema,
  AuditEventSchema,
  OutboxMessageSchema,
  AgencySchema,
  EmployerGroupSchema,
  StaffAccountSchema,
  StaffSessionSchema,
  ImportRunSchema,
  ImportRowSchema,
  ImportRowErrorSchema,
  RenewalReminderSchema,
  ResetRequestSchema,
];
