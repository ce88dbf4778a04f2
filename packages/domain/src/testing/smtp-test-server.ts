// A real SMTP server on loopback for the dispatcher tests (smtp-server is a dev dependency:
// only tests import this file).
import { SMTPServer, type SMTPServerOptions } from "smtp-server";
import type { MailLogger } from "../mail/mail-logger.ts";

/** A mail as the server received it, headers decoded enough to compare. */
export interface ReceivedMail {
  envelopeFrom: string;
  envelopeTo: string[];
  headers: Record<string, string>;
  subject: string;
  messageId: string;
  raw: string;
}

export interface SmtpTestServer {
  port: number;
  received: ReceivedMail[];
  close(): Promise<void>;
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= / Q) back to text; whitespace between two words is dropped. */
function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, "$1$2")
    .replace(
      /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g,
      (_, _charset: string, enc: string, data: string) =>
        enc.toUpperCase() === "B"
          ? Buffer.from(data, "base64").toString("utf8")
          : Buffer.from(
              data
                .replace(/_/g, " ")
                .replace(/=([0-9A-F]{2})/gi, (_m, h: string) =>
                  String.fromCharCode(parseInt(h, 16)),
                ),
              "latin1",
            ).toString("utf8"),
    );
}

function parseHeaders(raw: string): Record<string, string> {
  const head = raw.split(/\r?\n\r?\n/)[0] ?? "";
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const i = line.indexOf(":");
    if (i > 0)
      headers[line.slice(0, i).trim().toLowerCase()] = decodeWords(line.slice(i + 1).trim());
  }
  return headers;
}

/**
 * Starts an SMTP server on 127.0.0.1 (port 0 = any free one) that accepts every mail and
 * records it. `options` can add hooks, e.g. onRcptTo to refuse recipients, or a delay.
 */
export async function startSmtpTestServer(
  port = 0,
  options: SMTPServerOptions & { delayMs?: number } = {},
): Promise<SmtpTestServer> {
  const received: ReceivedMail[] = [];
  const { delayMs = 0, ...serverOptions } = options;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    closeTimeout: 1000,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const headers = parseHeaders(raw);
        received.push({
          envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          envelopeTo: session.envelope.rcptTo.map((r) => r.address),
          headers,
          subject: headers["subject"] ?? "",
          messageId: headers["message-id"] ?? "",
          raw,
        });
        setTimeout(() => callback(), delayMs);
      });
    },
    ...serverOptions,
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.server.address() as { port: number };
  return {
    port: address.port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** One call the dispatcher made on its logger, as pino would write it as a JSON line. */
export interface LoggedLine {
  level: "info" | "warn" | "error";
  fields: Record<string, unknown>;
  msg: string;
}

/** A dispatcher logger for tests: it keeps every line in `lines` instead of writing it. */
export function recordingMailLogger(): { logger: MailLogger; lines: LoggedLine[] } {
  const lines: LoggedLine[] = [];
  const at = (level: LoggedLine["level"]) => (fields: Record<string, unknown>, msg: string) =>
    void lines.push({ level, fields, msg });
  return { logger: { info: at("info"), warn: at("warn"), error: at("error") }, lines };
}
