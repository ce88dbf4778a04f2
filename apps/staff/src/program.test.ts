import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { chooseLang } from "./i18n.ts";

const main = fileURLToPath(new URL("./main.ts", import.meta.url));
const configDir = mkdtempSync(path.join(os.tmpdir(), "cws-staff-cfg-"));

/** The real tool in a child process, with no session and a server that is not there. */
function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [main, ...args], {
    encoding: "utf8",
    env: {
      // eslint-disable-next-line no-restricted-properties -- test set-up: the child needs a PATH
      PATH: process.env.PATH ?? "",
      HOME: configDir,
      CWS_STAFF_CONFIG_DIR: configDir,
      CWS_API_URL: "http://127.0.0.1:9/graphql",
      ...env,
    },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("exit codes", () => {
  it.each([
    [["frobnicate"]],
    [["import", "policyholders"]],
    [["import", "vehicles", "a.csv"]],
    [["renewals-due", "--days", "soon"]],
    [["lookup", "--by", "shoe-size", "x"]],
    [["audit", "--from", "yesterday"]],
    [["staff", "create", "--user-id", "a"]],
    [["--lang", "fr", "whoami"]],
  ])("answers 2 for wrong usage: %j", (args) => {
    expect(cli(args).code).toBe(2);
  });

  it("answers 0 for help", () => {
    const { code, stdout } = cli(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("renewals-due");
  });

  it("answers 1 with a message when the command fails (not logged in)", () => {
    const { code, stderr } = cli(["whoami"]);
    expect(code).toBe(1);
    expect(stderr).toContain("ログインしていません");
  });

  it("answers 1 for a file-level import problem, before asking the server anything", () => {
    const { code, stderr } = cli(["import", "policyholders", "a.csv", "--encoding", "latin-1"], {
      LANG: "en_US.UTF-8",
    });
    expect(code).toBe(1);
    expect(stderr).toContain('The encoding "latin-1" is not supported');
  });
});

describe("language", () => {
  it("is Japanese by default and English with LANG=en* or --lang en", () => {
    expect(chooseLang(undefined, undefined)).toBe("ja");
    expect(chooseLang(undefined, "ja_JP.UTF-8")).toBe("ja");
    expect(chooseLang(undefined, "en_US.UTF-8")).toBe("en");
    expect(chooseLang("ja", "en_US.UTF-8")).toBe("ja");
    expect(chooseLang("en", "C.UTF-8")).toBe("en");
  });

  it("switches the tool's messages", () => {
    expect(cli(["whoami"], { LANG: "ja_JP.UTF-8" }).stderr).toBe(
      "ログインしていません。cws-staff login でログインしてください。\n",
    );
    expect(cli(["whoami"], { LANG: "en_US.UTF-8" }).stderr).toBe(
      "You are not logged in. Run cws-staff login.\n",
    );
    expect(cli(["--lang", "en", "whoami"]).stderr).toBe(
      "You are not logged in. Run cws-staff login.\n",
    );
  });

  it("reports an unreachable server in the chosen language", () => {
    const { code, stderr } = cli(["login", "--user-id", "a", "--totp", "123456"], {
      CWS_STAFF_PASSWORD: "x",
      LANG: "en",
    });
    expect(code).toBe(1);
    expect(stderr).toContain("Cannot reach the server (http://127.0.0.1:9/graphql)");
  });
});
