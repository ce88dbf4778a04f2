import { recordAudit } from "../audit/audit-log.ts";
import { validationFailure, type ValidationFailure } from "../errors/common-failures.ts";
import type { Failure, Outcome } from "../errors/failure.ts";
import { issueLink } from "../links/link-service.ts";
import { queueMail } from "../mail/outbox.ts";
import { accountAlreadyExistsMail } from "../mail/templates/account-already-exists.ts";
import { registrationInvitationMail } from "../mail/templates/registration-invitation.ts";
import { findPolicyholderByIdentity } from "../policyholders/identity-match.ts";
import type { RequestScope } from "../request-scope.ts";
import { calendarDateOf } from "../time/japan-time.ts";
import { validateRegistrationInput } from "../validation/registration-input.ts";
import { Account } from "../accounts/account.entity.ts";
import { customerUrls } from "../links/customer-urls.ts";
import { hashToken, keywordDigest, newToken } from "../links/tokens.ts";
import { matchRoundTrips } from "../accounts/timing-parity.ts";
import { registrationFailure } from "./registration-failures.ts";

export type StartRegistrationOutcome = Outcome<
  { keyword: string; email: string; linkExpiresAt: Date },
  ValidationFailure | Failure<"IDENTITY_NOT_CONFIRMED">
>;

/**
 * Seed steps 3–5: proves the customer is a policyholder loaded by the agency, then mails a
 * single-use link (48 h) that needs the customer's own keyword. A policyholder who already
 * has an account gets the same answer, and a mail pointing to login and recovery instead.
 */
export async function startRegistration(
  scope: RequestScope,
  raw: unknown,
): Promise<StartRegistrationOutcome> {
  const { config, now, origin } = scope;
  const validated = validateRegistrationInput(raw, calendarDateOf(now, config.timeZone));
  if (!validated.ok) return { ok: false, error: validationFailure(validated.errors) };
  const input = validated.value;
  const linkExpiresAt = new Date(now.getTime() + config.links.registrationHours * 3_600_000);

  return scope.em.transactional(async (tem): Promise<StartRegistrationOutcome> => {
    const policyholder = await findPolicyholderByIdentity(tem, input);
    if (!policyholder) {
      recordAudit(tem, { type: "REGISTRATION_IDENTITY_MISMATCH", at: now, origin });
      return { ok: false, error: registrationFailure("IDENTITY_NOT_CONFIRMED") };
    }
    const existing = await tem.findOne(Account, { policyholder });
    const urls = customerUrls(config.http.publicUrl);
    const invitation = (token: string) =>
      registrationInvitationMail({
        branding: config.branding,
        link: urls.link(token),
        expiresAt: linkExpiresAt,
        timeZone: config.timeZone,
        validHours: config.links.registrationHours,
        // The language the customer registers in (the web app's cookie), as the account will keep.
        language: scope.language ?? "ja",
      });
    if (existing) {
      queueMail(tem, {
        to: input.email,
        kind: "account-already-exists",
        content: accountAlreadyExistsMail({
          branding: config.branding,
          loginUrl: urls.login,
          recoveryUrl: urls.recovery,
        }),
        now,
      });
      // The work of a new registration (a link's token, the invitation, one more insert) is
      // spent here too, so the answer does not reveal that the policyholder has an account.
      const token = newToken();
      hashToken(token);
      keywordDigest(token, input.keyword);
      invitation(token);
      await matchRoundTrips(tem, 1);
    } else {
      const { token } = issueLink(tem, {
        purpose: "REGISTRATION",
        policyholder,
        email: input.email,
        keyword: input.keyword,
        ttlHours: config.links.registrationHours,
        maxAttempts: config.links.keywordMaxAttempts,
        now,
      });
      queueMail(tem, {
        to: input.email,
        kind: "registration-invitation",
        content: invitation(token),
        now,
        linkExpiresAt,
      });
    }
    recordAudit(tem, {
      type: "REGISTRATION_STARTED",
      at: now,
      origin,
      policyholderId: policyholder.id,
      accountId: existing?.id ?? null,
      detail: { existingAccount: Boolean(existing) },
    });
    return { ok: true, keyword: input.keyword, email: input.email, linkExpiresAt };
  });
}
