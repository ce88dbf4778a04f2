import { Migration } from "@mikro-orm/migrations";

/**
 * Renewal reminders sent (満期のご案内): one row per contract period and kind. The unique pair
 * is what keeps a reminder to one mail per period, however many instances run the scheduler:
 * the row is inserted with `on conflict do nothing` in the transaction that queues the mail.
 */
export class RenewalReminders extends Migration {
  override up(): void {
    this.addSql(`create table "renewal_reminder" (
      "id" uuid not null default gen_random_uuid(),
      "contract_period_id" uuid not null references "contract_period" ("id") on delete cascade,
      "kind" varchar(20) not null,
      "outbox_message_id" uuid null,
      "created_at" timestamptz not null,
      primary key ("id"),
      constraint "renewal_reminder_contract_period_id_kind_unique" unique ("contract_period_id", "kind"),
      constraint "renewal_reminder_kind_check" check ("kind" in ('WINDOW_OPENED', 'BEFORE_EXPIRY')))`);
  }

  override down(): void {
    this.addSql(`drop table "renewal_reminder"`);
  }
}
