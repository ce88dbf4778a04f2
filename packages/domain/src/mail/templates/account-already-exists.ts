import type { MailContent } from "../mail-content.ts";
import { composeMail, subjectLine, type Branding } from "./mail-layout.ts";

export interface AccountAlreadyExistsInput {
  branding: Branding;
  loginUrl: string;
  recoveryUrl: string;
}

/**
 * Sent instead of the registration link when the policyholder already has an account: the
 * screen looks the same either way, and only the mailbox owner learns which case it was.
 */
export function accountAlreadyExistsMail({
  branding,
  loginUrl,
  recoveryUrl,
}: AccountAlreadyExistsInput): MailContent {
  return composeMail({
    branding,
    // Same subject as the invitation, so the mail itself does not stand out from a normal registration.
    subject: subjectLine(branding, "初回利用登録に関するご案内"),
    body: [
      [
        "初回利用登録のお申し込みをいただきましたが、お客さまはすでに「お客さまWebサービス」にご登録いただいております。",
        "新たな利用登録は不要です。以下URLから、ご登録のユーザーIDとパスワードでログインしてください。",
      ],
      [{ url: loginUrl }],
      [
        "ユーザーID・パスワードをお忘れの場合は、ログイン画面の「ユーザーID・パスワードをお忘れの方はこちら」、または以下URLから再登録のお手続きをお願いいたします。",
      ],
      [{ url: recoveryUrl }],
    ],
  });
}
