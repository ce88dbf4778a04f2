import { LockMode, UniqueConstraintViolationException } from "@mikro-orm/core";
import { Account, userIdKeyOf } from "../accounts/account.entity.ts";
import { recordAudit } from "../audit/audit-log.ts";
import { validationFailure, type ValidationFailure } from "../errors/common-failures.ts";
import type { Failure, Outcome } from "../errors/failure.ts";
import { customerUrls } from "../links/customer-urls.ts";
import { linkFailure } from "../links/link-failures.ts";
import { issueLink } from "../links/link-service.ts";
import { hashToken, looksLikeToken } from "../links/tokens.ts";
import { VerificationLink } from "../links/verification-link.entity.ts";
import { queueMail } from "../mail/outbox.ts";
import { emailChangeVerificationMail } from "../mail/templates/email-change-verification.ts";
import { settingsChangedMail } from "../mail/templates/settings-changed.ts";
import type { CustomerScope, RequestScope } from "../request-scope.ts";
import { validateEmail } from "../validation/common-fields.ts";
import { bounded } from "../validation/input-bounds.ts";
import { verifyPassword } from "../passwords/password-hasher.ts";
import { preparePasswordChange, WRONG_CURRENT } from "./change-password.ts";
import { EMAIL_TAKEN, EMAIL_UNAVAILABLE } from "./settings-failures.ts";

export interface SettingsRequest {
  email?: string | null;
  mailOptIn?: boolean | null;
  currentPassword?: string | null;
  newPassword?: string | null;
}

export type SettingsOutcome = Outcome<
  { account: Account; pendingEmail: string | null; changed: ("password" | "mailOptIn")[] },
  ValidationFailure
>;

/**
 * Settings from the home page. The mail preference applies at once; a new password and a
 * new e-mail address need the current password; the address only takes effect once the
 * link mailed to it is confirmed, and the old address is told of every change.
 */
export async function updateSettings(
  scope: CustomerScope,
  submitted: SettingsRequest,
): Promise<SettingsOutcome> {
  const { config, now, origin } = scope;
  const currentPassword = submitted.currentPassword
    ? bounded(submitted.currentPassword, "password")
    : null;
  const request = { ...submitted, currentPassword };
  const { accountId } = scope.customer;
  const account = await scope.em.findOneOrFail(
    Account,
    { id: accountId },
    { populate: ["policyholder"] },
  );
  const typedEmail = request.email?.trim() ? bounded(request.email, "email") : null;
  const email = typedEmail === null ? null : validateEmail(typedEmail, "email");
  if (email && !email.ok) return { ok: false, error: validationFailure(email.errors) };
  const newEmail = email?.ok && email.value !== account.email ? email.value : null;
  // The address becomes the user ID and receives resets: a session alone (perhaps left open
  // on a shared computer) must not be enough to move it. A new password checks it below.
  if (
    newEmail &&
    !request.newPassword &&
    !(
      request.currentPassword &&
      (await verifyPassword(account.passwordHash, request.currentPassword))
    )
  ) {
    return { ok: false, error: validationFailure([WRONG_CURRENT]) };
  }
  if (
    newEmail &&
    (await scope.em.findOne(Account, {
      $or: [{ email: newEmail }, { userIdKey: userIdKeyOf(newEmail) }],
      id: { $ne: account.id },
    }))
  ) {
    return { ok: false, error: validationFailure([EMAIL_TAKEN]) };
  }

  const changed: ("password" | "mailOptIn")[] = [];
  const passwordChange = request.newPassword
    ? await preparePasswordChange(scope, {
        currentPassword: request.currentPassword,
        newPassword: request.newPassword,
      })
    : null;
  if (passwordChange && !passwordChange.ok) return passwordChange;

  // One transaction for everything asked: either all of it is saved, or none.
  await scope.em.transactional(async (tem) => {
    if (passwordChange?.ok) {
      await passwordChange.apply(tem);
      changed.push("password");
    }
    const fresh = await tem.findOneOrFail(Account, { id: account.id });
    const audit = {
      at: now,
      origin,
      accountId: account.id,
      policyholderId: account.policyholder.id,
    };
    if (request.mailOptIn != null && request.mailOptIn !== fresh.mailOptIn) {
      fresh.mailOptIn = request.mailOptIn;
      fresh.updatedAt = now;
      changed.push("mailOptIn");
      queueMail(tem, {
        to: fresh.email,
        kind: "settings-changed",
        content: settingsChangedMail({
          branding: config.branding,
          changed: ["mailOptIn"],
          at: now,
          timeZone: config.timeZone,
          language: scope.language ?? fresh.language,
        }),
        now,
      });
      recordAudit(tem, { ...audit, type: "SETTINGS_CHANGED", detail: { changed: ["mailOptIn"] } });
    }
    if (newEmail) {
      const { token, link } = issueLink(tem, {
        purpose: "EMAIL_CHANGE",
        policyholder: account.policyholder,
        account: fresh,
        email: newEmail,
        keyword: null,
        ttlHours: config.links.resetHours,
        maxAttempts: 1,
        now,
      });
      queueMail(tem, {
        to: newEmail,
        kind: "email-change-verification",
        content: emailChangeVerificationMail({
          branding: config.branding,
          link: customerUrls(config.http.publicUrl).link(token),
          expiresAt: link.expiresAt,
          timeZone: config.timeZone,
          language: scope.language ?? fresh.language,
        }),
        now,
        linkExpiresAt: link.expiresAt,
      });
      recordAudit(tem, { ...audit, type: "EMAIL_CHANGE_REQUESTED" });
    }
  });
  await scope.em.refresh(account);
  return { ok: true, account, pendingEmail: newEmail, changed };
}

