/**
 * Errors the whole request can end in (GraphQLRequestError codes, network failures), and the
 * form-level wording around field errors. Field messages themselves come from the server, or
 * from @cws/domain's validators when the browser checks first, so they read the same.
 */
export const ja = {
  "form.summaryHeading": "入力内容に誤りがあります。以下の項目をご確認ください。",
  "form.errorPrefix": "エラー：",
  "form.passwordMismatch":
    "確認のため入力したパスワードが一致しません。同じパスワードを入力してください。",
  "error.SERVICE_IN_MAINTENANCE": "ただいまメンテナンス中のため、お手続きいただけません。",
  "error.UNAUTHENTICATED":
    "ログインの有効期限が切れました。お手数ですが、もう一度ログインしてください。",
  "error.PASSWORD_CHANGE_REQUIRED": "お手続きを続けるには、新しいパスワードを設定してください。",
  "error.outdatedScreen":
    "画面が最新ではありません。お手数ですが、画面を再読み込みしてから再度お試しください。",
  "error.BAD_USER_INPUT":
    "入力内容を受け付けられませんでした。入力内容をご確認のうえ、再度お試しください。",
  "error.TOO_MANY_REQUESTS":
    "アクセスが集中しています。しばらく時間をおいてから再度お試しください。",
  "error.FORBIDDEN": "このお手続きはご利用いただけません。",
  "error.INTERNAL_SERVER_ERROR": "システムエラーが発生しました。時間をおいて再度お試しください。",
  "error.NETWORK_ERROR": "通信エラーが発生しました。通信環境をご確認のうえ、再度お試しください。",
  "error.NO_DATA": "サーバーから正しい応答がありませんでした。時間をおいて再度お試しください。",
  "error.default": "エラーが発生しました。時間をおいて再度お試しください。",
};

export const en: Record<keyof typeof ja, string> = {
  "form.summaryHeading": "There is a problem with what you entered. Please check the following.",
  "form.errorPrefix": "Error: ",
  "form.passwordMismatch": "The two passwords do not match. Please enter the same password twice.",
  "error.SERVICE_IN_MAINTENANCE": "The service is closed for maintenance.",
  "error.UNAUTHENTICATED": "Your login has expired. Please log in again.",
  "error.PASSWORD_CHANGE_REQUIRED": "Please set a new password to continue.",
  "error.outdatedScreen": "This screen is out of date. Please reload the page and try again.",
  "error.BAD_USER_INPUT": "What you entered could not be accepted. Please check it and try again.",
  "error.TOO_MANY_REQUESTS": "The service is busy. Please wait a while and try again.",
  "error.FORBIDDEN": "This procedure is not available to you.",
  "error.INTERNAL_SERVER_ERROR": "A system error occurred. Please try again later.",
  "error.NETWORK_ERROR": "A connection error occurred. Please check your connection and try again.",
  "error.NO_DATA": "The server did not answer properly. Please try again later.",
  "error.default": "Something went wrong. Please try again later.",
};
