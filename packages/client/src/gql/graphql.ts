/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CompleteCredentialResetInput = {
  /** false: validate and preview (変更内容の確認); true: apply (完了). */
  commit: boolean;
  /** メールアドレス. */
  email: string;
  /** サービスに関する情報のメール: 希望する / 希望しない. */
  mailOptIn: boolean;
  /** A new password; omit to keep the current one. */
  password?: string | null | undefined;
  stepToken: string;
  tokenDelivery?: TokenDelivery | null | undefined;
  /** A new user ID (the registration rules; one with '@' must be the e-mail address); omit or leave blank to keep the current one. */
  userId?: string | null | undefined;
};

export type CompleteRegistrationInput = {
  /** パスワード: see the password rules (at least 8 characters, upper and lower case, two kinds…). */
  password: string;
  /** From verifyKeyword. */
  stepToken: string;
  tokenDelivery?: TokenDelivery | null | undefined;
  /** ユーザーID; defaults to the e-mail address the link was sent to. */
  userId?: string | null | undefined;
};

export type CreateStaffInput = {
  /** The agency's code, e.g. "SAKURA". */
  agencyCode: string;
  name: string;
  /** The customer password policy, but at least 12 characters. */
  password: string;
  role: StaffRole;
  userId: string;
};

/** 社員番号, kana (family name, or family + given name), e-mail, or 契約番号. */
export type CustomerLookupKey =
  | 'EMAIL'
  | 'EMPLOYEE_NUMBER'
  | 'KANA'
  | 'POLICY_NUMBER';

/** One cell: the domain field name (e.g. `employeeNumber`) and the text as read. */
export type ImportCell = {
  field: string;
  value: string;
};

/** POLICYHOLDERS: 契約者 (group + 社員番号). CONTRACTS: 契約 with their current period (契約番号). */
export type ImportKind =
  | 'CONTRACTS'
  | 'POLICYHOLDERS';

/** One data row: its spreadsheet row number (the header is row 1) and its cells. */
export type ImportRowInput = {
  rowNumber: number;
  values: Array<ImportCell>;
};

/** A language of the web app: ja (日本語, the default) or en (English). */
export type Language =
  | 'en'
  | 'ja';

/** What a mailed link is for. */
export type LinkPurpose =
  | 'CREDENTIAL_RESET'
  | 'EMAIL_CHANGE'
  | 'REGISTRATION';

export type LinkStatus =
  | 'DEAD'
  | 'EXPIRED'
  | 'UNKNOWN'
  | 'USED'
  | 'VALID';

export type LoginInput = {
  /** パスワード or 仮パスワード (a temporary password from the agency). */
  password: string;
  tokenDelivery?: TokenDelivery | null | undefined;
  /** ユーザーID, or the registered e-mail address: a user ID matches first, an address when exactly one account has it. */
  userId: string;
};

export type Product =
  | 'GROUP_AUTO'
  | 'GROUP_PERSONAL_ACCIDENT';

export type RenewContractInput = {
  contractId: string | number;
  /** Chosen by the client per renewal attempt (1–100 of A–Z a–z 0–9 _ -); resubmitting it never renews twice. */
  idempotencyKey: string;
  /** From renewalQuote: the price the customer confirmed. */
  quoteId: string;
};

/** Why a contract cannot be renewed online now. */
export type RenewalRefusalReason =
  | 'ALREADY_RENEWED'
  | 'EXPIRED'
  | 'NOT_ONLINE_RENEWABLE'
  | 'TOO_EARLY';

/** What the customer must do before anything else is reachable. */
export type RequiredAction =
  | 'CHANGE_PASSWORD';

export type SettingChange =
  | 'email'
  | 'mailOptIn'
  | 'password'
  | 'userId';

export type StaffLoginInput = {
  password: string;
  /** The 6-digit code the authenticator app shows now (RFC 6238). */
  totpCode: string;
  /** The staff member's user ID. */
  userId: string;
};

/** AGENT: the records of their own agency. ADMIN: every record, and staff accounts. */
export type StaffRole =
  | 'ADMIN'
  | 'AGENT';

/** お客さま情報の入力 (seed step 3). Identity is proven against the policyholder records the agency loaded. */
export type StartRegistrationInput = {
  /** 生年月日. */
  birthDate: string;
  /** メールアドレス; it becomes the default user ID. */
  email: string;
  /** 社員番号 (half-width digits). */
  employeeNumber: string;
  /** 契約者氏名 (姓). */
  familyName: string;
  /** カナ (セイ). Hiragana is accepted and read as katakana. */
  familyNameKana: string;
  /** 契約者氏名 (名). */
  givenName: string;
  /** カナ (メイ). */
  givenNameKana: string;
  /** キーワード, chosen by the customer. 6 to 16 half-width letters and digits, with at least one letter and one digit (半角英数字6～16文字(英字と数字をそれぞれ1文字以上含む)) */
  keyword: string;
  /** 利用規約に同意します: must be true. */
  termsAccepted: boolean;
};

/** How a new session token is handed over: an HttpOnly cookie for browsers, or in the payload for tools (bearer). */
export type TokenDelivery =
  | 'BEARER'
  | 'COOKIE';

export type UpdateSettingsInput = {
  /** Required with newPassword. */
  currentPassword?: string | null | undefined;
  /** A new e-mail address; it becomes the user ID once confirmed through the link mailed to it. */
  email?: string | null | undefined;
  mailOptIn?: boolean | null | undefined;
  newPassword?: string | null | undefined;
};

export type PeriodFieldsFragment = { startsOn: string, endsOn: string, nonFleetGrade: number, premiumYen: number, renewalReference: string | null };

export type ContractFieldsFragment = { id: string, policyNumber: string, concludedOn: string, product: Product, description: string, expiresOn: string | null, currentPeriod: { startsOn: string, endsOn: string, nonFleetGrade: number, premiumYen: number, renewalReference: string | null } | null, nextPeriod: { startsOn: string, endsOn: string, nonFleetGrade: number, premiumYen: number, renewalReference: string | null } | null, renewal: { renewable: boolean, reason: RenewalRefusalReason | null, opensOn: string | null, closesOn: string | null, message: { ja: string, en: string } | null } };

export type ContractsQueryVariables = Exact<{ [key: string]: never; }>;


export type ContractsQuery = { contracts: Array<{ id: string, policyNumber: string, concludedOn: string, product: Product, description: string, expiresOn: string | null, currentPeriod: { startsOn: string, endsOn: string, nonFleetGrade: number, premiumYen: number, renewalReference: string | null } | null, nextPeriod: { startsOn: string, endsOn: string, nonFleetGrade: number, premiumYen: number, renewalReference: string | null } | null, renewal: { renewable: boolean, reason: RenewalRefusalReason | null, opensOn: string | null, closesOn: string | null, message: { ja: string, en: string } | null } }> };

export type RenewalQuoteQueryVariables = Exact<{
  contractId: string | number;
}>;


