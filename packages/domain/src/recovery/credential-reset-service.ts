import { Account } from "../accounts/account.entity.ts";
import { matchRoundTrips } from "../accounts/timing-parity.ts";
import { recordAudit } from "../audit/audit-log.ts";
import { validationFailure, type ValidationFailure } from "../errors/common-failures.ts";
import type { Outcome } from "../errors/failure.ts";
import { customerUrls } from "../links/customer-urls.ts";
import { inLanguage } from "../links/link-language.ts";
import { issueLink } from "../links/link-service.ts";
import { hashToken, keywordDigest, newToken } from "../links/tokens.ts";
import { queueMail } from "../mail/outbox.ts";
import { credentialResetMail } from "../mail/templates/credential-reset.ts";
import { generateRecoveryKeyword } from "../passwords/password-hasher.ts";
import type { RequestScope } from "../request-scope.ts";
import { calendarDateOf } from "../time/japan-time.ts";
import { validateBirthDate, validateEmail } from "../validation/common-fields.ts";
import { bounded } from "../validation/input-bounds.ts";

export type RequestResetOutcome = Outcome<
  { keyword: string; keywordExpiresAt: Date },
  ValidationFailure
>;

/**
 * STEP 2–3 of the seed: e-mail address and birth date in, a 10-digit keyword out, and a
 * mail with only the link to the account's address. The answer has the same shape when
 * no account matches (no enumeration): a keyword is shown, but no mail is sent, because
 * nobody should receive mail about an account they do not have. The mail names the current
 * user ID, and opens with an English line (its link with `?lang=en`) when the request came
 * from the web app in English, or else when the account's language is English.
 */
export async function requestCredentialReset(
  scope: RequestScope,
  raw: { email: string; birthDate: string },
): Promise<RequestResetOutcome> {
  const { config, now, origin } = scope;
  const email = validateEmail(bounded(raw.email, "email"), "email");
  const birthDate = validateBirthDate(
    raw.birthDate,
    calendarDateOf(now, config.timeZone),
    "birthDate",
  );
  const errors = [...(email.ok ? [] : email.errors), ...(birthDate.ok ? [] : birthDate.errors)];
  if (!email.ok || !birthDate.ok) return { ok: false, error: validationFailure(errors) };

  const keyword = generateRecoveryKeyword();
  const keywordExpiresAt = new Date(now.getTime() + config.links.resetHours * 3_600_000);
  await scope.em.transactional(async (tem) => {
    // Addresses are compared without regard to case: customers do not remember how they typed it.
    const wanted = email.value.toLowerCase();
    const candidates = await tem.find(
      Account,
      { email: { $ilike: wanted.replace(/[\\%_]/g, "\\$&") } },
      { populate: ["policyholder"] },
    );
    const account =
      candidates.find(
        (a) => a.email.toLowerCase() === wanted && a.policyholder.birthDate === birthDate.value,
      ) ?? null;
    // The mail is rendered either way and the writes matched by round trips when nothing is
    // written, so the answer takes as long for an unknown address as for a known one.
    const language = scope.language ?? account?.language ?? "ja";
    const mail = (token: string, userId: string) =>
      credentialResetMail({
        branding: config.branding,
        link: inLanguage(customerUrls(config.http.publicUrl).link(token), language),
        expiresAt: keywordExpiresAt,
        timeZone: config.timeZone,
        validHours: config.links.resetHours,
        userId,
        language,
      });
    if (account) {
      const { token } = issueLink(tem, {
        purpose: "CREDENTIAL_RESET",
        policyholder: account.policyholder,
        account,
        email: account.email,
        keyword,
        ttlHours: config.links.resetHours,
        maxAttempts: config.links.keywordMaxAttempts,
        now,
      });
      queueMail(tem, {
        to: account.email,
        kind: "credential-reset",
        content: mail(token, account.userId),
        now,
        linkExpiresAt: keywordExpiresAt,
      });
    } else {
      const token = newToken();
      hashToken(token);
      keywordDigest(token, keyword);
      mail(token, email.value);
      await matchRoundTrips(tem, 2);
    }
    // Written either way, so both paths do the same work; only staff see whether it matched.
    recordAudit(tem, {
      type: "CREDENTIAL_RESET_REQUESTED",
      at: now,
      origin,
      accountId: account?.id ?? null,
      policyholderId: account?.policyholder.id ?? null,
      detail: { matched: Boolean(account) },
    });
  });
  return { ok: true, keyword, keywordExpiresAt };
}
