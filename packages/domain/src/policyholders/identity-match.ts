import type { Em } from "../database/orm.ts";
import { sameKana, sameName } from "../identity/name-normalizer.ts";
import type { PolicyholderDetails } from "./policyholder-details.ts";
import { Policyholder } from "./policyholder.entity.ts";

/** What a customer claims at registration: who they are, and their employee number. */
export interface IdentityClaim extends PolicyholderDetails {
  employeeNumber: string;
}

/**
 * Finds the policyholder whose record matches every field of the claim. Birth date and
 * employee number narrow the search in SQL; names are compared after normalisation
 * (NFKC, spaces of both widths, hiragana typed for katakana).
 */
export async function findPolicyholderByIdentity(
  em: Em,
  claim: IdentityClaim,
): Promise<Policyholder | null> {
  const candidates = await em.find(Policyholder, {
    birthDate: claim.birthDate,
    employeeNumber: claim.employeeNumber,
  });
  return (
    candidates.find(
      (p) =>
        sameName(p.familyName + p.givenName, claim.familyName + claim.givenName) &&
        sameKana(p.familyNameKana + p.givenNameKana, claim.familyNameKana + claim.givenNameKana),
    ) ?? null
  );
}
