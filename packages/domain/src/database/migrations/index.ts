import type { MigrationObject } from "@mikro-orm/core";
import { PolicyholdersAndContracts } from "./0001-policyholders-and-contracts.ts";
import { AccountsLinksSessionsAudit } from "./0002-accounts-links-sessions-audit.ts";
import { MailOutbox } from "./0003-mail-outbox.ts";
import { Renewals } from "./0004-renewals.ts";
import { MailOutboxDelivery } from "./0005-mail-outbox-delivery.ts";
import { StaffAgenciesImports } from "./0006-staff-agencies-imports.ts";
import { AuditRequestId } from "./0007-audit-request-id.ts";
import { RenewalReference } from "./0009-renewal-reference.ts";
import { AccountLanguage } from "./0010-account-language.ts";
import { RenewalReminders } from "./0011-renewal-reminders.ts";
import { MailSuperseded } from "./0012-mail-superseded.ts";
import { ResetRequests } from "./0013-reset-requests.ts";
import { PrincipalChangeNotify } from "./0014-principal-change-notify.ts";

/** The one ordered list of migrations; the same SQL serves PGlite and PostgreSQL. */
export const migrations: MigrationObject[] = [
  { name: "0001-policyholders-and-contracts", class: PolicyholdersAndContracts },
  { name: "0002-accounts-links-sessions-audit", class: AccountsLinksSessionsAudit },
  { name: "0003-mail-outbox", class: MailOutbox },
  { name: "0004-renewals", class: Renewals },
  { name: "0005-mail-outbox-delivery", class: MailOutboxDelivery },
  { name: "0006-staff-agencies-imports", class: StaffAgenciesImports },
  { name: "0007-audit-request-id", class: AuditRequestId },
  { name: "0009-renewal-reference", class: RenewalReference },
  { name: "0010-account-language", class: AccountLanguage },
  { name: "0011-renewal-reminders", class: RenewalReminders },
  { name: "0012-mail-superseded", class: MailSuperseded },
  { name: "0013-reset-requests", class: ResetRequests },
  { name: "0014-principal-change-notify", class: PrincipalChangeNotify },
];
