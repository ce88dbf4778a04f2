import type { Config } from "@cws/config";
import { pino, type Logger } from "pino";

/**
 * The service's one log: JSON lines (pino), shared by HTTP, start-up, shutdown and the
 * mail dispatcher. Fastify's request logger is a child of it.
 */
export function createLogger(config: Config, name = "cws"): Logger {
  return pino({ name, level: config.logLevel });
}