export type RenewalQuoteQuery = { renewalQuote:
    | { __typename: 'AlreadyRenewed', code: string, message: { ja: string, en: string } }
    | { __typename: 'ContractNotFound', code: string, message: { ja: string, en: string } }
    | { __typename: 'NotRenewable', reason: RenewalRefusalReason, code: string, message: { ja: string, en: string } }
    | { __typename: 'RenewalQuote', quoteId: string, contractId: string, policyNumber: string, startsOn: string, endsOn: string, currentGrade: number, nextGrade: number, groupDiscountPercent: number, premiumYen: number }
   };

export type RenewContractMutationVariables = Exact<{
  input: RenewContractInput;
}>;


export type RenewContractMutation = { renewContract:
    | { __typename: 'AlreadyRenewed', code: string, message: { ja: string, en: string } }
    | { __typename: 'ContractNotFound', code: string, message: { ja: string, en: string } }
    | { __typename: 'ContractRenewed', replayed: boolean, reference: string, newPeriod: { startsOn: string, endsOn: string, nonFleetGrade: number, premiumYen: number, renewalReference: string | null }, contract: { id: string, policyNumber: string, concludedOn: string, product: Product, description: string, expiresOn: string | null, currentPeriod: { startsOn: string, endsOn: string, nonFleetGrade: number, premiumYen: number, renewalReference: string | null } | null, nextPeriod: { startsOn: string, endsOn: string, nonFleetGrade: number, premiumYen: number, renewalReference: string | null } | null, renewal: { renewable: boolean, reason: RenewalRefusalReason | null, opensOn: string | null, closesOn: string | null, message: { ja: string, en: string } | null } } }
    | { __typename: 'IdempotencyKeyInvalid', code: string, message: { ja: string, en: string } }
    | { __typename: 'IdempotencyKeyReused', code: string, message: { ja: string, en: string } }
    | { __typename: 'NotRenewable', reason: RenewalRefusalReason, code: string, message: { ja: string, en: string } }
    | { __typename: 'QuoteChanged', code: string, message: { ja: string, en: string } }
   };

export type CustomerFieldsFragment = { userId: string, email: string, mailOptIn: boolean, requiredAction: RequiredAction | null, familyName: string, givenName: string, familyNameKana: string, givenNameKana: string, birthDate: string };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { userId: string, email: string, mailOptIn: boolean, requiredAction: RequiredAction | null, familyName: string, givenName: string, familyNameKana: string, givenNameKana: string, birthDate: string } | null };

export type RenewalCertificatesQueryVariables = Exact<{ [key: string]: never; }>;


export type RenewalCertificatesQuery = { renewalCertificates: Array<{ contractId: string, policyNumber: string, description: string, startsOn: string, endsOn: string, downloadPath: string }> };

export type VerificationLinkQueryVariables = Exact<{
  token: string;
}>;


export type VerificationLinkQuery = { verificationLink: { status: LinkStatus, purpose: LinkPurpose | null, expiresAt: string | null, attemptsLeft: number | null } };

export type VerifyKeywordMutationVariables = Exact<{
  token: string;
  keyword: string;
}>;


export type VerifyKeywordMutation = { verifyKeyword:
    | { __typename: 'KeywordAccepted', purpose: LinkPurpose, stepToken: string, stepTokenExpiresAt: string }
    | { __typename: 'KeywordRejected', attemptsLeft: number, code: string, message: { ja: string, en: string } }
    | { __typename: 'LinkDead', code: string, message: { ja: string, en: string } }
    | { __typename: 'LinkExpired', code: string, message: { ja: string, en: string } }
    | { __typename: 'LinkUnknown', code: string, message: { ja: string, en: string } }
    | { __typename: 'LinkUsed', code: string, message: { ja: string, en: string } }
    | { __typename: 'TooManyAttempts', retryAfterSeconds: number, code: string, message: { ja: string, en: string } }
   };

type ProblemFields_AgencyNotFound_Fragment = { __typename: 'AgencyNotFound', code: string, message: { ja: string, en: string } };

type ProblemFields_AlreadyRegistered_Fragment = { __typename: 'AlreadyRegistered', code: string, message: { ja: string, en: string } };

type ProblemFields_AlreadyRenewed_Fragment = { __typename: 'AlreadyRenewed', code: string, message: { ja: string, en: string } };

type ProblemFields_ContractNotFound_Fragment = { __typename: 'ContractNotFound', code: string, message: { ja: string, en: string } };

type ProblemFields_EmailUnavailable_Fragment = { __typename: 'EmailUnavailable', code: string, message: { ja: string, en: string } };

type ProblemFields_IdempotencyKeyInvalid_Fragment = { __typename: 'IdempotencyKeyInvalid', code: string, message: { ja: string, en: string } };

type ProblemFields_IdempotencyKeyReused_Fragment = { __typename: 'IdempotencyKeyReused', code: string, message: { ja: string, en: string } };

type ProblemFields_IdentityNotConfirmed_Fragment = { __typename: 'IdentityNotConfirmed', code: string, message: { ja: string, en: string } };

type ProblemFields_ImportProblem_Fragment = { __typename: 'ImportProblem', code: string, message: { ja: string, en: string } };

type ProblemFields_KeywordRejected_Fragment = { __typename: 'KeywordRejected', attemptsLeft: number, code: string, message: { ja: string, en: string } };

type ProblemFields_LinkDead_Fragment = { __typename: 'LinkDead', code: string, message: { ja: string, en: string } };

type ProblemFields_LinkExpired_Fragment = { __typename: 'LinkExpired', code: string, message: { ja: string, en: string } };

type ProblemFields_LinkUnknown_Fragment = { __typename: 'LinkUnknown', code: string, message: { ja: string, en: string } };

type ProblemFields_LinkUsed_Fragment = { __typename: 'LinkUsed', code: string, message: { ja: string, en: string } };

type ProblemFields_LoginFailed_Fragment = { __typename: 'LoginFailed', code: string, message: { ja: string, en: string } };

type ProblemFields_NotRenewable_Fragment = { __typename: 'NotRenewable', reason: RenewalRefusalReason, code: string, message: { ja: string, en: string } };

type ProblemFields_NothingToResend_Fragment = { __typename: 'NothingToResend', code: string, message: { ja: string, en: string } };

type ProblemFields_QuoteChanged_Fragment = { __typename: 'QuoteChanged', code: string, message: { ja: string, en: string } };

type ProblemFields_RecordNotFound_Fragment = { __typename: 'RecordNotFound', code: string, message: { ja: string, en: string } };

type ProblemFields_ResetStepTokenInvalid_Fragment = { __typename: 'ResetStepTokenInvalid', code: string, message: { ja: string, en: string } };

type ProblemFields_StaffForbidden_Fragment = { __typename: 'StaffForbidden', code: string, message: { ja: string, en: string } };

type ProblemFields_StaffLoginFailed_Fragment = { __typename: 'StaffLoginFailed', code: string, message: { ja: string, en: string } };

type ProblemFields_StaffUserIdTaken_Fragment = { __typename: 'StaffUserIdTaken', code: string, message: { ja: string, en: string } };

type ProblemFields_StepTokenInvalid_Fragment = { __typename: 'StepTokenInvalid', code: string, message: { ja: string, en: string } };

type ProblemFields_TooManyAttempts_Fragment = { __typename: 'TooManyAttempts', retryAfterSeconds: number, code: string, message: { ja: string, en: string } };

