import { customerUrls } from "../links/customer-urls.ts";
import { queueMail } from "../mail/outbox.ts";
import {
  type RenewalReminderKind,
  renewalReminderMail,
} from "../mail/templates/renewal-reminder.ts";
import { ONLINE_RENEWABLE_PRODUCTS } from "../contracts/renewal-eligibility.ts";
import { renewalDay } from "../contracts/renewal-day.ts";
import type { AccountLanguage } from "../accounts/account.entity.ts";
import type { RequestScope } from "../request-scope.ts";

/** A period due for a reminder, as the candidate query returns it. */
interface DueReminderRow {
  contract_period_id: string;
  due_kind: RenewalReminderKind;
  ends_on: string;
  policy_number: string;
  description: string;
  email: string;
  /** The account's language: "en" opens the mail with an English line. */
  language: AccountLanguage;
}

/** What one run did: how many reminders it queued, of which kind, and how many failed. */
export interface ReminderRunResult {
  queued: number;
  byKind: Record<RenewalReminderKind, number>;
  /** Reminders whose transaction failed (rolled back: tried again at the next run). */
  failed: number;
}

/** How many reminders one run looks at per statement; a run goes on until none is due. */
const BATCH = 200;

/**
 * The periods owed a reminder today. A period is considered while it is its contract's latest
 * one, has started, has not ended and its renewal window is open (the rule of
 * `renewalWindow` in renewal-eligibility.ts: it opens `windowDays` before the expiry date and
 * never before the period starts, which `starts_on <= today` already ensures). From
 * `daysBefore` days before the expiry the reminder due is BEFORE_EXPIRY, before that
 * WINDOW_OPENED; a period whose window opened inside the last `daysBefore` days gets only
 * the second. A later period (a renewal already made) ends all reminders. The customer must
 * have registered (an account), whatever their service-mail choice (`mail_opt_in`).
 */
function dueSql(products: readonly string[]): string {
  const productList = products.map(() => "?").join(", ");
  return `with candidate as (
  select p."id" as contract_period_id, p."ends_on"::text as ends_on,
    c."policy_number", c."description", a."email", a."language",
    case when p."ends_on" - ?::int <= ?::date then 'BEFORE_EXPIRY' else 'WINDOW_OPENED' end
      as due_kind
  from "contract_period" p
  join "contract" c on c."id" = p."contract_id"
  join "account" a on a."policyholder_id" = c."policyholder_id"
  where c."product" in (${productList})
    and p."starts_on" <= ?::date
    and p."ends_on" >= ?::date
    and p."ends_on" - ?::int <= ?::date
    and not exists (select 1 from "contract_period" later
      where later."contract_id" = p."contract_id" and later."starts_on" > p."starts_on")
)
select * from candidate
where not exists (select 1 from "renewal_reminder" r
  where r."contract_period_id" = candidate.contract_period_id and r."kind" = candidate.due_kind)
order by candidate.contract_period_id
limit ${BATCH}`;
}

/**
 * Queues the renewal reminders (満期のご案内) due today: one when a contract's renewal window
 * opens, one `renewalReminders.daysBeforeExpiry` days before its expiry if it is still not
 * renewed. Each reminder is its own transaction: a row in `renewal_reminder`, inserted with
 * `on conflict do nothing` on the unique (period, kind), and the outbox mail, only when the
 * insert made the row. So a reminder goes out once per period and kind however often and
 * wherever (several instances at once) this runs, and a crash leaves both or neither.
 * Customers who opted out of service mails still get these: they concern their cover.
 */
export async function sendDueRenewalReminders(scope: RequestScope): Promise<ReminderRunResult> {
  const { config } = scope;
  const { today, windowDays } = renewalDay(scope);
  const daysBefore = config.renewalReminders.daysBeforeExpiry;
  const loginUrl = customerUrls(config.http.publicUrl).login;
  const result: ReminderRunResult = {
    queued: 0,
    byKind: { WINDOW_OPENED: 0, BEFORE_EXPIRY: 0 },
    failed: 0,
  };
  const sql = dueSql(ONLINE_RENEWABLE_PRODUCTS);
  const params = [daysBefore, today, ...ONLINE_RENEWABLE_PRODUCTS, today, today, windowDays, today];

  for (;;) {
    const due = await scope.em.fork().execute<DueReminderRow[]>(sql, params);
    let queuedThisBatch = 0;
    for (const row of due) {
      const queued = await queueReminder(scope, row, loginUrl).catch(() => {
        // One broken row (say, an address the outbox refuses) must not hold up the others.
        result.failed += 1;
        return false;
      });
      if (queued) {
        queuedThisBatch += 1;
        result.queued += 1;
        result.byKind[row.due_kind] += 1;
      }
    }
    // A short batch was the last; a full one in which another instance took every row is too.
    if (due.length < BATCH || queuedThisBatch === 0) return result;
  }
}

/** One reminder, in its own transaction: the row, and the mail only if this insert made the row. */
function queueReminder(scope: RequestScope, row: DueReminderRow, loginUrl: string) {
  const { config, now } = scope;
  return scope.em.fork().transactional(async (tem) => {
    const inserted = await tem.execute<{ id: string }[]>(
      `insert into "renewal_reminder" ("contract_period_id", "kind", "created_at")
           values (?, ?, ?) on conflict do nothing returning "id"`,
      [row.contract_period_id, row.due_kind, now],
    );
    const reminder = inserted[0];
    if (!reminder) return false; // another run (or instance) sent it
    const message = queueMail(tem, {
      to: row.email,
      kind: "renewal-reminder",
      content: renewalReminderMail({
        branding: config.branding,
        kind: row.due_kind,
        policyNumber: row.policy_number,
        description: row.description,
        endsOn: row.ends_on,
        deadline: row.ends_on,
        loginUrl,
        language: row.language,
      }),
      now,
    });
    await tem.flush();
    await tem.execute(`update "renewal_reminder" set "outbox_message_id" = ? where "id" = ?`, [
      message.id,
      reminder.id,
    ]);
    return true;
  });
}
