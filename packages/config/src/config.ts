import path from "node:path";
import { z } from "zod";
import { parseSiteLogo } from "./site-logo.ts";

/** Thrown when a setting is invalid; the message names the setting so start-up can stop with one clear line. */
export class ConfigError extends Error {
  readonly setting: string;

  constructor(setting: string, detail: string) {
    super(`Invalid setting ${setting}: ${detail}`);
    this.name = "ConfigError";
    this.setting = setting;
  }
}

const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

/** A weekly closed period in the service's time zone, e.g. Monday 02:00–04:00 JST. */
export interface MaintenanceWindow {
  /** 0 = Sunday … 6 = Saturday, as Date#getUTCDay counts. */
  weekday: number;
  startMinute: number;
  endMinute: number;
  timeZone: string;
}

/** How long the service waits on PostgreSQL before it gives up on a connection, a statement or a lock. */
export interface DatabaseTimeouts {
  connectMs: number;
  statementMs: number;
  lockMs: number;
}

export type DatabaseSettings =
  | { kind: "pglite"; dataDir: string | null }
  | { kind: "postgresql"; url: string; poolMax?: number; timeouts?: DatabaseTimeouts };

const flag = z
  .enum(["on", "off", "true", "false", "1", "0"])
  .transform((v) => v === "on" || v === "true" || v === "1");
const positiveInt = z.coerce.number().int().positive();

/**
 * The fictional branding defaults, Japanese and English; the English is used only while the
 * Japanese is the default.
 */
