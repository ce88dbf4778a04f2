import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Account, userIdKeyOf } from "../accounts/account.entity.ts";
import { login } from "../accounts/login-service.ts";
import type { Orm } from "../database/orm.ts";
import { verifyKeyword } from "../links/link-service.ts";
import { OutboxMessage } from "../mail/outbox-message.entity.ts";
import { hashPassword } from "../passwords/password-hasher.ts";
import type { RequestScope } from "../request-scope.ts";
import { newPolicyholder } from "../testing/contract-fixtures.ts";
import { staffRequestScope } from "../testing/staff-fixtures.ts";
import {
  openTestDatabase,
  testDatabaseKinds,
  type TestDatabase,
} from "../testing/test-database.ts";
import { completeCredentialReset, type ResetRequest } from "./complete-credential-reset.ts";
import { requestCredentialReset } from "./credential-reset-service.ts";
import { processResetRequests } from "./reset-worker.ts";

vi.setConfig({ testTimeout: 120_000 });

const PASSWORD = "Mirai-2026x";
const NEW_PASSWORD = "Sakura-2027y";
const now = new Date("2026-12-01T03:00:00Z");
let serial = 0;

async function newAccount(orm: Orm, { userId }: { userId?: string } = {}) {
  const em = orm.em.fork();
  const policyholder = newPolicyholder(em);
  serial += 1;
  const email = `hanako.${policyholder.employeeNumber}.${serial}@example.com`;
  const id = userId ? `${userId}${policyholder.employeeNumber}` : email;
  const account = em.create(Account, {
    policyholder,
    userId: id,
    userIdKey: userIdKeyOf(id),
    email,
    passwordHash: await hashPassword(PASSWORD),
    passwordChangedAt: now,
    createdAt: now,
    updatedAt: now,
  });
  await em.flush();
  return account;
}

const scopeOf = (orm: Orm, language?: "ja" | "en"): RequestScope => ({
  ...staffRequestScope(orm, now),
  ...(language ? { language } : {}),
});

async function mailsTo(orm: Orm, to: string) {
  return orm.em.fork().find(OutboxMessage, { toAddress: to }, { orderBy: { createdAt: "asc" } });
}

/** STEP 2–4: asks for the reset, follows the mailed link and enters the keyword. */
async function stepToken(orm: Orm, account: Account, language?: "ja" | "en") {
  const asked = await requestCredentialReset(scopeOf(orm, language), {
    email: account.email,
    birthDate: "1975-01-01",
  });
  if (!asked.ok) throw new Error("the reset was refused");
  // The link and its mail are written by the reset worker, after the answer.
  await processResetRequests(orm, scopeOf(orm).config, { now: () => now });
  const [mail] = (await mailsTo(orm, account.email)).filter((m) => m.kind === "credential-reset");
  const link = /https?:\/\/\S+#(\S+)/.exec(mail!.textBody)!;
  const verified = await verifyKeyword(scopeOf(orm), { token: link[1]!, keyword: asked.keyword });
  if (!verified.ok) throw new Error("the keyword was refused");
  return { stepToken: verified.stepToken, mail: mail! };
}

const reset = (orm: Orm, request: Partial<ResetRequest> & { stepToken: string; email: string }) =>
  completeCredentialReset(scopeOf(orm), {
    password: NEW_PASSWORD,
    mailOptIn: true,
    commit: true,
    ...request,
  });

const signIn = (orm: Orm, userId: string, password = NEW_PASSWORD) =>
  login(scopeOf(orm), { userId, password });

