import type { Product } from "../contracts/contract.entity.ts";
import type { IdentityClaim } from "../policyholders/identity-match.ts";

/**
 * Fictional people and contracts for the embedded default and demos. Expiry dates are
 * given relative to the day of seeding so the set always shows every renewal case.
 */
export interface DemoPolicyholder extends IdentityClaim {
  groupName: string;
  emailOnFile: string | null;
  contracts: DemoContract[];
}

export interface DemoContract {
  policyNumber: string;
  product: Product;
  description: string;
  /** Days from the seeding day to the current period's expiry (negative: already expired). */
  expiresInDays: number;
  grade: number;
  claimsThisPeriod: number;
  groupDiscountPercent: number;
  basePremiumYen: number;
}

const GROUP = "みらい商事株式会社";

export const demoPolicyholders: DemoPolicyholder[] = [
  {
    familyName: "見本",
    givenName: "太郎",
    familyNameKana: "ミホン",
    givenNameKana: "タロウ",
    birthDate: "1975-01-01",
    employeeNumber: "123456789",
    groupName: GROUP,
    emailOnFile: "taro.mihon@example.com",
    contracts: [
      {
        policyNumber: "0123456789",
        product: "GROUP_AUTO",
        description: "自家用普通乗用車 みらいセダン 品川300あ12-34",
        expiresInDays: 30,
        grade: 12,
        claimsThisPeriod: 0,
        groupDiscountPercent: 15,
        basePremiumYen: 98_000,
      },
      {
        policyNumber: "0123456790",
        product: "GROUP_AUTO",
        description: "自家用軽四輪乗用車 みらいミニ 品川580か56-78",
        expiresInDays: 240,
        grade: 20,
        claimsThisPeriod: 0,
        groupDiscountPercent: 15,
        basePremiumYen: 62_000,
      },
    ],
  },
  {
    familyName: "試験",
    givenName: "花子",
    familyNameKana: "シケン",
    givenNameKana: "ハナコ",
    birthDate: "1985-10-01",
    employeeNumber: "200300400",
    groupName: GROUP,
    emailOnFile: null,
    contracts: [
      {
        policyNumber: "0234567890",
        product: "GROUP_AUTO",
        description: "自家用小型乗用車 みらいコンパクト 横浜500さ90-12",
        expiresInDays: 10,
        grade: 8,
        claimsThisPeriod: 1,
        groupDiscountPercent: 10,
        basePremiumYen: 85_000,
      },
      {
        policyNumber: "0234567891",
        product: "GROUP_AUTO",
        description: "自家用普通乗用車 みらいワゴン 横浜300た34-56",
        expiresInDays: -20,
        grade: 15,
        claimsThisPeriod: 0,
        groupDiscountPercent: 10,
        basePremiumYen: 105_000,
      },
    ],
  },
  {
    familyName: "例示",
    givenName: "一郎",
    familyNameKana: "レイジ",
    givenNameKana: "イチロウ",
    birthDate: "1990-04-15",
    employeeNumber: "300400500",
    groupName: GROUP,
    emailOnFile: "ichiro.reiji@example.com",
    contracts: [
      {
        policyNumber: "0345678901",
        product: "GROUP_AUTO",
        description: "自家用普通乗用車 みらいスポーツ 練馬300な78-90",
        expiresInDays: 59,
        grade: 6,
        claimsThisPeriod: 0,
        groupDiscountPercent: 20,
        basePremiumYen: 120_000,
      },
      {
        policyNumber: "0345678902",
        product: "GROUP_PERSONAL_ACCIDENT",
        description: "団体傷害保険 本人型",
        expiresInDays: 15,
        grade: 6,
        claimsThisPeriod: 0,
        groupDiscountPercent: 20,
        basePremiumYen: 24_000,
      },
    ],
  },
];

/** The demo agency; the demo policyholders' group is mapped to it. */
export const demoAgency = { code: "SAKURA", name: "さくら保険サービス", groups: [GROUP] };

/**
 * Demo staff, for development only: the passwords and TOTP secrets are public (README).
 * Add the secret to an authenticator app, or compute codes with otplib.
 */
export const demoStaff = [
  {
    userId: "demo-admin",
    name: "管理 花子",
    role: "ADMIN",
    password: "Demo-Admin-2026!",
    totpSecret: "CWSDEMOADMINTOTPSECRETDEVONLY234",
  },
  {
    userId: "demo-agent",
    name: "担当 次郎",
    role: "AGENT",
    password: "Demo-Agent-2026!",
    totpSecret: "CWSDEMOAGENTTOTPSECRETDEVONLY234",
  },
] as const;