const BRANDING_DEFAULTS = {
  INSURER_NAME: ["みらい損害保険", "Mirai Insurance"],
  INSURER_LEGAL_NAME: ["みらい損害保険株式会社", "Mirai Insurance Co., Ltd."],
  AGENCY_NAME: ["さくら保険サービス", "Sakura Insurance Services"],
  DESK_NAME: ["インターネットデスク", "Internet Desk"],
  DESK_HOURS: [
    "(月～金) 9:00～17:30 ※土日、祝日、年末年始はお休みさせていただきます。",
    "Mon–Fri 9:00–17:30 (closed on weekends, public holidays and over the New Year)",
  ],
} as const;

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  TRUST_PROXY: z.string().optional(),
  DATA_DIR: z.string().min(1).default(".data"),
  DATABASE_URL: z.string().optional(),
  DATABASE_SEED: flag.optional(),
  DATABASE_MIGRATE: flag.default(true),
  DATABASE_POOL_MAX: positiveInt.max(200).default(10),
  DATABASE_CONNECT_TIMEOUT_MS: positiveInt.default(5_000),
  DATABASE_STATEMENT_TIMEOUT_MS: positiveInt.default(15_000),
  DATABASE_LOCK_TIMEOUT_MS: positiveInt.default(5_000),
  DATABASE_START_RETRY_SECONDS: z.coerce.number().int().min(0).default(60),
  METRICS: flag.default(true),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  REQUEST_TIMEOUT_MS: positiveInt.default(30_000),
  SHUTDOWN_DRAIN_SECONDS: z.coerce.number().int().min(0).max(300).default(10),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().min(3).default("no-reply@example-insurance.test"),
  MAIL_DISPATCH: z.enum(["inline", "off"]).default("inline"),
  SMTP_POOL_SIZE: z.coerce.number().int().min(1).max(50).default(5),
  SMTP_CONNECTION_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(30),
  SMTP_GREETING_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(30),
  SMTP_SOCKET_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(1800).default(60),
  MAIL_BATCH_SIZE: z.coerce.number().int().min(1).max(500).default(20),
  MAIL_IDLE_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
  MAIL_RETRY_BASE_SECONDS: positiveInt.default(30),
  MAIL_RETRY_MAX_SECONDS: positiveInt.default(300),
  MAIL_MAX_AGE_HOURS: positiveInt.default(72),
  INSURER_NAME: z.string().min(1).default(BRANDING_DEFAULTS.INSURER_NAME[0]),
  INSURER_LEGAL_NAME: z.string().min(1).default(BRANDING_DEFAULTS.INSURER_LEGAL_NAME[0]),
  AGENCY_NAME: z.string().min(1).default(BRANDING_DEFAULTS.AGENCY_NAME[0]),
  DESK_NAME: z.string().min(1).default(BRANDING_DEFAULTS.DESK_NAME[0]),
  DESK_PHONE: z.string().min(1).default("0120-000-000"),
  DESK_HOURS: z.string().min(1).default(BRANDING_DEFAULTS.DESK_HOURS[0]),
  // The English names for English screens; unset, the Japanese one is shown (see englishBranding).
  INSURER_NAME_EN: z.string().min(1).optional(),
  INSURER_LEGAL_NAME_EN: z.string().min(1).optional(),
  AGENCY_NAME_EN: z.string().min(1).optional(),
  DESK_NAME_EN: z.string().min(1).optional(),
  DESK_HOURS_EN: z.string().min(1).optional(),
  MAINTENANCE_WINDOW: z.string().default("mon 02:00-04:00"),
  SERVICE_TIME_ZONE: z.string().default("Asia/Tokyo"),
  GRAPHQL_EXPLORER: flag.optional(),
  GRAPHQL_INTROSPECTION: flag.optional(),
  REGISTRATION_LINK_HOURS: positiveInt.default(48),
  RESET_LINK_HOURS: positiveInt.default(24),
  KEYWORD_MAX_ATTEMPTS: positiveInt.default(5),
  STEP_TOKEN_MINUTES: positiveInt.default(30),
  SESSION_CACHE: flag.default(true),
  SESSION_IDLE_MINUTES: positiveInt.default(30),
  SESSION_ABSOLUTE_HOURS: positiveInt.default(12),
  STAFF_SESSION_IDLE_MINUTES: positiveInt.default(15),
  STAFF_SESSION_ABSOLUTE_HOURS: positiveInt.default(10),
  LOCKOUT_THRESHOLD: positiveInt.default(10),
  LOCKOUT_MINUTES: positiveInt.default(15),
  PASSWORD_MIN_LENGTH: z.coerce.number().int().min(8).max(64).default(8),
  TEMPORARY_PASSWORD_HOURS: positiveInt.default(72),
  RENEWAL_WINDOW_DAYS: z.coerce.number().int().min(1).max(300).default(60),
  RENEWAL_REMINDERS: flag.default(true),
  RENEWAL_REMINDER_DAYS_BEFORE: z.coerce.number().int().min(1).max(300).default(14),
  RENEWAL_REMINDER_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(1440).default(60),
  RATE_LIMIT_PER_ADDRESS: positiveInt.default(30),
  SITE_LOGO: z.string().optional(),
});

export type Config = ReturnType<typeof buildConfig>;

function parseMaintenanceWindow(value: string, timeZone: string): MaintenanceWindow | null {
  if (value.trim().toLowerCase() === "off") return null;
  const match = /^(sun|mon|tue|wed|thu|fri|sat)\s+(\d{2}):(\d{2})-(\d{2}):(\d{2})$/i.exec(
    value.trim(),
  );
  if (!match)
    throw new ConfigError(
      "MAINTENANCE_WINDOW",
      `expected "<day> HH:MM-HH:MM" (e.g. "mon 02:00-04:00") or "off", got "${value}"`,
    );
  const [, day, sh, sm, eh, em] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const startMinute = Number(sh) * 60 + Number(sm);
  const endMinute = Number(eh) * 60 + Number(em);
  if (
    Number(sh) > 23 ||
    Number(sm) > 59 ||
    Number(eh) > 24 ||
    Number(em) > 59 ||
    endMinute > 24 * 60 ||
    endMinute <= startMinute
  ) {
    throw new ConfigError(
      "MAINTENANCE_WINDOW",
      `the window must start before it ends within one day, got "${value}"`,
    );
  }
  return {
    weekday: WEEKDAYS.indexOf(day.toLowerCase() as (typeof WEEKDAYS)[number]),
    startMinute,
    endMinute,
    timeZone,
  };
}

