import { loadConfig } from "@cws/config";
import { openOrm, StaffAccount, staffLogin } from "@cws/domain";
import { createPostgresTestDatabase } from "@cws/domain/testing";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { generateSync } from "otplib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const COMMAND = fileURLToPath(new URL("../src/bootstrap-admin.ts", import.meta.url));
const PASSWORD = "Bootstrap-Admin-2026!";

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the command as an operator would, with only the variables it needs. */
function bootstrap(args: string[], env: Record<string, string>): Promise<Run> {
  // A child process of the test, handed only the few variables it needs; not a setting.
  // eslint-disable-next-line no-restricted-properties
  const { PATH, HOME } = process.env;
  const child = spawn(process.execPath, [COMMAND, ...args], {
    env: { PATH, HOME, NODE_ENV: "test", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, stdout, stderr })));
}

// The command migrates and writes a real database: PostgreSQL when the tests have one.
// eslint-disable-next-line no-restricted-properties
describe.runIf(Boolean(process.env.TEST_DATABASE_URL))("the bootstrap-admin command", () => {
  let database: { url: string; drop(): Promise<void> };
  beforeAll(async () => {
    database = await createPostgresTestDatabase();
  });
  afterAll(() => database?.drop());

  const args = ["--user-id", "first-admin", "--name", "管理 一郎", "--agency-code", "HQ"];

  it("answers usage problems with exit code 2 and a bilingual message", async () => {
    const missing = await bootstrap(["--user-id", "x"], { DATABASE_URL: database.url });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--user-id、--name、--agency-code は必須です。");
    expect(missing.stderr).toContain("--user-id, --name and --agency-code are required.");
    // No password and no terminal to ask on: a usage problem too.
    const noPassword = await bootstrap(args, { DATABASE_URL: database.url });
    expect(noPassword.code).toBe(2);
    expect(noPassword.stderr).toContain("CWS_BOOTSTRAP_PASSWORD");
    const unknown = await bootstrap([...args, "--bogus"], { DATABASE_URL: database.url });
    expect(unknown.code).toBe(2);
  });

  it("creates the first admin on a fresh database, whose enrolment logs in; then refuses a second", async () => {
    const env = { DATABASE_URL: database.url, CWS_BOOTSTRAP_PASSWORD: PASSWORD };
    const weak = await bootstrap([...args, "--json"], { ...env, CWS_BOOTSTRAP_PASSWORD: "short" });
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain("入力内容に誤りがあります。");
    expect(weak.stdout).toBe("");

    const created = await bootstrap([...args, "--agency-name", "本社", "--json"], env);
    expect(created.stderr).toBe("");
    expect(created.code).toBe(0);
    const answer = JSON.parse(created.stdout) as {
      userId: string;
      otpauthUri: string;
      totpSecret: string;
    };
    expect(answer.userId).toBe("first-admin");
    expect(answer.otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    expect(answer.otpauthUri).toContain(`secret=${answer.totpSecret}`);

    const config = loadConfig({ NODE_ENV: "test", DATABASE_URL: database.url });
    const orm = await openOrm(config.database);
    try {
      const admin = await orm.em
        .fork()
        .findOneOrFail(StaffAccount, { userIdKey: "first-admin" }, { populate: ["agency"] });
      expect(admin.role).toBe("ADMIN");
      expect(admin.agency.code).toBe("HQ");
      expect(admin.agency.name).toBe("本社");
      const now = new Date();
      const login = await staffLogin(
        { em: orm.em.fork(), config, now, origin: { ip: "192.0.2.1", userAgent: "test" } },
        {
          userId: "first-admin",
          password: PASSWORD,
          totpCode: generateSync({
            secret: answer.totpSecret,
            epoch: Math.floor(now.getTime() / 1000),
          }),
        },
      );
      expect(login.ok).toBe(true);
    } finally {
      await orm.close(true);
    }

    const again = await bootstrap(
      ["--user-id", "second-admin", "--name", "二", "--agency-code", "HQ"],
      env,
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("管理者はすでに登録されています。");
    expect(again.stderr).toContain("An administrator already exists.");
  });

  it("prints the enrolment with a QR code for people", async () => {
    const fresh = await createPostgresTestDatabase();
    try {
      const run = await bootstrap(args, {
        DATABASE_URL: fresh.url,
        CWS_BOOTSTRAP_PASSWORD: PASSWORD,
      });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("otpauth://totp/");
      // The terminal QR code is drawn with half blocks.
      expect(run.stdout).toMatch(/[▀▄█]{5}/);
    } finally {
      await fresh.drop();
    }
  });
});
