// `pnpm bench`: the product under load from outside, as production runs it, against a bare
// Apollo-on-Fastify reference, with the targets of issue 12 §2 marked met or not.
// A benchmark, not a test: it prints figures and writes them to artifacts/bench/<date>.json.
//   --quick          short runs, to try the harness
//   --processes N    N server processes (Node's cluster) on one PostgreSQL + Redis
//   --scaling        also `contracts` at 1 and at 2 processes
//   --out DIR        where the JSON and the servers' logs go
import { mkdirSync } from "node:fs";
import { availableParallelism, cpus, loadavg } from "node:os";
import path from "node:path";
import { startSmtpTestServer } from "@cws/domain/testing";
import { measureArgon2 } from "./argon2-ceiling.ts";
import { createBenchDatabase, seedCustomers, seedRenewalCustomers } from "./bench-database.ts";
import { measureScenario, type ScenarioResult, type Timing } from "./measured-run.ts";
import { DatabaseMonitor } from "./measure.ts";
import { parseOptions } from "./options.ts";
import type { ServerProcess } from "./processes.ts";
import { PRODUCT_SCENARIO, runProductScenarios } from "./product-scenarios.ts";
import {
  METHOD_NOTES,
  mediansOf,
  perRenewal,
  printScenarios,
  printTargets,
  summarize,
  writeReport,
} from "./report.ts";
import * as scenarios from "./scenarios.ts";
import { measureColdStart, startBare, startProduct } from "./servers.ts";
import { evaluateTargets } from "./targets.ts";

// eslint-disable-next-line no-restricted-properties -- a developer script choosing its database, not a service setting
const inherited = process.env;
const options = parseOptions(process.argv.slice(2), inherited.TEST_DATABASE_URL);
// Redis database 15: the bench's sign-in counts for 127.0.0.1 must not throttle anyone else using this Redis.
const redisBase = new URL(inherited.TEST_REDIS_URL ?? "redis://127.0.0.1:6379");
redisBase.pathname = "/15";
const REDIS_URL = redisBase.toString();
const timing: Timing = {
  warmupSeconds: options.warmupSeconds,
  seconds: options.seconds,
  runs: options.runs,
};
const logDir = path.join(options.outDir, "logs");
mkdirSync(logDir, { recursive: true });
const startedAt = new Date();
const say = (text: string) => {
  const elapsed = ((Date.now() - startedAt.getTime()) / 1000).toFixed(0).padStart(4);
  console.log(`[${elapsed} s] ${text}`);
};
const range = (s: { median: number; min: number; max: number }, digits: number) =>
  `${s.median.toFixed(digits)} [${s.min.toFixed(digits)}–${s.max.toFixed(digits)}]`;

const loadAverage = loadavg()
  .map((l) => l.toFixed(2))
  .join(" ");
say(`${availableParallelism()} × ${cpus()[0]?.model ?? "cpu"}, load average ${loadAverage}`);
say(
  `${timing.runs} runs of ${timing.seconds} s, ${timing.warmupSeconds} s warm-up ${options.connections} connections`,
);

