import { randomBytes } from "node:crypto";
import { loadConfig, type Config } from "@cws/config";
import { generateSync } from "otplib";
import { Agency } from "../agencies/agency.entity.ts";
import { EmployerGroup } from "../agencies/employer-group.entity.ts";
import type { Orm } from "../database/orm.ts";
import { hashPassword } from "../passwords/password-hasher.ts";
import type { RequestScope } from "../request-scope.ts";
import { StaffAccount, type StaffRole } from "../staff/staff-account.entity.ts";
import type { StaffScope } from "../staff/staff-scope.ts";
import { newTotpSecret } from "../staff/totp.ts";

const testConfig = loadConfig({ NODE_ENV: "test" });
const origin = { ip: "192.0.2.10", userAgent: "staff-test" };

/** A request scope on a fresh fork of the test database's entity manager. */
export function staffRequestScope(
  orm: Orm,
  now = new Date(),
  config: Config = testConfig,
): RequestScope {
  return { em: orm.em.fork(), config, now, origin };
}

/** Creates an agency (with a random code unless given) and maps the groups to it. */
export async function newAgency(
  orm: Orm,
  groups: string[] = [],
  code = `AG${randomBytes(4).toString("hex")}`,
): Promise<Agency> {
  const em = orm.em.fork();
  const agency = em.create(Agency, { code, name: `代理店 ${code}`, createdAt: new Date() });
  for (const name of groups) em.create(EmployerGroup, { name, agency, createdAt: new Date() });
  await em.flush();
  return agency;
}

/** A staff member written straight to the database, and a scope acting as them (no session needed). */
export async function newStaffMember(
  orm: Orm,
  agency: Agency,
  role: StaffRole = "AGENT",
  password = "Staff-Passw0rd-Long",
): Promise<{
  staff: StaffAccount;
  password: string;
  totpSecret: string;
  scope: (now?: Date) => StaffScope;
}> {
  const em = orm.em.fork();
  const userId = `staff-${randomBytes(4).toString("hex")}`;
  const totpSecret = newTotpSecret();
  const now = new Date();
  const staff = em.create(StaffAccount, {
    userId,
    userIdKey: userId,
    name: "職員 テスト",
    role,
    agency: em.getReference(Agency, agency.id),
    passwordHash: await hashPassword(password),
    totpSecret,
    createdAt: now,
    updatedAt: now,
  });
  await em.flush();
  const scope = (at = new Date()): StaffScope => ({
    ...staffRequestScope(orm, at),
    staff: {
      staffId: staff.id,
      role,
      agencyId: agency.id,
      sessionId: "00000000-0000-0000-0000-000000000000",
    },
  });
  return { staff, password, totpSecret, scope };
}

/** The TOTP code an authenticator app would show at `at`. */
export function totpCodeAt(secret: string, at: Date): string {
  return generateSync({ secret, epoch: Math.floor(at.getTime() / 1000) });
}
