import { validationFailure, type ValidationFailure } from "../errors/common-failures.ts";
import type { Outcome } from "../errors/failure.ts";
import { keywordDigest, newKeywordSalt } from "../links/tokens.ts";
import { generateRecoveryKeyword } from "../passwords/password-hasher.ts";
import type { RequestScope } from "../request-scope.ts";
import { calendarDateOf } from "../time/japan-time.ts";
import { validateBirthDate, validateEmail } from "../validation/common-fields.ts";
import { bounded } from "../validation/input-bounds.ts";

export {
  processResetRequests,
  ResetRequestWorker,
  type ResetRequestWorkerOptions,
  type ResetRunResult,
} from "./reset-worker.ts";

export type RequestResetOutcome = Outcome<
  { keyword: string; keywordExpiresAt: Date },
  ValidationFailure
>;

const INSERT_REQUEST = `insert into "reset_request" ("email", "birth_date", "keyword_salt", "keyword_digest",
    "language", "client_ip", "user_agent", "request_id", "requested_at", "keyword_expires_at")
  values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/**
 * STEP 2–3 of the seed: e-mail address and birth date in, a 10-digit keyword out, and a
 * mail with only the link to the account's address. The answer has the same shape when
 * no account matches (no enumeration): a keyword is shown, but no mail is sent, because
 * nobody should receive mail about an account they do not have.
 *
 * The answer does the same work whoever asks, so its timing says nothing either: it validates
 * and writes ONE `reset_request` row (one statement, committed before the answer, so a crash
 * after it loses nothing), keeping the keyword only as an HMAC keyed by a random salt. The
 * matching, the link, the mail and the audit row follow in the reset worker
 * (`reset-worker.ts`), which runs beside the mail dispatcher. The mail names the current
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
  const salt = newKeywordSalt();
  await scope.em.execute(INSERT_REQUEST, [
    email.value,
    birthDate.value,
    salt,
    keywordDigest(salt, keyword),
    scope.language ?? null,
    origin.ip.slice(0, 64),
    origin.userAgent.slice(0, 500),
    origin.requestId?.slice(0, 100) ?? null,
    now,
    keywordExpiresAt,
  ]);
  return { ok: true, keyword, keywordExpiresAt };
}
