import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

const errorOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    return error;
  }
  throw new Error("expected a ConfigError");
};

describe("loadConfig", () => {
  it("defaults to the embedded database with demo data and Monday 02:00–04:00 Japan time", () => {
    const config = loadConfig({});
    expect(config.database).toMatchObject({ kind: "pglite" });
    expect(config.seedDemoData).toBe(true);
    expect(config.maintenanceWindow).toEqual({
      weekday: 1,
      startMinute: 120,
      endMinute: 240,
      timeZone: "Asia/Tokyo",
    });
    expect(config.graphql).toEqual({ explorer: true, introspection: true });
  });

  it("switches to PostgreSQL with one variable", () => {
    const config = loadConfig({ DATABASE_URL: "postgres://app@db.internal:5432/cws" });
    expect(config.database).toMatchObject({
      kind: "postgresql",
      url: "postgres://app@db.internal:5432/cws",
    });
    expect(config.seedDemoData).toBe(false);
  });

  it("bounds every wait on PostgreSQL: connect, statement and lock timeouts, with defaults", () => {
    const defaults = loadConfig({ DATABASE_URL: "postgres://app@db.internal:5432/cws" });
    expect(defaults.database).toMatchObject({
      poolMax: 10,
      timeouts: { connectMs: 5000, statementMs: 15000, lockMs: 5000 },
    });
    const tuned = loadConfig({
      DATABASE_URL: "postgres://app@db.internal:5432/cws",
      DATABASE_LOCK_TIMEOUT_MS: "2000",
      DATABASE_POOL_MAX: "20",
    });
    expect(tuned.database).toMatchObject({ poolMax: 20, timeouts: { lockMs: 2000 } });
    expect(() => loadConfig({ DATABASE_LOCK_TIMEOUT_MS: "0" })).toThrow(/DATABASE_LOCK_TIMEOUT_MS/);
  });

  it("runs migrations at start unless told not to, and drains for 10 s on shutdown", () => {
    expect(loadConfig({}).migrateOnStart).toBe(true);
    expect(loadConfig({ DATABASE_MIGRATE: "off" }).migrateOnStart).toBe(false);
    expect(loadConfig({}).http).toMatchObject({
      requestTimeoutMs: 30000,
      shutdownDrainSeconds: 10,
    });
  });

  it.each([
    [{ DATABASE_URL: "mysql://x/y" }, "DATABASE_URL", /unknown scheme "mysql:"/],
    [{ PORT: "70000" }, "PORT", /PORT/],
    [{ PORT: "http" }, "PORT", /PORT/],
    [{ MAINTENANCE_WINDOW: "monday 2-4" }, "MAINTENANCE_WINDOW", /MAINTENANCE_WINDOW/],
    [{ MAINTENANCE_WINDOW: "mon 04:00-02:00" }, "MAINTENANCE_WINDOW", /start before it ends/],
    [{ MAINTENANCE_WINDOW: "mon 25:00-26:00" }, "MAINTENANCE_WINDOW", /MAINTENANCE_WINDOW/],
    [{ SERVICE_TIME_ZONE: "Mars/Olympus" }, "SERVICE_TIME_ZONE", /unknown time zone/],
    [{ NODE_ENV: "production" }, "SMTP_URL", /required in production/],
    [{ PASSWORD_MIN_LENGTH: "6" }, "PASSWORD_MIN_LENGTH", /PASSWORD_MIN_LENGTH/],
    [{ TRUST_PROXY: "all" }, "TRUST_PROXY", /hop count/],
    [{ TRUST_PROXY: "0" }, "TRUST_PROXY", /1 to 10/],
  ])("stops on %o with one message naming %s", (env, setting, message) => {
    const error = errorOf(env);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).setting).toBe(setting);
    expect((error as ConfigError).message).toMatch(message);
    expect((error as ConfigError).message).toContain(setting);
  });

  it("turns explorer and introspection off in production unless switched on", () => {
    const production = { NODE_ENV: "production", SMTP_URL: "smtp://mail:25" };
    expect(loadConfig(production).graphql).toEqual({ explorer: false, introspection: false });
    expect(loadConfig({ ...production, GRAPHQL_EXPLORER: "on" }).graphql).toEqual({
      explorer: true,
      introspection: true,
    });
  });

  it("believes forwarded addresses only from configured proxies", () => {
    expect(loadConfig({}).http.trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "1" }).http.trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: "10.0.0.0/8, 192.0.2.10" }).http.trustProxy).toEqual([
      "10.0.0.0/8",
      "192.0.2.10",
    ]);
  });

  it("reads the mail delivery settings with defaults: capped retries, 72 h age, bounded SMTP timeouts", () => {
    expect(loadConfig({}).mailDelivery).toEqual({
      poolSize: 5,
      connectionTimeoutMs: 30_000,
      greetingTimeoutMs: 30_000,
      socketTimeoutMs: 60_000,
      batchSize: 20,
      idlePollMs: 1000,
      baseRetryMs: 30_000,
      maxRetryMs: 300_000,
      maxAgeMs: 72 * 3_600_000,
    });
    const custom = loadConfig({
      SMTP_SOCKET_TIMEOUT_SECONDS: "120",
      MAIL_RETRY_MAX_SECONDS: "60",
      MAIL_MAX_AGE_HOURS: "24",
    });
    expect(custom.mailDelivery).toMatchObject({
      socketTimeoutMs: 120_000,
      maxRetryMs: 60_000,
      maxAgeMs: 24 * 3_600_000,
    });
    const error = errorOf({ MAIL_RETRY_BASE_SECONDS: "600", MAIL_RETRY_MAX_SECONDS: "300" });
    expect((error as ConfigError).setting).toBe("MAIL_RETRY_MAX_SECONDS");
  });

  it("can switch maintenance off", () => {
    expect(loadConfig({ MAINTENANCE_WINDOW: "off" }).maintenanceWindow).toBeNull();
  });
});

