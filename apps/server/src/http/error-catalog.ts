import type { LocalizedText } from "@cws/domain";

/** One entry of the edge error catalog: the HTTP status a code answers with and what to tell people. */
export interface EdgeErrorEntry {
  status: number;
  message: LocalizedText;
}

const reload = {
  ja: "リクエストを受け付けられませんでした。画面を再読み込みしてから再度お試しください。",
  en: "The request could not be accepted. Please reload the page and try again.",
};

/**
 * Every error that is not a typed result, by code: its HTTP status and its bilingual text.
 * The README's "Errors" section documents this table; keep them in step.
 */
export const EDGE_ERRORS = {
  GRAPHQL_PARSE_FAILED: { status: 400, message: reload },
  GRAPHQL_VALIDATION_FAILED: { status: 400, message: reload },
  TOO_MANY_SENSITIVE_FIELDS: {
    status: 400,
    message: {
      ja: "ログインや本人確認は1回のリクエストで1つずつお手続きください。",
      en: "Send at most one sign-in or verification step per request.",
    },
  },
  BAD_USER_INPUT: {
    status: 400,
    message: {
      ja: "入力内容を受け付けられませんでした。入力内容をご確認のうえ、再度お試しください。",
      en: "What you entered could not be accepted. Please check it and try again.",
    },
  },
  BAD_REQUEST: { status: 400, message: reload },
  OPERATION_RESOLUTION_FAILURE: { status: 400, message: reload },
  PERSISTED_QUERY_NOT_FOUND: { status: 400, message: reload },
  QUERY_TOO_COMPLEX: { status: 400, message: reload },
  INVALID_JSON: { status: 400, message: reload },
  UNAUTHENTICATED: {
    status: 401,
    message: { ja: "ログインしてください。", en: "Log in to continue." },
  },
  PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    message: { ja: "新しいパスワードを設定してください。", en: "Set a new password first." },
  },
  FORBIDDEN: {
    status: 403,
    message: {
      ja: "このお手続きはご利用いただけません。",
      en: "This procedure is not available to you.",
    },
  },
  NOT_FOUND: {
    status: 404,
    message: {
      ja: "お探しのページは見つかりませんでした。",
      en: "There is nothing at this address.",
    },
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    message: {
      ja: "送信された内容が大きすぎます。内容を減らして再度お試しください。",
      en: "The request is too large. Please send less and try again.",
    },
  },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: reload },
  TOO_MANY_REQUESTS: {
    status: 429,
    message: {
      ja: "アクセスが集中しています。しばらく時間をおいてから再度お試しください。",
      en: "The service is busy. Please wait a while and try again.",
    },
  },
  INTERNAL_SERVER_ERROR: {
    status: 500,
    message: {
      ja: "システムエラーが発生しました。時間をおいて再度お試しください。",
      en: "Internal server error. Please try again later.",
    },
  },
  SERVICE_UNAVAILABLE: {
    status: 503,
    message: {
      ja: "ただいまサービスを利用できません。しばらく時間をおいてから再度お試しください。",
      en: "The service is unavailable right now. Please try again in a moment.",
    },
  },
  SHUTTING_DOWN: {
    status: 503,
    message: {
      ja: "ただいまサービスを再起動しています。しばらくしてから再度お試しください。",
      en: "The service is restarting. Please try again in a moment.",
    },
  },
  REQUEST_TIMEOUT: {
    status: 503,
    message: {
      ja: "処理に時間がかかっています。しばらくしてから再度お試しください。",
      en: "The request took too long. Please try again in a moment.",
    },
  },
  SERVICE_IN_MAINTENANCE: {
    status: 503,
    message: { ja: "ただいまメンテナンス中です。", en: "The service is closed for maintenance." },
  },
} as const satisfies Record<string, EdgeErrorEntry>;

export type EdgeErrorCode = keyof typeof EDGE_ERRORS;

export function isEdgeErrorCode(code: unknown): code is EdgeErrorCode {
  return typeof code === "string" && Object.hasOwn(EDGE_ERRORS, code);
}

/** The one error body: `{ errors: [{ message, extensions: { code, message: { ja, en }, ... } }] }`. */
export function edgeErrorBody(
  code: EdgeErrorCode,
  extra: { message?: LocalizedText; detail?: string } = {},
) {
  const message = extra.message ?? EDGE_ERRORS[code].message;
  return { errors: [{ message: extra.detail ?? message.en, extensions: { code, message } }] };
}
