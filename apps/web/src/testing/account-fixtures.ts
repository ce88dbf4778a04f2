import type { GraphQLClient } from "@cws/client";
import type {
  ChangePasswordMutation,
  CompleteCredentialResetMutation,
  CompleteRegistrationMutation,
  ConfirmEmailChangeMutation,
  ContractsQuery,
  CredentialResetFormQuery,
  CustomerFieldsFragment,
  LinkPurpose,
  LinkStatus,
  LoginMutation,
  LogoutMutation,
  MeQuery,
  RequestCredentialResetMutation,
  SettingChange,
  StartRegistrationMutation,
  VerificationLinkQuery,
  VerifyKeywordMutation,
} from "@cws/client/gql";
import type { FakeAnswer } from "./fake-server.ts";

/*
 * Answers of the account operations for fakeServer(), shaped as the real server sends them
 * (the `satisfies` clauses keep them in step with the generated types).
 */

const data = (body: unknown): FakeAnswer => ({ body: { data: body } });

/** A fictional customer (no real person). */
export const testCustomer: CustomerFieldsFragment = {
  userId: "taro@example.com",
  email: "taro@example.com",
  mailOptIn: true,
  requiredAction: null,
  familyName: "見本",
  givenName: "太郎",
  familyNameKana: "ミホン",
  givenNameKana: "タロウ",
  birthDate: "1975-01-01",
};

/** The same customer right after logging in with a temporary password. */
export const temporaryPasswordCustomer: CustomerFieldsFragment = {
  ...testCustomer,
  requiredAction: "CHANGE_PASSWORD",
};

export const anonymousAnswer = data({ me: null } satisfies MeQuery);
export const meAnswer = (customer = testCustomer) => data({ me: customer } satisfies MeQuery);
/** Home lists no contracts: enough for a test that only checks the app went there. */
export const noContractsAnswer = data({ contracts: [] } satisfies ContractsQuery);

const problem = <T extends string>(__typename: T, code: string, ja: string, en: string) => ({
  __typename,
  code,
  message: { ja, en },
});

/** ValidationFailed for any operation, with the given field errors. */
export function validationFailedAnswer(
  operation: string,
  fieldErrors: { field: string; code: string; ja: string; en: string }[],
): FakeAnswer {
  return data({
    [operation]: {
      ...problem(
        "ValidationFailed",
        "VALIDATION_FAILED",
        "入力内容に誤りがあります。",
        "Some fields are invalid.",
      ),
      fieldErrors: fieldErrors.map(({ field, code, ja, en }) => ({
        field,
        code,
        message: { ja, en },
      })),
    },
  });
}

export const tooManyAttempts = (operation: string) =>
  data({
    [operation]: {
      ...problem(
        "TooManyAttempts",
        "TOO_MANY_ATTEMPTS",
        "試行回数が上限に達しました。しばらくしてから再度お試しください。",
        "Too many attempts. Please try again later.",
      ),
      retryAfterSeconds: 60,
    },
  });

export const signedInAnswer = (customer = testCustomer) =>
  data({ login: { __typename: "SignedIn", sessionToken: null, customer } } satisfies LoginMutation);
export const loginFailedAnswer = data({
  login: problem(
    "LoginFailed",
    "LOGIN_FAILED",
    "ユーザーIDまたはパスワードが正しくありません。",
    "The user ID or password is incorrect.",
  ),
} satisfies LoginMutation);
export const loggedOutAnswer = data({ logout: { ok: true } } satisfies LogoutMutation);

/** Registration started: the keyword back, the link valid until 2026-12-01 18:00 Japan time. */
export const registrationStartedAnswer = data({
  startRegistration: {
    __typename: "RegistrationStarted",
    keyword: "Abc123",
    email: "taro@example.com",
    linkExpiresAt: "2026-12-01T09:00:00.000Z",
  },
} satisfies StartRegistrationMutation);
export const identityNotConfirmedAnswer = data({
  startRegistration: problem(
    "IdentityNotConfirmed",
    "IDENTITY_NOT_CONFIRMED",
    "ご入力いただいた内容では、ご契約を確認できませんでした。入力内容をご確認ください。",
    "We could not find your contract with these details. Please check them.",
  ),
} satisfies StartRegistrationMutation);

/** What verificationLink says about a link. */
export function linkAnswer(
  status: LinkStatus,
  purpose: LinkPurpose | null,
  attemptsLeft = 5,
): FakeAnswer {
  return data({
    verificationLink: {
      status,
      purpose,
      expiresAt: status === "UNKNOWN" ? null : "2026-12-01T09:00:00.000Z",
      attemptsLeft: status === "VALID" ? attemptsLeft : 0,
    },
  } satisfies VerificationLinkQuery);
}

