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
import {
  bootstrapAdmin,
  createStaff,
  disableStaff,
  staffMemberById,
  staffMembers,
} from "./staff-admin.ts";
import { staffLogin } from "./staff-login.ts";

describe.each(testDatabaseKinds())("staff accounts on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  it("bootstraps the first admin with its agency and a TOTP enrolment, then refuses a second bootstrap", async () => {
    const now = new Date("2026-11-25T05:00:00Z");
    const first = await bootstrapAdmin(staffRequestScope(db.orm, now), {
      userId: "admin",
      name: "管理者",
      password: "Admin-Passw0rd-Long",
      agencyCode: "SAKURA",
      agencyName: "さくら保険サービス",
    });
    expect(first).toMatchObject({
      ok: true,
      otpauthUri: expect.stringMatching(/^otpauth:\/\/totp\/.*secret=/),
    });
    if (!first.ok) return;
    const login = await staffLogin(staffRequestScope(db.orm, now), {
      userId: "ADMIN",
      password: "Admin-Passw0rd-Long",
      totpCode: totpCodeAt(first.totpSecret, now),
    });
    expect(login).toMatchObject({ ok: true, role: "ADMIN" });
    expect(
      await bootstrapAdmin(staffRequestScope(db.orm, now), {
        userId: "admin2",
        name: "二人目",
        password: "Admin-Passw0rd-Long",
        agencyCode: "SAKURA",
      }),
    ).toMatchObject({
      ok: false,
      code: "ADMIN_ALREADY_EXISTS",
      message: { ja: expect.any(String), en: expect.any(String) },
    });
  });

  it("lets only an admin create staff, with passwords of at least 12 characters and unique user IDs", async () => {
    const agency = await newAgency(db.orm);
    const admin = (await newStaffMember(db.orm, agency, "ADMIN")).scope();
    const agent = (await newStaffMember(db.orm, agency, "AGENT")).scope();
    const input = {
      userId: `agent-${agency.code}`,
      name: "担当 一郎",
      role: "AGENT" as const,
      password: "Agent-Passw0rd-12",
      agencyCode: agency.code,
    };

    expect(await createStaff(agent, input)).toMatchObject({ ok: false, code: "STAFF_FORBIDDEN" });
    const short = await createStaff(admin, { ...input, password: "Short-Pass1" });
    expect(short).toMatchObject({
      ok: false,
      code: "STAFF_INVALID_INPUT",
      errors: [{ field: "password", code: "PASSWORD_TOO_SHORT" }],
    });
    expect(await createStaff(admin, { ...input, agencyCode: "NOPE" })).toMatchObject({
      ok: false,
      code: "AGENCY_NOT_FOUND",
    });
    const created = await createStaff(admin, input);
    expect(created).toMatchObject({ ok: true, staffId: expect.any(String) });
    expect(
      await createStaff(admin, { ...input, userId: input.userId.toUpperCase() }),
    ).toMatchObject({ ok: false, code: "STAFF_USER_ID_TAKEN" });
    expect(
      await db.orm.em
        .fork()
        .count(AuditEvent, { type: "STAFF_CREATED", staffId: admin.staff.staffId }),
    ).toBe(1);
  });

  it("lists staff for an admin only, and disables by user ID (case-insensitive), never oneself", async () => {
    const agency = await newAgency(db.orm);
    const admin = await newStaffMember(db.orm, agency, "ADMIN");
    const agent = await newStaffMember(db.orm, agency);
    const now = new Date("2026-11-25T06:00:00Z");
    expect(await staffMembers(agent.scope(now))).toMatchObject({
      ok: false,
      code: "STAFF_FORBIDDEN",
    });
    const listed = await staffMembers(admin.scope(now));
    if (!listed.ok) throw new Error(listed.code);
    expect(listed.members.find((m) => m.id === agent.staff.id)).toEqual({
      id: agent.staff.id,
      userId: agent.staff.userId,
      name: agent.staff.name,
      role: "AGENT",
      agencyCode: agency.code,
      agencyName: agency.name,
      disabled: false,
    });
    expect(JSON.stringify(listed.members)).not.toContain(agent.totpSecret);

    expect(await disableStaff(agent.scope(now), { userId: admin.staff.userId })).toMatchObject({
      code: "STAFF_FORBIDDEN",
    });
    expect(await disableStaff(admin.scope(now), { userId: admin.staff.userId })).toMatchObject({
      code: "STAFF_FORBIDDEN",
    });
    expect(await disableStaff(admin.scope(now), { userId: "no-such-user" })).toMatchObject({
      code: "STAFF_NOT_FOUND",
    });
    expect(await disableStaff(admin.scope(now), { userId: "" })).toMatchObject({
      code: "STAFF_NOT_FOUND",
    });
    expect(
      await disableStaff(admin.scope(now), { userId: agent.staff.userId.toUpperCase() }),
    ).toEqual({ ok: true, staffId: agent.staff.id, userId: agent.staff.userId });
    expect((await staffMemberById(db.orm.em.fork(), agent.staff.id))?.disabled).toBe(true);
    const audit = await db.orm.em
      .fork()
      .findOneOrFail(AuditEvent, { type: "STAFF_DISABLED", staffId: admin.staff.id });
    expect(audit.detail).toEqual({ disabled: agent.staff.id, userId: agent.staff.userId });
  });
});