describe.each(testDatabaseKinds())("reset and the user ID on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  it("the mail names the current user ID and that the address logs in too", async () => {
    const account = await newAccount(db.orm, { userId: "taro-" });
    const { mail } = await stepToken(db.orm, account);
    expect(mail.textBody).toContain(`現在のユーザーID: ${account.userId}`);
    expect(mail.textBody).toContain("ご登録のメールアドレスもご利用いただけます");
    expect(mail.textBody).not.toContain("ユーザーID(メールアドレス)");
    // Japanese on a Japanese request: no English line, no language in the link.
    expect(mail.textBody).not.toMatch(/^[A-Za-z]/);
    expect(mail.textBody).not.toContain("lang=");
  });

  it("keeps a chosen user ID by default; both it and the e-mail address then log in", async () => {
    const account = await newAccount(db.orm, { userId: "taro-" });
    const { stepToken: token } = await stepToken(db.orm, account);
    const preview = await completeCredentialReset(scopeOf(db.orm), {
      stepToken: token,
      email: account.email,
      password: NEW_PASSWORD,
      mailOptIn: true,
      commit: false,
    });
    expect(preview).toMatchObject({ ok: true, committed: false, userId: account.userId });
    const done = await reset(db.orm, { stepToken: token, email: account.email });
    expect(done).toMatchObject({ ok: true, committed: true, changes: ["password"] });
    expect((await signIn(db.orm, account.userId)).ok).toBe(true);
    expect((await signIn(db.orm, account.email.toUpperCase())).ok).toBe(true);
    const [notice] = (await mailsTo(db.orm, account.email)).filter(
      (m) => m.kind === "settings-changed",
    );
    expect(notice!.subject).toContain("ユーザーID・パスワード再登録完了のお知らせ");
    expect(notice!.textBody).toContain(`ログインにご利用いただくユーザーID: ${account.userId}`);
    expect(notice!.textBody).toContain("変更項目: パスワード\n");
  });

  it("changes the user ID when the customer chooses one, and the old one stops working", async () => {
    const account = await newAccount(db.orm, { userId: "taro-" });
    const { stepToken: token } = await stepToken(db.orm, account);
    const chosen = `hanako-${account.policyholder.employeeNumber}`;
    const done = await reset(db.orm, { stepToken: token, email: account.email, userId: chosen });
    expect(done).toMatchObject({ ok: true, committed: true, changes: ["userId", "password"] });
    expect((await signIn(db.orm, chosen)).ok).toBe(true);
    expect((await signIn(db.orm, account.email)).ok).toBe(true);
    expect((await signIn(db.orm, account.userId)).ok).toBe(false);
    const notices = (await mailsTo(db.orm, account.email)).filter(
      (m) => m.kind === "settings-changed",
    );
    expect(notices.at(-1)!.textBody).toContain(`ログインにご利用いただくユーザーID: ${chosen}`);
  });

  it("a user ID that is the e-mail address follows a new address when kept", async () => {
    const account = await newAccount(db.orm);
    const { stepToken: token } = await stepToken(db.orm, account);
    const newEmail = `moved.${account.policyholder.employeeNumber}@example.net`;
    const done = await reset(db.orm, { stepToken: token, email: newEmail });
    expect(done).toMatchObject({ ok: true, changes: ["userId", "email", "password"] });
    expect((await signIn(db.orm, newEmail)).ok).toBe(true);
    expect((await signIn(db.orm, account.email)).ok).toBe(false);
    // The address the account left is told of the reset, but not how to log in.
    const left = (await mailsTo(db.orm, account.email)).filter(
      (m) => m.kind === "settings-changed",
    );
    expect(left.at(-1)!.textBody).not.toContain("ログインにご利用いただくユーザーID");
  });

  it("refuses a user ID taken by another account, or one that looks like another's address", async () => {
    const other = await newAccount(db.orm, { userId: "jiro-" });
    const account = await newAccount(db.orm, { userId: "taro-" });
    const { stepToken: token } = await stepToken(db.orm, account);
    const taken = await reset(db.orm, {
      stepToken: token,
      email: account.email,
      userId: other.userId,
    });
    expect(taken).toMatchObject({
      ok: false,
      error: { fieldErrors: [{ field: "userId", code: "USER_ID_UNAVAILABLE" }] },
    });
    const foreign = await reset(db.orm, {
      stepToken: token,
      email: account.email,
      userId: other.email,
    });
    expect(foreign).toMatchObject({
      ok: false,
      error: { fieldErrors: [{ field: "userId", code: "USER_ID_NOT_OWN_EMAIL" }] },
    });
    const invalid = await reset(db.orm, { stepToken: token, email: account.email, userId: "あ" });
    expect(invalid).toMatchObject({ ok: false, error: { fieldErrors: [{ field: "userId" }] } });
    // Refusals leave the step token usable.
    const own = await reset(db.orm, {
      stepToken: token,
      email: account.email,
      userId: account.email.toUpperCase(),
    });
    expect(own).toMatchObject({ ok: true, committed: true });
    expect((await signIn(db.orm, account.email)).ok).toBe(true);
  });

  it("refuses an address another account logs in with", async () => {
    const other = await newAccount(db.orm, { userId: "jiro-" });
    const account = await newAccount(db.orm, { userId: "taro-" });
    const { stepToken: token } = await stepToken(db.orm, account);
    const outcome = await reset(db.orm, { stepToken: token, email: other.email });
    expect(outcome).toMatchObject({
      ok: false,
      error: { fieldErrors: [{ field: "email", code: "EMAIL_UNAVAILABLE" }] },
    });
  });

  it("in English: the mails open with one English line, the link keeps the language", async () => {
    const account = await newAccount(db.orm, { userId: "taro-" });
    const { stepToken: token, mail } = await stepToken(db.orm, account, "en");
    const [first] = mail.textBody.split("\n\n");
    expect(first).toMatch(/^To reset your user ID or password, .*current user ID is taro-\d+\./);
    expect(first).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(mail.textBody).toMatch(/\/link\?lang=en#/);
    expect(mail.htmlBody).toContain('<p lang="en">');
    // Completed from the web app in English: the account remembers it, the notice opens in English.
    const done = await completeCredentialReset(
      { ...scopeOf(db.orm, "en") },
      {
        stepToken: token,
        email: account.email,
        password: NEW_PASSWORD,
        mailOptIn: true,
        commit: true,
      },
    );
    expect(done.ok).toBe(true);
    const stored = await db.orm.em.fork().findOneOrFail(Account, { id: account.id });
    expect(stored.language).toBe("en");
    const notice = (await mailsTo(db.orm, account.email)).find(
      (m) => m.kind === "settings-changed",
    );
    expect(notice!.textBody.split("\n\n")[0]).toMatch(
      /^Your user ID and password reset is complete/,
    );
  });
});

