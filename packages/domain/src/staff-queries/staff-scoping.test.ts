import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Account } from "../accounts/account.entity.ts";
import { AuditEvent } from "../audit/audit-event.entity.ts";
import { inspectLink, issueLink } from "../links/link-service.ts";
import { OutboxMessage } from "../mail/outbox-message.entity.ts";
import { queueMail } from "../mail/outbox.ts";
import { Policyholder } from "../policyholders/policyholder.entity.ts";
import type { StaffScope } from "../staff/staff-scope.ts";
import { newContract, newPolicyholder } from "../testing/contract-fixtures.ts";
import { newAgency, newStaffMember } from "../testing/staff-fixtures.ts";
import {
  openTestDatabase,
  testDatabaseKinds,
  type TestDatabase,
} from "../testing/test-database.ts";
import { StaffAccount } from "../staff/staff-account.entity.ts";
import { auditTrail } from "./audit-trail.ts";
import { staffIssueTemporaryPassword, staffUnlockAccount } from "./customer-actions.ts";
import { customerLookup } from "./customer-lookup.ts";
import { renewalsDue } from "./renewals-due.ts";
import { resendMail } from "./resend-mail.ts";

// 12:00 in Japan on 1 December 2026.
const NOW = new Date("2026-12-01T03:00:00Z");

