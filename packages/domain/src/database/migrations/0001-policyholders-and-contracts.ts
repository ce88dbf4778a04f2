import { Migration } from "@mikro-orm/migrations";

/** Policyholders loaded by the agency, their contracts, and one row per insured period. */
export class PolicyholdersAndContracts extends Migration {
  override up(): void {
    this.addSql(`create table "policyholder" (
      "id" uuid not null default gen_random_uuid(),
      "family_name" varchar(100) not null,
      "given_name" varchar(100) not null,
      "family_name_kana" varchar(100) not null,
      "given_name_kana" varchar(100) not null,
      "birth_date" date not null,
      "employee_number" varchar(20) not null,
      "group_name" varchar(200) not null,
      "email_on_file" varchar(254) null,
      "created_at" timestamptz not null default now(),
      primary key ("id"),
      constraint "policyholder_group_name_employee_number_unique" unique ("group_name", "employee_number"))`);

    this.addSql(`create table "contract" (
      "id" uuid not null default gen_random_uuid(),
      "policy_number" varchar(20) not null,
      "policyholder_id" uuid not null references "policyholder" ("id"),
      "product" text not null check ("product" in ('GROUP_AUTO', 'GROUP_PERSONAL_ACCIDENT')),
      "description" varchar(200) not null,
      "concluded_on" date not null,
      "non_fleet_grade" int not null check ("non_fleet_grade" between 1 and 20),
      "claims_this_period" int not null default 0 check ("claims_this_period" >= 0),
      "group_discount_percent" int not null default 0 check ("group_discount_percent" between 0 and 100),
      "base_premium_yen" int not null check ("base_premium_yen" > 0),
      "created_at" timestamptz not null default now(),
      primary key ("id"),
      constraint "contract_policy_number_unique" unique ("policy_number"))`);
    this.addSql(`create index "contract_policyholder_id_index" on "contract" ("policyholder_id")`);

    this.addSql(`create table "contract_period" (
      "id" uuid not null default gen_random_uuid(),
      "contract_id" uuid not null references "contract" ("id"),
      "starts_on" date not null,
      "ends_on" date not null,
      "non_fleet_grade" int not null,
      "premium_yen" int not null,
      "created_at" timestamptz not null default now(),
      primary key ("id"),
      constraint "contract_period_contract_id_starts_on_unique" unique ("contract_id", "starts_on"),
      constraint "contract_period_dates_check" check ("ends_on" > "starts_on"))`);
  }

  override down(): void {
    this.addSql(`drop table "contract_period"`);
    this.addSql(`drop table "contract"`);
    this.addSql(`drop table "policyholder"`);
  }
}
