import type { TypedDocumentString } from "./gql/graphql.ts";

/** A text in both languages of the service. */
export interface LocalizedMessage {
  ja: string;
  en: string;
}

/** The server's `extensions.message { ja en }`, when the error carries one. */
function localizedMessageOf(extensions: Record<string, unknown>): LocalizedMessage | null {
  const message = extensions.message;
  if (typeof message !== "object" || message === null) return null;
  const { ja, en } = message as Record<string, unknown>;
  return typeof ja === "string" && typeof en === "string" ? { ja, en } : null;
}

/**
 * A GraphQL error the server raised for the whole operation (maintenance, required action,
 * bad request), in the server's one error shape: a code and a message in both languages.
 */
export class GraphQLRequestError extends Error {
  readonly code: string;
  readonly status: number;
  readonly extensions: Record<string, unknown>;
  /** What the server says to tell people (`extensions.message`); null when the answer was not the server's. */
  readonly localizedMessage: LocalizedMessage | null;

  constructor(
    message: string,
    code: string,
    status: number,
    extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "GraphQLRequestError";
    this.code = code;
    this.status = status;
    this.extensions = extensions;
    this.localizedMessage = localizedMessageOf(extensions);
  }
}

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:3000/graphql` or `/graphql` in the browser. */
  url: string;
  /** Staff tools and other Node clients authenticate with a bearer session token. */
  bearerToken?: string | null;
  /**
   * Node has no cookie store: with `cookieJar: true` the client keeps the cookies the
   * server sets and sends them back, as a browser would. Browsers use their own store.
   */
  cookieJar?: boolean;
  headers?: Record<string, string>;
  fetch?: typeof fetch;
}

type VariablesArg<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** A small typed executor for the generated documents, usable in the browser and in Node. */
export interface GraphQLClient {
  execute<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    ...variables: VariablesArg<TVariables>
  ): Promise<TResult>;
  /** Replaces the bearer token, e.g. after a tool logged in. */
  setBearerToken(token: string | null): void;
  /** The cookies held by the jar (Node only), by name. */
  cookies(): ReadonlyMap<string, string>;
}

function storeSetCookies(jar: Map<string, string>, response: Response) {
  for (const header of response.headers.getSetCookie()) {
    const [pair = "", ...attributes] = header.split(";");
    const eq = pair.indexOf("=");
    if (eq < 0) continue;
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    const expired = attributes.some(
      (a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=Thu, 01 Jan 1970/i.test(a),
    );
    if (expired || value === "") jar.delete(name);
    else jar.set(name, value);
  }
}

export function createClient(options: ClientOptions): GraphQLClient {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const jar = new Map<string, string>();
  let bearer = options.bearerToken ?? null;

  return {
    async execute(document, ...[variables]) {
      const headers: Record<string, string> = {
        "content-type": "application/json",
        accept: "application/graphql-response+json, application/json",
        ...options.headers,
      };
      if (bearer) headers.authorization = `Bearer ${bearer}`;
      if (options.cookieJar && jar.size > 0)
        headers.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

      const response = await doFetch(options.url, {
        method: "POST",
        headers,
        credentials: "include",
        body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      });
      if (options.cookieJar) storeSetCookies(jar, response);

      let body: GraphQLResponse<unknown>;
      try {
        body = (await response.json()) as GraphQLResponse<unknown>;
      } catch {
        throw new GraphQLRequestError(
          `The server answered ${response.status} without a GraphQL body`,
          "NETWORK_ERROR",
          response.status,
        );
      }
      const first = body.errors?.[0];
      if (first) {
        const code =
          typeof first.extensions?.code === "string"
            ? first.extensions.code
            : "INTERNAL_SERVER_ERROR";
        throw new GraphQLRequestError(first.message, code, response.status, first.extensions);
      }
      if (body.data == null)
        throw new GraphQLRequestError("The server returned no data", "NO_DATA", response.status);
      return body.data as never;
    },
    setBearerToken(token) {
      bearer = token;
    },
    cookies() {
      return jar;
    },
  };
}
