import { defineEntity, p } from "@mikro-orm/core";
import { Contract } from "./contract.entity.ts";

/**
 * One insured period of a contract (契約期間). The unique (contract, startsOn) pair makes
 * a second renewal of the same period impossible, whichever server instance tries it.
 */
export const ContractPeriodSchema = defineEntity({
  name: "ContractPeriod",
  tableName: "contract_period",
  properties: {
    id: p.uuid().primary().defaultRaw("gen_random_uuid()"),
    contract: () => p.manyToOne(Contract),
    startsOn: p.date(),
    /** 満期日: the period covers up to and including this date. */
    endsOn: p.date(),
    nonFleetGrade: p.integer(),
    premiumYen: p.integer(),
    createdAt: p.datetime().defaultRaw("now()"),
  },
  uniques: [{ properties: ["contract", "startsOn"] }],
});

export class ContractPeriod extends ContractPeriodSchema.class {}
ContractPeriodSchema.setClass(ContractPeriod);
