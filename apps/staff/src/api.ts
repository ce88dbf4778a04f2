import { createClient, GraphQLRequestError, type GraphQLClient } from "@cws/client";
import { CliError } from "./cli-error.ts";
import { fill } from "./i18n.ts";
import { MSG } from "./messages.ts";
import type { SessionStore } from "./session-store.ts";

/** Server codes that mean the bearer session is gone: the person must log in again. */
const SESSION_GONE = new Set(["UNAUTHENTICATED", "STAFF_SESSION_EXPIRED", "SESSION_EXPIRED"]);

/** A typed client that turns transport and session failures into messages people can act on. */
export interface StaffApi {
  url: string;
  client: GraphQLClient;
  call<T>(run: (client: GraphQLClient) => Promise<T>): Promise<T>;
}

export function connect(url: string, token: string | null, signal?: AbortSignal): StaffApi {
  const client = createClient({
    url,
    bearerToken: token,
    headers: { "user-agent": "cws-staff" },
    fetch: (input, init) => fetch(input, { ...init, signal: signal ?? null }),
  });
  return {
    url,
    client,
    async call(run) {
      try {
        return await run(client);
      } catch (error) {
        throw explain(error, url);
      }
    },
  };
}

function explain(error: unknown, url: string): unknown {
  if (error instanceof CliError) return error;
  if (error instanceof GraphQLRequestError) {
    if (SESSION_GONE.has(error.code)) return new CliError(MSG.sessionExpired);
    if (error.code === "FORBIDDEN") return new CliError(error.localizedMessage ?? MSG.forbidden);
    return new CliError(
      error.localizedMessage ??
        fill(MSG.serverError, { message: `${error.code}: ${error.message}` }),
    );
  }
  if (error instanceof Error && error.name === "AbortError") return error;
  if (error instanceof TypeError) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return new CliError(
      fill(MSG.unreachable, { url, reason: cause?.code ?? cause?.message ?? error.message }),
    );
  }
  return error;
}

/**
 * The API of the saved session. Whether it is still alive is the server's call (staff
 * sessions slide with use), which answers UNAUTHENTICATED → "log in again".
 */
export async function connectSaved(
  store: SessionStore,
  apiOverride: string | undefined,
  signal?: AbortSignal,
): Promise<StaffApi> {
  const saved = await store.load();
  if (!saved) throw new CliError(MSG.notLoggedIn);
  return connect(apiOverride ?? saved.apiUrl, saved.sessionToken, signal);
}
