import type { MigrationObject } from "@mikro-orm/core";
import { PolicyholdersAndContracts } from "./0001-policyholders-and-contracts.ts";

/** The one ordered list of migrations; the same SQL serves PGlite and PostgreSQL. */
export const migrations: MigrationObject[] = [{ name: "0001-policyholders-and-contracts", class: PolicyholdersAndContracts }];
