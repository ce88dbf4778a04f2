import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const main = fileURLToPath(new URL("../../staff/src/main.ts", import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The real `cws-staff` in a child process, as a staff member runs it: its own config folder
 * (so its own saved session), the API of the test server, Japanese unless LANG says otherwise.
 * Asynchronous on purpose: the server answering it runs in this process.
 */
export function staffCli(apiUrl: string) {
  const configDir = mkdtempSync(path.join(os.tmpdir(), "cws-staff-e2e-"));
  return {
    configDir,
    run(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
      return new Promise((resolve) => {
        execFile(
          process.execPath,
          [main, ...args],
          {
            env: {
              // eslint-disable-next-line no-restricted-properties -- test set-up: the child needs a PATH
              PATH: process.env.PATH ?? "",
              HOME: configDir,
              LANG: "ja_JP.UTF-8",
              CWS_API_URL: apiUrl,
              CWS_STAFF_CONFIG_DIR: configDir,
              ...env,
            },
            maxBuffer: 16 * 1024 * 1024,
          },
          (error, stdout, stderr) => {
            const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
            resolve({ code, stdout, stderr });
          },
        );
      });
    },
  };
}
