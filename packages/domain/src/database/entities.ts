import { ContractPeriodSchema } from "../contracts/contract-period.entity.ts";
import { ContractSchema } from "../contracts/contract.entity.ts";
import { PolicyholderSchema } from "../policyholders/policyholder.entity.ts";

/** Every entity the ORM maps. A new entity is registered here and gets a migration. */
export const entities = [PolicyholderSchema, ContractSchema, ContractPeriodSchema];
