import type { Orm } from "@cws/domain";
import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";
import { databaseGauges } from "./database-gauges.ts";

/** The service's Prometheus metrics (README "Metrics" lists them). One registry per app. */
export interface Metrics {
  registry: Registry;
  /** GraphQL requests by operation (the root fields asked for) and outcome (ok, or the error code). */
  requests: Counter<"operation" | "outcome">;
  latency: Histogram<"operation" | "outcome">;
  /** Mails the dispatcher handed to SMTP, and attempts that failed. */
  mailSent: Counter;
  mailFailed: Counter<"final">;
}

export function createMetrics(orm: Orm): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "cws_process_" });
  const labelNames = ["operation", "outcome"] as const;
  const metrics: Metrics = {
    registry,
    requests: new Counter({
      name: "cws_graphql_requests_total",
      help: "GraphQL requests by operation and outcome.",
      labelNames,
      registers: [registry],
    }),
    latency: new Histogram({
      name: "cws_graphql_request_duration_seconds",
      help: "GraphQL request latency by operation and outcome.",
      labelNames,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    mailSent: new Counter({
      name: "cws_mail_sent_total",
      help: "Mails accepted by the SMTP relay.",
      registers: [registry],
    }),
    mailFailed: new Counter({
      name: "cws_mail_failures_total",
      help: "Failed delivery attempts; final=true when the mail was given up.",
      labelNames: ["final"],
      registers: [registry],
    }),
  };
  databaseGauges(registry, orm);
  return metrics;
}

/** Counts what each dispatcher run did: sent, retried later (not final), given up (final). */
export function countMailRuns(metrics: Metrics) {
  return (run: { sent: number; retried: number; failed: number }) => {
    if (run.sent) metrics.mailSent.inc(run.sent);
    if (run.retried) metrics.mailFailed.inc({ final: "false" }, run.retried);
    if (run.failed) metrics.mailFailed.inc({ final: "true" }, run.failed);
  };
}
