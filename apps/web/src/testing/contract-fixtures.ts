import type {
  ContractFieldsFragment,
  ContractsQuery,
  CustomerFieldsFragment,
  MeQuery,
  RenewalQuoteQuery,
  RenewContractMutation,
  UpdateSettingsMutation,
} from "@cws/client/gql";
import type { MailboxMessage } from "../pages/mailbox/load-mailbox.ts";
import type { FakeAnswer } from "./fake-server.ts";

/*
 * Answers for the home, renewal, settings and mailbox screens, typed against the generated
 * documents so a schema change breaks them at compile time rather than silently.
 */

/** A logged-in customer whose user ID is the e-mail address. */
export const testCustomer: CustomerFieldsFragment = {
  userId: "taro.mihon@example.com",
  email: "taro.mihon@example.com",
  mailOptIn: true,
  requiredAction: null,
  familyName: "見本",
  givenName: "太郎",
  familyNameKana: "ミホン",
  givenNameKana: "タロウ",
  birthDate: "1975-01-01",
};

export const meAnswer: FakeAnswer = { body: { data: { me: testCustomer } satisfies MeQuery } };
export const anonymousAnswer: FakeAnswer = { body: { data: { me: null } satisfies MeQuery } };

const period = (
  startsOn: string,
  endsOn: string,
  nonFleetGrade = 12,
  premiumYen = 83_300,
  renewalReference: string | null = null,
) => ({ startsOn, endsOn, nonFleetGrade, premiumYen, renewalReference });

/** Due for renewal: the window is open. */
export const renewableContract: ContractFieldsFragment = {
  id: "c-renewable",
  policyNumber: "0123456789",
  concludedOn: "2020-12-24",
  product: "GROUP_AUTO",
  description: "自家用普通乗用車 みらいセダン 品川300あ12-34",
  expiresOn: "2026-12-24",
  currentPeriod: period("2025-12-24", "2026-12-24"),
  nextPeriod: null,
  renewal: {
    renewable: true,
    reason: null,
    opensOn: "2026-10-25",
    closesOn: "2026-12-24",
    message: null,
  },
};

export const tooEarlyContract: ContractFieldsFragment = {
  id: "c-too-early",
  policyNumber: "0123456790",
  concludedOn: "2021-08-01",
  product: "GROUP_AUTO",
  description: "自家用軽四輪乗用車 みらいミニ 品川580か56-78",
  expiresOn: "2027-08-01",
  currentPeriod: period("2026-08-01", "2027-08-01", 20, 52_700),
  nextPeriod: null,
  renewal: {
    renewable: false,
    reason: "TOO_EARLY",
    opensOn: "2027-06-02",
    closesOn: "2027-08-01",
    message: {
      ja: "この契約の継続手続は2027年06月02日から承ります。",
      en: "Online renewal of this contract opens on 2027-06-02.",
    },
  },
};

export const alreadyRenewedContract: ContractFieldsFragment = {
  id: "c-renewed",
  policyNumber: "0234567890",
  concludedOn: "2019-12-10",
  product: "GROUP_AUTO",
  description: "自家用小型乗用車 みらいコンパクト 横浜500さ90-12",
  expiresOn: "2027-12-10",
  currentPeriod: period("2025-12-10", "2026-12-10", 8, 76_500),
  nextPeriod: period("2026-12-10", "2027-12-10", 9, 74_000, "7K3QF-9XM2D"),
  renewal: {
    renewable: false,
    reason: "ALREADY_RENEWED",
    opensOn: null,
    closesOn: null,
    message: {
      ja: "この契約の継続手続はすでに完了しています。",
      en: "This contract has already been renewed.",
    },
  },
};

export const notOnlineContract: ContractFieldsFragment = {
  id: "c-accident",
  policyNumber: "0345678902",
  concludedOn: "2022-04-01",
  product: "GROUP_PERSONAL_ACCIDENT",
  description: "団体傷害保険 本人型",
  expiresOn: "2026-12-01",
  currentPeriod: period("2025-12-01", "2026-12-01", 6, 19_200),
  nextPeriod: null,
  renewal: {
    renewable: false,
    reason: "NOT_ONLINE_RENEWABLE",
    opensOn: null,
    closesOn: null,
    message: {
      ja: "この契約はオンラインでの継続手続の対象外です。代理店にお問い合わせください。",
      en: "This contract cannot be renewed online. Please contact your agency.",
    },
  },
};

export const contractsAnswer: FakeAnswer = {
  body: {
    data: {
      contracts: [renewableContract, tooEarlyContract, alreadyRenewedContract, notOnlineContract],
    } satisfies ContractsQuery,
  },
};

type QuoteResult = RenewalQuoteQuery["renewalQuote"];

