import { LockMode } from "@mikro-orm/core";
import { Account } from "../accounts/account.entity.ts";
import { visiblePolicyholders } from "../agencies/agency-scope.ts";
import { recordAudit } from "../audit/audit-log.ts";
import type { Em } from "../database/orm.ts";
import { customerUrls } from "../links/customer-urls.ts";
import { inLanguage } from "../links/link-language.ts";
import { issueLink, retirePolicyholderLinks } from "../links/link-service.ts";
import { VerificationLink, type LinkPurpose } from "../links/verification-link.entity.ts";
import { OutboxMessage, UNDELIVERED_STATUSES } from "../mail/outbox-message.entity.ts";
import { queueMail, requeueMail, supersedeMail } from "../mail/outbox.ts";
import { credentialResetMail } from "../mail/templates/credential-reset.ts";
import { emailChangeVerificationMail } from "../mail/templates/email-change-verification.ts";
import { registrationInvitationMail } from "../mail/templates/registration-invitation.ts";
import type { MailContent } from "../mail/mail-content.ts";
import { generateRecoveryKeyword } from "../passwords/password-hasher.ts";
import { Policyholder } from "../policyholders/policyholder.entity.ts";
import type { RequestScope } from "../request-scope.ts";
import { staffFailure, type StaffFailure } from "../staff/staff-messages.ts";
import { looksLikeUuid, staffAudit, type StaffScope } from "../staff/staff-scope.ts";

/** Mails that carry a link: resending them issues a fresh link, and the old one dies. */
const LINK_MAILS: Readonly<Record<string, LinkPurpose>> = {
  "registration-invitation": "REGISTRATION",
  "credential-reset": "CREDENTIAL_RESET",
  "email-change-verification": "EMAIL_CHANGE",
};

export type ResendMailOutcome =
  | {
      ok: true;
      messageId: string;
      freshLink: boolean;
      keyword: string | null;
      linkExpiresAt: Date | null;
    }
  | StaffFailure<"RECORD_NOT_FOUND" | "NOTHING_TO_RESEND">;

/** The policyholders of the staff member's agency a mail went to (by the address on file or the account's). */
async function visibleRecipients(tem: Em, scope: StaffScope, address: string): Promise<string[]> {
  const accounts = await tem.find(Account, { email: address }, { fields: ["policyholder"] });
  const where = await visiblePolicyholders(tem, scope.staff, {
    $or: [{ emailOnFile: address }, { id: { $in: accounts.map((a) => a.policyholder.id) } }],
  });
  return (await tem.find(Policyholder, where, { fields: ["id"] })).map((p) => p.id);
}

function linkMail(
  scope: RequestScope,
  purpose: LinkPurpose,
  token: string,
  expiresAt: Date,
  account: Account | null,
): MailContent {
  const { config } = scope;
  const input = {
    branding: config.branding,
    link: customerUrls(config.http.publicUrl).link(token),
    expiresAt,
    timeZone: config.timeZone,
  };
  if (purpose === "REGISTRATION")
    return registrationInvitationMail({ ...input, validHours: config.links.registrationHours });
  if (purpose === "CREDENTIAL_RESET")
    return credentialResetMail({
      ...input,
      link: inLanguage(input.link, account?.language ?? "ja"),
      validHours: config.links.resetHours,
      ...(account ? { userId: account.userId, language: account.language } : {}),
    });
  return emailChangeVerificationMail({ ...input, language: account?.language ?? "ja" });
}

/**
 * Sends a customer's undelivered mail (pending, refused or given up) again. A mail with a
 * link gets a fresh link (every earlier link of that purpose dies, the old mail becomes
 * SUPERSEDED: never sent, listed or resent) and, where the link needs a keyword, a new
 * 10-digit keyword returned once for staff to give the customer; a reset mail names the
 * account's user ID and follows its language. Other mails are simply queued again.
 */
export async function resendMail(
  scope: StaffScope,
  input: { messageId: string },
): Promise<ResendMailOutcome> {
  if (!looksLikeUuid(input.messageId)) return staffFailure("RECORD_NOT_FOUND");
  const { config, now } = scope;
  return scope.em.transactional(async (tem) => {
    const message = await tem.findOne(
      OutboxMessage,
      { id: input.messageId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!message) return staffFailure("RECORD_NOT_FOUND");
    const recipients = await visibleRecipients(tem, scope, message.toAddress);
    if (recipients.length === 0) return staffFailure("RECORD_NOT_FOUND");
    if (!UNDELIVERED_STATUSES.includes(message.status)) return staffFailure("NOTHING_TO_RESEND");
    const audit = {
      ...staffAudit(scope),
      type: "MAIL_RESENT" as const,
      policyholderId: recipients[0],
    };

    const purpose = LINK_MAILS[message.kind];
    if (!purpose) {
      requeueMail(message, now);
      recordAudit(tem, { ...audit, detail: { messageId: message.id, kind: message.kind } });
      return {
        ok: true as const,
        messageId: message.id,
        freshLink: false,
        keyword: null,
        linkExpiresAt: null,
      };
    }
    const old = await tem.findOne(
      VerificationLink,
      { email: message.toAddress, purpose, policyholder: { $in: recipients }, consumedAt: null },
      { orderBy: { createdAt: "desc" }, populate: ["policyholder", "account"] },
    );
    if (!old) return staffFailure("NOTHING_TO_RESEND");
    await retirePolicyholderLinks(tem, old.policyholder.id, purpose, now);
    const keyword = old.keywordDigest === null ? null : generateRecoveryKeyword();
    const ttlHours =
      purpose === "REGISTRATION" ? config.links.registrationHours : config.links.resetHours;
    const { token, link } = issueLink(tem, {
      purpose,
      policyholder: old.policyholder,
      account: old.account ?? null,
      email: old.email,
      keyword,
      ttlHours,
      maxAttempts: old.keywordDigest === null ? 1 : config.links.keywordMaxAttempts,
      now,
    });
    supersedeMail(message, "superseded by a resend with a fresh link");
    const fresh = queueMail(tem, {
      to: old.email,
      kind: message.kind,
      content: linkMail(scope, purpose, token, link.expiresAt, old.account ?? null),
      now,
    });
    recordAudit(tem, {
      ...audit,
      policyholderId: old.policyholder.id,
      accountId: old.account?.id ?? null,
      detail: { messageId: message.id, kind: message.kind, freshLink: true },
    });
    return {
      ok: true as const,
      messageId: fresh.id,
      freshLink: true,
      keyword,
      linkExpiresAt: link.expiresAt,
    };
  });
}