export const keywordAcceptedAnswer = (purpose: LinkPurpose) =>
  data({
    verifyKeyword: {
      __typename: "KeywordAccepted",
      purpose,
      stepToken: "step-token-1",
      stepTokenExpiresAt: "2026-12-01T09:30:00.000Z",
    },
  } satisfies VerifyKeywordMutation);
export const keywordRejectedAnswer = (attemptsLeft: number) =>
  data({
    verifyKeyword: {
      ...problem(
        "KeywordRejected",
        "KEYWORD_REJECTED",
        `キーワードが正しくありません。あと${attemptsLeft}回誤るとこのURLは無効になります。`,
        `Wrong keyword. The link stops working after ${attemptsLeft} more wrong attempt(s).`,
      ),
      attemptsLeft,
    },
  } satisfies VerifyKeywordMutation);
export const linkDeadAnswer = data({
  verifyKeyword: problem(
    "LinkDead",
    "LINK_DEAD",
    "キーワードの誤りが続いたため、このURLは無効になりました。",
    "Too many wrong keywords.",
  ),
} satisfies VerifyKeywordMutation);

export const registrationCompletedAnswer = (customer = testCustomer) =>
  data({
    completeRegistration: { __typename: "SignedIn", sessionToken: null, customer },
  } satisfies CompleteRegistrationMutation);

/** A recovery keyword valid for 24 hours from now, as the server issues it. */
export const resetKeywordIssuedAnswer = () =>
  data({
    requestCredentialReset: {
      __typename: "ResetKeywordIssued",
      keyword: "1234567890",
      keywordExpiresAt: new Date(Date.now() + 24 * 3_600_000).toISOString(),
    },
  } satisfies RequestCredentialResetMutation);

export const resetFormAnswer = data({
  credentialResetForm: {
    familyName: "見本",
    givenName: "太郎",
    familyNameKana: "ミホン",
    givenNameKana: "タロウ",
    birthDate: "1985-10-01",
    email: "old@example.com",
    userId: "taro-1985",
    mailOptIn: true,
  },
} satisfies CredentialResetFormQuery);
export const resetFormGoneAnswer = data({
  credentialResetForm: null,
} satisfies CredentialResetFormQuery);
export const resetPreviewAnswer = (changes: SettingChange[], userId = "taro-1985") =>
  data({
    completeCredentialReset: { __typename: "CredentialResetPreview", changes, userId },
  } satisfies CompleteCredentialResetMutation);
export const resetCommittedAnswer = (customer = testCustomer) =>
  data({
    completeCredentialReset: { __typename: "SignedIn", sessionToken: null, customer },
  } satisfies CompleteCredentialResetMutation);

export const passwordChangedAnswer = (customer = testCustomer) =>
  data({
    changePassword: { __typename: "PasswordChanged", customer },
  } satisfies ChangePasswordMutation);

export const emailConfirmedAnswer = data({
  confirmEmailChange: { __typename: "EmailConfirmed", email: "new@example.com" },
} satisfies ConfirmEmailChangeMutation);

/** What the server answers to an operation that needs a session when there is none. */
export const unauthenticatedAnswer: FakeAnswer = {
  status: 401,
  body: {
    errors: [
      {
        message: "Log in to continue.",
        extensions: {
          code: "UNAUTHENTICATED",
          message: { ja: "ログインしてください。", en: "Log in to continue." },
        },
      },
    ],
  },
};

/** What the server answers to anything but the password change while a temporary password is pending. */
export const passwordChangeRequiredAnswer: FakeAnswer = {
  status: 403,
  body: {
    errors: [
      {
        message: "Set a new password first.",
        extensions: {
          code: "PASSWORD_CHANGE_REQUIRED",
          message: { ja: "新しいパスワードを設定してください。", en: "Set a new password first." },
        },
      },
    ],
  },
};

/**
 * Wraps a client to record what each operation was sent with, so a test can check the
 * variables a screen built (the fake server only answers by operation name).
 */
export function recordingClient(client: GraphQLClient): {
  client: GraphQLClient;
  sent: { operation: string; variables: unknown }[];
} {
  const sent: { operation: string; variables: unknown }[] = [];
  return {
    sent,
    client: {
      execute(document, ...variables) {
        sent.push({
          operation: /(?:query|mutation)\s+(\w+)/.exec(document.toString())?.[1] ?? "",
          variables: variables[0],
        });
        return client.execute(document, ...variables);
      },
      setBearerToken: (token) => client.setBearerToken(token),
      cookies: () => client.cookies(),
    },
  };
}
