// One scenario: a warm-up, then `runs` measured runs, each with the server's and
// PostgreSQL's costs read before and after it.
import { loadavg } from "node:os";
import { runLoad, type LoadFigures } from "./load.ts";
import { cpuSpent, treeCpu, waitUntilIdle, type DatabaseMonitor } from "./measure.ts";
import type { Scenario } from "./scenarios.ts";

/** One measured run: the client's view plus the costs per request sent. */
export interface RunFigures extends LoadFigures {
  serverCpuUsPerRequest: number;
  /** Null for the bare reference, which has no database. */
  pgCpuUsPerRequest: number | null;
  statementsPerRequest: number | null;
  rowsWrittenPerRequest: number | null;
  /** The 1-minute load average at the end of the run. */
  loadAverage: number;
}

export interface ScenarioResult {
  name: string;
  connections: number;
  runs: RunFigures[];
  /** A load running at the same time (the login burst), with its own client-side figures. */
  companion?: { name: string; connections: number; runs: LoadFigures[] };
}

/** Where a scenario's server runs and how to read its costs. */
export interface Target {
  url: string;
  pid: number;
  /** Null for the bare reference. */
  monitor: DatabaseMonitor | null;
}

export interface Timing {
  warmupSeconds: number;
  seconds: number;
  runs: number;
}

const perRequest = (total: number, requests: number) => (requests > 0 ? total / requests : 0);

/** A load for `seconds`, then the server idle again: the main load's figures and a companion's. */
type Drive<F extends LoadFigures> = (seconds: number) => Promise<readonly [F, LoadFigures | null]>;

/** A warm-up, then `timing.runs` runs of `drive`, each with the costs per request it sent. */
async function measureRuns<F extends LoadFigures>(
  target: Target,
  timing: Timing,
  warmupSeconds: number,
  seconds: number,
  drive: Drive<F>,
): Promise<{ runs: (F & RunFigures)[]; companionRuns: LoadFigures[] }> {
  await drive(warmupSeconds);
  const runs: (F & RunFigures)[] = [];
  const companionRuns: LoadFigures[] = [];
  for (let i = 0; i < timing.runs; i += 1) {
    const cpuBefore = treeCpu(target.pid);
    const dbBefore = await target.monitor?.counters();
    const [main, side] = await drive(seconds);
    const cpuAfter = treeCpu(target.pid);
    const dbAfter = await target.monitor?.counters();
    const requests = main.sent + (side?.sent ?? 0);
    const db = dbBefore && dbAfter ? { before: dbBefore, after: dbAfter } : null;
    runs.push({
      ...main,
      serverCpuUsPerRequest: perRequest(cpuSpent(cpuBefore, cpuAfter), requests),
      pgCpuUsPerRequest: db
        ? perRequest(cpuSpent(db.before.backendCpu, db.after.backendCpu), requests)
        : null,
      statementsPerRequest: db
        ? perRequest(db.after.transactions - db.before.transactions, requests)
        : null,
      rowsWrittenPerRequest: db
        ? perRequest(db.after.rowsWritten - db.before.rowsWritten, requests)
        : null,
      loadAverage: loadavg()[0]!,
    });
    if (side) companionRuns.push(side);
  }
  return { runs, companionRuns };
}

/**
 * Runs `scenario` (and `companion` at the same time, if given). Costs are divided by every
 * request both loads sent, since the server cannot tell whose work it did.
 */
export async function measureScenario(
  target: Target,
  timing: Timing,
  scenario: Scenario,
  companion?: Scenario,
): Promise<ScenarioResult> {
  const longest = Math.max(scenario.minSeconds ?? 0, companion?.minSeconds ?? 0);
  const seconds = Math.max(timing.seconds, longest);
  const drive = async (duration: number) => {
    const both = [
      runLoad(target.url, scenario, duration),
      companion ? runLoad(target.url, companion, duration) : null,
    ];
    const [main, side] = await Promise.all(both);
    await waitUntilIdle(target.pid);
    return [main!, side ?? null] as const;
  };
  const warmup = Math.max(timing.warmupSeconds, longest / 2);
  const { runs, companionRuns } = await measureRuns(target, timing, warmup, seconds, drive);
  const result: ScenarioResult = { name: scenario.name, connections: scenario.connections, runs };
  if (companion)
    result.companion = {
      name: companion.name,
      connections: companion.connections,
      runs: companionRuns,
    };
  return result;
}

/**
 * Measures a load autocannon cannot make (e.g. two chained requests): `drive` runs it for the
 * seconds given and says how many "requests" it sent, the unit every cost is divided by.
 */
export async function measureDriven<F extends LoadFigures>(
  target: Target,
  timing: Timing,
  name: string,
  connections: number,
  drive: (seconds: number) => Promise<F>,
): Promise<ScenarioResult & { runs: (F & RunFigures)[] }> {
  const driveThenIdle = async (duration: number) => {
    const main = await drive(duration);
    await waitUntilIdle(target.pid);
    return [main, null] as const;
  };
  const { runs } = await measureRuns(
    target,
    timing,
    timing.warmupSeconds,
    timing.seconds,
    driveThenIdle,
  );
  return { name, connections, runs };
}