const quote = (quoteId: string, premiumYen: number): QuoteResult => ({
  __typename: "RenewalQuote",
  quoteId,
  contractId: renewableContract.id,
  policyNumber: renewableContract.policyNumber,
  startsOn: "2026-12-24",
  endsOn: "2027-12-24",
  currentGrade: 12,
  nextGrade: 13,
  groupDiscountPercent: 15,
  premiumYen,
});

export const quoteAnswer: FakeAnswer = {
  body: { data: { renewalQuote: quote("q-1", 69_700) } satisfies RenewalQuoteQuery },
};
/** The same contract quoted again after the price changed. */
export const newerQuoteAnswer: FakeAnswer = {
  body: { data: { renewalQuote: quote("q-2", 71_250) } satisfies RenewalQuoteQuery },
};

export const quoteNotRenewableAnswer: FakeAnswer = {
  body: {
    data: {
      renewalQuote: {
        __typename: "NotRenewable",
        code: "NOT_RENEWABLE",
        reason: "TOO_EARLY",
        message: tooEarlyContract.renewal.message!,
      },
    } satisfies RenewalQuoteQuery,
  },
};

export const renewedAnswer: FakeAnswer = {
  body: {
    data: {
      renewContract: {
        __typename: "ContractRenewed",
        replayed: false,
        reference: "R4NW1-8QZ3E",
        newPeriod: period("2026-12-24", "2027-12-24", 13, 69_700, "R4NW1-8QZ3E"),
        contract: {
          ...renewableContract,
          expiresOn: "2027-12-24",
          nextPeriod: period("2026-12-24", "2027-12-24", 13, 69_700, "R4NW1-8QZ3E"),
          renewal: { ...alreadyRenewedContract.renewal },
        },
      },
    } satisfies RenewContractMutation,
  },
};

export const quoteChangedAnswer: FakeAnswer = {
  body: {
    data: {
      renewContract: {
        __typename: "QuoteChanged",
        code: "QUOTE_CHANGED",
        message: {
          ja: "お見積り内容が変更されました。最新のお見積りをご確認のうえ、あらためてお手続きください。",
          en: "The quote has changed. Please review the latest quote and submit the renewal again.",
        },
      },
    } satisfies RenewContractMutation,
  },
};

export const alreadyRenewedAnswer: FakeAnswer = {
  body: {
    data: {
      renewContract: {
        __typename: "AlreadyRenewed",
        code: "ALREADY_RENEWED",
        message: {
          ja: "この契約の継続手続はすでに完了しています。契約一覧で新しい満期日をご確認ください。",
          en: "This contract has already been renewed. The contract list shows the new expiry date.",
        },
      },
    } satisfies RenewContractMutation,
  },
};

/** A proxy that lost the answer: the client cannot know whether the renewal happened. */
export const lostAnswer: FakeAnswer = { status: 504, body: "<html>Gateway Timeout</html>" };

export const settingsUpdatedAnswer = (
  pendingEmail: string | null,
  customer: CustomerFieldsFragment = testCustomer,
): FakeAnswer => ({
  body: {
    data: {
      updateSettings: { __typename: "SettingsUpdated", pendingEmail, customer },
    } satisfies UpdateSettingsMutation,
  },
});

export const settingsInvalidAnswer: FakeAnswer = {
  body: {
    data: {
      updateSettings: {
        __typename: "ValidationFailed",
        code: "VALIDATION_FAILED",
        message: { ja: "入力内容に誤りがあります。", en: "Some input is invalid." },
        fieldErrors: [
          {
            field: "currentPassword",
            code: "CURRENT_PASSWORD_WRONG",
            message: {
              ja: "現在のパスワードが正しくありません。",
              en: "The current password is incorrect.",
            },
          },
          {
            field: "newPassword",
            code: "PASSWORD_TOO_COMMON",
            message: {
              ja: "よく使われているパスワードは使用できません。",
              en: "This password is too common.",
            },
          },
        ],
      },
    } satisfies UpdateSettingsMutation,
  },
};

/** Two captured mails, oldest first, to show the page puts the newest on top; `origin` is the app's own. */
export const mailboxMessages = (origin: string): MailboxMessage[] => [
  {
    id: "m-1",
    to: "taro.mihon@example.com",
    subject: "【テスト損害保険】初回利用登録に関するご案内",
    text: `以下のURLからお手続きください。\n${origin}/link#abc123\nご利用期限: 2026年11月30日12時まで`,
    html: "<p>…</p>",
    status: "SENT",
    createdAt: "2026-11-28T01:00:00.000Z",
    links: [`${origin}/link#abc123`],
  },
  {
    id: "m-2",
    to: "new.address@example.com",
    subject: "【テスト損害保険】メールアドレス変更の確認",
    text: `確認はこちら: ${origin}/link#def456\nお問い合わせ: https://agency.example.jp/contact`,
    html: "<p>…</p>",
    status: "PENDING",
    createdAt: "2026-11-29T03:30:00.000Z",
    links: [`${origin}/link#def456`, "https://agency.example.jp/contact"],
  },
];
