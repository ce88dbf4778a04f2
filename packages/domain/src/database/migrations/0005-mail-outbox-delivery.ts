import { Migration } from "@mikro-orm/migrations";

/**
 * Mail survives long outages and slow relays: a lease instead of a row lock held during the
 * send, a stable Message-ID per row, a deadline for link mails, GAVE_UP for a mail whose
 * deadline passed, and a record of when its body was erased.
 */
export class MailOutboxDelivery extends Migration {
  override up(): void {
    this.addSql(`alter table "mail_outbox"
      add column "link_expires_at" timestamptz null,
      add column "message_id" text null,
      add column "claimed_until" timestamptz null,
      add column "claim_token" uuid null,
      add column "gave_up_at" timestamptz null,
      add column "body_erased_at" timestamptz null`);
    this.addSql(`alter table "mail_outbox" drop constraint if exists "mail_outbox_status_check"`);
    this.addSql(`alter table "mail_outbox" add constraint "mail_outbox_status_check"
      check ("status" in ('PENDING', 'SENT', 'FAILED', 'GAVE_UP', 'CAPTURED'))`);
    // Rows the old dispatcher finished had their bodies replaced already.
    this.addSql(`update "mail_outbox" set "body_erased_at" = coalesce("sent_at", "created_at")
      where "status" in ('SENT', 'FAILED') and "text_body" like '%body removed after delivery%'`);
  }

  override down(): void {
    this.addSql(`update "mail_outbox" set "status" = 'FAILED' where "status" = 'GAVE_UP'`);
    this.addSql(`alter table "mail_outbox" drop constraint if exists "mail_outbox_status_check"`);
    this.addSql(`alter table "mail_outbox" add constraint "mail_outbox_status_check"
      check ("status" in ('PENDING', 'SENT', 'FAILED', 'CAPTURED'))`);
    this.addSql(`alter table "mail_outbox" drop column "link_expires_at", drop column "message_id",
      drop column "claimed_until", drop column "claim_token", drop column "gave_up_at", drop column "body_erased_at"`);
  }
}