type DatabaseEnv = Pick<
  z.infer<typeof schema>,
  | "DATABASE_POOL_MAX"
  | "DATABASE_CONNECT_TIMEOUT_MS"
  | "DATABASE_STATEMENT_TIMEOUT_MS"
  | "DATABASE_LOCK_TIMEOUT_MS"
>;

function parseDatabase(
  url: string | undefined,
  dataDir: string,
  env: DatabaseEnv,
): DatabaseSettings {
  if (!url) return { kind: "pglite", dataDir: path.resolve(dataDir, "pglite") };
  if (url === "pglite:memory" || url === "pglite://memory")
    return { kind: "pglite", dataDir: null };
  if (url.startsWith("pglite:")) {
    const dir = url.slice("pglite:".length).replace(/^\/\//, "");
    if (!dir)
      throw new ConfigError(
        "DATABASE_URL",
        'a pglite URL needs a folder ("pglite:./.data/pglite") or "pglite:memory"',
      );
    return { kind: "pglite", dataDir: path.resolve(dir) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    try {
      new URL(url);
    } catch {
      throw new ConfigError("DATABASE_URL", "is not a valid URL");
    }
    const timeouts = {
      connectMs: env.DATABASE_CONNECT_TIMEOUT_MS,
      statementMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
      lockMs: env.DATABASE_LOCK_TIMEOUT_MS,
    };
    return { kind: "postgresql", url, poolMax: env.DATABASE_POOL_MAX, timeouts };
  }
  const scheme = url.split(":")[0] ?? url;
  throw new ConfigError(
    "DATABASE_URL",
    `unknown scheme "${scheme}:"; use postgres://, postgresql:// or pglite:`,
  );
}

/**
 * Which X-Forwarded-For hops to believe: "off" (default), a number of proxy hops in front
 * of the server, or a comma list of the proxies' addresses or CIDR ranges. Never "all":
 * a client could then pick its own address and escape per-address throttling.
 */
function parseTrustProxy(value: string | undefined): false | number | string[] {
  if (value === undefined || value === "off") return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops < 1 || hops > 10)
      throw new ConfigError("TRUST_PROXY", "a hop count must be from 1 to 10");
    return hops;
  }
  const ranges = value
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
  if (ranges.length === 0 || ranges.some((r) => !/^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(r))) {
    throw new ConfigError(
      "TRUST_PROXY",
      `expected "off", a hop count, or addresses/CIDR ranges separated by commas, got "${value}"`,
    );
  }
  return ranges;
}

function validateTimeZone(timeZone: string) {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
  } catch {
    throw new ConfigError("SERVICE_TIME_ZONE", `unknown time zone "${timeZone}"`);
  }
}

/** How the dispatcher talks to SMTP, retries and gives up; see the README's "Mail" section. */
export interface MailDeliverySettings {
  /** Pooled SMTP connections (nodemailer maxConnections). */
  poolSize: number;
  connectionTimeoutMs: number;
  greetingTimeoutMs: number;
  socketTimeoutMs: number;
  /** Rows claimed at once while the backlog lasts. */
  batchSize: number;
  /** How often an idle dispatcher looks for new mail. */
  idlePollMs: number;
  /** The first retry waits baseRetryMs; each further one twice as long, at most maxRetryMs. */
  baseRetryMs: number;
  maxRetryMs: number;
  /** A mail without a link of its own is given up this long after it was queued. */
  maxAgeMs: number;
}