type ProblemFields_ValidationFailed_Fragment = { __typename: 'ValidationFailed', code: string, fieldErrors: Array<{ field: string, code: string, message: { ja: string, en: string } }>, message: { ja: string, en: string } };

export type ProblemFieldsFragment =
  | ProblemFields_AgencyNotFound_Fragment
  | ProblemFields_AlreadyRegistered_Fragment
  | ProblemFields_AlreadyRenewed_Fragment
  | ProblemFields_ContractNotFound_Fragment
  | ProblemFields_EmailUnavailable_Fragment
  | ProblemFields_IdempotencyKeyInvalid_Fragment
  | ProblemFields_IdempotencyKeyReused_Fragment
  | ProblemFields_IdentityNotConfirmed_Fragment
  | ProblemFields_ImportProblem_Fragment
  | ProblemFields_KeywordRejected_Fragment
  | ProblemFields_LinkDead_Fragment
  | ProblemFields_LinkExpired_Fragment
  | ProblemFields_LinkUnknown_Fragment
  | ProblemFields_LinkUsed_Fragment
  | ProblemFields_LoginFailed_Fragment
  | ProblemFields_NotRenewable_Fragment
  | ProblemFields_NothingToResend_Fragment
  | ProblemFields_QuoteChanged_Fragment
  | ProblemFields_RecordNotFound_Fragment
  | ProblemFields_ResetStepTokenInvalid_Fragment
  | ProblemFields_StaffForbidden_Fragment
  | ProblemFields_StaffLoginFailed_Fragment
  | ProblemFields_StaffUserIdTaken_Fragment
  | ProblemFields_StepTokenInvalid_Fragment
  | ProblemFields_TooManyAttempts_Fragment
  | ProblemFields_ValidationFailed_Fragment
;

export type RequestCredentialResetMutationVariables = Exact<{
  email: string;
  birthDate: string;
}>;


export type RequestCredentialResetMutation = { requestCredentialReset:
    | { __typename: 'ResetKeywordIssued', keyword: string, keywordExpiresAt: string }
    | { __typename: 'TooManyAttempts', retryAfterSeconds: number, code: string, message: { ja: string, en: string } }
    | { __typename: 'ValidationFailed', code: string, fieldErrors: Array<{ field: string, code: string, message: { ja: string, en: string } }>, message: { ja: string, en: string } }
   };

export type CredentialResetFormQueryVariables = Exact<{
  stepToken: string;
}>;


export type CredentialResetFormQuery = { credentialResetForm: { familyName: string, givenName: string, familyNameKana: string, givenNameKana: string, birthDate: string, email: string, userId: string, mailOptIn: boolean } | null };

export type CompleteCredentialResetMutationVariables = Exact<{
  input: CompleteCredentialResetInput;
}>;


export type CompleteCredentialResetMutation = { completeCredentialReset:
    | { __typename: 'CredentialResetPreview', changes: Array<SettingChange>, userId: string }
    | { __typename: 'ResetStepTokenInvalid', code: string, message: { ja: string, en: string } }
    | { __typename: 'SignedIn', sessionToken: string | null, customer: { userId: string, email: string, mailOptIn: boolean, requiredAction: RequiredAction | null, familyName: string, givenName: string, familyNameKana: string, givenNameKana: string, birthDate: string } }
    | { __typename: 'TooManyAttempts', retryAfterSeconds: number, code: string, message: { ja: string, en: string } }
    | { __typename: 'ValidationFailed', code: string, fieldErrors: Array<{ field: string, code: string, message: { ja: string, en: string } }>, message: { ja: string, en: string } }
   };

export type StartRegistrationMutationVariables = Exact<{
  input: StartRegistrationInput;
}>;


export type StartRegistrationMutation = { startRegistration:
    | { __typename: 'IdentityNotConfirmed', code: string, message: { ja: string, en: string } }
    | { __typename: 'RegistrationStarted', keyword: string, email: string, linkExpiresAt: string }
    | { __typename: 'TooManyAttempts', retryAfterSeconds: number, code: string, message: { ja: string, en: string } }
    | { __typename: 'ValidationFailed', code: string, fieldErrors: Array<{ field: string, code: string, message: { ja: string, en: string } }>, message: { ja: string, en: string } }
   };

export type CompleteRegistrationMutationVariables = Exact<{
  input: CompleteRegistrationInput;
}>;


export type CompleteRegistrationMutation = { completeRegistration:
    | { __typename: 'AlreadyRegistered', code: string, message: { ja: string, en: string } }
    | { __typename: 'SignedIn', sessionToken: string | null, customer: { userId: string, email: string, mailOptIn: boolean, requiredAction: RequiredAction | null, familyName: string, givenName: string, familyNameKana: string, givenNameKana: string, birthDate: string } }
    | { __typename: 'StepTokenInvalid', code: string, message: { ja: string, en: string } }
    | { __typename: 'TooManyAttempts', retryAfterSeconds: number, code: string, message: { ja: string, en: string } }
    | { __typename: 'ValidationFailed', code: string, fieldErrors: Array<{ field: string, code: string, message: { ja: string, en: string } }>, message: { ja: string, en: string } }
   };

export type ServiceStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceStatusQuery = { serviceStatus: { open: boolean, reopensAt: string | null, nextMaintenanceStartsAt: string | null, nextMaintenanceEndsAt: string | null, message: { ja: string, en: string } | null }, branding: { insurerName: string, agencyName: string, timeZone: string, desk: { name: string, phone: string, hours: string }, en: { insurerName: string, agencyName: string, desk: { name: string, hours: string } } }, passwordPolicy: { minLength: number, maxLength: number } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login:
    | { __typename: 'LoginFailed', code: string, message: { ja: string, en: string } }
    | { __typename: 'SignedIn', sessionToken: string | null, customer: { userId: string, email: string, mailOptIn: boolean, requiredAction: RequiredAction | null, familyName: string, givenName: string, familyNameKana: string, givenNameKana: string, birthDate: string } }
    | { __typename: 'TooManyAttempts', retryAfterSeconds: number, code: string, message: { ja: string, en: string } }
    | { __typename: 'ValidationFailed', code: string, fieldErrors: Array<{ field: string, code: string, message: { ja: string, en: string } }>, message: { ja: string, en: string } }
   };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: { ok: boolean } };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword?: string | null | undefined;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword:
    | { __typename: 'PasswordChanged', customer: { userId: string, email: string, mailOptIn: boolean, requiredAction: RequiredAction | null, familyName: string, givenName: string, familyNameKana: string, givenNameKana: string, birthDate: string } }
    | { __typename: 'TooManyAttempts', retryAfterSeconds: number, code: string, message: { ja: string, en: string } }
    | { __typename: 'ValidationFailed', code: string, fieldErrors: Array<{ field: string, code: string, message: { ja: string, en: string } }>, message: { ja: string, en: string } }
   };

export type UpdateSettingsMutationVariables = Exact<{
  input: UpdateSettingsInput;
}>;