describe.each(testDatabaseKinds())("staff queries and actions, scoped by agency, on %s", (kind) => {
  let db: TestDatabase;
  const tag = randomBytes(3).toString("hex");
  const groupA = `A商事-${tag}`;
  const groupB = `B工業-${tag}`;
  let agentA: StaffScope;
  let agentB: StaffScope;
  let admin: StaffScope;
  let customerA: { policyholder: Policyholder; account: Account; policyNumbers: string[] };
  let customerB: { policyholder: Policyholder; account: Account; policyNumbers: string[] };

  async function customer(group: string, employeeNumber: string, email: string) {
    const em = db.orm.em.fork();
    const policyholder = newPolicyholder(em);
    Object.assign(policyholder, {
      groupName: group,
      employeeNumber,
      familyNameKana: `テスト${group === groupA ? "エー" : "ビー"}`,
      emailOnFile: email,
    });
    const soon = newContract(em, policyholder, { endsOn: "2026-12-21" });
    const later = newContract(em, policyholder, { endsOn: "2027-03-01" });
    const renewed = newContract(em, policyholder, { endsOn: "2027-12-21", periods: 2 });
    const account = em.create(Account, {
      policyholder,
      userId: email,
      userIdKey: email,
      email,
      passwordHash: "x",
      failedLoginCount: 0,
      lockedUntil: new Date(NOW.getTime() + 600_000),
      passwordChangedAt: NOW,
      createdAt: NOW,
      updatedAt: NOW,
    });
    await em.flush();
    return {
      policyholder,
      account,
      policyNumbers: [soon.policyNumber, later.policyNumber, renewed.policyNumber],
    };
  }

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    const a = await newAgency(db.orm, [groupA]);
    const b = await newAgency(db.orm, [groupB]);
    agentA = (await newStaffMember(db.orm, a)).scope(NOW);
    agentB = (await newStaffMember(db.orm, b)).scope(NOW);
    admin = (await newStaffMember(db.orm, a, "ADMIN")).scope(NOW);
    customerA = await customer(groupA, "7001", `a-${tag}@example.com`);
    customerB = await customer(groupB, "7002", `b-${tag}@example.com`);
  });
  afterAll(() => db?.close());
  const fresh = (scope: StaffScope): StaffScope => ({ ...scope, em: db.orm.em.fork() });

  it("finds a customer by 社員番号, kana, e-mail and 契約番号 only within the agent's agency", async () => {
    const lookups = [
      { by: "EMPLOYEE_NUMBER", value: "７００１" },
      { by: "KANA", value: "てすとえー" },
      { by: "KANA", value: "テストエー　ﾀﾛｳ" },
      { by: "EMAIL", value: `A-${tag}@EXAMPLE.com` },
      { by: "POLICY_NUMBER", value: customerA.policyNumbers[0]! },
    ] as const;
    for (const lookup of lookups) {
      const found = await customerLookup(fresh(agentA), lookup);
      expect(
        found.map((f) => f.policyholderId),
        lookup.by,
      ).toEqual([customerA.policyholder.id]);
      expect(await customerLookup(fresh(agentB), lookup)).toEqual([]);
    }
    expect(
      (await customerLookup(fresh(agentB), { by: "EMPLOYEE_NUMBER", value: "7002" })).map(
        (f) => f.policyholderId,
      ),
    ).toEqual([customerB.policyholder.id]);
    const [summary] = await customerLookup(fresh(admin), { by: "EMPLOYEE_NUMBER", value: "7001" });
    expect(summary).toMatchObject({
      groupName: groupA,
      account: { accountId: customerA.account.id, locked: true, lastLoginAt: null },
      mails: [],
    });
  });

  it("lists renewals due within N days, not yet renewed, by expiry, paged, for the agent's groups only", async () => {
    const due = await renewalsDue(fresh(agentA), { withinDays: 30 });
    expect(due.items.map((d) => [d.policyNumber, d.window.open, d.registered])).toEqual([
      [customerA.policyNumbers[0], true, true],
      [customerA.policyNumbers[1], false, true],
    ]);
    expect(due.items[1]!.window).toEqual({
      opensOn: "2026-12-31",
      closesOn: "2027-03-01",
      open: false,
    });
    expect(
      (await renewalsDue(fresh(agentA), { withinDays: 10 })).items.map((d) => d.policyNumber),
    ).toEqual([customerA.policyNumbers[0]]);
    expect((await renewalsDue(fresh(agentB), { withinDays: 30, groupName: groupA })).items).toEqual(
      [],
    );
    expect(
      (await renewalsDue(fresh(agentB), { withinDays: 30 })).items.map((d) => d.policyNumber),
    ).toEqual(customerB.policyNumbers.slice(0, 2));

    const all = await renewalsDue(fresh(admin), { withinDays: 30 });
    expect(all.items).toHaveLength(4);
    const first = await renewalsDue(fresh(admin), { withinDays: 30, limit: 3 });
    const second = await renewalsDue(fresh(admin), {
      withinDays: 30,
      limit: 3,
      after: first.nextCursor,
    });
    expect([...first.items, ...second.items]).toEqual(all.items);
    expect(second.nextCursor).toBeNull();
  });

  it(
    "lets an agent issue a temporary password and unlock " +
      "only for their agency, with audit rows naming them",
    async () => {
      expect(
        await staffIssueTemporaryPassword(fresh(agentB), { accountId: customerA.account.id }),
      ).toMatchObject({ ok: false, code: "RECORD_NOT_FOUND" });
      expect(
        await staffUnlockAccount(fresh(agentB), { accountId: customerA.account.id }),
      ).toMatchObject({ ok: false, code: "RECORD_NOT_FOUND" });
      expect(
        await staffUnlockAccount(fresh(agentB), {
          accountId: "00000000-0000-0000-0000-000000000000",
        }),
      ).toMatchObject({ ok: false, code: "RECORD_NOT_FOUND" });

      const issued = await staffIssueTemporaryPassword(fresh(agentA), {
        accountId: customerA.account.id,
      });
      expect(issued).toMatchObject({
        ok: true,
        temporaryPassword: expect.stringMatching(/^[A-Za-z2-9]{16}$/),
      });
      expect(await staffUnlockAccount(fresh(agentA), { accountId: customerA.account.id })).toEqual({
        ok: true,
      });
      expect(
        (await db.orm.em.fork().findOneOrFail(Account, customerA.account.id)).lockedUntil,
      ).toBeNull();

      const trail = await auditTrail(fresh(agentA), { accountId: customerA.account.id });
      expect(trail.items.map((e) => [e.type, e.staffId])).toEqual([
        ["ACCOUNT_UNLOCKED", agentA.staff.staffId],
        ["TEMPORARY_PASSWORD_ISSUED", agentA.staff.staffId],
      ]);
      expect((await auditTrail(fresh(agentB), { accountId: customerA.account.id })).items).toEqual(
        [],
      );
      expect(
        (
          await auditTrail(fresh(admin), {
            staffId: agentA.staff.staffId,
            type: "ACCOUNT_UNLOCKED",
          })
        ).items,
      ).toHaveLength(1);
      expect(
        (
          await auditTrail(fresh(admin), {
            staffId: agentA.staff.staffId,
            from: new Date(NOW.getTime() + 60_000),
          })
        ).items,
      ).toEqual([]);
      // By the staff member's user ID, as staff type it; each entry names its actor.
      const agentAUserId = (
        await db.orm.em.fork().findOneOrFail(StaffAccount, agentA.staff.staffId)
      ).userId;
      const byUserId = await auditTrail(fresh(admin), {
        staffUserId: agentAUserId.toUpperCase(),
        type: "ACCOUNT_UNLOCKED",
      });
      expect(byUserId.items.map((e) => [e.staffId, e.staffUserId])).toEqual([
        [agentA.staff.staffId, agentAUserId],
      ]);
      expect((await auditTrail(fresh(admin), { staffUserId: "nobody" })).items).toEqual([]);
      expect(
        (
          await auditTrail(fresh(admin), {
            staffUserId: agentAUserId,
            staffId: agentB.staff.staffId,
          })
        ).items,
      ).toEqual([]);
    },
  );

  it(
    "resends a pending link mail with a fresh link and keyword," +
      " killing the old link; another agency's mail is unknown",
    async () => {
      const em = db.orm.em.fork();
      const policyholder = em.getReference(Policyholder, customerA.policyholder.id);
      const email = `new-${tag}@example.com`;
      const { token } = issueLink(em, {
        purpose: "REGISTRATION",
        policyholder,
        email,
        keyword: "Abc123",
        ttlHours: 48,
        maxAttempts: 5,
        now: NOW,
      });
      const mail = queueMail(em, {
        to: email,
        kind: "registration-invitation",
        content: { subject: "s", text: "t", html: "<p>t</p>" },
        now: NOW,
      });
      await em.flush();
      await em.nativeUpdate(Policyholder, { id: policyholder.id }, { emailOnFile: email });

      expect(await resendMail(fresh(agentB), { messageId: mail.id })).toMatchObject({
        ok: false,
        code: "RECORD_NOT_FOUND",
      });
      const resent = await resendMail(fresh(agentA), { messageId: mail.id });
      expect(resent).toMatchObject({
        ok: true,
        freshLink: true,
        keyword: expect.stringMatching(/^\d{10}$/),
      });
      if (!resent.ok) return;
      expect(
        (await inspectLink({ ...fresh(agentA), em: db.orm.em.fork() }, { token })).status,
      ).toBe("DEAD");
      const check = db.orm.em.fork();
      expect(await check.findOneOrFail(OutboxMessage, mail.id)).toMatchObject({
        status: "SUPERSEDED",
      });
      // The replaced mail is neither listed nor resent again (which would kill the fresh link).
      expect(await resendMail(fresh(agentA), { messageId: mail.id })).toMatchObject({
        ok: false,
        code: "NOTHING_TO_RESEND",
      });
      expect(await check.findOneOrFail(OutboxMessage, resent.messageId)).toMatchObject({
        status: "PENDING",
        toAddress: email,
        kind: "registration-invitation",
      });
      expect(
        await check.count(AuditEvent, { type: "MAIL_RESENT", staffId: agentA.staff.staffId }),
      ).toBe(1);
    },
  );

  it("lists a given-up reset mail and resends it naming the user ID, in the customer's language", async () => {
    const em = db.orm.em.fork();
    await em.nativeUpdate(Account, { id: customerA.account.id }, { language: "en" });
    const account = await em.findOneOrFail(Account, customerA.account.id);
    issueLink(em, {
      purpose: "CREDENTIAL_RESET",
      policyholder: em.getReference(Policyholder, customerA.policyholder.id),
      account,
      email: account.email,
      keyword: "1234567890",
      ttlHours: 24,
      maxAttempts: 5,
      now: NOW,
    });
    const mail = queueMail(em, {
      to: account.email,
      kind: "credential-reset",
      content: { subject: "s", text: "t", html: "<p>t</p>" },
      now: NOW,
    });
    await em.flush();
    // Delivery kept failing until the deadline: the mail most often in need of a resend.
    await em.nativeUpdate(OutboxMessage, { id: mail.id }, { status: "GAVE_UP" });

    const mailsOf = async () =>
      (await customerLookup(fresh(agentA), { by: "EMAIL", value: account.email }))[0]!.mails;
    expect((await mailsOf()).map((m) => [m.id, m.status])).toContainEqual([mail.id, "GAVE_UP"]);
    const resent = await resendMail(fresh(agentA), { messageId: mail.id });
    expect(resent).toMatchObject({ ok: true, freshLink: true });
    if (!resent.ok) return;
    const sent = await db.orm.em.fork().findOneOrFail(OutboxMessage, resent.messageId);
    expect(sent.textBody).toContain(`現在のユーザーID: ${account.userId}`);
    expect(sent.textBody).toMatch(/\?lang=en#/);
    expect((await mailsOf()).map((m) => m.id)).not.toContain(mail.id);
  });
});