function parseMailDelivery(env: z.infer<typeof schema>): MailDeliverySettings {
  if (env.MAIL_RETRY_MAX_SECONDS < env.MAIL_RETRY_BASE_SECONDS) {
    throw new ConfigError(
      "MAIL_RETRY_MAX_SECONDS",
      "must not be shorter than MAIL_RETRY_BASE_SECONDS",
    );
  }
  return {
    poolSize: env.SMTP_POOL_SIZE,
    connectionTimeoutMs: env.SMTP_CONNECTION_TIMEOUT_SECONDS * 1000,
    greetingTimeoutMs: env.SMTP_GREETING_TIMEOUT_SECONDS * 1000,
    socketTimeoutMs: env.SMTP_SOCKET_TIMEOUT_SECONDS * 1000,
    batchSize: env.MAIL_BATCH_SIZE,
    idlePollMs: env.MAIL_IDLE_POLL_MS,
    baseRetryMs: env.MAIL_RETRY_BASE_SECONDS * 1000,
    maxRetryMs: env.MAIL_RETRY_MAX_SECONDS * 1000,
    maxAgeMs: env.MAIL_MAX_AGE_HOURS * 3_600_000,
  };
}

/** The agency site's settings (README, "Agency site and usage guide"). */
function parseSite(env: z.infer<typeof schema>) {
  const logo = parseSiteLogo(env.SITE_LOGO);
  if ("problem" in logo) throw new ConfigError("SITE_LOGO", logo.problem);
  return { logoSvg: logo.svg };
}

/**
 * Where mails link when PUBLIC_URL is unset: the address the server listens on, so a link
 * opens on the same origin as the pages (the language choice and the session live there).
 * A wildcard address is not one a browser can open; the loopback name stands in for it.
 */
export function defaultPublicUrl(host: string, port: number): string {
  const bare = host.replace(/^\[(.*)\]$/, "$1");
  if (bare === "0.0.0.0" || bare === "::") return `http://127.0.0.1:${port}`;
  return bare.includes(":") ? `http://[${bare}]:${port}` : `http://${bare}:${port}`;
}

type BrandingKey = keyof typeof BRANDING_DEFAULTS;

/**
 * The branding's English side. Each name is the configured `<NAME>_EN`; unset, the English
 * default when the Japanese name is still the fictional default, else the Japanese name
 * itself (an insurer that configured only its Japanese name is shown by that name).
 */
function englishBranding(
  env: Record<BrandingKey, string> & Partial<Record<`${BrandingKey}_EN`, string>>,
) {
  const en = (key: BrandingKey): string => {
    const [jaDefault, enDefault] = BRANDING_DEFAULTS[key];
    return env[`${key}_EN`] ?? (env[key] === jaDefault ? enDefault : env[key]);
  };
  return {
    insurerName: en("INSURER_NAME"),
    insurerLegalName: en("INSURER_LEGAL_NAME"),
    agencyName: en("AGENCY_NAME"),
    desk: { name: en("DESK_NAME"), hours: en("DESK_HOURS") },
  };
}

