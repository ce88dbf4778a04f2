import type { Config, MailDeliverySettings } from "@cws/config";
import { createTransport } from "nodemailer";

/** One mail as the dispatcher hands it to a transport. */
export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Deterministic per outbox row, so a receiver can drop a copy sent twice after a crash. */
  messageId: string;
}

/** Where the dispatcher sends mail: an SMTP server, or (in development) nowhere. */
export interface MailTransport {
  /** Sends one mail; `signal` aborts a send that outlives the dispatcher's lease. */
  send(message: OutgoingMail, signal?: AbortSignal): Promise<void>;
  /** True when messages are kept in the outbox for the development mailbox instead of being sent. */
  readonly captures: boolean;
  /** How many sends run at once (the pool's connections); more wait in the pool's queue. */
  readonly concurrency: number;
  /** The longest one send can take: the SMTP timeouts added up. The dispatcher's lease is built on it. */
  readonly maxSendMs: number;
  close(): void;
}

/**
 * A failed send, described without secrets. `permanent`: the server refused this message for
 * good, so retrying it is pointless. `serverUnavailable`: the server (or our login to it)
 * failed, so every other message would fail the same way right now.
 */
export class MailSendError extends Error {
  readonly permanent: boolean;
  readonly serverUnavailable: boolean;

  constructor(message: string, flags: { permanent: boolean; serverUnavailable: boolean }) {
    super(message);
    this.name = "MailSendError";
    this.permanent = flags.permanent;
    this.serverUnavailable = flags.serverUnavailable;
  }
}

/** True when the settings capture mail instead of sending it (the embedded development default). */
export function capturesMail(mail: Config["mail"]): boolean {
  return mail.smtpUrl === null;
}

// Failures of the connection or of our credentials, not of one message.
const SERVER_CODES = new Set([
  "ECONNECTION",
  "ETIMEDOUT",
  "ESOCKET",
  "EDNS",
  "ETLS",
  "EAUTH",
  "ENOAUTH",
  "EPROXY",
  "ECONFIG",
]);

interface SmtpError {
  code?: string;
  responseCode?: number;
  permanent?: boolean;
  message?: string;
}

/** The URL's user name and password, so they can be cut out of any error text. */
function secretsOf(smtpUrl: string): string[] {
  try {
    const url = new URL(smtpUrl);
    return [
      url.password,
      decodeURIComponent(url.password),
      url.username,
      decodeURIComponent(url.username),
    ].filter((s) => s.length > 0);
  } catch {
    return [];
  }
}

/** Turns an SMTP error into a short, credential-free MailSendError. */
export function describeSmtpError(error: unknown, secrets: string[] = []): MailSendError {
  const e = (
    typeof error === "object" && error !== null ? error : { message: String(error) }
  ) as SmtpError;
  let text = `${e.code ?? "ERROR"}: ${e.message ?? "unknown error"}`;
  // Longest first, so a password containing the user name is removed whole.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length))
    text = text.split(secret).join("***");
  text = text
    .replace(/(smtps?:\/\/)[^@\s/]*@/gi, "$1***@")
    .replace(/\s+/g, " ")
    .slice(0, 300);
  const serverUnavailable = SERVER_CODES.has(e.code ?? "") || e.responseCode === 421;
  // Only a refusal of this envelope or body is the message's fault; a 5xx to our login is a settings problem.
  const permanent =
    !serverUnavailable && e.permanent === true && (e.code === "EENVELOPE" || e.code === "EMESSAGE");
  return new MailSendError(text, { permanent, serverUnavailable });
}

function smtpTransport(smtpUrl: string, settings: MailDeliverySettings): MailTransport {
  const transporter = createTransport({
    url: smtpUrl,
    // Connections are kept open and reused: a new connection (and TLS handshake) per mail
    // caps a dispatcher at a few mails a second.
    pool: true,
    maxConnections: settings.poolSize,
    maxMessages: 100,
    // A message whose connection drops goes back to the outbox (same Message-ID, its own
    // backoff), not into the pool's own retry loop, which would outlast the dispatcher's lease.
    maxRequeues: 0,
    // A relay may take long to acknowledge; giving up early is what sent mails twice.
    connectionTimeout: settings.connectionTimeoutMs,
    greetingTimeout: settings.greetingTimeoutMs,
    socketTimeout: settings.socketTimeoutMs,
  });
  const secrets = secretsOf(smtpUrl);
  return {
    captures: false,
    concurrency: settings.poolSize,
    maxSendMs: settings.connectionTimeoutMs + settings.greetingTimeoutMs + settings.socketTimeoutMs,
    async send(message, signal) {
      try {
        await transporter.sendMail({ ...message, ...(signal ? { signal } : {}) });
      } catch (error) {
        throw describeSmtpError(error, secrets);
      }
    },
    close: () => transporter.close(),
  };
}

const captureTransport: MailTransport = {
  captures: true,
  concurrency: 50,
  maxSendMs: 1000,
  // The row itself is the captured mail: the dispatcher marks it CAPTURED and /dev/mailbox reads it.
  send: async () => {},
  close: () => {},
};

/**
 * The transport the settings call for: SMTP at `mail.smtpUrl`, or, when it is unset (the
 * embedded development default; production refuses to start without it), capture.
 */
export function createMailTransport(config: Pick<Config, "mail" | "mailDelivery">): MailTransport {
  return config.mail.smtpUrl === null
    ? captureTransport
    : smtpTransport(config.mail.smtpUrl, config.mailDelivery);
}

/** `<outbox-id@domain-of-from>`; the domain is taken from "Name <user@domain>" or "user@domain". */
export function messageIdFor(outboxId: string, from: string): string {
  return `<${outboxId}@${messageIdDomain(from)}>`;
}

/** The domain part of the Message-IDs for a sender: "Name <user@domain>" or "user@domain" gives "domain". */
export function messageIdDomain(from: string): string {
  return /@([^\s<>@]+?)>?\s*$/.exec(from.trim())?.[1] ?? "localhost";
}
