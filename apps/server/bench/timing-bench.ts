// `pnpm bench:timing`: does an answer's time tell whether an account exists? (issue 11 item 12)
// For each pair of requests that must look alike from outside, the product (its own process,
// production settings, PostgreSQL) gets them alternately, one at a time; the bench prints the
// two medians, their ratio, and whether they lie within 10 % of each other.
//   --pairs N   measured pairs per scenario (default 80; at least 60 are needed)
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import {
  LoginDocument,
  RequestCredentialResetDocument,
  StartRegistrationDocument,
} from "@cws/client/gql";
import { Account, openOrm } from "@cws/domain";
import { newPolicyholder, startSmtpTestServer } from "@cws/domain/testing";
import { BENCH_PASSWORD, createBenchDatabase, seedCustomers } from "./bench-database.ts";
import { startProduct } from "./servers.ts";

// eslint-disable-next-line no-restricted-properties -- a developer script choosing its database, not a service setting
const inherited = process.env;
const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: { pairs: { type: "string", default: "80" } },
});
const PAIRS = Number(values.pairs);
if (!Number.isInteger(PAIRS) || PAIRS < 60) throw new Error("--pairs takes 60 or more");
const WARMUP = 15;
const TARGET = 1.1;
const adminUrl = inherited.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const logDir = path.resolve("../../artifacts/bench/timing-logs");
mkdirSync(logDir, { recursive: true });

interface Request {
  query: string;
  variables: Record<string, unknown>;
  /** The answer's __typename this request must get, so a broken setup is not measured. */
  expect: string;
}
interface Pair {
  name: string;
  a: { label: string; request: () => Request };
  b: { label: string; request: () => Request };
  /** Untimed work after each pair (the login pair signs in now and then, so the account never locks). */
  between?: (i: number) => Promise<unknown>;
  /** Untimed check after the pair; what it returns is printed under the pair's line. */
  after?: () => Promise<string>;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((x, y) => x - y);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

async function timed(url: string, request: Request): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: request.query, variables: request.variables }),
  });
  const answer = (await response.json()) as {
    data?: Record<string, { __typename?: string }>;
    errors?: unknown[];
  };
  const ms = performance.now() - started;
  const typename = Object.values(answer.data ?? {})[0]?.__typename;
  if (typename !== request.expect)
    throw new Error(`expected ${request.expect}, got ${JSON.stringify(answer).slice(0, 300)}`);
  return ms;
}

/** Alternates A and B (ABBA order, so a drift in load weighs on both alike) and returns both samples. */
async function measurePair(url: string, pair: Pair) {
  for (let i = 0; i < WARMUP; i += 1) {
    await timed(url, pair.a.request());
    await timed(url, pair.b.request());
    await pair.between?.(i);
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < PAIRS; i += 1) {
    if (i % 2 === 0) {
      a.push(await timed(url, pair.a.request()));
      b.push(await timed(url, pair.b.request()));
    } else {
      b.push(await timed(url, pair.b.request()));
      a.push(await timed(url, pair.a.request()));
    }
    await pair.between?.(i);
  }
  return { a: median(a), b: median(b) };
}

const RESET_SUBJECT = "ユーザーID・パスワード再登録手続きのご案内";

/** Waits (at most 60 s) for the reset mails the worker and dispatcher send after the answers. */
async function resetMailsArrived(
  received: { envelopeTo: string[]; subject: string }[],
  known: string,
  expected: number,
): Promise<string> {
  // Only reset mails: the seeded customer may also get a renewal reminder.
  const to = (address: string) =>
    received.filter((m) => m.envelopeTo.includes(address) && m.subject.includes(RESET_SUBJECT))
      .length;
  const deadline = Date.now() + 60_000;
  while (to(known) < expected && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 250));
  const strays = received.filter((m) => m.envelopeTo.some((a) => a.startsWith("nobody-"))).length;
  const mails = to(known);
  if (mails !== expected || strays > 0)
    throw new Error(
      `reset mails: ${mails} of ${expected} to the account, ${strays} to unknown addresses`,
    );
  return `reset mails after the answers: ${mails} of ${expected} to the account, none to unknown addresses`;
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
console.log(
  `${availableParallelism()} cores, load average ${load()}; ${PAIRS} ` +
    `alternating pairs per scenario after ${WARMUP} warm-up pairs`,
);

