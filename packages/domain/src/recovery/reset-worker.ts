import type { Config } from "@cws/config";
import { Account } from "../accounts/account.entity.ts";
import { recordAudit } from "../audit/audit-log.ts";
import type { Em, Orm } from "../database/orm.ts";
import { customerUrls } from "../links/customer-urls.ts";
import { inLanguage } from "../links/link-language.ts";
import { issueLink } from "../links/link-service.ts";
import type { MailLogger } from "../mail/mail-logger.ts";
import { queueMail } from "../mail/outbox.ts";
import { credentialResetMail } from "../mail/templates/credential-reset.ts";
import type { Clock } from "../time/clock.ts";

type ResetSettings = Pick<Config, "branding" | "links" | "http" | "timeZone">;

/** What one run did: requests handled, of which an account matched (a link and a mail were written). */
export interface ResetRunResult {
  handled: number;
  matched: number;
}

/** One waiting row of `reset_request`, as the response path wrote it. */
interface ResetRequestRow {
  id: string;
  email: string;
  birthDate: string;
  keywordSalt: string;
  keywordDigest: string;
  language: "ja" | "en" | null;
  clientIp: string;
  userAgent: string;
  requestId: string | null;
  requestedAt: Date;
  keywordExpiresAt: Date;
}

const SELECT_WAITING = `select "id", "email", "birth_date"::text as "birth_date", "keyword_salt", "keyword_digest",
    "language", "client_ip", "user_agent", "request_id", "requested_at", "keyword_expires_at"
  from "reset_request" order by "requested_at", "id" limit ? for update skip locked`;

function rowOf(raw: Record<string, unknown>): ResetRequestRow {
  return {
    id: String(raw.id),
    email: String(raw.email),
    birthDate: String(raw.birth_date),
    keywordSalt: String(raw.keyword_salt),
    keywordDigest: String(raw.keyword_digest),
    language: raw.language === "en" || raw.language === "ja" ? raw.language : null,
    clientIp: String(raw.client_ip),
    userAgent: String(raw.user_agent),
    requestId: raw.request_id == null ? null : String(raw.request_id),
    requestedAt: new Date(raw.requested_at as string | Date),
    keywordExpiresAt: new Date(raw.keyword_expires_at as string | Date),
  };
}

/**
 * Takes up to `limit` waiting reset requests and, in ONE transaction, matches each against the
 * accounts, issues the link and queues the mail when one matches, writes the audit row either
 * way, and deletes the requests. The rows are locked `FOR UPDATE SKIP LOCKED` for that
 * transaction, so any number of workers (every API instance, standalone dispatchers) share the
 * table and a request is handled once: a crash rolls everything back and the request waits for
 * the next run. No lease is needed, unlike the mail dispatcher, because nothing here happens
 * outside the transaction (the SMTP conversation is the dispatcher's).
 */
export async function processResetRequests(
  orm: Orm,
  settings: ResetSettings,
  clock: Clock,
  options: {
    /** Requests per transaction. */
    limit?: number;
    /** Called inside the transaction after each request (the tests crash the worker there). */
    afterHandled?: (requestId: string) => void;
  } = {},
): Promise<ResetRunResult> {
  const limit = options.limit ?? 20;
  const total: ResetRunResult = { handled: 0, matched: 0 };
  for (;;) {
    const batch = await orm.em.fork().transactional(async (tem) => {
      const rows = (await tem.execute(SELECT_WAITING, [limit])).map(rowOf);
      const now = clock.now();
      let matched = 0;
      for (const row of rows) {
        if (await handle(tem, settings, row, now)) matched += 1;
        options.afterHandled?.(row.id);
      }
      if (rows.length > 0) {
        const marks = rows.map(() => "?").join(", ");
        await tem.execute(
          `delete from "reset_request" where "id" in (${marks})`,
          rows.map((r) => r.id),
        );
      }
      return { handled: rows.length, matched };
    });
    total.handled += batch.handled;
    total.matched += batch.matched;
    if (batch.handled < limit) return total;
  }
}

