import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  CompleteRegistrationDocument,
  StartRegistrationDocument,
  VerifyKeywordDocument,
} from "@cws/client/gql";
import { demoStaff, OutboxMessage } from "@cws/domain";
import { newAgency, newStaffMember, totpCodeAt } from "@cws/domain/testing";
import { startTestServer, tokenFromLink, type TestServer } from "@cws/server/testing";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { staffCli } from "../src/staff-cli.ts";

vi.setConfig({ testTimeout: 180_000 });

const GROUP = "みらい商事株式会社";
const HEADER = "団体名,社員番号,氏名(姓),氏名(名),カナ(セイ),カナ(メイ),生年月日,メールアドレス";
const KEYWORD = "Abc123";

/** A policyholder file as Excel on Japanese Windows saves it: Shift_JIS, CRLF, a quoted field. */
function policyholderFile(birthDateOfRow3: string): Buffer {
  const lines = [
    HEADER,
    `${GROUP},800100200,髙橋,一郎,タカハシ,イチロウ,1980-02-03,takahashi@example.com`,
    `${GROUP},800100201,渡辺,花子,ワタナベ,ハナコ,${birthDateOfRow3},`,
    `${GROUP},800100202,"佐藤","次郎",サトウ,ジロウ,1979-07-07,sato@example.com`,
  ];
  return iconv.encode(`${lines.join("\r\n")}\r\n`, "cp932");
}

async function registerThroughApi(
  server: TestServer,
  input: {
    familyName: string;
    givenName: string;
    familyNameKana: string;
    givenNameKana: string;
    birthDate: string;
    employeeNumber: string;
    email: string;
  },
  complete: boolean,
) {
  const client = server.client();
  const started = await client.execute(StartRegistrationDocument, {
    input: { ...input, keyword: KEYWORD, termsAccepted: true },
  });
  expect(started.startRegistration.__typename).toBe("RegistrationStarted");
  if (!complete) return;
  const mail = (await server.mailbox()).find((m) => m.to === input.email);
  const link = mail?.links.find((l) => l.includes("/link#"));
  expect(link).toBeTruthy();
  const verified = await client.execute(VerifyKeywordDocument, {
    token: tokenFromLink(link!),
    keyword: KEYWORD,
  });
  if (verified.verifyKeyword.__typename !== "KeywordAccepted") throw new Error("keyword refused");
  const completed = await client.execute(CompleteRegistrationDocument, {
    input: { stepToken: verified.verifyKeyword.stepToken, password: "Customer-Pass-2026" },
  });
  expect(completed.completeRegistration.__typename).toBe("SignedIn");
}

