import { Migration } from "@mikro-orm/migrations";

/** The mail outbox: mails are queued in the business transaction and sent by the dispatcher. */
export class MailOutbox extends Migration {
  override up(): void {
    this.addSql(`create table "mail_outbox" (
      "id" uuid not null default gen_random_uuid(),
      "kind" text not null,
      "to_address" varchar(254) not null,
      "subject" text not null,
      "text_body" text not null,
      "html_body" text not null,
      "status" text not null check ("status" in ('PENDING', 'SENT', 'FAILED', 'CAPTURED')),
      "attempts" int not null default 0 check ("attempts" >= 0),
      "next_attempt_at" timestamptz not null,
      "last_error" text null,
      "created_at" timestamptz not null,
      "sent_at" timestamptz null,
      primary key ("id"))`);
    // The dispatcher's query: due PENDING rows.
    this.addSql(
      `create index "mail_outbox_status_next_attempt_at_index" on "mail_outbox" ("status", "next_attempt_at")`,
    );
  }

  override down(): void {
    this.addSql(`drop table "mail_outbox"`);
  }
}
