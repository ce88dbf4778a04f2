import type { Command } from "commander";
import { connect, connectSaved, type StaffApi } from "./api.ts";
import { CliError } from "./cli-error.ts";
import { DEFAULT_API_URL, type StaffEnv } from "./env.ts";
import type { Localized } from "./i18n.ts";
import { SessionStore } from "./session-store.ts";

/** What every command handler gets: the environment, the session store and the global options. */
export interface Ctx {
  env: StaffEnv;
  store: SessionStore;
  /** --api, else CWS_API_URL; undefined means "the saved session's server, else the default". */
  apiOverride: string | undefined;
  /** The API of the saved session. */
  api(signal?: AbortSignal): Promise<StaffApi>;
  /** The API without a session (login). */
  anonymousApi(): StaffApi;
}

export function contextOf(command: Command, env: StaffEnv): Ctx {
  const globals = command.optsWithGlobals<{ api?: string }>();
  const store = new SessionStore(env.configDir);
  const apiOverride = globals.api ?? env.apiUrl;
  return {
    env,
    store,
    apiOverride,
    api: (signal) => connectSaved(store, apiOverride, signal),
    anonymousApi: () => connect(apiOverride ?? DEFAULT_API_URL, null),
  };
}

/** A result that is a Problem (code + message) becomes the tool's failure with the server's wording. */
export function problem(result: { __typename: string; message?: Localized; code?: string }): never {
  throw new CliError(result.message ?? { ja: result.__typename, en: result.__typename });
}
