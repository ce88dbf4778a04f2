import { Migration } from "@mikro-orm/migrations";

/**
 * SUPERSEDED: a link mail replaced by a staff resend with a fresh link. It was marked FAILED
 * before, so it still showed as undelivered and could be resent again, each time killing the
 * link the previous resend had just mailed.
 */
export class MailSuperseded extends Migration {
  override up(): void {
    this.addSql(`alter table "mail_outbox" drop constraint if exists "mail_outbox_status_check"`);
    this.addSql(`alter table "mail_outbox" add constraint "mail_outbox_status_check"
      check ("status" in ('PENDING', 'SENT', 'FAILED', 'GAVE_UP', 'CAPTURED', 'SUPERSEDED'))`);
    this.addSql(`update "mail_outbox" set "status" = 'SUPERSEDED'
      where "status" = 'FAILED' and "last_error" = 'superseded by a resend with a fresh link'`);
  }

  override down(): void {
    this.addSql(`update "mail_outbox" set "status" = 'FAILED' where "status" = 'SUPERSEDED'`);
    this.addSql(`alter table "mail_outbox" drop constraint if exists "mail_outbox_status_check"`);
    this.addSql(`alter table "mail_outbox" add constraint "mail_outbox_status_check"
      check ("status" in ('PENDING', 'SENT', 'FAILED', 'GAVE_UP', 'CAPTURED'))`);
  }
}
