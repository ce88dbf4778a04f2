import { Migration } from "@mikro-orm/migrations";

/**
 * Every instance keeps the principals of live sessions in memory for a few seconds
 * (sessions/principal-cache.ts). Whatever changes what a cached principal says — a session
 * ended, its token replaced, an account's e-mail or required action changed, a row deleted —
 * now notifies channel `cws_principal` with the account's id, on commit, whichever code path
 * or instance wrote it; every instance listening drops that account's entries. The activity
 * touch (last_seen_at, once a minute) notifies nothing.
 */
export class PrincipalChangeNotify extends Migration {
  override up(): void {
    this.addSql(`create or replace function "cws_notify_principal_change"() returns trigger
      language plpgsql as $$
      begin
        if tg_table_name = 'account' then
          perform pg_notify('cws_principal', coalesce(new."id", old."id")::text);
        else
          perform pg_notify('cws_principal', coalesce(new."account_id", old."account_id")::text);
        end if;
        return null;
      end $$`);
    this.addSql(`create trigger "session_principal_change" after update on "session"
      for each row when (old."ended_at" is distinct from new."ended_at"
        or old."token_hash" is distinct from new."token_hash"
        or old."expires_at" is distinct from new."expires_at"
        or old."account_id" is distinct from new."account_id")
      execute function "cws_notify_principal_change"()`);
    this.addSql(`create trigger "session_principal_delete" after delete on "session"
      for each row execute function "cws_notify_principal_change"()`);
    this.addSql(`create trigger "account_principal_change" after update on "account"
      for each row when (old."email" is distinct from new."email"
        or old."policyholder_id" is distinct from new."policyholder_id"
        or old."required_action" is distinct from new."required_action")
      execute function "cws_notify_principal_change"()`);
    this.addSql(`create trigger "account_principal_delete" after delete on "account"
      for each row execute function "cws_notify_principal_change"()`);
  }

  override down(): void {
    this.addSql(`drop trigger if exists "account_principal_delete" on "account"`);
    this.addSql(`drop trigger if exists "account_principal_change" on "account"`);
    this.addSql(`drop trigger if exists "session_principal_delete" on "session"`);
    this.addSql(`drop trigger if exists "session_principal_change" on "session"`);
    this.addSql(`drop function if exists "cws_notify_principal_change"()`);
  }
}