function buildConfig(env: z.infer<typeof schema>) {
  validateTimeZone(env.SERVICE_TIME_ZONE);
  const production = env.NODE_ENV === "production";
  const database = parseDatabase(env.DATABASE_URL, env.DATA_DIR, env);
  if (production && !env.SMTP_URL)
    throw new ConfigError(
      "SMTP_URL",
      "is required in production (mail is only captured in development)",
    );
  const publicUrl = (env.PUBLIC_URL ?? defaultPublicUrl(env.HOST, env.PORT)).replace(/\/$/, "");
  return {
    env: env.NODE_ENV,
    production,
    http: {
      host: env.HOST,
      port: env.PORT,
      publicUrl,
      secureCookies: production,
      trustProxy: parseTrustProxy(env.TRUST_PROXY),
      /** A request still unanswered after this long is cut off. */
      requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
      /** On SIGTERM, how long requests under way may take before the process exits anyway. */
      shutdownDrainSeconds: env.SHUTDOWN_DRAIN_SECONDS,
    },
    database,
    logLevel: env.LOG_LEVEL,
    /** Serve Prometheus metrics at /metrics (keep it internal at the load balancer). */
    metrics: env.METRICS,
    /** Run pending migrations at start (off when `pnpm migrate` runs them before a rollout). */
    migrateOnStart: env.DATABASE_MIGRATE,
    /** How long start-up keeps retrying an unreachable database before it gives up. */
    databaseStartRetrySeconds: env.DATABASE_START_RETRY_SECONDS,
    /** Demo data is loaded on first start of the embedded database unless switched off. */
    seedDemoData: env.DATABASE_SEED ?? database.kind === "pglite",
    redisUrl: env.REDIS_URL ?? null,
    mail: { smtpUrl: env.SMTP_URL ?? null, from: env.MAIL_FROM, dispatch: env.MAIL_DISPATCH },
    mailDelivery: parseMailDelivery(env),
    branding: {
      insurerName: env.INSURER_NAME,
      insurerLegalName: env.INSURER_LEGAL_NAME,
      agencyName: env.AGENCY_NAME,
      desk: { name: env.DESK_NAME, phone: env.DESK_PHONE, hours: env.DESK_HOURS },
      en: englishBranding(env),
    },
    timeZone: env.SERVICE_TIME_ZONE,
    maintenanceWindow: parseMaintenanceWindow(env.MAINTENANCE_WINDOW, env.SERVICE_TIME_ZONE),
    graphql: {
      explorer: env.GRAPHQL_EXPLORER ?? !production,
      introspection: env.GRAPHQL_INTROSPECTION ?? env.GRAPHQL_EXPLORER ?? !production,
    },
    links: {
      registrationHours: env.REGISTRATION_LINK_HOURS,
      resetHours: env.RESET_LINK_HOURS,
      keywordMaxAttempts: env.KEYWORD_MAX_ATTEMPTS,
      stepTokenMinutes: env.STEP_TOKEN_MINUTES,
    },
    sessions: { idleMinutes: env.SESSION_IDLE_MINUTES, absoluteHours: env.SESSION_ABSOLUTE_HOURS },
    /**
     * Keep live sessions' principals in memory, dropped on the database's change notifications
     * (sessions/principal-cache.ts); off, every authenticated request looks its session up.
     */
    sessionCache: env.SESSION_CACHE,
    staffSessions: {
      idleMinutes: env.STAFF_SESSION_IDLE_MINUTES,
      absoluteHours: env.STAFF_SESSION_ABSOLUTE_HOURS,
    },
    lockout: { threshold: env.LOCKOUT_THRESHOLD, minutes: env.LOCKOUT_MINUTES },
    rateLimit: { perAddress: env.RATE_LIMIT_PER_ADDRESS },
    passwords: { minLength: env.PASSWORD_MIN_LENGTH, temporaryHours: env.TEMPORARY_PASSWORD_HOURS },
    renewal: { windowDays: env.RENEWAL_WINDOW_DAYS },
    /** Renewal reminder mails (満期のご案内): whether this process schedules them, when, how often. */
    renewalReminders: {
      enabled: env.RENEWAL_REMINDERS,
      daysBeforeExpiry: env.RENEWAL_REMINDER_DAYS_BEFORE,
      intervalMinutes: env.RENEWAL_REMINDER_INTERVAL_MINUTES,
    },
    /** The agency's logo as SVG text, or null for the neutral one the web app ships. */
    site: parseSite(env),
  };
}

/**
 * Reads the settings once. Throws {@link ConfigError} naming the first bad setting.
 * Empty strings count as unset, so `FOO= pnpm start` falls back to the default.
 */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const env = Object.fromEntries(
    Object.entries(source).filter(([, v]) => v !== undefined && v !== ""),
  );
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(String(issue.path[0] ?? "?"), issue.message);
  }
  return buildConfig(parsed.data);
}
