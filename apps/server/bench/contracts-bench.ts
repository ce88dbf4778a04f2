// `pnpm bench`: the contracts query under load, against a bare `{ __typename }` on the same
// server, on PostgreSQL. Prints requests per second and p50/p99 latency for both and their
// ratio. A benchmark, not a test: nothing here passes or fails.
//
// PostgreSQL comes from TEST_DATABASE_URL (an admin URL; a throw-away database is created
// and dropped), defaulting to this machine's postgres://postgres@127.0.0.1:5432/postgres.
import autocannon from "autocannon";
import { ContractsDocument } from "@cws/client/gql";
import { registerCustomer } from "../src/testing/journeys.ts";
import { startTestServer } from "../src/testing/test-server.ts";

// eslint-disable-next-line no-restricted-properties -- a developer script choosing its database, not a service setting
process.env.TEST_DATABASE_URL ??= "postgres://postgres@127.0.0.1:5432/postgres";

const CONNECTIONS = 50;
const SECONDS = 10;

const server = await startTestServer("postgresql", { RATE_LIMIT_PER_ADDRESS: "1000000" });
try {
  const client = await registerCustomer(server, "taro", "bench@example.com", "Bench-2026xy");
  const cookie = `cws_session=${client.cookies().get("cws_session")}`;
  const contracts = (await client.execute(ContractsDocument)).contracts.length;

  const load = async (title: string, query: string) => {
    const result = await autocannon({
      title,
      url: `${server.url}/graphql`,
      method: "POST",
      connections: CONNECTIONS,
      duration: SECONDS,
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ query }),
    });
    if (result.non2xx > 0 || result.errors > 0) console.warn(`${title}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
    return { title, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
  };

  const bare = await load("{ __typename }", "{ __typename }");
  const list = await load(`contracts (${contracts} contracts)`, ContractsDocument.toString());
  console.log(`\n${CONNECTIONS} connections, ${SECONDS} s each, PostgreSQL, one server process`);
  console.log("query                         req/s      p50 ms   p99 ms");
  for (const row of [bare, list]) {
    console.log(`${row.title.padEnd(28)} ${row.rps.toFixed(0).padStart(7)} ${String(row.p50).padStart(9)} ${String(row.p99).padStart(8)}`);
  }
  console.log(`contracts / bare throughput: ${(list.rps / bare.rps).toFixed(2)}`);
} finally {
  // autocannon drops its sockets at the deadline; let the requests still running finish first.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await server.close();
}