export type UpdateSettingsMutation = { updateSettings:
    | { __typename: 'SettingsUpdated', pendingEmail: string | null, customer: { userId: string, email: string, mailOptIn: boolean, requiredAction: RequiredAction | null, familyName: string, givenName: string, familyNameKana: string, givenNameKana: string, birthDate: string } }
    | { __typename: 'TooManyAttempts', retryAfterSeconds: number, code: string, message: { ja: string, en: string } }
    | { __typename: 'ValidationFailed', code: string, fieldErrors: Array<{ field: string, code: string, message: { ja: string, en: string } }>, message: { ja: string, en: string } }
   };

export type ConfirmEmailChangeMutationVariables = Exact<{
  token: string;
}>;


export type ConfirmEmailChangeMutation = { confirmEmailChange:
    | { __typename: 'EmailConfirmed', email: string }
    | { __typename: 'EmailUnavailable', code: string, message: { ja: string, en: string } }
    | { __typename: 'LinkExpired', code: string, message: { ja: string, en: string } }
    | { __typename: 'LinkUnknown', code: string, message: { ja: string, en: string } }
    | { __typename: 'LinkUsed', code: string, message: { ja: string, en: string } }
   };

export type SetLanguageMutationVariables = Exact<{
  language: Language;
}>;


export type SetLanguageMutation = { setLanguage: Language };

export type CreateStaffMutationVariables = Exact<{
  input: CreateStaffInput;
}>;


export type CreateStaffMutation = { createStaff:
    | { __typename: 'AgencyNotFound', code: string, message: { ja: string, en: string } }
    | { __typename: 'StaffCreated', totpSecret: string, otpauthUri: string, staff: { id: string, userId: string, name: string, role: StaffRole, agencyCode: string, agencyName: string } }
    | { __typename: 'StaffForbidden', code: string, message: { ja: string, en: string } }
    | { __typename: 'StaffUserIdTaken', code: string, message: { ja: string, en: string } }
    | { __typename: 'ValidationFailed', code: string, fieldErrors: Array<{ field: string, code: string, message: { ja: string, en: string } }>, message: { ja: string, en: string } }
   };

export type DisableStaffMutationVariables = Exact<{
  userId: string;
}>;


export type DisableStaffMutation = { disableStaff:
    | { __typename: 'RecordNotFound', code: string, message: { ja: string, en: string } }
    | { __typename: 'StaffDisabled', userId: string }
    | { __typename: 'StaffForbidden', code: string, message: { ja: string, en: string } }
   };

export type StaffMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffMembersQuery = { staffMembers: Array<{ id: string, userId: string, name: string, role: StaffRole, agencyCode: string, agencyName: string }> };

export type CustomerLookupQueryVariables = Exact<{
  by: CustomerLookupKey;
  value: string;
}>;


export type CustomerLookupQuery = { customerLookup: Array<{ policyholderId: string, groupName: string, employeeNumber: string, name: string, kana: string, birthDate: string, emailOnFile: string | null, account: { accountId: string, userId: string, email: string, locked: boolean, lockedUntil: string | null, lastLoginAt: string | null } | null, mails: Array<{ id: string, kind: string, status: string, to: string, createdAt: string, lastError: string | null }> }> };

export type IssueTemporaryPasswordMutationVariables = Exact<{
  accountId: string | number;
}>;


export type IssueTemporaryPasswordMutation = { issueTemporaryPassword:
    | { __typename: 'RecordNotFound', code: string, message: { ja: string, en: string } }
    | { __typename: 'TemporaryPasswordIssued', temporaryPassword: string, expiresAt: string }
   };

export type UnlockAccountMutationVariables = Exact<{
  accountId: string | number;
}>;


export type UnlockAccountMutation = { unlockAccount:
    | { __typename: 'AccountUnlocked', accountId: string }
    | { __typename: 'RecordNotFound', code: string, message: { ja: string, en: string } }
   };

export type ResendMailMutationVariables = Exact<{
  messageId: string | number;
}>;


export type ResendMailMutation = { resendMail:
    | { __typename: 'MailResent', messageId: string, freshLink: boolean, keyword: string | null, linkExpiresAt: string | null }
    | { __typename: 'NothingToResend', code: string, message: { ja: string, en: string } }
    | { __typename: 'RecordNotFound', code: string, message: { ja: string, en: string } }
   };

export type ImportRowProblemFieldsFragment = { rowNumber: number, column: string, value: string, code: string, header: { ja: string, en: string }, message: { ja: string, en: string } };

export type StartImportMutationVariables = Exact<{
  kind: ImportKind;
}>;


export type StartImportMutation = { startImport:
    | { __typename: 'ImportProblem', code: string, message: { ja: string, en: string } }
    | { __typename: 'ImportStarted', importId: string }
   };

export type AddImportRowsMutationVariables = Exact<{
  importId: string | number;
  rows: Array<ImportRowInput> | ImportRowInput;
}>;


export type AddImportRowsMutation = { addImportRows:
    | { __typename: 'ImportProblem', code: string, message: { ja: string, en: string } }
    | { __typename: 'ImportRowsStaged', staged: number, problems: Array<{ rowNumber: number, column: string, value: string, code: string, header: { ja: string, en: string }, message: { ja: string, en: string } }> }
   };

export type CommitImportMutationVariables = Exact<{
  importId: string | number;
  dryRun?: boolean | null | undefined;
}>;


export type CommitImportMutation = { commitImport:
    | { __typename: 'ImportCommitted', dryRun: boolean, inserted: number, updated: number, unchanged: number, identityChangesNotApplied: Array<{ rowNumber: number, groupName: string, employeeNumber: string, fields: Array<string> }> }
    | { __typename: 'ImportProblem', code: string, message: { ja: string, en: string } }
   };

export type AbandonImportMutationVariables = Exact<{
  importId: string | number;
}>;


export type AbandonImportMutation = { abandonImport:
    | { __typename: 'ImportAbandoned', importId: string }
    | { __typename: 'ImportProblem', code: string, message: { ja: string, en: string } }
   };