describe("the public URL and the bilingual branding", () => {
  it("links mails to where the server listens unless PUBLIC_URL says otherwise", () => {
    expect(loadConfig({}).http.publicUrl).toBe("http://127.0.0.1:3000");
    expect(loadConfig({ HOST: "localhost", PORT: "8080" }).http.publicUrl).toBe(
      "http://localhost:8080",
    );
    // A wildcard address is not one a browser can open.
    expect(loadConfig({ HOST: "0.0.0.0" }).http.publicUrl).toBe("http://127.0.0.1:3000");
    expect(loadConfig({ HOST: "::1", PORT: "3001" }).http.publicUrl).toBe("http://[::1]:3001");
    expect(loadConfig({ PUBLIC_URL: "https://web.example.jp/" }).http.publicUrl).toBe(
      "https://web.example.jp",
    );
  });

  it("has English names for the fictional defaults", () => {
    const { branding } = loadConfig({});
    expect(branding.insurerName).toBe("みらい損害保険");
    expect(branding.en).toEqual({
      insurerName: "Mirai Insurance",
      insurerLegalName: "Mirai Insurance Co., Ltd.",
      agencyName: "Sakura Insurance Services",
      desk: {
        name: "Internet Desk",
        hours: "Mon–Fri 9:00–17:30 (closed on weekends, public holidays and over the New Year)",
      },
    });
  });

  it("takes configured English names, and falls back to a configured Japanese name", () => {
    const { branding } = loadConfig({
      INSURER_NAME: "あおば火災",
      AGENCY_NAME: "ひかり代理店",
      AGENCY_NAME_EN: "Hikari Agency",
      DESK_HOURS_EN: "Weekdays 9–17",
    });
    expect(branding.en.insurerName).toBe("あおば火災");
    expect(branding.en.agencyName).toBe("Hikari Agency");
    expect(branding.en.desk).toEqual({ name: "Internet Desk", hours: "Weekdays 9–17" });
  });
});
