import { Account, issueTemporaryPassword } from "@cws/domain";
import { testDatabaseKinds } from "@cws/domain/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerCustomer } from "../src/testing/journeys.ts";
import { startTestServer, type TestServer } from "../src/testing/test-server.ts";

type Extra = Record<string, unknown>;
interface Answer {
  status: number;
  body: {
    errors: {
      message: string;
      extensions: Extra & { code: string; message: { ja: string; en: string } };
    }[];
  };
}

const JAPANESE = /[ぁ-んァ-ン一-龯]/;

/** Every error outside the typed results: `{ errors: [{ message, extensions: { code, message { ja en } } }] }`. */
function expectShape(answer: Answer, status: number, code: string) {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  // An error raised while a field resolves also comes with the (partial) `data` GraphQL prescribes.
  expect(Object.keys(answer.body).filter((key) => key !== "data")).toEqual(["errors"]);
  const [error] = answer.body.errors;
  expect(error!.message).toEqual(expect.any(String));
  expect(error!.extensions.code).toBe(code);
  expect(error!.extensions.message.ja).toMatch(JAPANESE);
  expect(error!.extensions.message.en).toMatch(/^[\x20-\x7E]+$/);
  expect(JSON.stringify(answer.body)).not.toMatch(/stacktrace|\s+at \w+ \(/);
}

describe.each(testDatabaseKinds())("the one error shape on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind, { RATE_LIMIT_PER_ADDRESS: "1000" });
  });
  afterAll(() => server?.close());

  const json = { "content-type": "application/json" };
  async function send(
    body: string,
    headers: Record<string, string> = json,
    path = "/graphql",
    method = "POST",
  ): Promise<Answer> {
    const response = await fetch(server.url + path, {
      method,
      headers,
      body: method === "GET" ? undefined : body,
    });
    return { status: response.status, body: (await response.json()) as Answer["body"] };
  }
  const query = (
    text: string,
    extra: Record<string, unknown> = {},
    headers?: Record<string, string>,
  ) => send(JSON.stringify({ query: text, ...extra }), { ...json, ...headers });

  it("maintenance: 503 SERVICE_IN_MAINTENANCE with the reopening time in both languages", async () => {
    server.clock.set("2026-11-30T02:30:00+09:00");
    const answer = await query("{ contracts { id } }");
    server.clock.set("2026-11-25T10:00:00+09:00");
    expectShape(answer, 503, "SERVICE_IN_MAINTENANCE");
    expect(answer.body.errors[0]!.extensions).toMatchObject({
      reopensAt: "2026-11-29T19:00:00.000Z",
      message: { ja: expect.stringContaining("4:00に再開") },
    });
  });

  it("CSRF refusal: 400 BAD_REQUEST", async () => {
    expectShape(await send("", {}, "/graphql?query=%7B__typename%7D", "GET"), 400, "BAD_REQUEST");
  });

  it("depth limit: 400 GRAPHQL_VALIDATION_FAILED", async () => {
    const types = `${"ofType { ".repeat(6)} name ${"} ".repeat(6)}`;
    const tooDeep = `{ a: __type(name: "Query") { fields { type { ${types} } } } }`;
    expectShape(await query(tooDeep), 400, "GRAPHQL_VALIDATION_FAILED");
  });

  it("alias limit: 400 GRAPHQL_VALIDATION_FAILED", async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: serviceStatus { open }`).join(" ");
    expectShape(await query(`{ ${aliases} }`), 400, "GRAPHQL_VALIDATION_FAILED");
  });

  it("cost limit: 400 GRAPHQL_VALIDATION_FAILED", async () => {
    const period = "startsOn endsOn premiumYen nonFleetGrade";
    const periods = `currentPeriod { ${period} } nextPeriod { ${period} }`;
    const contract = `id policyNumber description ${periods} renewal { renewable opensOn closesOn }`;
    // Each fragment spread is priced again: 400 copies of a contract cost far more than 3000.
    const aliases = Array.from(
      { length: 10 },
      (_, i) => `c${i}: contracts { ${"...F ".repeat(40)} }`,
    ).join(" ");
    const answer = await query(`{ ${aliases} } fragment F on Contract { ${contract} }`);
    expectShape(answer, 400, "GRAPHQL_VALIDATION_FAILED");
    expect(answer.body.errors[0]!.message).toMatch(/cost/i);
  });

  it("token limit: 400 GRAPHQL_PARSE_FAILED", async () => {
    expectShape(await query(`{ ${"__typename ".repeat(2100)} }`), 400, "GRAPHQL_PARSE_FAILED");
  });

  it("more than one sign-in field: 400 TOO_MANY_SENSITIVE_FIELDS", async () => {
    const login = 'login(input: { userId: "a", password: "b" }) { __typename }';
    expectShape(
      await query(`mutation { a: ${login} b: ${login} }`),
      400,
      "TOO_MANY_SENSITIVE_FIELDS",
    );
  });

  it("batching refusal: 400 BAD_REQUEST", async () => {
    const batch = [{ query: "{ __typename }" }, { query: "{ __typename }" }];
    expectShape(await send(JSON.stringify(batch)), 400, "BAD_REQUEST");
  });

  it("GraphQL syntax: 400 GRAPHQL_PARSE_FAILED", async () => {
    expectShape(await query("{ serviceStatus { open "), 400, "GRAPHQL_PARSE_FAILED");
  });

  it("GraphQL validation: 400 GRAPHQL_VALIDATION_FAILED", async () => {
    expectShape(await query("{ doesNotExist }"), 400, "GRAPHQL_VALIDATION_FAILED");
  });

  it("unknown operationName: 400 OPERATION_RESOLUTION_FAILURE", async () => {
    expectShape(
      await query("query A { __typename }", { operationName: "B" }),
      400,
      "OPERATION_RESOLUTION_FAILURE",
    );
  });

  it("malformed JSON: 400 INVALID_JSON", async () => {
    expectShape(await send('{"query": "{ __typename }"'), 400, "INVALID_JSON");
  });

  it("a body too large: 413 PAYLOAD_TOO_LARGE", async () => {
    const huge = JSON.stringify({ query: `{ __typename } # ${"x".repeat(200_000)}` });
    expectShape(await send(huge), 413, "PAYLOAD_TOO_LARGE");
  });

  it("an unsupported media type: 415 UNSUPPORTED_MEDIA_TYPE", async () => {
    expectShape(
      await send("<query/>", { "content-type": "application/xml" }),
      415,
      "UNSUPPORTED_MEDIA_TYPE",
    );
  });

  it("an unknown route under /graphql: 404 NOT_FOUND", async () => {
    expectShape(await send("", {}, "/graphql/nothing-here", "GET"), 404, "NOT_FOUND");
    expectShape(
      await send("{}", { "content-type": "application/json" }, "/graphql", "PUT"),
      404,
      "NOT_FOUND",
    );
  });

  it("no session: 401 UNAUTHENTICATED", async () => {
    expectShape(await query("{ contracts { id } }"), 401, "UNAUTHENTICATED");
  });

  it("a pending temporary password: 403 PASSWORD_CHANGE_REQUIRED", async () => {
    await registerCustomer(server, "hanako", "hanako@example.com", "Hana-2026xy");
    const em = server.db.orm.em.fork();
    const account = await em.findOneOrFail(Account, { email: "hanako@example.com" });
    const origin = { ip: "127.0.0.1", userAgent: "test" };
    const scope = { em, config: server.config, now: server.clock.now(), origin };
    const issued = await issueTemporaryPassword(scope, { accountId: account.id, staffId: null });
    const input = `{ userId: "hanako@example.com", password: "${issued!.temporaryPassword}", tokenDelivery: BEARER }`;
    const login = `mutation { login(input: ${input}) { ... on SignedIn { sessionToken } } }`;
    const body = JSON.stringify({ query: login });
    const response = await fetch(`${server.url}/graphql`, { method: "POST", headers: json, body });
    const token = ((await response.json()) as { data: { login: { sessionToken: string } } }).data
      .login.sessionToken;
    const answer = await query("{ contracts { id } }", {}, { authorization: `Bearer ${token}` });
    expectShape(answer, 403, "PASSWORD_CHANGE_REQUIRED");
  });

  // Last: it takes the database away.
  it("an unexpected failure: 500 INTERNAL_SERVER_ERROR, with nothing of the cause", async () => {
    await server.db.orm.em
      .getConnection()
      .execute('alter table "session" rename to "session_gone"');
    const answer = await query(
      "{ me { userId } }",
      {},
      { authorization: `Bearer ${"A".repeat(43)}` },
    );
    expectShape(answer, 500, "INTERNAL_SERVER_ERROR");
    expect(answer.body.errors[0]!.message).toBe("Internal server error. Please try again later.");
  });
});
