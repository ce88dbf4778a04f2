import { Migration } from "@mikro-orm/migrations";

/**
 * A credential reset request is answered after one insert here, whether or not an account
 * matches; the matching, the link and the mail follow in the reset worker (recovery/
 * reset-worker.ts), which deletes the row in the transaction that writes them. The keyword is
 * kept only as an HMAC keyed by a random salt of its own (the link token does not exist yet),
 * and a link issued from it carries that salt.
 */
export class ResetRequests extends Migration {
  override up(): void {
    this.addSql(`create table "reset_request" (
      "id" uuid primary key default gen_random_uuid(),
      "email" varchar(254) not null,
      "birth_date" date not null,
      "keyword_salt" varchar(64) not null,
      "keyword_digest" varchar(64) not null,
      "language" varchar(2) null,
      "client_ip" varchar(64) not null,
      "user_agent" varchar(500) not null,
      "request_id" varchar(100) null,
      "requested_at" timestamptz not null,
      "keyword_expires_at" timestamptz not null
    )`);
    this.addSql(
      `create index "reset_request_requested_at_index" on "reset_request" ("requested_at")`,
    );
    this.addSql(`alter table "verification_link" add column "keyword_salt" varchar(64) null`);
  }

  override down(): void {
    this.addSql(`alter table "verification_link" drop column "keyword_salt"`);
    this.addSql(`drop table if exists "reset_request"`);
  }
}
