import { defineEntity, p, type Opt } from "@mikro-orm/core";

/**
 * A policyholder record loaded by the agency: an employee of a group company insured
 * under the group plan. Registration proves identity against these fields.
 */
export const PolicyholderSchema = defineEntity({
  name: "Policyholder",
  tableName: "policyholder",
  properties: {
    id: p.uuid().primary().defaultRaw("gen_random_uuid()"),
    familyName: p.string().length(100),
    givenName: p.string().length(100),
    familyNameKana: p.string().length(100),
    givenNameKana: p.string().length(100),
    birthDate: p.date(),
    employeeNumber: p.string().length(20),
    /** The employer under whose group plan the contracts are written. */
    groupName: p.string().length(200),
    /** The e-mail address the agency has on file, if any; the account's e-mail is chosen at registration. */
    emailOnFile: p.string().length(254).nullable(),
    createdAt: p.datetime().defaultRaw("now()"),
  },
  uniques: [{ properties: ["groupName", "employeeNumber"] }],
});

export class Policyholder extends PolicyholderSchema.class {
  get fullName(): Opt<string> {
    return `${this.familyName} ${this.givenName}`;
  }

  get fullNameKana(): Opt<string> {
    return `${this.familyNameKana} ${this.givenNameKana}`;
  }
}
PolicyholderSchema.setClass(Policyholder);
