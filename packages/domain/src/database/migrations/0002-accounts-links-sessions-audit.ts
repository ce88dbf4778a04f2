import { Migration } from "@mikro-orm/migrations";

/** Customer accounts, mailed links with their step tokens, sessions and the audit trail. */
export class AccountsLinksSessionsAudit extends Migration {
  override up(): void {
    this.addSql(`create table "account" (
      "id" uuid not null default gen_random_uuid(),
      "policyholder_id" uuid not null references "policyholder" ("id"),
      "user_id" varchar(254) not null,
      "user_id_key" varchar(254) not null,
      "email" varchar(254) not null,
      "password_hash" text not null,
      "mail_opt_in" boolean not null default true,
      "failed_login_count" int not null default 0,
      "locked_until" timestamptz null,
      "temporary_password_hash" text null,
      "temporary_password_expires_at" timestamptz null,
      "required_action" text null check ("required_action" in ('CHANGE_PASSWORD')),
      "password_changed_at" timestamptz not null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      primary key ("id"),
      constraint "account_policyholder_id_unique" unique ("policyholder_id"),
      constraint "account_user_id_key_unique" unique ("user_id_key"))`);

    this.addSql(`create table "verification_link" (
      "id" uuid not null default gen_random_uuid(),
      "purpose" text not null check ("purpose" in ('REGISTRATION', 'CREDENTIAL_RESET', 'EMAIL_CHANGE')),
      "token_hash" varchar(64) not null,
      "keyword_digest" varchar(64) null,
      "policyholder_id" uuid not null references "policyholder" ("id"),
      "account_id" uuid null references "account" ("id") on delete set null,
      "email" varchar(254) not null,
      "attempts_left" int not null,
      "expires_at" timestamptz not null,
      "consumed_at" timestamptz null,
      "died_at" timestamptz null,
      "created_at" timestamptz not null,
      primary key ("id"),
      constraint "verification_link_token_hash_unique" unique ("token_hash"))`);
    this.addSql(
      `create index "verification_link_policyholder_id_index" on "verification_link" ("policyholder_id")`,
    );

    this.addSql(`create table "step_token" (
      "id" uuid not null default gen_random_uuid(),
      "token_hash" varchar(64) not null,
      "link_id" uuid not null references "verification_link" ("id"),
      "expires_at" timestamptz not null,
      "used_at" timestamptz null,
      "created_at" timestamptz not null,
      primary key ("id"),
      constraint "step_token_token_hash_unique" unique ("token_hash"))`);

    this.addSql(`create table "session" (
      "id" uuid not null default gen_random_uuid(),
      "token_hash" varchar(64) not null,
      "account_id" uuid not null references "account" ("id"),
      "created_at" timestamptz not null,
      "last_seen_at" timestamptz not null,
      "expires_at" timestamptz not null,
      "ended_at" timestamptz null,
      "end_reason" varchar(40) null,
      "client_ip" varchar(64) not null,
      "user_agent" varchar(500) not null,
      primary key ("id"),
      constraint "session_token_hash_unique" unique ("token_hash"))`);
    this.addSql(`create index "session_account_id_index" on "session" ("account_id")`);

    // The event type is checked by the application, so a new kind of event needs no migration.
    this.addSql(`create table "audit_event" (
      "id" bigserial primary key,
      "at" timestamptz not null,
      "type" text not null,
      "account_id" uuid null,
      "policyholder_id" uuid null,
      "staff_id" uuid null,
      "client_ip" varchar(64) not null,
      "user_agent" varchar(500) not null,
      "detail" jsonb null)`);
    this.addSql(`create index "audit_event_account_id_index" on "audit_event" ("account_id")`);
    this.addSql(`create index "audit_event_at_index" on "audit_event" ("at")`);
  }

  override down(): void {
    for (const table of ["audit_event", "session", "step_token", "verification_link", "account"])
      this.addSql(`drop table "${table}"`);
  }
}