describe("the staff command-line tool against the real server", () => {
  let server: TestServer;
  let api: string;
  beforeAll(async () => {
    server = await startTestServer("pglite");
    api = `${server.url}/graphql`;
  });
  afterAll(async () => {
    await server?.close();
  });

  /** Each login needs a fresh TOTP step: the server refuses a code used once. */
  const nextStep = () => server.clock.advance(30_000);

  it("runs an agency's day; an agent of another agency sees none of it", async () => {
    const [adminCredentials] = demoStaff;
    const admin = staffCli(api);

    // A wrong code is refused with the server's wording and exit 1; nothing is saved.
    const wrong = await admin.run(
      ["login", "--user-id", adminCredentials.userId, "--totp", "000000"],
      {
        CWS_STAFF_PASSWORD: adminCredentials.password,
      },
    );
    expect(wrong.code).toBe(1);
    expect(existsSync(path.join(admin.configDir, "session.json"))).toBe(false);

    nextStep();
    const login = await admin.run(
      [
        "login",
        "--user-id",
        adminCredentials.userId,
        "--totp",
        totpCodeAt(adminCredentials.totpSecret, server.clock.now()),
      ],
      { CWS_STAFF_PASSWORD: adminCredentials.password },
    );
    expect(login.stderr).toBe("");
    expect(login.code).toBe(0);
    expect(login.stdout).toContain("としてログインしました");

    // The admin creates an agent of the demo agency; the TOTP secret comes back once.
    const created = await admin.run(
      [
        "staff",
        "create",
        "--user-id",
        "e2e-agent",
        "--name",
        "担当 三郎",
        "--role",
        "AGENT",
        "--agency",
        "SAKURA",
        "--json",
      ],
      { CWS_STAFF_NEW_PASSWORD: "Agent-Passw0rd-2026" },
    );
    expect(created.stderr).toBe("");
    expect(created.code).toBe(0);
    const enrolment = JSON.parse(created.stdout) as { totpSecret: string; otpauthUri: string };
    expect(enrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\//);

    const agent = staffCli(api);
    nextStep();
    const agentLogin = await agent.run(
      [
        "login",
        "--user-id",
        "e2e-agent",
        "--totp",
        totpCodeAt(enrolment.totpSecret, server.clock.now()),
      ],
      { CWS_STAFF_PASSWORD: "Agent-Passw0rd-2026" },
    );
    expect(agentLogin.code).toBe(0);
    const me = JSON.parse((await agent.run(["whoami", "--json"])).stdout) as {
      role: string;
      agencyCode: string;
    };
    expect(me).toMatchObject({ role: "AGENT", agencyCode: "SAKURA" });

    // A Shift_JIS file with one bad row: nothing is loaded, and the report says where.
    const file = path.join(agent.configDir, "契約者.csv");
    await writeFile(file, policyholderFile("1981-13-40"));
    const bad = await agent.run(["import", "policyholders", file]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("何も取り込みませんでした");
    const report = await readFile(`${file}.errors.csv`, "utf8");
    expect(report.startsWith("\uFEFF行,列,値,エラー内容\r\n")).toBe(true);
    expect(report).toContain("3,生年月日,1981-13-40,");
    const none = await agent.run(["lookup", "--by", "employee-number", "800100200", "--json"]);
    expect(JSON.parse(none.stdout)).toEqual([]);

    // Fixed: a dry run loads nothing, the real run loads all three, a second run changes nothing.
    await writeFile(file, policyholderFile("1981-12-30"));
    const dry = await agent.run(["import", "policyholders", file, "--dry-run"]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain("追加 3件");
    expect(
      JSON.parse(
        (await agent.run(["lookup", "--by", "employee-number", "800100200", "--json"])).stdout,
      ),
    ).toEqual([]);
    const loaded = await agent.run(["import", "policyholders", file]);
    expect(loaded.stderr).toBe("");
    expect(loaded.code).toBe(0);
    expect(loaded.stdout).toContain("取り込みました: 追加 3件、更新 0件、変更なし 0件");
    expect(existsSync(`${file}.errors.csv`)).toBe(false);
    const again = await agent.run(["import", "policyholders", file], { LANG: "en_US.UTF-8" });
    expect(again.stdout).toContain("Loaded: 0 inserted, 0 updated, 3 unchanged");

    // Customers of that import register through the API (one completes, one only starts).
    await registerThroughApi(
      server,
      {
        familyName: "髙橋",
        givenName: "一郎",
        familyNameKana: "タカハシ",
        givenNameKana: "イチロウ",
        birthDate: "1980-02-03",
        employeeNumber: "800100200",
        email: "takahashi@example.com",
      },
      true,
    );
    await registerThroughApi(
      server,
      {
        familyName: "佐藤",
        givenName: "次郎",
        familyNameKana: "サトウ",
        givenNameKana: "ジロウ",
        birthDate: "1979-07-07",
        employeeNumber: "800100202",
        email: "sato@example.com",
      },
      false,
    );

    const found = JSON.parse(
      (await agent.run(["lookup", "--by", "employee-number", "800100200", "--json"])).stdout,
    ) as {
      name: string;
      account: { accountId: string; locked: boolean } | null;
    }[];
    expect(found).toHaveLength(1);
    expect(found[0]!.name).toBe("髙橋 一郎");
    const accountId = found[0]!.account!.accountId;

    const temp = await agent.run(["temp-password", accountId]);
    expect(temp.code).toBe(0);
    expect(temp.stdout).toMatch(/仮パスワード: \S+/);
    const unlocked = await agent.run(["unlock", accountId]);
    expect(unlocked.code).toBe(0);
    expect(unlocked.stdout).toContain("ロックを解除しました");

    // The registration mail of the customer who did not finish failed to send: resent with a fresh link.
    const lookupSato = async () =>
      JSON.parse(
        (await agent.run(["lookup", "--by", "email", "sato@example.com", "--json"])).stdout,
      ) as {
        mails: { id: string; status: string }[];
      }[];
    const mail = (await lookupSato())[0]!.mails[0]!;
    await server.db.orm.em
      .fork()
      .nativeUpdate(
        OutboxMessage,
        { id: mail.id },
        { status: "FAILED", lastError: "550 mailbox unavailable" },
      );
    const resent = await agent.run(["resend-mail", mail.id]);
    expect(resent.stderr).toBe("");
    expect(resent.code).toBe(0);
    expect(resent.stdout).toContain("新しいリンクを発行しました");
    // Renewals due: the demo contracts, as a table-free TSV, JSON and a Shift_JIS CSV.
    const due = JSON.parse(
      (await agent.run(["renewals-due", "--days", "60", "--json"])).stdout,
    ) as {
      policyNumber: string;
    }[];
    expect(due.map((r) => r.policyNumber)).toContain("0123456789");
    const csv = path.join(agent.configDir, "renewals.csv");
    const exported = await agent.run(["renewals-due", "--days", "60", "--csv", csv, "--excel"]);
    expect(exported.code).toBe(0);
    const decoded = iconv.decode(await readFile(csv), "cp932");
    expect(decoded.split("\r\n")[0]).toBe(
      "契約番号,団体,社員番号,氏名,商品,満期日,受付開始,受付終了,受付中,Web登録,Web更新可",
    );
    expect(decoded).toContain("0123456789,みらい商事株式会社,123456789,見本 太郎");

    // The audit trail names the agent for what they did.
    const audit = JSON.parse(
      (await admin.run(["audit", "--staff", "e2e-agent", "--json"])).stdout,
    ) as {
      type: string;
      staffUserId: string;
    }[];
    expect(audit.length).toBeGreaterThanOrEqual(4);
    expect(audit.every((entry) => entry.staffUserId === "e2e-agent")).toBe(true);
    expect(audit.map((entry) => entry.type)).toEqual(expect.arrayContaining(["RECORDS_IMPORTED"]));

    // An agent of another agency sees none of it: lookups are empty, actions "not found".
    const other = await newAgency(server.db.orm, [], "OTHER1");
    const stranger = await newStaffMember(server.db.orm, other, "AGENT");
    const outsider = staffCli(api);
    nextStep();
    const outsiderLogin = await outsider.run(
      [
        "login",
        "--user-id",
        stranger.staff.userId,
        "--totp",
        totpCodeAt(stranger.totpSecret, server.clock.now()),
      ],
      { CWS_STAFF_PASSWORD: stranger.password },
    );
    expect(outsiderLogin.code).toBe(0);
    const nothing = await outsider.run(["lookup", "--by", "employee-number", "800100200"]);
    expect(nothing.code).toBe(0);
    expect(nothing.stdout).toBe("該当するものはありません。\n");
    const refused = await outsider.run(["temp-password", accountId]);
    expect(refused.code).toBe(1);
    const notFound = await outsider.run(["temp-password", "00000000-0000-4000-8000-000000000000"]);
    expect(refused.stderr).toBe(notFound.stderr);
    expect((await outsider.run(["unlock", accountId])).code).toBe(1);
    expect((await outsider.run(["resend-mail", mail.id])).code).toBe(1);
    expect(JSON.parse((await outsider.run(["renewals-due", "--json"])).stdout)).toEqual([]);
    const otherImport = path.join(outsider.configDir, "p.csv");
    await writeFile(otherImport, policyholderFile("1981-12-30"));
    expect((await outsider.run(["import", "policyholders", otherImport])).code).toBe(1);
    expect(await readFile(`${otherImport}.errors.csv`, "utf8")).toContain("担当外");

    // An agent is not an admin.
    expect((await agent.run(["staff", "list"])).code).toBe(1);

    // An idle staff session ends: a clear "log in again", exit 1.
    server.clock.advance(16 * 60_000);
    const expired = await agent.run(["whoami"]);
    expect(expired.code).toBe(1);
    expect(expired.stderr).toContain("もう一度ログインしてください");

    // Logout forgets the token.
    expect((await admin.run(["logout"])).code).toBe(0);
    expect(existsSync(path.join(admin.configDir, "session.json"))).toBe(false);
  });
});