export type ConfirmEmailOutcome = Outcome<
  { email: string },
  Failure<"LINK_EXPIRED" | "LINK_USED" | "LINK_UNKNOWN" | "EMAIL_UNAVAILABLE">
>;

/**
 * The link mailed to a new address proves it; opening the link page does not, the
 * customer confirms with a button. The new address becomes the user ID when the user ID
 * was the old address.
 */
export async function confirmEmailChange(
  scope: RequestScope,
  { token }: { token: string },
): Promise<ConfirmEmailOutcome> {
  if (!looksLikeToken(token)) return { ok: false, error: linkFailure("LINK_UNKNOWN") };
  try {
    return await confirmInTransaction(scope, token);
  } catch (error) {
    // Two accounts confirming the same address at once: the unique user ID decides.
    if (error instanceof UniqueConstraintViolationException)
      return { ok: false, error: EMAIL_UNAVAILABLE };
    throw error;
  }
}

function confirmInTransaction(scope: RequestScope, token: string): Promise<ConfirmEmailOutcome> {
  const { config, now, origin } = scope;
  return scope.em.transactional(async (tem): Promise<ConfirmEmailOutcome> => {
    const link = await tem.findOne(
      VerificationLink,
      { tokenHash: hashToken(token), purpose: "EMAIL_CHANGE" },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!link || !link.account) return { ok: false, error: linkFailure("LINK_UNKNOWN") };
    if (link.consumedAt || link.diedAt) return { ok: false, error: linkFailure("LINK_USED") };
    if (link.expiresAt.getTime() <= now.getTime())
      return { ok: false, error: linkFailure("LINK_EXPIRED") };
    const account = await tem.findOneOrFail(
      Account,
      { id: link.account.id },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    const taken = await tem.findOne(Account, {
      userIdKey: userIdKeyOf(link.email),
      id: { $ne: account.id },
    });
    if (taken) return { ok: false, error: EMAIL_UNAVAILABLE };

    link.consumedAt = now;
    const oldEmail = account.email;
    if (account.userIdKey === userIdKeyOf(oldEmail)) {
      account.userId = link.email;
      account.userIdKey = userIdKeyOf(link.email);
    }
    account.email = link.email;
    account.updatedAt = now;
    const content = settingsChangedMail({
      branding: config.branding,
      changed: ["email"],
      at: now,
      timeZone: config.timeZone,
      // Confirmed from the mailed link, maybe on another device: the language the link opened in.
      language: scope.language ?? account.language,
    });
    for (const to of [oldEmail, link.email])
      queueMail(tem, { to, kind: "settings-changed", content, now });
    recordAudit(tem, {
      type: "EMAIL_CHANGE_CONFIRMED",
      at: now,
      origin,
      accountId: account.id,
      policyholderId: link.policyholder.id,
    });
    return { ok: true, email: link.email };
  });
}
