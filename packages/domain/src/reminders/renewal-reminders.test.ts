import { loadConfig } from "@cws/config";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Account } from "../accounts/account.entity.ts";
import { ContractPeriod } from "../contracts/contract-period.entity.ts";
import type { Product } from "../contracts/contract.entity.ts";
import { OutboxMessage } from "../mail/outbox-message.entity.ts";
import type { RequestScope } from "../request-scope.ts";
import { newContract, newPolicyholder } from "../testing/contract-fixtures.ts";
import { itWhen } from "../testing/it-when.ts";
import {
  openTestDatabase,
  testDatabaseKinds,
  type TestDatabase,
} from "../testing/test-database.ts";
import { sendDueRenewalReminders } from "./renewal-reminders.ts";

vi.setConfig({ testTimeout: 120_000 });

// A 60-day window and the second reminder 14 days before expiry (the defaults).
const config = loadConfig({ NODE_ENV: "test", PUBLIC_URL: "https://cws.example.test" });
const ENDS_ON = "2027-01-24";
const WINDOW_OPENS = "2026-11-25";
const SECOND_REMINDER = "2027-01-10";

describe.each(testDatabaseKinds())("renewal reminders on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  /** The scheduler's scope at noon Japan time on `today`: the clock moved to that day. */
  const scopeOn = (today: string): RequestScope => ({
    em: db.orm.em.fork(),
    config,
    now: new Date(`${today}T03:00:00Z`),
    origin: { ip: "", userAgent: "renewal-reminders", requestId: "test" },
  });
  const runOn = (today: string) => sendDueRenewalReminders(scopeOn(today));

  /** A registered customer with one contract expiring on ENDS_ON (unless told otherwise). */
  async function customerWithContract(
    options: {
      mailOptIn?: boolean;
      renewed?: boolean;
      product?: Product;
      endsOn?: string;
      email?: string;
      language?: "ja" | "en";
    } = {},
  ) {
    const em = db.orm.em.fork();
    const policyholder = newPolicyholder(em);
    const email = options.email ?? `reminder.${policyholder.employeeNumber}@example.com`;
    const at = new Date("2026-01-01T00:00:00Z");
    em.create(Account, {
      policyholder,
      userId: email,
      userIdKey: email,
      email,
      passwordHash: "argon2id$not-used",
      mailOptIn: options.mailOptIn ?? true,
      language: options.language ?? "ja",
      passwordChangedAt: at,
      createdAt: at,
      updatedAt: at,
    });
    const endsOn = options.endsOn ?? ENDS_ON;
    const contract = newContract(em, policyholder, {
      endsOn,
      ...(options.product ? { product: options.product } : {}),
    });
    if (options.renewed) {
      em.create(ContractPeriod, {
        contract,
        startsOn: endsOn,
        endsOn: "2028-01-24",
        nonFleetGrade: 13,
        premiumYen: 70_000,
      });
    }
    await em.flush();
    const mails = () =>
      db.orm.em
        .fork()
        .find(
          OutboxMessage,
          { kind: "renewal-reminder", toAddress: email },
          { orderBy: { createdAt: "asc" } },
        );
    const rows = async () =>
      (
        await db.orm.em.fork().execute<{ kind: string }[]>(
          `select r."kind" from "renewal_reminder" r join "contract_period" p on p."id" = r."contract_period_id"
             where p."contract_id" = ? order by r."created_at"`,
          [contract.id],
        )
      ).map((r) => r.kind);
    return { contract, email, mails, rows };
  }

  it("sends nothing before the window opens, and one 満期のご案内 on the day it opens", async () => {
    const customer = await customerWithContract();
    await runOn("2026-11-24");
    expect(await customer.mails()).toHaveLength(0);

    await runOn(WINDOW_OPENS);
    const mails = await customer.mails();
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.subject).toBe(`【${config.branding.insurerName}】満期のご案内`);
    expect(mail.textBody).toContain(`契約番号: ${customer.contract.policyNumber}`);
    expect(mail.textBody).toContain("満期日: 2027年01月24日");
    expect(mail.textBody).toContain("継続手続の期限: 2027年01月24日まで");
    expect(mail.textBody).toContain("https://cws.example.test/login");
    expect(mail.htmlBody).toContain('<a href="https://cws.example.test/login">');
    expect(await customer.rows()).toEqual(["WINDOW_OPENED"]);
  });

  it("sends the first reminder once, however often it runs in the window", async () => {
    const customer = await customerWithContract();
    await runOn(WINDOW_OPENS);
    await runOn(WINDOW_OPENS);
    await runOn("2026-12-01");
    await runOn("2027-01-09");
    expect(await customer.mails()).toHaveLength(1);
  });

  it("still sends one when several runs start together", async () => {
    const customer = await customerWithContract();
    await Promise.all(Array.from({ length: 6 }, () => runOn("2026-12-02")));
    expect(await customer.mails()).toHaveLength(1);
    expect(await customer.rows()).toEqual(["WINDOW_OPENED"]);
  });

  itWhen(
    kind === "postgresql",
    "sends each reminder once when 8 schedulers race on PostgreSQL over many contracts",
    async () => {
      const customers = await Promise.all(Array.from({ length: 10 }, () => customerWithContract()));
      await Promise.all(Array.from({ length: 8 }, () => runOn("2026-12-03")));
      for (const customer of customers) expect(await customer.mails()).toHaveLength(1);
      await Promise.all(Array.from({ length: 8 }, () => runOn(SECOND_REMINDER)));
      for (const customer of customers) expect(await customer.rows()).toHaveLength(2);
      for (const customer of customers) expect(await customer.mails()).toHaveLength(2);
    },
  );

  it("sends the second reminder the configured days before expiry, once", async () => {
    const customer = await customerWithContract();
    await runOn(WINDOW_OPENS);
    await runOn("2027-01-09");
    expect(await customer.mails()).toHaveLength(1);
    await runOn(SECOND_REMINDER);
    await runOn(SECOND_REMINDER);
    await runOn(ENDS_ON);
    const mails = await customer.mails();
    expect(mails).toHaveLength(2);
    expect(mails[1]!.textBody).toContain("あらためてご案内");
    expect(await customer.rows()).toEqual(["WINDOW_OPENED", "BEFORE_EXPIRY"]);
  });

  it("follows the configured number of days before expiry", async () => {
    const customer = await customerWithContract();
    const sevenDays = loadConfig({ NODE_ENV: "test", RENEWAL_REMINDER_DAYS_BEFORE: "7" });
    const run = (today: string) =>
      sendDueRenewalReminders({ ...scopeOn(today), config: sevenDays });
    await run(WINDOW_OPENS);
    await run(SECOND_REMINDER);
    expect(await customer.mails()).toHaveLength(1);
    await run("2027-01-17");
    expect(await customer.rows()).toEqual(["WINDOW_OPENED", "BEFORE_EXPIRY"]);
  });

  it("sends only the second when the scheduler first sees the contract in the last days", async () => {
    const customer = await customerWithContract();
    await runOn("2027-01-15");
    expect(await customer.rows()).toEqual(["BEFORE_EXPIRY"]);
    expect(await customer.mails()).toHaveLength(1);
  });

  it("sends none for a contract already renewed", async () => {
    const customer = await customerWithContract({ renewed: true });
    await runOn(WINDOW_OPENS);
    await runOn(SECOND_REMINDER);
    await runOn(ENDS_ON);
    expect(await customer.mails()).toHaveLength(0);
  });

  it("stops after the customer renews between the two reminders", async () => {
    const customer = await customerWithContract();
    await runOn(WINDOW_OPENS);
    const em = db.orm.em.fork();
    em.create(ContractPeriod, {
      contract: customer.contract.id,
      startsOn: ENDS_ON,
      endsOn: "2028-01-24",
      nonFleetGrade: 13,
      premiumYen: 70_000,
    });
    await em.flush();
    await runOn(SECOND_REMINDER);
    expect(await customer.mails()).toHaveLength(1);
  });

  it("opens with one English line for a customer who uses the web app in English", async () => {
    const english = await customerWithContract({ language: "en" });
    const japanese = await customerWithContract();
    await runOn(WINDOW_OPENS);
    const [mail] = await english.mails();
    expect(mail!.textBody.split("\n\n")[0]).toBe(
      `Your contract ${english.contract.policyNumber} expires on ${ENDS_ON};` +
        ` you can renew it online until ${ENDS_ON}.` +
        " The details below are in Japanese, the language of your insurance contract.",
    );
    expect(mail!.subject).toBe(`【${config.branding.insurerName}】満期のご案内`);
    const [plain] = await japanese.mails();
    expect(plain!.textBody).not.toContain("The details below are in Japanese");
  });

  it("still sends to a customer who opted out of service mails", async () => {
    const customer = await customerWithContract({ mailOptIn: false });
    await runOn(WINDOW_OPENS);
    await runOn(SECOND_REMINDER);
    expect(await customer.mails()).toHaveLength(2);
  });

  it("sends none after expiry, nor for a product renewed through the agency", async () => {
    const expired = await customerWithContract();
    await runOn("2027-01-25");
    expect(await expired.mails()).toHaveLength(0);
    const agencyOnly = await customerWithContract({ product: "GROUP_PERSONAL_ACCIDENT" });
    await runOn(WINDOW_OPENS);
    await runOn(SECOND_REMINDER);
    expect(await agencyOnly.mails()).toHaveLength(0);
  });

  it("goes on past a reminder that cannot be queued, and leaves no row for it", async () => {
    const broken = await customerWithContract({ email: "not an address" });
    const fine = await customerWithContract();
    const result = await runOn("2026-12-04");
    expect(result.failed).toBeGreaterThanOrEqual(1);
    expect(await fine.mails()).toHaveLength(1);
    expect(await broken.rows()).toEqual([]);
  });

  it("sends none to a policyholder who has not registered", async () => {
    const em = db.orm.em.fork();
    const policyholder = newPolicyholder(em);
    const contract = newContract(em, policyholder, { endsOn: ENDS_ON });
    await em.flush();
    await runOn(WINDOW_OPENS);
    const rows = await db.orm.em.fork().execute(
      `select 1 from "renewal_reminder" r join "contract_period" p on p."id" = r."contract_period_id"
         where p."contract_id" = ?`,
      [contract.id],
    );
    expect(rows).toHaveLength(0);
  });
});
