import { PRODUCTS, type Product } from "../contracts/contract.entity.ts";
import { annualPremiumYen, HIGHEST_GRADE, LOWEST_GRADE } from "../contracts/premium.ts";
import type { FieldError, Validated } from "../errors/field-error.ts";
import { errorsOf } from "../validation/common-fields.ts";
import { validateEmployeeNumber } from "../validation/registration-input.ts";
import { cellError, readDate, readInteger, readText } from "./import-cells.ts";

/** A contract row after validation, with the premium of its period computed by the domain's rate table. */
export interface ContractRow {
  policyNumber: string;
  groupName: string;
  employeeNumber: string;
  product: Product;
  description: string;
  concludedOn: string;
  periodStartsOn: string;
  periodEndsOn: string;
  nonFleetGrade: number;
  claimsThisPeriod: number;
  basePremiumYen: number;
  groupDiscountPercent: number;
  premiumYen: number;
}

/** Product names as an agency's sheet may write them. */
const PRODUCT_WORDS: Readonly<Record<string, Product>> = {
  GROUP_AUTO: "GROUP_AUTO",
  団体自動車: "GROUP_AUTO",
  団体自動車保険: "GROUP_AUTO",
  GROUP_PERSONAL_ACCIDENT: "GROUP_PERSONAL_ACCIDENT",
  団体傷害: "GROUP_PERSONAL_ACCIDENT",
  団体傷害保険: "GROUP_PERSONAL_ACCIDENT",
};

const K = "CONTRACTS" as const;
const MAX_YEN = 100_000_000;

function readProduct(raw: string): Validated<Product> {
  const text = raw.normalize("NFKC").trim();
  const product = PRODUCT_WORDS[text.toUpperCase()] ?? PRODUCT_WORDS[text];
  return product && PRODUCTS.includes(product)
    ? { ok: true, value: product }
    : { ok: false, errors: [cellError(K, "product", "PRODUCT_INVALID")] };
}

function readPolicyNumber(raw: string): Validated<string> {
  const text = raw.normalize("NFKC").trim();
  if (text === "") return { ok: false, errors: [cellError(K, "policyNumber", "REQUIRED")] };
  return /^\d{10}$/.test(text)
    ? { ok: true, value: text }
    : { ok: false, errors: [cellError(K, "policyNumber", "POLICY_NUMBER_INVALID")] };
}

/** Checks one contract row; the policyholder it names is checked against the database when staged. */
export function validateContractRow(values: Record<string, string>): Validated<ContractRow> {
  const cell = (field: string) => values[field] ?? "";
  const policyNumber = readPolicyNumber(cell("policyNumber"));
  const groupName = readText(K, "groupName", cell("groupName"), 200);
  const employeeNumber = validateEmployeeNumber(cell("employeeNumber"));
  const product = readProduct(cell("product"));
  const description = readText(K, "description", cell("description"), 200);
  const concludedOn = readDate(K, "concludedOn", cell("concludedOn"));
  const periodStartsOn = readDate(K, "periodStartsOn", cell("periodStartsOn"));
  const periodEndsOn = readDate(K, "periodEndsOn", cell("periodEndsOn"));
  const grade = readInteger(K, "nonFleetGrade", cell("nonFleetGrade"), LOWEST_GRADE, HIGHEST_GRADE);
  const claims = readInteger(K, "claimsThisPeriod", cell("claimsThisPeriod"), 0, 99);
  const base = readInteger(K, "basePremiumYen", cell("basePremiumYen"), 1, MAX_YEN);
  const discount = readInteger(K, "groupDiscountPercent", cell("groupDiscountPercent"), 0, 100);
  const all = [
    policyNumber,
    groupName,
    employeeNumber,
    product,
    description,
    concludedOn,
    periodStartsOn,
    periodEndsOn,
    grade,
    claims,
    base,
    discount,
  ];
  const errors: FieldError[] = all.flatMap(errorsOf);
  if (periodStartsOn.ok && periodEndsOn.ok && periodEndsOn.value <= periodStartsOn.value)
    errors.push(cellError(K, "periodEndsOn", "PERIOD_INVALID"));
  if (
    errors.length > 0 ||
    !policyNumber.ok ||
    !groupName.ok ||
    !employeeNumber.ok ||
    !product.ok ||
    !description.ok ||
    !concludedOn.ok ||
    !periodStartsOn.ok ||
    !periodEndsOn.ok ||
    !grade.ok ||
    !claims.ok ||
    !base.ok ||
    !discount.ok
  ) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    value: {
      policyNumber: policyNumber.value,
      groupName: groupName.value,
      employeeNumber: employeeNumber.value,
      product: product.value,
      description: description.value,
      concludedOn: concludedOn.value,
      periodStartsOn: periodStartsOn.value,
      periodEndsOn: periodEndsOn.value,
      nonFleetGrade: grade.value,
      claimsThisPeriod: claims.value,
      basePremiumYen: base.value,
      groupDiscountPercent: discount.value,
      premiumYen: annualPremiumYen({
        basePremiumYen: base.value,
        grade: grade.value,
        groupDiscountPercent: discount.value,
      }),
    },
  };
}