/** Matches one request; returns whether an account matched (and a link and mail were written). */
async function handle(tem: Em, settings: ResetSettings, row: ResetRequestRow, now: Date) {
  // Addresses are compared without regard to case: customers do not remember how they typed it.
  const wanted = row.email.toLowerCase();
  const candidates = await tem.find(
    Account,
    { email: { $ilike: wanted.replace(/[\\%_]/g, "\\$&") } },
    { populate: ["policyholder"] },
  );
  const found =
    candidates.find(
      (a) => a.email.toLowerCase() === wanted && a.policyholder.birthDate === row.birthDate,
    ) ?? null;
  // A request that waited past its keyword's expiry (workers down that long) gets no link: it
  // could not be used. The customer asks again; the audit row says what happened.
  const expired = row.keywordExpiresAt.getTime() <= now.getTime();
  const account = expired ? null : found;
  recordAudit(tem, {
    type: "CREDENTIAL_RESET_REQUESTED",
    at: row.requestedAt,
    origin: { ip: row.clientIp, userAgent: row.userAgent, requestId: row.requestId ?? undefined },
    accountId: found?.id ?? null,
    policyholderId: found?.policyholder.id ?? null,
    detail: expired
      ? { matched: Boolean(found), expiredBeforeHandled: true }
      : { matched: Boolean(found) },
  });
  if (!account) return false;

  const { token } = issueLink(tem, {
    purpose: "CREDENTIAL_RESET",
    policyholder: account.policyholder,
    account,
    email: account.email,
    keyword: { salt: row.keywordSalt, digest: row.keywordDigest },
    ttlHours: settings.links.resetHours,
    maxAttempts: settings.links.keywordMaxAttempts,
    // The link lives as long as the keyword shown on screen: both count from the request.
    now: row.requestedAt,
  });
  const language = row.language ?? account.language ?? "ja";
  queueMail(tem, {
    to: account.email,
    kind: "credential-reset",
    content: credentialResetMail({
      branding: settings.branding,
      link: inLanguage(customerUrls(settings.http.publicUrl).link(token), language),
      expiresAt: row.keywordExpiresAt,
      timeZone: settings.timeZone,
      validHours: settings.links.resetHours,
      userId: account.userId,
      language,
    }),
    now,
    linkExpiresAt: row.keywordExpiresAt,
  });
  return true;
}

export interface ResetRequestWorkerOptions {
  orm: Orm;
  config: ResetSettings;
  clock: Clock;
  /** Failed runs are reported here, one line each (never an address or keyword). */
  logger: MailLogger;
  batchSize?: number;
}

/**
 * Runs {@link processResetRequests} in a loop beside the mail dispatcher (in every API process
 * with MAIL_DISPATCH=inline, and in the standalone dispatcher): a reset request's mail is queued
 * within about one poll interval of the answer.
 */
export class ResetRequestWorker {
  readonly #options: ResetRequestWorkerOptions;
  readonly #inFlight = new Set<Promise<unknown>>();
  #timer: NodeJS.Timeout | null = null;
  #running = false;

  constructor(options: ResetRequestWorkerOptions) {
    this.#options = options;
  }

  /** Handles every waiting request; safe to call concurrently and from several processes. */
  runOnce(): Promise<ResetRunResult> {
    const { orm, config, clock, batchSize } = this.#options;
    const run = processResetRequests(orm, config, clock, { limit: batchSize ?? 20 });
    this.#inFlight.add(run);
    void run.finally(() => this.#inFlight.delete(run)).catch(() => {});
    return run;
  }

  /** Runs until stop(), looking for waiting requests every pollMs. */
  start(pollMs = 1000): void {
    if (this.#running) return;
    this.#running = true;
    const tick = async () => {
      try {
        await this.runOnce();
      } catch (error) {
        const reason = error instanceof Error ? error.name : "unknown";
        this.#options.logger.error(
          { event: "reset_worker_error", error: reason },
          "reset request run failed; retrying",
        );
      }
      if (this.#running) this.#timer = setTimeout(tick, pollMs);
    };
    this.#timer = setTimeout(tick, 0);
  }

  /** Stops the loop and waits for a run in progress, so the ORM can be closed after it. */
  async stop(): Promise<void> {
    this.#running = false;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    await Promise.allSettled([...this.#inFlight]);
  }
}
