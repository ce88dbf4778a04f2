import type { Config } from "@cws/config";
import type { Orm } from "../database/orm.ts";
import type { Clock } from "../time/clock.ts";
import { MailDispatcher, type DispatchResult } from "./dispatcher.ts";
import type { MailLogger } from "./mail-logger.ts";
import { createMailTransport, type MailTransport } from "./transports.ts";

/** A dispatcher wired to the transport the settings call for; stop() also closes the transport. */
export interface MailDispatch {
  dispatcher: MailDispatcher;
  transport: MailTransport;
  start(): void;
  stop(): Promise<void>;
}

/** Builds the dispatcher the API process (MAIL_DISPATCH=inline) and the standalone entry both run. */
export function createMailDispatch(
  config: Pick<Config, "mail" | "mailDelivery">,
  orm: Orm,
  clock: Clock,
  logger: MailLogger,
  onRun?: (result: DispatchResult) => void,
): MailDispatch {
  const settings = config.mailDelivery;
  const transport = createMailTransport(config);
  const dispatcher = new MailDispatcher({
    orm,
    transport,
    from: config.mail.from,
    clock,
    logger,
    batchSize: settings.batchSize,
    baseDelayMs: settings.baseRetryMs,
    maxDelayMs: settings.maxRetryMs,
    maxAgeMs: settings.maxAgeMs,
    onRun,
  });
  return {
    dispatcher,
    transport,
    start: () => dispatcher.start(settings.idlePollMs),
    async stop() {
      await dispatcher.stop();
      transport.close();
    },
  };
}
