import { ContractPeriod } from "../contracts/contract-period.entity.ts";
import { Contract } from "../contracts/contract.entity.ts";
import { annualPremiumYen } from "../contracts/premium.ts";
import { Policyholder } from "../policyholders/policyholder.entity.ts";
import { seedDemoStaff } from "../staff/demo-staff-seed.ts";
import { addDays, addYears } from "../time/calendar-date.ts";
import { demoPolicyholders } from "./demo-data.ts";
import type { Em } from "./orm.ts";

/**
 * Loads the demo data set once: a database that already has policyholders is left alone,
 * so restarting the embedded default never duplicates or overwrites anything.
 * Returns whether it loaded anything.
 */
export async function seedDemoData(em: Em, today: string): Promise<boolean> {
  return em.transactional(async (tx) => {
    if ((await tx.count(Policyholder)) > 0) return false;
    await seedDemoStaff(tx, new Date());
    for (const person of demoPolicyholders) {
      const { contracts, ...fields } = person;
      const policyholder = tx.create(Policyholder, fields);
      for (const demo of contracts) {
        const endsOn = addDays(today, demo.expiresInDays);
        const startsOn = addYears(endsOn, -1);
        const contract = tx.create(Contract, {
          policyNumber: demo.policyNumber,
          policyholder,
          product: demo.product,
          description: demo.description,
          concludedOn: addDays(startsOn, -14),
          nonFleetGrade: demo.grade,
          claimsThisPeriod: demo.claimsThisPeriod,
          groupDiscountPercent: demo.groupDiscountPercent,
          basePremiumYen: demo.basePremiumYen,
        });
        tx.create(ContractPeriod, {
          contract,
          startsOn,
          endsOn,
          nonFleetGrade: demo.grade,
          premiumYen: annualPremiumYen({
            basePremiumYen: demo.basePremiumYen,
            grade: demo.grade,
            groupDiscountPercent: demo.groupDiscountPercent,
          }),
        });
      }
    }
    return true;
  });
}
