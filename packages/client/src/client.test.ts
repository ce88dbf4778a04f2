import { describe, expect, it } from "vitest";
import { createClient, GraphQLRequestError } from "./client.ts";
import { ServiceStatusDocument } from "./gql/graphql.ts";

function fakeServer(respond: (request: Request) => Response) {
  const requests: Request[] = [];
  const fetchImpl = (async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request);
    return respond(request);
  }) as typeof fetch;
  return { requests, fetchImpl };
}

const ok = (data: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ data }), {
    headers: { "content-type": "application/json", ...headers },
  });

describe("createClient", () => {
  it("posts the document as JSON and returns typed data", async () => {
    const { requests, fetchImpl } = fakeServer(() => ok({ serviceStatus: { open: true } }));
    const data = await createClient({ url: "http://api.test/graphql", fetch: fetchImpl }).execute(
      ServiceStatusDocument,
    );
    expect(data.serviceStatus.open).toBe(true);
    const body = (await requests[0]!.json()) as { query: string };
    expect(body.query).toContain("query ServiceStatus");
    expect(requests[0]!.headers.get("content-type")).toBe("application/json");
  });

  it("keeps cookies in a jar and sends them back, dropping expired ones", async () => {
    let call = 0;
    const { requests, fetchImpl } = fakeServer(() => {
      call += 1;
      if (call === 1)
        return ok({}, { "set-cookie": "cws_session=abc; Path=/; HttpOnly; SameSite=Lax" });
      if (call === 2) return ok({}, { "set-cookie": "cws_session=; Max-Age=0; Path=/" });
      return ok({});
    });
    const client = createClient({
      url: "http://api.test/graphql",
      fetch: fetchImpl,
      cookieJar: true,
    });
    await client.execute(ServiceStatusDocument);
    await client.execute(ServiceStatusDocument);
    expect(requests[1]!.headers.get("cookie")).toBe("cws_session=abc");
    await client.execute(ServiceStatusDocument);
    expect(requests[2]!.headers.get("cookie")).toBeNull();
  });

  it("sends a bearer token when given one", async () => {
    const { requests, fetchImpl } = fakeServer(() => ok({}));
    const client = createClient({
      url: "http://api.test/graphql",
      fetch: fetchImpl,
      bearerToken: "t1",
    });
    await client.execute(ServiceStatusDocument);
    client.setBearerToken(null);
    await client.execute(ServiceStatusDocument);
    expect(requests[0]!.headers.get("authorization")).toBe("Bearer t1");
    expect(requests[1]!.headers.get("authorization")).toBeNull();
  });

  it("throws a typed error carrying the server's code", async () => {
    const { fetchImpl } = fakeServer(
      () =>
        new Response(
          JSON.stringify({
            errors: [
              { message: "closed", extensions: { code: "SERVICE_IN_MAINTENANCE", reopensAt: "x" } },
            ],
          }),
          { status: 503 },
        ),
    );
    const error = await createClient({ url: "http://api.test/graphql", fetch: fetchImpl })
      .execute(ServiceStatusDocument)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect(error).toMatchObject({
      code: "SERVICE_IN_MAINTENANCE",
      status: 503,
      extensions: { reopensAt: "x" },
    });
  });

  it("reports a non-GraphQL answer as a network error", async () => {
    const { fetchImpl } = fakeServer(
      () => new Response("<html>bad gateway</html>", { status: 502 }),
    );
    await expect(
      createClient({ url: "http://api.test/graphql", fetch: fetchImpl }).execute(
        ServiceStatusDocument,
      ),
    ).rejects.toMatchObject({
      code: "NETWORK_ERROR",
      status: 502,
    });
  });
});