export type ImportProblemsQueryVariables = Exact<{
  importId: string | number;
  afterRow?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type ImportProblemsQuery = { importProblems: { nextAfterRow: number | null, problems: Array<{ rowNumber: number, column: string, value: string, code: string, header: { ja: string, en: string }, message: { ja: string, en: string } }> } };

export type RenewalsDueQueryVariables = Exact<{
  withinDays?: number | null | undefined;
  groupName?: string | null | undefined;
  after?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type RenewalsDueQuery = { renewalsDue: { nextCursor: string | null, items: Array<{ contractId: string, policyNumber: string, product: string, onlineRenewable: boolean, registered: boolean, periodStart: string, periodEnd: string, windowOpensOn: string, windowClosesOn: string, windowOpen: boolean, policyholder: { id: string, groupName: string, employeeNumber: string, name: string, kana: string } }> } };

export type AuditTrailQueryVariables = Exact<{
  accountId?: string | number | null | undefined;
  staffUserId?: string | null | undefined;
  type?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  after?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type AuditTrailQuery = { auditTrail: { nextCursor: string | null, items: Array<{ id: string, at: string, type: string, accountId: string | null, policyholderId: string | null, staffId: string | null, staffUserId: string | null, clientIp: string, userAgent: string, detail: unknown }> } };

export type StaffMemberFieldsFragment = { id: string, userId: string, name: string, role: StaffRole, agencyCode: string, agencyName: string };

export type StaffLoginMutationVariables = Exact<{
  input: StaffLoginInput;
}>;


export type StaffLoginMutation = { staffLogin:
    | { __typename: 'StaffLoginFailed', code: string, message: { ja: string, en: string } }
    | { __typename: 'StaffSignedIn', sessionToken: string, expiresAt: string, staff: { id: string, userId: string, name: string, role: StaffRole, agencyCode: string, agencyName: string } }
    | { __typename: 'TooManyAttempts', retryAfterSeconds: number, code: string, message: { ja: string, en: string } }
    | { __typename: 'ValidationFailed', code: string, fieldErrors: Array<{ field: string, code: string, message: { ja: string, en: string } }>, message: { ja: string, en: string } }
   };

export type StaffLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type StaffLogoutMutation = { staffLogout: { ok: boolean } };

export type StaffMeQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffMeQuery = { staffMe: { id: string, userId: string, name: string, role: StaffRole, agencyCode: string, agencyName: string } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PeriodFieldsFragmentDoc = new TypedDocumentString(`
    fragment PeriodFields on ContractPeriod {
  startsOn
  endsOn
  nonFleetGrade
  premiumYen
  renewalReference
}
    `, {"fragmentName":"PeriodFields"}) as unknown as TypedDocumentString<PeriodFieldsFragment, unknown>;
export const ContractFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContractFields on Contract {
  id
  policyNumber
  concludedOn
  product
  description
  expiresOn
  currentPeriod {
    ...PeriodFields
  }
  nextPeriod {
    ...PeriodFields
  }
  renewal {
    renewable
    reason
    opensOn
    closesOn
    message {
      ja
      en
    }
  }
}
    fragment PeriodFields on ContractPeriod {
  startsOn
  endsOn
  nonFleetGrade
  premiumYen
  renewalReference
}`, {"fragmentName":"ContractFields"}) as unknown as TypedDocumentString<ContractFieldsFragment, unknown>;
export const CustomerFieldsFragmentDoc = new TypedDocumentString(`
    fragment CustomerFields on Customer {
  userId
  email
  mailOptIn
  requiredAction
  familyName
  givenName
  familyNameKana
  givenNameKana
  birthDate
}
    `, {"fragmentName":"CustomerFields"}) as unknown as TypedDocumentString<CustomerFieldsFragment, unknown>;
export const ProblemFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProblemFields on Problem {
  __typename
  code
  message {
    ja
    en
  }
  ... on ValidationFailed {
    fieldErrors {
      field
      code
      message {
        ja
        en
      }
    }
  }
  ... on TooManyAttempts {
    retryAfterSeconds
  }
  ... on KeywordRejected {
    attemptsLeft
  }
  ... on NotRenewable {
    reason
  }
}
    `, {"fragmentName":"ProblemFields"}) as unknown as TypedDocumentString<ProblemFieldsFragment, unknown>;
export const ImportRowProblemFieldsFragmentDoc = new TypedDocumentString(`
    fragment ImportRowProblemFields on ImportRowProblem {
  rowNumber
  column
  header {
    ja
    en
  }
  value
  code
  message {
    ja
    en
  }
}
    `, {"fragmentName":"ImportRowProblemFields"}) as unknown as TypedDocumentString<ImportRowProblemFieldsFragment, unknown>;
export const StaffMemberFieldsFragmentDoc = new TypedDocumentString(`
    fragment StaffMemberFields on StaffMember {
  id
  userId
  name
  role
  agencyCode
  agencyName
}
    `, {"fragmentName":"StaffMemberFields"}) as unknown as TypedDocumentString<StaffMemberFieldsFragment, unknown>;
export const ContractsDocument = new TypedDocumentString(`
    query Contracts {
  contracts {
    ...ContractFields
  }
}
    fragment PeriodFields on ContractPeriod {
  startsOn
  endsOn
  nonFleetGrade
  premiumYen
  renewalReference
}
fragment ContractFields on Contract {
  id
  policyNumber
  concludedOn
  product
  description
  expiresOn
  currentPeriod {
    ...PeriodFields
  }
  nextPeriod {
    ...PeriodFields
  }
  renewal {
    renewable
    reason
    opensOn
    closesOn
    message {
      ja
      en
    }
  }
}`) as unknown as TypedDocumentString<ContractsQuery, ContractsQueryVariables>;
export const RenewalQuoteDocument = new TypedDocumentString(`
    query RenewalQuote($contractId: ID!) {
  renewalQuote(contractId: $contractId) {
    __typename
    ... on RenewalQuote {
      quoteId
      contractId
      policyNumber
      startsOn
      endsOn
      currentGrade
      nextGrade
      groupDiscountPercent
      premiumYen
    }
    ...ProblemFields
  }
}
    fragment ProblemFields on Problem {
  __typename
  code
  message {
    ja
    en
  }
  ... on ValidationFailed {
    fieldErrors {
      field
      code
      message {
        ja
        en
      }
    }
  }
  ... on TooManyAttempts {
    retryAfterSeconds
  }
  ... on KeywordRejected {
    attemptsLeft
  }
  ... on NotRenewable {
    reason
  }
}`) as unknown as TypedDocumentString<RenewalQuoteQuery, RenewalQuoteQueryVariables>;
export const RenewContractDocument = new TypedDocumentString(`
    mutation RenewContract($input: RenewContractInput!) {
  renewContract(input: $input) {
    __typename
    ... on ContractRenewed {
      replayed
      reference
      newPeriod {
        ...PeriodFields
      }
      contract {
        ...ContractFields
      }
    }
    ...ProblemFields
  }
}
    fragment PeriodFields on ContractPeriod {
  startsOn
  endsOn
  nonFleetGrade
  premiumYen
  renewalReference
}
fragment ContractFields on Contract {
  id
  policyNumber
  concludedOn
  product
  description
  expiresOn
  currentPeriod {
    ...PeriodFields
  }
  nextPeriod {
    ...PeriodFields
  }
  renewal {
    renewable
    reason
    opensOn
    closesOn
    message {
      ja
      en
    }
  }
}
fragment ProblemFields on Problem {
  __typename
  code
  message {
    ja
    en
  }
  ... on ValidationFailed {
    fieldErrors {
      field
      code
      message {
        ja
        en
      }
    }
  }
  ... on TooManyAttempts {
    retryAfterSeconds
  }
  ... on KeywordRejected {
    attemptsLeft
  }
  ... on NotRenewable {
    reason
  }
}`) as unknown as TypedDocumentString<RenewContractMutation, RenewContractMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...CustomerFields
  }
}
    fragment CustomerFields on Customer {
  userId
  email
  mailOptIn
  requiredAction
  familyName
  givenName
  familyNameKana
  givenNameKana
  birthDate
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const RenewalCertificatesDocument = new TypedDocumentString(`
    query RenewalCertificates {
  renewalCertificates {
    contractId
    policyNumber
    description
    startsOn
    endsOn
    downloadPath
  }
}
    `) as unknown as TypedDocumentString<RenewalCertificatesQuery, RenewalCertificatesQueryVariables>;
export const VerificationLinkDocument = new TypedDocumentString(`
    query VerificationLink($token: String!) {
  verificationLink(token: $token) {
    status
    purpose
    expiresAt
    attemptsLeft
  }
}
    `) as unknown as TypedDocumentString<VerificationLinkQuery, VerificationLinkQueryVariables>;
export const VerifyKeywordDocument = new TypedDocumentString(`
    mutation VerifyKeyword($token: String!, $keyword: String!) {
  verifyKeyword(token: $token, keyword: $keyword) {
    __typename
    ... on KeywordAccepted {
      purpose
      stepToken
      stepTokenExpiresAt
    }
    ...ProblemFields
  }
}
    fragment ProblemFields on Problem {
  __typename
  code
  message {
    ja
    en
  }
  ... on ValidationFailed {
    fieldErrors {
      field
      code
      message {
        ja
        en
      }
    }
  }
  ... on TooManyAttempts {
    retryAfterSeconds
  }
  ... on KeywordRejected {
    attemptsLeft
  }
  ... on NotRenewable {
    reason
  }
}`) as unknown as TypedDocumentString<VerifyKeywordMutation, VerifyKeywordMutationVariables>;
export const RequestCredentialResetDocument = new TypedDocumentString(`
    mutation RequestCredentialReset($email: String!, $birthDate: Date!) {
  requestCredentialReset(email: $email, birthDate: $birthDate) {
    __typename
    ... on ResetKeywordIssued {
      keyword
      keywordExpiresAt
    }
    ...ProblemFields
  }
}
    fragment ProblemFields on Problem {
  __typename
  code
  message {
    ja
    en
  }
  ... on ValidationFailed {
    fieldErrors {
      field
      code
      message {
        ja
        en
      }
    }
  }
  ... on TooManyAttempts {
    retryAfterSeconds
  }
  ... on KeywordRejected {
    attemptsLeft
  }
  ... on NotRenewable {
    reason
  }
}`) as unknown as TypedDocumentString<RequestCredentialResetMutation, RequestCredentialResetMutationVariables>;
export const CredentialResetFormDocument = new TypedDocumentString(`
    query CredentialResetForm($stepToken: String!) {
  credentialResetForm(stepToken: $stepToken) {
    familyName
    givenName
    familyNameKana
    givenNameKana
    birthDate
    email
    userId
    mailOptIn
  }
}
    `) as unknown as TypedDocumentString<CredentialResetFormQuery, CredentialResetFormQueryVariables>;
export const CompleteCredentialResetDocument = new TypedDocumentString(`
    mutation CompleteCredentialReset($input: CompleteCredentialResetInput!) {
  completeCredentialReset(input: $input) {
    __typename
    ... on CredentialResetPreview {
      changes
      userId
    }
    ... on SignedIn {
      sessionToken
      customer {
        ...CustomerFields
      }
    }
    ...ProblemFields
  }
}
    fragment CustomerFields on Customer {
  userId
  email
  mailOptIn
  requiredAction
  familyName
  givenName
  familyNameKana
  givenNameKana
  birthDate
}
fragment ProblemFields on Problem {
  __typename
  code
  message {
    ja
    en
  }
  ... on ValidationFailed {
    fieldErrors {
      field
      code
      message {
        ja
        en
      }
    }
  }
  ... on TooManyAttempts {
    retryAfterSeconds
  }
  ... on KeywordRejected {
    attemptsLeft
  }
  ... on NotRenewable {
    reason
  }
}`) as unknown as TypedDocumentString<CompleteCredentialResetMutation, CompleteCredentialResetMutationVariables>;
export const StartRegistrationDocument = new TypedDocumentString(`
    mutation StartRegistration($input: StartRegistrationInput!) {
  startRegistration(input: $input) {
    __typename
    ... on RegistrationStarted {
      keyword
      email
      linkExpiresAt
    }
    ...ProblemFields
  }
}
    fragment ProblemFields on Problem {
  __typename
  code
  message {
    ja
    en
  }
  ... on ValidationFailed {
    fieldErrors {
      field
      code
      message {
        ja
        en
      }
    }
  }
  ... on TooManyAttempts {
    retryAfterSeconds
  }
  ... on KeywordRejected {
    attemptsLeft
  }
  ... on NotRenewable {
    reason
  }
}`) as unknown as TypedDocumentString<StartRegistrationMutation, StartRegistrationMutationVariables>;
export const CompleteRegistrationDocument = new TypedDocumentString(`
    mutation CompleteRegistration($input: CompleteRegistrationInput!) {
  completeRegistration(input: $input) {
    __typename
    ... on SignedIn {
      sessionToken
      customer {
        ...CustomerFields
      }
    }
    ...ProblemFields
  }
}
    fragment CustomerFields on Customer {
  userId
  email
  mailOptIn
  requiredAction
  familyName
  givenName
  familyNameKana
  givenNameKana
  birthDate
}
fragment ProblemFields on Problem {
  __typename
  code
  message {
    ja
    en
  }
  ... on ValidationFailed {
    fieldErrors {
      field
      code
      message {
        ja
        en
      }
    }
  }
  ... on TooManyAttempts {
    retryAfterSeconds
  }
  ... on KeywordRejected {
    attemptsLeft
  }
  ... on NotRenewable {
    reason
  }
}`) as unknown as TypedDocumentString<CompleteRegistrationMutation, CompleteRegistrationMutationVariables>;
export const ServiceStatusDocument = new TypedDocumentString(`
    query ServiceStatus {
  serviceStatus {
    open
    reopensAt
    nextMaintenanceStartsAt
    nextMaintenanceEndsAt
    message {
      ja
      en
    }
  }
  branding {
    insurerName
    agencyName
    desk {
      name
      phone
      hours
    }
    en {
      insurerName
      agencyName
      desk {
        name
        hours
      }
    }
    timeZone
  }
  passwordPolicy {
    minLength
    maxLength
  }
}
    `) as unknown as TypedDocumentString<ServiceStatusQuery, ServiceStatusQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    __typename
    ... on SignedIn {
      sessionToken
      customer {
        ...CustomerFields
      }
    }
    ...ProblemFields
  }
}
    fragment CustomerFields on Customer {
  userId
  email
  mailOptIn
  requiredAction
  familyName
  givenName
  familyNameKana
  givenNameKana
  birthDate
}
fragment ProblemFields on Problem {
  __typename
  code
  message {
    ja
    en
  }
  ... on ValidationFailed {
    fieldErrors {
      field
      code
      message {
        ja
        en
      }
    }
  }
  ... on TooManyAttempts {
    retryAfterSeconds
  }
  ... on KeywordRejected {
    attemptsLeft
  }
  ... on NotRenewable {
    reason
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout {
    ok
  }
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
    __typename
    ... on PasswordChanged {
      customer {
        ...CustomerFields
      }
    }
    ...ProblemFields
  }
}
    fragment CustomerFields on Customer {
  userId
  email
  mailOptIn
  requiredAction
  familyName
  givenName
  familyNameKana
  givenNameKana
  birthDate
}
fragment ProblemFields on Problem {
  __typename
  code
  message {
    ja
    en
  }
  ... on ValidationFailed {
    fieldErrors {
      field
      code
      message {
        ja
        en
      }
    }
  }
  ... on TooManyAttempts {
    retryAfterSeconds
  }
  ... on KeywordRejected {
    attemptsLeft
  }
  ... on NotRenewable {
    reason
  }
}`) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const UpdateSettingsDocument = new TypedDocumentString(`
    mutation UpdateSettings($input: UpdateSettingsInput!) {
  updateSettings(input: $input) {
    __typename
    ... on SettingsUpdated {
      pendingEmail
      customer {
        ...CustomerFields
      }
    }
    ...ProblemFields
  }
}
    fragment CustomerFields on Customer {
  userId
  email
  mailOptIn
  requiredAction
  familyName
  givenName
  familyNameKana
  givenNameKana
  birthDate
}
fragment ProblemFields on Problem {
  __typename
  code
  message {
    ja
    en
  }
  ... on ValidationFailed {
    fieldErrors {
      field
      code
      message {
        ja
        en
      }
    }
  }
  ... on TooManyAttempts {
    retryAfterSeconds
  }
  ... on KeywordRejected {
    attemptsLeft
  }
  ... on NotRenewable {
    reason
  }
}`) as unknown as TypedDocumentString<UpdateSettingsMutation, UpdateSettingsMutationVariables>;
export const ConfirmEmailChangeDocument = new TypedDocumentString(`
    mutation ConfirmEmailChange($token: String!) {
  confirmEmailChange(token: $token) {
    __typename
    ... on EmailConfirmed {
      email
    }
    ...ProblemFields
  }
}
    fragment ProblemFields on Problem {
  __typename
  code
  message {
    ja
    en
  }
  ... on ValidationFailed {
    fieldErrors {
      field
      code
      message {
        ja
        en
      }
    }
  }
  ... on TooManyAttempts {
    retryAfterSeconds
  }
  ... on KeywordRejected {
    attemptsLeft
  }
  ... on NotRenewable {
    reason
  }
}`) as unknown as TypedDocumentString<ConfirmEmailChangeMutation, ConfirmEmailChangeMutationVariables>;
export const SetLanguageDocument = new TypedDocumentString(`
    mutation SetLanguage($language: Language!) {
  setLanguage(language: $language)
}
    `) as unknown as TypedDocumentString<SetLanguageMutation, SetLanguageMutationVariables>;
export const CreateStaffDocument = new TypedDocumentString(`
    mutation CreateStaff($input: CreateStaffInput!) {
  createStaff(input: $input) {
    __typename
    ... on StaffCreated {
      staff {
        ...StaffMemberFields
      }
      totpSecret
      otpauthUri
    }
    ...ProblemFields
  }
}
    fragment ProblemFields on Problem {
  __typename
  code
  message {
    ja
    en
  }
  ... on ValidationFailed {
    fieldErrors {
      field
      code
      message {
        ja
        en
      }
    }
  }
  ... on TooManyAttempts {
    retryAfterSeconds
  }
  ... on KeywordRejected {
    attemptsLeft
  }
  ... on NotRenewable {
    reason
  }
}
fragment StaffMemberFields on StaffMember {
  id
  userId
  name
  role
  agencyCode
  agencyName
}`) as unknown as TypedDocumentString<CreateStaffMutation, CreateStaffMutationVariables>;
export const DisableStaffDocument = new TypedDocumentString(`
    mutation DisableStaff($userId: String!) {
  disableStaff(userId: $userId) {
    __typename
    ... on StaffDisabled {
      userId
    }
    ...ProblemFields
  }
}
    fragment ProblemFields on Problem {
  __typename
  code
  message {
    ja
    en
  }
  ... on ValidationFailed {
    fieldErrors {
      field
      code
      message {
        ja
        en
      }
    }
  }
  ... on TooManyAttempts {
    retryAfterSeconds
  }
  ... on KeywordRejected {
    attemptsLeft
  }
  ... on NotRenewable {
    reason
  }
}`) as unknown as TypedDocumentString<DisableStaffMutation, DisableStaffMutationVariables>;
export const StaffMembersDocument = new TypedDocumentString(`
    query StaffMembers {
  staffMembers {
    ...StaffMemberFields
  }
}
    fragment StaffMemberFields on StaffMember {
  id
  userId
  name
  role
  agencyCode
  agencyName
}`) as unknown as TypedDocumentString<StaffMembersQuery, StaffMembersQueryVariables>;
export const CustomerLookupDocument = new TypedDocumentString(`
    query CustomerLookup($by: CustomerLookupKey!, $value: String!) {
  customerLookup(by: $by, value: $value) {
    policyholderId
    groupName
    employeeNumber
    name
    kana
    birthDate
    emailOnFile
    account {
      accountId
      userId
      email
      locked
      lockedUntil
      lastLoginAt
    }
    mails {
      id
      kind
      status
      to
      createdAt
      lastError
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerLookupQuery, CustomerLookupQueryVariables>;
export const IssueTemporaryPasswordDocument = new TypedDocumentString(`
    mutation IssueTemporaryPassword($accountId: ID!) {
  issueTemporaryPassword(accountId: $accountId) {
    __typename
    ... on TemporaryPasswordIssued {
      temporaryPassword
      expiresAt
    }
    ...ProblemFields
  }
}
    fragment ProblemFields on Problem {
  __typename
  code
  message {
    ja
    en
  }
  ... on ValidationFailed {
    fieldErrors {
      field
      code
      message {
        ja
        en
      }
    }
  }
  ... on TooManyAttempts {
    retryAfterSeconds
  }
  ... on KeywordRejected {
    attemptsLeft
  }
  ... on NotRenewable {
    reason
  }
}`) as unknown as TypedDocumentString<IssueTemporaryPasswordMutation, IssueTemporaryPasswordMutationVariables>;
export const UnlockAccountDocument = new TypedDocumentString(`
    mutation UnlockAccount($accountId: ID!) {
  unlockAccount(accountId: $accountId) {
    __typename
    ... on AccountUnlocked {
      accountId
    }
    ...ProblemFields
  }
}
    fragment ProblemFields on Problem {
  __typename
  code
  message {
    ja
    en
  }
  ... on ValidationFailed {
    fieldErrors {
      field
      code
      message {
        ja
        en
      }
    }
  }
  ... on TooManyAttempts {
    retryAfterSeconds
  }
  ... on KeywordRejected {
    attemptsLeft
  }
  ... on NotRenewable {
    reason
  }
}`) as unknown as TypedDocumentString<UnlockAccountMutation, UnlockAccountMutationVariables>;
export const ResendMailDocument = new TypedDocumentString(`
    mutation ResendMail($messageId: ID!) {
  resendMail(messageId: $messageId) {
    __typename
    ... on MailResent {
      messageId
      freshLink
      keyword
      linkExpiresAt
    }
    ...ProblemFields
  }
}
    fragment ProblemFields on Problem {
  __typename
  code
  message {
    ja
    en
  }
  ... on ValidationFailed {
    fieldErrors {
      field
      code
      message {
        ja
        en
      }
    }
  }
  ... on TooManyAttempts {
    retryAfterSeconds
  }
  ... on KeywordRejected {
    attemptsLeft
  }
  ... on NotRenewable {
    reason
  }
}`) as unknown as TypedDocumentString<ResendMailMutation, ResendMailMutationVariables>;
export const StartImportDocument = new TypedDocumentString(`
    mutation StartImport($kind: ImportKind!) {
  startImport(kind: $kind) {
    __typename
    ... on ImportStarted {
      importId
    }
    ...ProblemFields
  }
}
    fragment ProblemFields on Problem {
  __typename
  code
  message {
    ja
    en
  }
  ... on ValidationFailed {
    fieldErrors {
      field
      code
      message {
        ja
        en
      }
    }
  }
  ... on TooManyAttempts {
    retryAfterSeconds
  }
  ... on KeywordRejected {
    attemptsLeft
  }
  ... on NotRenewable {
    reason
  }
}`) as unknown as TypedDocumentString<StartImportMutation, StartImportMutationVariables>;
export const AddImportRowsDocument = new TypedDocumentString(`
    mutation AddImportRows($importId: ID!, $rows: [ImportRowInput!]!) {
  addImportRows(importId: $importId, rows: $rows) {
    __typename
    ... on ImportRowsStaged {
      staged
      problems {
        ...ImportRowProblemFields
      }
    }
    ...ProblemFields
  }
}
    fragment ProblemFields on Problem {
  __typename
  code
  message {
    ja
    en
  }
  ... on ValidationFailed {
    fieldErrors {
      field
      code
      message {
        ja
        en
      }
    }
  }
  ... on TooManyAttempts {
    retryAfterSeconds
  }
  ... on KeywordRejected {
    attemptsLeft
  }
  ... on NotRenewable {
    reason
  }
}
fragment ImportRowProblemFields on ImportRowProblem {
  rowNumber
  column
  header {
    ja
    en
  }
  value
  code
  message {
    ja
    en
  }
}`) as unknown as TypedDocumentString<AddImportRowsMutation, AddImportRowsMutationVariables>;
export const CommitImportDocument = new TypedDocumentString(`
    mutation CommitImport($importId: ID!, $dryRun: Boolean) {
  commitImport(importId: $importId, dryRun: $dryRun) {
    __typename
    ... on ImportCommitted {
      dryRun
      inserted
      updated
      unchanged
      identityChangesNotApplied {
        rowNumber
        groupName
        employeeNumber
        fields
      }
    }
    ...ProblemFields
  }
}
    fragment ProblemFields on Problem {
  __typename
  code
  message {
    ja
    en
  }
  ... on ValidationFailed {
    fieldErrors {
      field
      code
      message {
        ja
        en
      }
    }
  }
  ... on TooManyAttempts {
    retryAfterSeconds
  }
  ... on KeywordRejected {
    attemptsLeft
  }
  ... on NotRenewable {
    reason
  }
}`) as unknown as TypedDocumentString<CommitImportMutation, CommitImportMutationVariables>;
export const AbandonImportDocument = new TypedDocumentString(`
    mutation AbandonImport($importId: ID!) {
  abandonImport(importId: $importId) {
    __typename
    ... on ImportAbandoned {
      importId
    }
    ...ProblemFields
  }
}
    fragment ProblemFields on Problem {
  __typename
  code
  message {
    ja
    en
  }
  ... on ValidationFailed {
    fieldErrors {
      field
      code
      message {
        ja
        en
      }
    }
  }
  ... on TooManyAttempts {
    retryAfterSeconds
  }
  ... on KeywordRejected {
    attemptsLeft
  }
  ... on NotRenewable {
    reason
  }
}`) as unknown as TypedDocumentString<AbandonImportMutation, AbandonImportMutationVariables>;
export const ImportProblemsDocument = new TypedDocumentString(`
    query ImportProblems($importId: ID!, $afterRow: Int, $limit: Int) {
  importProblems(importId: $importId, afterRow: $afterRow, limit: $limit) {
    problems {
      ...ImportRowProblemFields
    }
    nextAfterRow
  }
}
    fragment ImportRowProblemFields on ImportRowProblem {
  rowNumber
  column
  header {
    ja
    en
  }
  value
  code
  message {
    ja
    en
  }
}`) as unknown as TypedDocumentString<ImportProblemsQuery, ImportProblemsQueryVariables>;
export const RenewalsDueDocument = new TypedDocumentString(`
    query RenewalsDue($withinDays: Int, $groupName: String, $after: String, $limit: Int) {
  renewalsDue(
    withinDays: $withinDays
    groupName: $groupName
    after: $after
    limit: $limit
  ) {
    items {
      contractId
      policyNumber
      product
      onlineRenewable
      policyholder {
        id
        groupName
        employeeNumber
        name
        kana
      }
      registered
      periodStart
      periodEnd
      windowOpensOn
      windowClosesOn
      windowOpen
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<RenewalsDueQuery, RenewalsDueQueryVariables>;
export const AuditTrailDocument = new TypedDocumentString(`
    query AuditTrail($accountId: ID, $staffUserId: String, $type: String, $from: DateTime, $to: DateTime, $after: String, $limit: Int) {
  auditTrail(
    accountId: $accountId
    staffUserId: $staffUserId
    type: $type
    from: $from
    to: $to
    after: $after
    limit: $limit
  ) {
    items {
      id
      at
      type
      accountId
      policyholderId
      staffId
      staffUserId
      clientIp
      userAgent
      detail
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<AuditTrailQuery, AuditTrailQueryVariables>;
export const StaffLoginDocument = new TypedDocumentString(`
    mutation StaffLogin($input: StaffLoginInput!) {
  staffLogin(input: $input) {
    __typename
    ... on StaffSignedIn {
      sessionToken
      expiresAt
      staff {
        ...StaffMemberFields
      }
    }
    ...ProblemFields
  }
}
    fragment ProblemFields on Problem {
  __typename
  code
  message {
    ja
    en
  }
  ... on ValidationFailed {
    fieldErrors {
      field
      code
      message {
        ja
        en
      }
    }
  }
  ... on TooManyAttempts {
    retryAfterSeconds
  }
  ... on KeywordRejected {
    attemptsLeft
  }
  ... on NotRenewable {
    reason
  }
}
fragment StaffMemberFields on StaffMember {
  id
  userId
  name
  role
  agencyCode
  agencyName
}`) as unknown as TypedDocumentString<StaffLoginMutation, StaffLoginMutationVariables>;
export const StaffLogoutDocument = new TypedDocumentString(`
    mutation StaffLogout {
  staffLogout {
    ok
  }
}
    `) as unknown as TypedDocumentString<StaffLogoutMutation, StaffLogoutMutationVariables>;
export const StaffMeDocument = new TypedDocumentString(`
    query StaffMe {
  staffMe {
    ...StaffMemberFields
  }
}
    fragment StaffMemberFields on StaffMember {
  id
  userId
  name
  role
  agencyCode
  agencyName
}`) as unknown as TypedDocumentString<StaffMeQuery, StaffMeQueryVariables>;