import { Migration } from "@mikro-orm/migrations";

/**
 * The customer's language, so mails can open with an English line for customers who use the
 * web app in English; and the index behind login by e-mail address (`lower(email)`).
 */
export class AccountLanguage extends Migration {
  override up(): void {
    this.addSql(
      `alter table "account" add column "language" text not null default 'ja' ` +
        `constraint "account_language_check" check ("language" in ('ja', 'en'))`,
    );
    this.addSql(`create index "account_email_lower_index" on "account" (lower("email"))`);
  }

  override down(): void {
    this.addSql(`drop index "account_email_lower_index"`);
    this.addSql(`alter table "account" drop column "language"`);
  }
}
