import type { FieldError } from "../errors/field-error.ts";
import type { LocalizedText } from "../errors/localized-text.ts";

/*
 * Every message a validator can give, in one table so the wording stays consistent and
 * the web app, the staff tools and the API all say the same thing. Placeholders in braces
 * are filled by messageFor(); {label} is the field's name in the reader's language.
 * Japanese follows the seed's polite style (「…してください。」).
 */
const MESSAGES = {
  REQUIRED: { ja: "{label}を入力してください。", en: "Please enter the {label}." },
  TOO_LONG: {
    ja: "{label}は{max}文字以内で入力してください。",
    en: "Please enter the {label} in {max} characters or fewer.",
  },
  INVALID_CHARACTERS: {
    ja: "{label}に使用できない文字が含まれています。",
    en: "The {label} contains characters that cannot be used.",
  },
  KANA_NOT_KATAKANA: {
    ja: "カナはカタカナで入力してください。",
    en: "Please enter the name reading in katakana.",
  },
  BIRTH_DATE_INVALID: {
    ja: "生年月日を正しく入力してください。",
    en: "Please enter a valid date of birth.",
  },
  BIRTH_DATE_IN_FUTURE: {
    ja: "生年月日に未来の日付は入力できません。",
    en: "The date of birth cannot be in the future.",
  },
  BIRTH_DATE_TOO_OLD: {
    ja: "生年月日は{min}以降の日付を入力してください。",
    en: "Please enter a date of birth on or after {min}.",
  },
  EMAIL_INVALID: {
    ja: "メールアドレスを正しく入力してください。半角英数字と記号(. _ - +)のみご利用いただけます。",
    en: "Please enter a valid e-mail address, using only half-width letters, digits and the symbols . _ - +.",
  },
  EMPLOYEE_NUMBER_NOT_DIGITS: {
    ja: "社員番号は数字で入力してください。",
    en: "Please enter the employee number in digits only.",
  },
  TERMS_NOT_ACCEPTED: {
    ja: "利用規約に同意してください。",
    en: "Please agree to the terms of use.",
  },
  KEYWORD_INVALID: {
    ja: "キーワードは{rule}で入力してください。",
    en: "Please enter a keyword of {rule}.",
  },
  USER_ID_INVALID: {
    ja: "ユーザーIDは半角英数字と記号(@ . _ - +)で{min}～{max}文字で入力してください。",
    en: "Please enter a user ID of {min} to {max} half-width letters, digits and the symbols @ . _ - +.",
  },
  RECOVERY_KEYWORD_INVALID: {
    ja: "キーワードは{length}桁の数字で入力してください。",
    en: "Please enter the {length}-digit keyword.",
  },
  MAIL_OPT_IN_INVALID: {
    ja: "サービスに関する情報のメールについて、「希望する」または「希望しない」を選択してください。",
    en: "Please choose whether you wish to receive e-mails about the service.",
  },
  PASSWORD_TOO_SHORT: {
    ja: "パスワードは{min}文字以上で入力してください。",
    en: "Use at least {min} characters.",
  },
  PASSWORD_TOO_LONG: {
    ja: "パスワードは{max}文字以内で入力してください。",
    en: "Use at most {max} characters.",
  },
  PASSWORD_INVALID_CHARACTERS: {
    ja: "パスワードは半角英字・数字・記号で入力してください(空白や全角文字は使用できません)。",
    en: "Use only half-width letters, digits and symbols (no spaces or full-width characters).",
  },
  PASSWORD_NEEDS_UPPER_AND_LOWER: {
    ja: "英大文字と英小文字をそれぞれ1文字以上含めてください。",
    en: "Include at least one upper-case and one lower-case letter.",
  },
  PASSWORD_NEEDS_TWO_KINDS: {
    ja: "英字・数字・記号のうち2種類以上を組み合わせてください。",
    en: "Combine at least two kinds of characters: letters, digits, symbols.",
  },
  PASSWORD_TOO_COMMON: {
    ja: "よく使われていて推測されやすいパスワードは使用できません。",
    en: "Do not use a common password that is easy to guess.",
  },
  PASSWORD_SAME_AS_PERSONAL_INFO: {
    ja: "ユーザーID・メールアドレス・生年月日と同じパスワードは使用できません。",
    en: "Do not use your user ID, e-mail address or date of birth as the password.",
  },
} as const satisfies Record<string, LocalizedText>;

/** Every error code a validator in this package can return. */
export type MessageCode = keyof typeof MESSAGES;

/** Every code in the table, for clients and tests that enumerate them. */
export const MESSAGE_CODES = Object.keys(MESSAGES) as MessageCode[];

/** How each input field is called on screen, used for {label} in messages. */
export const FIELD_LABELS: Readonly<Record<string, LocalizedText>> = {
  familyName: { ja: "契約者氏名(姓)", en: "family name" },
  givenName: { ja: "契約者氏名(名)", en: "given name" },
  familyNameKana: { ja: "カナ(セイ)", en: "family name in katakana" },
  givenNameKana: { ja: "カナ(メイ)", en: "given name in katakana" },
  birthDate: { ja: "生年月日", en: "date of birth" },
  email: { ja: "メールアドレス", en: "e-mail address" },
  keyword: { ja: "キーワード", en: "keyword" },
  employeeNumber: { ja: "社員番号", en: "employee number" },
  userId: { ja: "ユーザーID", en: "user ID" },
  password: { ja: "パスワード", en: "password" },
  mailOptIn: { ja: "サービスに関する情報のメール", en: "e-mail preference" },
};

const UNKNOWN_FIELD: LocalizedText = { ja: "この項目", en: "field" };

/** A value for a placeholder: the same in both languages, or worded per language. */
export type MessageParam = string | number | LocalizedText;

function fill(
  template: string,
  lang: keyof LocalizedText,
  params: Record<string, MessageParam>,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "object" ? value[lang] : String(value);
  });
}

/**
 * The message for a code in both languages, with placeholders filled. `field` supplies
 * {label}; other placeholders come from `params` (e.g. `{ max: 50 }`).
 */
export function messageFor(
  code: MessageCode,
  field?: string,
  params: Record<string, MessageParam> = {},
): LocalizedText {
  const label =
    (field !== undefined && Object.hasOwn(FIELD_LABELS, field) ? FIELD_LABELS[field] : undefined) ??
    UNKNOWN_FIELD;
  const all = { label, ...params };
  const template = MESSAGES[code];
  return { ja: fill(template.ja, "ja", all), en: fill(template.en, "en", all) };
}

/** A {@link FieldError} for `field` with the table's message for `code`. */
export function fieldError(
  field: string,
  code: MessageCode,
  params: Record<string, MessageParam> = {},
): FieldError {
  return { field, code, message: messageFor(code, field, params) };
}
