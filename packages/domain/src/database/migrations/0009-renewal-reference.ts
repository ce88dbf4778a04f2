import { Migration } from "@mikro-orm/migrations";

/**
 * 受付番号: a short reference for each online renewal, shown on the completion screen and in
 * the contract list, that the customer can quote to the desk. Renewals made before this
 * migration get one derived from their id (hex digits are Crockford digits too), so every
 * row has one and the column can be not null and unique from the start.
 */
export class RenewalReference extends Migration {
  override up(): void {
    this.addSql(`alter table "renewal_request" add column "reference" varchar(11) null`);
    this.addSql(`update "renewal_request"
      set "reference" = upper(substr(md5("id"::text), 1, 5) || '-' || substr(md5("id"::text), 6, 5))`);
    this.addSql(`alter table "renewal_request" alter column "reference" set not null`);
    this.addSql(
      `alter table "renewal_request" add constraint "renewal_request_reference_unique" unique ("reference")`,
    );
  }

  override down(): void {
    this.addSql(`alter table "renewal_request" drop column "reference"`);
  }
}