const smtp = await startSmtpTestServer();
const db = await createBenchDatabase(options.adminUrl);
const monitor = await DatabaseMonitor.open(options.adminUrl, db.name);
const running: ServerProcess[] = [];
const product = (processes: number, redisUrl: string | null) => {
  const smtpUrl = `smtp://127.0.0.1:${smtp.port}`;
  return startProduct({
    databaseUrl: db.url,
    smtpUrl,
    processes,
    redisUrl,
    logDir,
    inherited,
  }).then((server) => {
    running.push(server);
    say(`product on ${processes} process(es) started in ${server.startedInMs.toFixed(0)} ms`);
    return server;
  });
};
try {
  say(
    `database ${db.name}: seeding ${options.sessions} customers with 2 contracts and ${options.sessions} with 20`,
  );
  const two = await seedCustomers(db.url, "two", options.sessions, 2);
  const twenty = await seedCustomers(db.url, "twenty", options.sessions, 20);
  const { renewalCustomers, renewableEach } = options;
  say(`seeding ${renewalCustomers} customers with ${renewableEach} renewable contracts each`);
  const renewals = await seedRenewalCustomers(db.url, "renew", renewalCustomers, renewableEach);

  const bare = await startBare(logDir, inherited);
  running.push(bare);
  say("bare reference");
  const bareTarget = { url: bare.url, pid: bare.pid, monitor: null };
  const bareResult = await measureScenario(
    bareTarget,
    timing,
    scenarios.bareHello(options.connections),
  );
  await bare.stop();

  const server = await product(options.processes, options.processes > 1 ? REDIS_URL : null);
  const load = {
    connections: options.connections,
    loginBurst: options.loginBurst,
    two,
    twenty,
    renewals,
    renewalWorkers: options.renewalWorkers,
  };
  const run = await runProductScenarios(
    { url: server.url, pid: server.pid, monitor },
    timing,
    load,
    say,
  );
  await server.stop();

  const scaling: ScenarioResult[] = [];
  if (options.scaling) {
    for (const processes of [1, 2]) {
      const scaled = await product(processes, REDIS_URL);
      const name = `contracts (2), ${processes} process(es) + Redis`;
      const scenario = scenarios.contracts(run.signedTwo, 2, options.connections, name);
      say(scenario.name);
      scaling.push(
        await measureScenario({ url: scaled.url, pid: scaled.pid, monitor }, timing, scenario),
      );
      await scaled.stop();
    }
  }

  say("raw argon2id verifications with the product's hasher");
  const argon2 = await measureArgon2(timing, inherited.PATH ?? "");
  say("cold start on an existing embedded database");
  const coldStart = await measureColdStart(timing.runs, logDir, inherited);

  const summaries = [bareResult, ...run.results, ...scaling].map((result) => ({
    result,
    summary: summarize(result),
  }));
  const medians = (index: number) => mediansOf(summaries[index + 1]!.summary);
  const targets = evaluateTargets({
    bare: mediansOf(summaries[0]!.summary),
    typename: medians(PRODUCT_SCENARIO.typename),
    contracts2: medians(PRODUCT_SCENARIO.contracts2),
    contracts20: medians(PRODUCT_SCENARIO.contracts20),
    login: medians(PRODUCT_SCENARIO.login),
    contractsDuringLogins: medians(PRODUCT_SCENARIO.contractsDuringLogins),
    argon2VerificationsPerSecond: argon2.summary?.median ?? null,
    coldStartMs: coldStart.summary?.median ?? null,
  });

  const where = `${options.processes} server process(es)`;
  console.log(`\nPostgreSQL, NODE_ENV=production, ${where}; medians of ${timing.runs} runs`);
  printScenarios(summaries);
  const renewal = summaries[PRODUCT_SCENARIO.renewal + 1]!.summary;
  console.log(perRenewal(renewal));
  const cores = argon2.concurrency;
  if (argon2.summary)
    console.log(`argon2id verifications/s on ${cores} cores: ${range(argon2.summary, 1)}`);
  if (coldStart.summary)
    console.log(`cold start to /healthz (embedded database, ms): ${range(coldStart.summary, 0)}`);
  console.log("\nTargets (issue 12 §2)");
  printTargets(targets);
  console.log(`\n${METHOD_NOTES}`);
  const file = writeReport(options.outDir, {
    startedAt,
    finishedAt: new Date(),
    machine: { cores: availableParallelism(), cpu: cpus()[0]?.model, node: process.version },
    options,
    serverSettings: server.env,
    scenarios: summaries.map(({ result, summary }) => ({ ...result, summary })),
    argon2,
    coldStart,
    targets,
  });
  console.log(`\nWritten to ${file}`);
} finally {
  for (const server of running) await server.stop();
  await monitor.close();
  await db.drop();
  await smtp.close();
}
