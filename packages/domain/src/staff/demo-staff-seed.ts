import { Agency } from "../agencies/agency.entity.ts";
import { EmployerGroup } from "../agencies/employer-group.entity.ts";
import { demoAgency, demoStaff } from "../database/demo-data.ts";
import type { Em } from "../database/orm.ts";
import { hashPassword } from "../passwords/password-hasher.ts";
import { StaffAccount } from "./staff-account.entity.ts";

/** Adds the demo agency, its group mapping and the demo admin and agent to the caller's transaction. */
export async function seedDemoStaff(tx: Em, now: Date): Promise<void> {
  if (await tx.count(Agency, { code: demoAgency.code })) return;
  const agency = tx.create(Agency, {
    code: demoAgency.code,
    name: demoAgency.name,
    createdAt: now,
  });
  for (const name of demoAgency.groups) tx.create(EmployerGroup, { name, agency, createdAt: now });
  for (const staff of demoStaff) {
    tx.create(StaffAccount, {
      userId: staff.userId,
      userIdKey: staff.userId,
      name: staff.name,
      role: staff.role,
      agency,
      passwordHash: await hashPassword(staff.password),
      totpSecret: staff.totpSecret,
      createdAt: now,
      updatedAt: now,
    });
  }
}
