import { Migration } from "@mikro-orm/migrations";

/** Agencies and the employer groups they handle, staff accounts with their sessions, and staged imports. */
export class StaffAgenciesImports extends Migration {
  override up(): void {
    this.addSql(`create table "agency" (
      "id" uuid not null default gen_random_uuid(),
      "code" varchar(20) not null,
      "name" varchar(200) not null,
      "created_at" timestamptz not null,
      primary key ("id"),
      constraint "agency_code_unique" unique ("code"))`);

    // Keyed by the policyholder's group name, so existing policyholders need no new column.
    this.addSql(`create table "employer_group" (
      "id" uuid not null default gen_random_uuid(),
      "name" varchar(200) not null,
      "agency_id" uuid not null references "agency" ("id"),
      "created_at" timestamptz not null,
      primary key ("id"),
      constraint "employer_group_name_unique" unique ("name"))`);
    this.addSql(`create index "employer_group_agency_id_index" on "employer_group" ("agency_id")`);

    this.addSql(`create table "staff_account" (
      "id" uuid not null default gen_random_uuid(),
      "user_id" varchar(64) not null,
      "user_id_key" varchar(64) not null,
      "name" varchar(100) not null,
      "role" text not null check ("role" in ('AGENT', 'ADMIN')),
      "agency_id" uuid not null references "agency" ("id"),
      "password_hash" text not null,
      "totp_secret" varchar(64) not null,
      "last_totp_step" bigint null,
      "failed_login_count" int not null default 0,
      "locked_until" timestamptz null,
      "disabled_at" timestamptz null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      primary key ("id"),
      constraint "staff_account_user_id_key_unique" unique ("user_id_key"))`);

    this.addSql(`create table "staff_session" (
      "id" uuid not null default gen_random_uuid(),
      "token_hash" varchar(64) not null,
      "staff_id" uuid not null references "staff_account" ("id"),
      "created_at" timestamptz not null,
      "last_seen_at" timestamptz not null,
      "expires_at" timestamptz not null,
      "ended_at" timestamptz null,
      "end_reason" varchar(40) null,
      "client_ip" varchar(64) not null,
      "user_agent" varchar(500) not null,
      primary key ("id"),
      constraint "staff_session_token_hash_unique" unique ("token_hash"))`);
    this.addSql(`create index "staff_session_staff_id_index" on "staff_session" ("staff_id")`);

    this.addSql(`create table "import_run" (
      "id" uuid not null default gen_random_uuid(),
      "kind" text not null check ("kind" in ('POLICYHOLDERS', 'CONTRACTS')),
      "status" text not null check ("status" in ('STAGING', 'COMMITTED', 'ABANDONED')),
      "staff_id" uuid not null references "staff_account" ("id"),
      "agency_id" uuid null references "agency" ("id"),
      "row_count" int not null default 0,
      "error_count" int not null default 0,
      "result" jsonb null,
      "created_at" timestamptz not null,
      "finished_at" timestamptz null,
      primary key ("id"))`);
    // One import of a kind stages at a time: a second start fails on this index, whichever server runs it.
    this.addSql(`create unique index "import_run_one_staging_per_kind"
      on "import_run" ("kind") where "status" = 'STAGING'`);

    this.addSql(`create table "import_row" (
      "import_id" uuid not null references "import_run" ("id") on delete cascade,
      "row_number" int not null,
      "natural_key" text not null,
      "data" jsonb not null,
      primary key ("import_id", "row_number"),
      constraint "import_row_import_id_natural_key_unique" unique ("import_id", "natural_key"))`);

    this.addSql(`create table "import_row_error" (
      "id" bigserial primary key,
      "import_id" uuid not null references "import_run" ("id") on delete cascade,
      "row_number" int not null,
      "column_name" varchar(40) not null,
      "value" text not null,
      "code" varchar(40) not null,
      "message_ja" text not null,
      "message_en" text not null)`);
    this.addSql(
      `create index "import_row_error_import_id_index" on "import_row_error" ("import_id", "row_number")`,
    );

    this.addSql(`create index "audit_event_staff_id_index" on "audit_event" ("staff_id")`);
    this.addSql(
      `create index "policyholder_kana_index" on "policyholder" ("family_name_kana", "given_name_kana")`,
    );
  }

  override down(): void {
    this.addSql(`drop index "policyholder_kana_index"`);
    this.addSql(`drop index "audit_event_staff_id_index"`);
    const tables = [
      "import_row_error",
      "import_row",
      "import_run",
      "staff_session",
      "staff_account",
      "employer_group",
      "agency",
    ];
    for (const table of tables) this.addSql(`drop table "${table}"`);
  }
}
