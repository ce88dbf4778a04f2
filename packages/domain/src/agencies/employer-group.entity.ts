import { defineEntity, p } from "@mikro-orm/core";
import { Agency } from "./agency.entity.ts";

/**
 * A policyholder group (the employer whose group plan covers its employees) and the one
 * agency that handles it. Matched by name with `Policyholder.groupName`.
 */
export const EmployerGroupSchema = defineEntity({
  name: "EmployerGroup",
  tableName: "employer_group",
  properties: {
    id: p.uuid().primary().defaultRaw("gen_random_uuid()"),
    name: p.string().length(200).unique(),
    agency: () => p.manyToOne(Agency).index(),
    createdAt: p.datetime(),
  },
});

export class EmployerGroup extends EmployerGroupSchema.class {}
EmployerGroupSchema.setClass(EmployerGroup);