describe.each(testDatabaseKinds())("login by user ID or e-mail address on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  it("accepts the user ID and the registered address, in any case", async () => {
    const account = await newAccount(db.orm, { userId: "Taro-" });
    for (const name of [account.userId, account.userId.toLowerCase(), account.email.toUpperCase()])
      expect((await signIn(db.orm, name, PASSWORD)).ok).toBe(true);
    const wrong = await signIn(db.orm, account.email, "Wrong-0000x");
    expect(wrong).toEqual(await signIn(db.orm, "nobody@example.com", PASSWORD));
  });

  it("a user ID wins over another account's address, and a shared address logs nobody in", async () => {
    // Two accounts on one household address: one registered it as its user ID.
    const first = await newAccount(db.orm);
    const second = await newAccount(db.orm, { userId: "jiro-" });
    const em = db.orm.em.fork();
    const stored = await em.findOneOrFail(Account, { id: second.id });
    stored.email = first.email;
    await em.flush();
    const byAddress = await signIn(db.orm, first.email, PASSWORD);
    expect(byAddress.ok && byAddress.account.id).toBe(first.id);
    expect((await signIn(db.orm, second.userId, PASSWORD)).ok).toBe(true);

    // A shared address that is nobody's user ID is ambiguous: it logs neither in.
    const third = await newAccount(db.orm, { userId: "saburo-" });
    const fourth = await newAccount(db.orm, { userId: "shiro-" });
    const em2 = db.orm.em.fork();
    (await em2.findOneOrFail(Account, { id: fourth.id })).email = third.email;
    await em2.flush();
    expect((await signIn(db.orm, third.email, PASSWORD)).ok).toBe(false);
    expect((await signIn(db.orm, third.userId, PASSWORD)).ok).toBe(true);
    // Not counted against either account.
    const counts = await db.orm.em.fork().find(Account, { id: { $in: [third.id, fourth.id] } });
    expect(counts.map((a) => a.failedLoginCount)).toEqual([0, 0]);
  });

  it("counts a wrong password given with the address against that account", async () => {
    const account = await newAccount(db.orm, { userId: "goro-" });
    await signIn(db.orm, account.email, "Wrong-0000x");
    const stored = await db.orm.em.fork().findOneOrFail(Account, { id: account.id });
    expect(stored.failedLoginCount).toBe(1);
  });
});
