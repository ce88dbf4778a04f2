import os from "node:os";

/** The settings of the tool, read from the environment once (the tool does not use the server's @cws/config). */
export interface StaffEnv {
  apiUrl: string | undefined;
  configDir: string;
  /** LANG, LC_ALL or LC_MESSAGES, first set wins as in POSIX. */
  locale: string | undefined;
  password: string | undefined;
  newStaffPassword: string | undefined;
}

type Environment = Record<string, string | undefined>;

export function readEnv(
  // eslint-disable-next-line no-restricted-properties -- the tool's one read of its environment
  env: Environment = process.env,
): StaffEnv {
  const configHome = env.XDG_CONFIG_HOME || `${env.HOME || os.homedir()}/.config`;
  return {
    apiUrl: env.CWS_API_URL || undefined,
    configDir: env.CWS_STAFF_CONFIG_DIR || `${configHome}/cws-staff`,
    locale: env.LC_ALL || env.LC_MESSAGES || env.LANG || undefined,
    password: env.CWS_STAFF_PASSWORD || undefined,
    newStaffPassword: env.CWS_STAFF_NEW_PASSWORD || undefined,
  };
}

export const DEFAULT_API_URL = "http://127.0.0.1:3000/graphql";
