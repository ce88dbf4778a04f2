import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

/** <repo>/artifacts/bench: ignored by git, like the e2e screenshots. */
const DEFAULT_OUT = fileURLToPath(new URL("../../../artifacts/bench/", import.meta.url));

/** How long and how hard each scenario runs; `--quick` shortens everything to try the harness. */
export interface BenchOptions {
  quick: boolean;
  /** Server processes (Node's cluster) for the product's scenarios. */
  processes: number;
  /** Also measure `contracts` at 1 and at 2 processes (issue 12 §3). */
  scaling: boolean;
  warmupSeconds: number;
  seconds: number;
  runs: number;
  connections: number;
  /** Concurrent logins in the burst scenario. */
  loginBurst: number;
  /** Customers logged in per contracts group (2 and 20 contracts), so the load spreads over distinct sessions. */
  sessions: number;
  /** Customers logged in for the renewal scenario, each with `renewableEach` contracts to renew once. */
  renewalCustomers: number;
  renewableEach: number;
  /** Concurrent loops of the renewal driver (quote, then renew). */
  renewalWorkers: number;
  adminUrl: string;
  outDir: string;
}

/** Reads the command line; `adminUrl` comes from TEST_DATABASE_URL as for the database tests. */
export function parseOptions(argv: string[], adminUrl: string | undefined): BenchOptions {
  const { values } = parseArgs({
    // `pnpm bench -- --quick` passes the "--" through.
    args: argv.filter((arg) => arg !== "--"),
    options: {
      quick: { type: "boolean", default: false },
      processes: { type: "string", default: "1" },
      scaling: { type: "boolean", default: false },
      out: { type: "string", default: DEFAULT_OUT },
    },
  });
  const processes = Number(values.processes);
  if (!Number.isInteger(processes) || processes < 1 || processes > 16)
    throw new Error("--processes takes 1 to 16");
  const quick = values.quick;
  return {
    quick,
    processes,
    scaling: values.scaling,
    warmupSeconds: quick ? 2 : 5,
    seconds: quick ? 3 : 10,
    // Three runs even when quick: the median/min/max is what the harness is about.
    runs: 3,
    connections: 50,
    loginBurst: 30,
    sessions: quick ? 10 : 50,
    // Unused contracts for the warm-up and 3 runs (11 s with --quick, 35 s): 1,600 and 6,000
    // per process last at up to 145 and 170 renewals/s; a process at load average 4.6 on 2
    // cores renewed 83/s (11 ms of server CPU each). Many contracts per customer keep the
    // logins (argon2, ~30 ms each) few.
    renewalCustomers: (quick ? 80 : 300) * processes,
    renewableEach: 20,
    renewalWorkers: 20,
    adminUrl: adminUrl ?? "postgres://postgres@127.0.0.1:5432/postgres",
    outDir: values.out,
  };
}
