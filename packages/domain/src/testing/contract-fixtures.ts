import { randomInt } from "node:crypto";
import type { Em } from "../database/orm.ts";
import { Policyholder } from "../policyholders/policyholder.entity.ts";
import { addYears } from "../time/calendar-date.ts";
import { ContractPeriod } from "../contracts/contract-period.entity.ts";
import { Contract, type Product } from "../contracts/contract.entity.ts";
import { annualPremiumYen } from "../contracts/premium.ts";

/** Test support: a policyholder of its own per test, so tests sharing a database never see each other's rows. */
export function newPolicyholder(em: Em): Policyholder {
  return em.create(Policyholder, {
    familyName: "見本",
    givenName: "太郎",
    familyNameKana: "ミホン",
    givenNameKana: "タロウ",
    birthDate: "1975-01-01",
    employeeNumber: String(randomInt(1e9, 1e10)),
    groupName: "みらい商事株式会社",
    emailOnFile: null,
  });
}

export interface ContractFixture {
  policyNumber?: string;
  product?: Product;
  /** The expiry date of the latest period. */
  endsOn: string;
  /** How many consecutive one-year periods lead up to `endsOn` (default 1). */
  periods?: number;
  grade?: number;
  claimsThisPeriod?: number;
  groupDiscountPercent?: number;
  basePremiumYen?: number;
}

/**
 * Test support: a contract with its periods, each starting on the previous one's expiry date, as
 * renewals make them.
 */
export function newContract(
  em: Em,
  policyholder: Policyholder,
  fixture: ContractFixture,
): Contract {
  const {
    endsOn,
    periods = 1,
    grade = 12,
    claimsThisPeriod = 0,
    groupDiscountPercent = 15,
    basePremiumYen = 98_000,
  } = fixture;
  const firstStartsOn = addYears(endsOn, -periods);
  const contract = em.create(Contract, {
    policyNumber: fixture.policyNumber ?? String(randomInt(1e9, 1e10)),
    policyholder,
    product: fixture.product ?? "GROUP_AUTO",
    description: "自家用普通乗用車 みらいセダン 品川300あ12-34",
    concludedOn: firstStartsOn,
    nonFleetGrade: grade,
    claimsThisPeriod,
    groupDiscountPercent,
    basePremiumYen,
  });
  for (let i = 0; i < periods; i++) {
    em.create(ContractPeriod, {
      contract,
      startsOn: addYears(firstStartsOn, i),
      endsOn: addYears(firstStartsOn, i + 1),
      nonFleetGrade: grade,
      premiumYen: annualPremiumYen({ basePremiumYen, grade, groupDiscountPercent }),
    });
  }
  return contract;
}
