import { Migration } from "@mikro-orm/migrations";

/** Each audit event names the HTTP request that caused it, so a log line and an audit row can be joined. */
export class AuditRequestId extends Migration {
  override up(): void {
    this.addSql(`alter table "audit_event" add column "request_id" varchar(100) null`);
  }

  override down(): void {
    this.addSql(`alter table "audit_event" drop column "request_id"`);
  }
}
