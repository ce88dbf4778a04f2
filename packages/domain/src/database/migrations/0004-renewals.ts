import { Migration } from "@mikro-orm/migrations";

/**
 * Online renewals remembered by idempotency key. A renewal itself is a new contract_period
 * row, whose unique (contract_id, starts_on) from 0001 already forbids renewing a period twice.
 */
export class Renewals extends Migration {
  override up(): void {
    this.addSql(`create table "renewal_request" (
      "id" uuid not null default gen_random_uuid(),
      "policyholder_id" uuid not null references "policyholder" ("id"),
      "idempotency_key" varchar(100) not null,
      "request_fingerprint" varchar(100) not null,
      "contract_period_id" uuid not null references "contract_period" ("id"),
      "created_at" timestamptz not null,
      primary key ("id"),
      constraint "renewal_request_policyholder_id_idempotency_key_unique" unique ("policyholder_id", "idempotency_key"),
      constraint "renewal_request_contract_period_id_unique" unique ("contract_period_id"),
      constraint "renewal_request_idempotency_key_check" check ("idempotency_key" ~ '^[A-Za-z0-9_-]{1,100}$'))`);
  }

  override down(): void {
    this.addSql(`drop table "renewal_request"`);
  }
}
