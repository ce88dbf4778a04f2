/**
 * Where the dispatcher reports: the pino-compatible subset it uses, so the server passes its
 * Fastify logger and the standalone dispatcher a pino logger; each call is one JSON line.
 * Fields never hold a mail's address, body or link.
 */
export interface MailLogger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}
