/**
 * Every string the screens show, in Japanese (the default, worded after the seed) and English.
 * Later screens add their keys here; `{name}` marks a value filled in by `useT()`.
 */
const ja = {
  "app.serviceName": "お客さまWebサービス",
  "app.skipToContent": "本文へ移動",
  "app.loading": "読み込み中です…",
  "app.homeLink": "お客さまWebサービス トップへ",
  "language.label": "表示言語",
  "status.unavailable": "サービスの状態を確認できませんでした。通信環境をご確認のうえ、再度お試しください。",
  "status.retry": "再読み込み",
  "contact.heading": "お問い合わせ",
  "contact.phone": "電話番号",
  "contact.hours": "受付時間",
  "landing.title": "インターネットからの自動車保険更新のお手続き",
  "landing.from": "{agency}からのご案内",
  "landing.lead":
    "自動車保険のネット更新には、お客さまWebサービスへの登録が必要です。登録した後、ユーザーIDとパスワードでログインし、「契約の継続手続」からお入りください。",
  "landing.product": "{insurer} 団体版 自動車保険",
  "landing.entry": "ご継続のお手続きはこちら",
  "landing.guidesHeading": "インターネットでの継続お手続き・ご説明・ご利用ガイド",
  "landing.guide.registrationFlow": "お客さまWebサービス登録の流れ（ご説明）",
  "landing.guide.pc": "ご利用ガイド（PC版）",
  "landing.guide.phone": "ご利用ガイド（スマホ版）",
  "landing.guide.placeholder": "準備中",
  "login.title": "お客さまWebサービス ログイン",
  "login.lead": "手続きを進めていただくには、お客さまWebサービスへのログインが必要になります。",
  "login.hours": "ご利用可能時間は、毎週{weekday}{time}からのメンテナンス時間を除く全日です。",
  "login.hoursAlwaysOpen": "ご利用可能時間は全日24時間です。",
  "login.hoursUnknown": "ご利用可能時間は、毎週の定期メンテナンス時間を除く全日です。",
  "login.nextMaintenance": "次回のメンテナンス開始",
  "login.comingSoon": "ログイン画面は、利用登録の機能とあわせて公開します。現在はまだログインできません。",
  "login.backToTop": "トップページへ戻る",
  "maintenance.title": "ただいまメンテナンス中です",
  "maintenance.lead": "メンテナンスのため、お客さまWebサービスをご利用いただけません。",
  "maintenance.reopensAt": "再開予定日時",
  "maintenance.apology": "ご不便をおかけいたしますが、再開までしばらくお待ちください。",
  "maintenance.reload": "再読み込み",
  "notFound.title": "ページが見つかりません",
  "notFound.lead": "お探しのページは、移動または削除された可能性があります。",
  "notFound.home": "トップページへ",
};

export type MessageKey = keyof typeof ja;

const en: Record<MessageKey, string> = {
  "app.serviceName": "Customer Web Service",
  "app.skipToContent": "Skip to main content",
  "app.loading": "Loading…",
  "app.homeLink": "Customer Web Service home",
  "language.label": "Language",
  "status.unavailable": "We could not check the service status. Please check your connection and try again.",
  "status.retry": "Reload",
  "contact.heading": "Contact us",
  "contact.phone": "Phone",
  "contact.hours": "Hours",
  "landing.title": "Renewing your auto insurance online",
  "landing.from": "From {agency}",
  "landing.lead":
    "To renew your auto insurance online, register for the Customer Web Service first. Then log in with your user ID and password and choose “Renew a contract”.",
  "landing.product": "{insurer} group auto insurance",
  "landing.entry": "Renew your contract",
  "landing.guidesHeading": "Online renewal: explanations and user guides",
  "landing.guide.registrationFlow": "How to register for the Customer Web Service",
  "landing.guide.pc": "User guide (computer)",
  "landing.guide.phone": "User guide (smartphone)",
  "landing.guide.placeholder": "Coming soon",
  "login.title": "Customer Web Service login",
  "login.lead": "To continue, please log in to the Customer Web Service.",
  "login.hours": "The service is available at all times except during maintenance, which starts every {weekday} at {time} (Japan time).",
  "login.hoursAlwaysOpen": "The service is available 24 hours a day.",
  "login.hoursUnknown": "The service is available at all times except during the weekly maintenance.",
  "login.nextMaintenance": "Next maintenance starts",
  "login.comingSoon": "The login screen will open together with registration. You cannot log in yet.",
  "login.backToTop": "Back to the top page",
  "maintenance.title": "The service is under maintenance",
  "maintenance.lead": "The Customer Web Service is closed for maintenance.",
  "maintenance.reopensAt": "Reopens at",
  "maintenance.apology": "We apologise for the inconvenience. Please wait until the service reopens.",
  "maintenance.reload": "Reload",
  "notFound.title": "Page not found",
  "notFound.lead": "The page you are looking for may have moved or no longer exists.",
  "notFound.home": "Go to the top page",
};

export const languages = ["ja", "en"] as const;
export type Language = (typeof languages)[number];

/** Each language's own name, shown the same whatever language is chosen, so people can find theirs. */
export const languageNames: Record<Language, string> = { ja: "日本語", en: "English" };

export const messages: Record<Language, Record<MessageKey, string>> = { ja, en };
