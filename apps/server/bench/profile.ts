// `pnpm bench:profile -- --scenario contracts`: one product scenario under load while the
// server runs with V8's CPU profiler, then where its CPU time went, by package and by
// function. The profile (.cpuprofile, for Chrome's DevTools) stays in artifacts/bench/profiles.
//   --scenario bare|typename|serviceStatus|me|contracts|contracts20|renewalQuote|login   (default contracts)
//                  (bare: the bare Apollo-on-Fastify reference, to compare with)
//   --seconds N    load time (default 15), after a 5 s warm-up
//   --top N        functions listed (default 25)
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { startSmtpTestServer } from "@cws/domain/testing";
import { createBenchDatabase, seedCustomers } from "./bench-database.ts";
import { runLoad } from "./load.ts";
import { parseOptions } from "./options.ts";
import * as scenarios from "./scenarios.ts";
import { startBare, startProduct } from "./servers.ts";
import { signIn } from "./sessions.ts";

// eslint-disable-next-line no-restricted-properties -- a developer script choosing its database, not a service setting
const inherited = process.env;
const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
  options: {
    scenario: { type: "string", default: "contracts" },
    seconds: { type: "string", default: "15" },
    top: { type: "string", default: "25" },
  },
});
const options = parseOptions([], inherited.TEST_DATABASE_URL);
const profileDir = path.join(options.outDir, "profiles", values.scenario);
mkdirSync(profileDir, { recursive: true });
const logDir = path.join(options.outDir, "logs");
mkdirSync(logDir, { recursive: true });

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Where a frame's code lives: a package, a file of ours, Node itself, or V8's own states. */
function placeOf(url: string, functionName: string): string {
  if (!url) return `(${functionName || "native"})`;
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith("node:")) return "node (built-in)";
  const ours = /\/(apps|packages)\/([^/]+)\/src\/(.*)$/.exec(url);
  if (ours) return `@cws/${ours[2]} ${ours[3]!.split("/")[0]}`;
  return url;
}

/** The measured load's place in the profile: it ended `tailUs` before the profile did and lasted `spanUs`. */
interface Window {
  tailUs: number;
  spanUs: number;
}

function summarizeProfile(file: string, requests: number, top: number, window: Window) {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  // Only the samples taken during the measured load: not the start, the sign-ins, the warm-up.
  const to = profile.endTime - window.tailUs;
  const from = to - window.spanUs;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (at < from || at > to) return;
    selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
  });
  const places = new Map<string, number>();
  const functions = new Map<string, number>();
  let busy = 0;
  for (const [id, us] of selfUs) {
    const { callFrame } = byId.get(id)!;
    if (callFrame.functionName === "(idle)") continue;
    busy += us;
    const place = placeOf(callFrame.url, callFrame.functionName);
    places.set(place, (places.get(place) ?? 0) + us);
    const where = callFrame.url ? `${place}:${callFrame.lineNumber + 1}` : place;
    const name = `${callFrame.functionName || "(anonymous)"} ${where}`;
    functions.set(name, (functions.get(name) ?? 0) + us);
  }
  const line = (label: string, us: number) => {
    const perRequest = (us / requests).toFixed(1).padStart(8);
    return `${label.padEnd(70)} ${perRequest} µs/req ${((100 * us) / busy).toFixed(1).padStart(5)} %`;
  };
  console.log(
    `\nmain thread busy ${(busy / requests).toFixed(1)} µs per request (${requests} requests)`,
  );
  console.log("\nself time by place:");
  for (const [place, us] of [...places].sort((a, b) => b[1] - a[1]).slice(0, 40))
    console.log(line(place, us));
  console.log(`\nself time by function (top ${top}):`);
  for (const [name, us] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(line(name.slice(0, 70), us));
}

const smtp = await startSmtpTestServer();
const db = await createBenchDatabase(options.adminUrl);
try {
  const two = await seedCustomers(db.url, "two", options.sessions, 2);
  const twenty = await seedCustomers(db.url, "twenty", options.sessions, 20);
  const nodeArgs = ["--cpu-prof", `--cpu-prof-dir=${profileDir}`];
  const bare = values.scenario === "bare";
  const server = bare
    ? await startBare(logDir, inherited, nodeArgs)
    : await startProduct({
        databaseUrl: db.url,
        smtpUrl: `smtp://127.0.0.1:${smtp.port}`,
        processes: 1,
        redisUrl: null,
        logDir,
        inherited,
        nodeArgs,
      });
  let requests = 0;
  const window = { tailUs: 0, spanUs: 0 };
  try {
    const signedTwo = bare ? [] : await signIn(server.url, two);
    const signedTwenty = bare ? [] : await signIn(server.url, twenty);
    const c = options.connections;
    const choice: Record<string, () => scenarios.Scenario> = {
      bare: () => scenarios.bareHello(c),
      typename: () => scenarios.typename(c),
      serviceStatus: () => scenarios.serviceStatus(c),
      me: () => scenarios.me(signedTwo, c),
      contracts: () => scenarios.contracts(signedTwo, 2, c),
      contracts20: () => scenarios.contracts(signedTwenty, 20, c),
      renewalQuote: () => scenarios.renewalQuote(signedTwo, c),
      login: () => scenarios.login(two, options.loginBurst),
    };
    const scenario = choice[values.scenario]?.();
    if (!scenario) throw new Error(`--scenario takes ${Object.keys(choice).join(", ")}`);
    await runLoad(server.url, scenario, 5);
    const loadStarted = performance.now();
    const figures = await runLoad(server.url, scenario, Number(values.seconds));
    window.spanUs = (performance.now() - loadStarted) * 1000;
    const stopAsked = performance.now();
    await server.stop();
    window.tailUs = (performance.now() - stopAsked) * 1000;
    // The warm-up, the sign-ins and the start are in the profile too; the measured load dominates it.
    requests = figures.requests;
    console.log(
      `${scenario.name}: ${figures.rps.toFixed(0)} req/s, p99 ${figures.p99Ms} ms, ${figures.failures} failures`,
    );
  } finally {
    await server.stop();
  }
  // Worker threads (the password hashing pool) write profiles of their own: the main
  // thread's file is the one whose thread id (the number before the sequence) is 0.
  const files = readdirSync(profileDir)
    .filter((name) => /\.0\.\d+\.cpuprofile$/.test(name))
    .sort();
  const latest = files.at(-1);
  if (!latest) throw new Error(`no profile written to ${profileDir}`);
  summarizeProfile(path.join(profileDir, latest), requests, Number(values.top), window);
  console.log(`\nprofile: ${path.join(profileDir, latest)}`);
} finally {
  await db.drop();
  await smtp.close();
}
