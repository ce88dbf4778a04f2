import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditEvent } from "../audit/audit-event.entity.ts";
import {
  newAgency,
  newStaffMember,
  staffRequestScope,
  totpCodeAt,
} from "../testing/staff-fixtures.ts";
import {
  openTestDatabase,
  testDatabaseKinds,
  type TestDatabase,
} from "../testing/test-database.ts";
import { disableStaff } from "./staff-admin.ts";
import { staffLogin, staffLogout } from "./staff-login.ts";
import { resumeStaffSession } from "./staff-sessions.ts";

describe.each(testDatabaseKinds())("staff login on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());
  const at = (iso: string) => new Date(iso);

  async function member(role: "AGENT" | "ADMIN" = "AGENT") {
    const agency = await newAgency(db.orm);
    return newStaffMember(db.orm, agency, role);
  }

  it("opens a session with the password and the current TOTP code, and resumes it until 15 idle minutes", async () => {
    const { staff, password, totpSecret } = await member();
    const now = at("2026-11-25T01:00:00Z");
    const result = await staffLogin(staffRequestScope(db.orm, now), {
      userId: staff.userId.toUpperCase(),
      password,
      totpCode: totpCodeAt(totpSecret, now),
    });
    expect(result).toMatchObject({ ok: true, staffId: staff.id, role: "AGENT" });
    if (!result.ok) return;
    const resume = (when: Date) =>
      resumeStaffSession(staffRequestScope(db.orm, when), result.sessionToken);
    expect(await resume(at("2026-11-25T01:14:00Z"))).toMatchObject({
      staffId: staff.id,
      role: "AGENT",
    });
    // Seen at 01:14, so idle from then: 01:28 is still live, 01:29:01 is past 15 minutes.
    expect(await resume(at("2026-11-25T01:28:00Z"))).not.toBeNull();
    expect(await resume(at("2026-11-25T01:43:01Z"))).toBeNull();
    expect(await resume(at("2026-11-25T01:30:00Z"))).toBeNull();
  });

  it(
    "answers a wrong TOTP code, a reused one, a wrong " +
      "password and an unknown user ID alike, and audits each",
    async () => {
      const { staff, password, totpSecret } = await member();
      const now = at("2026-11-25T02:00:00Z");
      const code = totpCodeAt(totpSecret, now);
      const wrongCode = code === "000000" ? "111111" : "000000";
      const login = (input: { userId?: string; password?: string; totpCode: string }) =>
        staffLogin(staffRequestScope(db.orm, now), { userId: staff.userId, password, ...input });

      const answers = [
        await login({ totpCode: wrongCode }),
        await login({ totpCode: code, password: "Wrong-Passw0rd-Long" }),
        await login({ totpCode: code, userId: "nobody-here" }),
      ];
      expect((await login({ totpCode: code })).ok).toBe(true);
      answers.push(await login({ totpCode: code }));
      for (const answer of answers) {
        expect(answer).toEqual({
          ok: false,
          code: "STAFF_LOGIN_FAILED",
          message: { ja: expect.any(String), en: expect.any(String) },
        });
      }
      const reasons = (
        await db.orm.em
          .fork()
          .find(
            AuditEvent,
            { type: "STAFF_LOGIN_FAILED", staffId: staff.id },
            { orderBy: { id: "asc" } },
          )
      ).map((e) => e.detail?.reason);
      expect(reasons).toEqual(["WRONG_TOTP", "WRONG_PASSWORD", "TOTP_REUSED"]);
    },
  );

  it(
    "locks after the configured number of failures, and " +
      "refuses a disabled account even with the right factors",
    async () => {
      const { staff, password, totpSecret } = await member();
      const now = at("2026-11-25T03:00:00Z");
      const scope = staffRequestScope(db.orm, now);
      for (let i = 0; i < scope.config.lockout.threshold; i += 1) {
        await staffLogin(staffRequestScope(db.orm, now), {
          userId: staff.userId,
          password: "Wrong-Passw0rd-Long",
          totpCode: "123456",
        });
      }
      expect(
        await staffLogin(staffRequestScope(db.orm, now), {
          userId: staff.userId,
          password,
          totpCode: totpCodeAt(totpSecret, now),
        }),
      ).toMatchObject({ ok: false });
      expect(
        await db.orm.em.fork().count(AuditEvent, { type: "STAFF_LOCKED", staffId: staff.id }),
      ).toBe(1);

      const other = await member();
      const admin = await member("ADMIN");
      const later = at("2026-11-25T03:05:00Z");
      const login = await staffLogin(staffRequestScope(db.orm, later), {
        userId: other.staff.userId,
        password: other.password,
        totpCode: totpCodeAt(other.totpSecret, later),
      });
      if (!login.ok) throw new Error("expected a session");
      expect(await disableStaff(admin.scope(later), { staffId: other.staff.id })).toMatchObject({
        ok: true,
      });
      expect(
        await resumeStaffSession(staffRequestScope(db.orm, later), login.sessionToken),
      ).toBeNull();
      const again = at("2026-11-25T03:06:00Z");
      expect(
        await staffLogin(staffRequestScope(db.orm, again), {
          userId: other.staff.userId,
          password: other.password,
          totpCode: totpCodeAt(other.totpSecret, again),
        }),
      ).toMatchObject({ ok: false, code: "STAFF_LOGIN_FAILED" });
    },
  );

  it("ends the session at logout, with an audit row naming the staff member", async () => {
    const { staff, password, totpSecret } = await member();
    const now = at("2026-11-25T04:00:00Z");
    const login = await staffLogin(staffRequestScope(db.orm, now), {
      userId: staff.userId,
      password,
      totpCode: totpCodeAt(totpSecret, now),
    });
    if (!login.ok) throw new Error("expected a session");
    const principal = await resumeStaffSession(staffRequestScope(db.orm, now), login.sessionToken);
    if (!principal) throw new Error("expected a live session");
    await staffLogout({ ...staffRequestScope(db.orm, now), staff: principal });
    expect(await resumeStaffSession(staffRequestScope(db.orm, now), login.sessionToken)).toBeNull();
    expect(
      await db.orm.em.fork().count(AuditEvent, { type: "STAFF_LOGOUT", staffId: staff.id }),
    ).toBe(1);
  });

  it("answers blank fields as VALIDATION_FAILED before any lookup, and tells when the session ends", async () => {
    const { staff, password, totpSecret } = await member();
    const now = at("2026-11-25T04:00:00Z");
    const blank = await staffLogin(staffRequestScope(db.orm, now), {
      userId: " ",
      password: "",
      totpCode: "",
    });
    expect(blank).toMatchObject({ ok: false, code: "VALIDATION_FAILED" });
    if (blank.ok || blank.code !== "VALIDATION_FAILED") return;
    expect(blank.fieldErrors.map((e) => e.field)).toEqual(["userId", "password", "totpCode"]);
    expect(await db.orm.em.fork().count(AuditEvent, { type: "STAFF_LOGIN_FAILED", at: now })).toBe(
      0,
    );

    const result = await staffLogin(staffRequestScope(db.orm, now), {
      userId: staff.userId,
      password,
      totpCode: totpCodeAt(totpSecret, now),
    });
    if (!result.ok) throw new Error(result.code);
    // STAFF_SESSION_ABSOLUTE_HOURS, 10 by default.
    expect(result.expiresAt).toEqual(at("2026-11-25T14:00:00Z"));
  });
});
