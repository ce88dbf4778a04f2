import { defineEntity, p } from "@mikro-orm/core";
import { Policyholder } from "../policyholders/policyholder.entity.ts";
import { ContractPeriod } from "./contract-period.entity.ts";

/** Products the service knows; only group auto insurance is renewable online. */
export const PRODUCTS = ["GROUP_AUTO", "GROUP_PERSONAL_ACCIDENT"] as const;
export type Product = (typeof PRODUCTS)[number];

/**
 * An insurance contract (契約). Its periods are rows of their own, so renewing adds a
 * period instead of rewriting this row.
 */
export const ContractSchema = defineEntity({
  name: "Contract",
  tableName: "contract",
  properties: {
    id: p.uuid().primary().defaultRaw("gen_random_uuid()"),
    /** 契約番号, ten digits. */
    policyNumber: p.string().length(20).unique(),
    policyholder: () => p.manyToOne(Policyholder).index(),
    product: p.enum(PRODUCTS),
    /** 契約内容 as shown in the contract list, e.g. the insured car. */
    description: p.string().length(200),
    /** 締結日. */
    concludedOn: p.date(),
    /** ノンフリート等級 of the current period, 1–20. */
    nonFleetGrade: p.integer(),
    /** Claims counted in the current period; they move the grade down at renewal. */
    claimsThisPeriod: p.integer().default(0),
    /** 団体割引, in percent. */
    groupDiscountPercent: p.integer().default(0),
    /** The grade-neutral annual premium in yen that the rate table scales. */
    basePremiumYen: p.integer(),
    periods: () => p.oneToMany(ContractPeriod).mappedBy("contract"),
    createdAt: p.datetime().defaultRaw("now()"),
  },
});

export class Contract extends ContractSchema.class {}
ContractSchema.setClass(Contract);