const smtp = await startSmtpTestServer();
const db = await createBenchDatabase(adminUrl);
let server: Awaited<ReturnType<typeof startProduct>> | null = null;
let dispatcher: ChildProcess | null = null;
try {
  const [known] = await seedCustomers(db.url, "timing", 1, 1);
  const orm = await openOrm({ kind: "postgresql", url: db.url });
  const em = orm.em.fork();
  const account = await em.findOneOrFail(
    Account,
    { userIdKey: known!.userId },
    { populate: ["policyholder"] },
  );
  const registered = account.policyholder;
  const unregistered = newPolicyholder(em);
  await em.flush();
  await orm.close();

  const smtpUrl = `smtp://127.0.0.1:${smtp.port}`;
  server = await startProduct({
    databaseUrl: db.url,
    smtpUrl,
    processes: 1,
    redisUrl: null,
    logDir,
    inherited,
  });
  // The product runs with MAIL_DISPATCH=off; the standalone dispatcher (which runs the reset
  // worker too) works beside it during the measurements, as in a deployment that splits them.
  dispatcher = spawn(
    process.execPath,
    [fileURLToPath(new URL("../src/mail-dispatcher.ts", import.meta.url))],
    { env: server.env, stdio: ["ignore", "pipe", "pipe"] },
  );
  const dispatcherLog = createWriteStream(path.join(logDir, "mail-dispatcher.log"));
  dispatcher.stdout!.pipe(dispatcherLog);
  dispatcher.stderr!.pipe(dispatcherLog);
  const identity = (p: typeof registered) => ({
    familyName: p.familyName,
    givenName: p.givenName,
    familyNameKana: p.familyNameKana,
    givenNameKana: p.givenNameKana,
    birthDate: p.birthDate,
    employeeNumber: p.employeeNumber,
  });
  let n = 0;
  const registration = (p: typeof registered): Request => ({
    query: StartRegistrationDocument.toString(),
    variables: {
      input: {
        ...identity(p),
        email: `someone-${(n += 1)}@bench.example.com`,
        keyword: "Abc123",
        termsAccepted: true,
      },
    },
    expect: "RegistrationStarted",
  });
  const reset = (email: string): Request => ({
    query: RequestCredentialResetDocument.toString(),
    variables: { email, birthDate: registered.birthDate },
    expect: "ResetKeywordIssued",
  });
  // A wrong password each time; the untimed sign-ins in between keep the account from locking.
  const wrongLogin = (userId: string): Request => ({
    query: LoginDocument.toString(),
    variables: { input: { userId, password: `Wrong-${(n += 1)}x`, tokenDelivery: "BEARER" } },
    expect: "LoginFailed",
  });
  const lockoutReset: Request = {
    query: LoginDocument.toString(),
    variables: {
      input: { userId: known!.userId, password: BENCH_PASSWORD, tokenDelivery: "BEARER" },
    },
    expect: "SignedIn",
  };
  const pairs: Pair[] = [
    {
      name: "requestCredentialReset",
      a: { label: "address with an account", request: () => reset(known!.userId) },
      b: { label: "unknown address", request: () => reset(`nobody-${(n += 1)}@bench.example.com`) },
      // The mails are written after the answers (the reset worker): each answered request for
      // the known address must still bring exactly one mail, and no unknown address any.
      after: () => resetMailsArrived(smtp.received, known!.userId, WARMUP + PAIRS),
    },
    {
      name: "startRegistration",
      a: { label: "already registered", request: () => registration(registered) },
      b: { label: "not yet registered", request: () => registration(unregistered) },
    },
    {
      name: "login",
      a: { label: "known ID, wrong password", request: () => wrongLogin(known!.userId) },
      b: { label: "unknown ID", request: () => wrongLogin(`nobody-${(n += 1)}@bench.example.com`) },
      between: (i) => (i % 4 === 3 ? timed(server!.url, lockoutReset) : Promise.resolve()),
    },
  ];
  let met = 0;
  for (const pair of pairs) {
    const { a, b } = await measurePair(server.url, pair);
    const check = await pair.after?.();
    const ratio = Math.max(a, b) / Math.min(a, b);
    const ok = ratio <= TARGET;
    if (ok) met += 1;
    console.log(
      `${pair.name.padEnd(24)} ${pair.a.label}: ${a.toFixed(2)} ms | ` +
        `${pair.b.label}: ${b.toFixed(2)} ms | ratio ${ratio.toFixed(3)} ` +
        `(target ≤ ${TARGET.toFixed(2)}: ${ok ? "met" : "NOT met"})`,
    );
    if (check) console.log(`  ${check}`);
  }
  console.log(`${met} of ${pairs.length} pairs within 10 %; load average ${load()}`);
} finally {
  if (dispatcher && dispatcher.exitCode === null) {
    const exited = new Promise((resolve) => dispatcher!.once("exit", resolve));
    dispatcher.kill("SIGTERM");
    await exited;
  }
  await server?.stop();
  await smtp.close();
  await db.drop();
}
