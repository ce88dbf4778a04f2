/** 設定情報の変更 for a logged-in customer, worded after the seed's STEP 5–6. */
export const ja = {
  "settings.title": "設定情報の変更",
  "settings.step.input": "設定情報の入力",
  "settings.step.confirm": "変更内容の確認",
  "settings.step.done": "完了",
  "settings.inputLead":
    "登録内容を変更する場合は、変更する項目に変更後の内容を入力の上、「次へ」ボタンを押してください。",
  "settings.name": "契約者氏名",
  "settings.kana": "契約者氏名カナ",
  "settings.birthDate": "生年月日",
  "settings.userId": "ユーザーID",
  "settings.email": "メールアドレス(ユーザーID)",
  "settings.emailHint":
    "半角英数字。変更すると、新しいメールアドレスに確認メールをお送りします。確認が完了するまでは現在のメールアドレスのままです。",
  "settings.passwordHeading": "パスワード",
  "settings.passwordHint": "変更する場合のみ入力してください。",
  "settings.currentPassword": "現在のパスワード",
  "settings.newPassword": "新しいパスワード",
  "settings.newPasswordConfirm": "新しいパスワード（確認）",
  "settings.mailOptIn": "サービスに関する情報のメール",
  "settings.mailOptIn.yes": "希望する",
  "settings.mailOptIn.no": "希望しない",
  "settings.mailOptInNote":
    "※ 設定・変更内容が反映されるまで、サービスに関する情報などをメールでご案内する場合がございます。",
  "settings.confirmLead": "以下の内容に変更します。よろしければ「確定」ボタンを押してください。",
  "settings.before": "変更前",
  "settings.after": "変更後",
  "settings.passwordChanged": "新しいパスワードに変更します",
  "settings.passwordMasked": "(表示しません)",
  "settings.submitting": "変更しています…",
  "settings.doneLead": "お客さまの設定情報を変更しました。",
  "settings.pendingEmail":
    "新しいメールアドレスに確認メールを送信しました。メール記載のURLから確認を完了してください。",
  "settings.pendingEmailTo": "送信先: {email}",
  "settings.error.noChanges": "変更する項目がありません。変更後の内容を入力してください。",
  "settings.error.emailRequired": "メールアドレスを入力してください。",
  "settings.error.currentPasswordRequired":
    "パスワードまたはメールアドレスを変更する場合は、現在のパスワードを入力してください。",
};

export const en: Record<keyof typeof ja, string> = {
  "settings.title": "Change your settings",
  "settings.step.input": "Enter settings",
  "settings.step.confirm": "Check changes",
  "settings.step.done": "Done",
  "settings.inputLead": "Enter the new value of each item you want to change, then press “Next”.",
  "settings.name": "Policyholder name",
  "settings.kana": "Name (katakana)",
  "settings.birthDate": "Date of birth",
  "settings.userId": "User ID",
  "settings.email": "E-mail address (user ID)",
  "settings.emailHint":
    "Half-width characters. If you change it, we send a confirmation e-mail " +
    "to the new address; the current address stays in use until you confirm.",
  "settings.passwordHeading": "Password",
  "settings.passwordHint": "Fill in only if you want to change it.",
  "settings.currentPassword": "Current password",
  "settings.newPassword": "New password",
  "settings.newPasswordConfirm": "New password (again)",
  "settings.mailOptIn": "E-mails about the service",
  "settings.mailOptIn.yes": "Yes, send them",
  "settings.mailOptIn.no": "No, thank you",
  "settings.mailOptInNote":
    "* Until a change takes effect, you may still receive e-mails about the service.",
  "settings.confirmLead":
    "Your settings will be changed as follows. If everything is correct, press “Confirm”.",
  "settings.before": "Before",
  "settings.after": "After",
  "settings.passwordChanged": "Changed to the new password",
  "settings.passwordMasked": "(not shown)",
  "settings.submitting": "Saving…",
  "settings.doneLead": "Your settings have been changed.",
  "settings.pendingEmail":
    "We have sent a confirmation e-mail to your new address. Please open the URL in it to complete the change.",
  "settings.pendingEmailTo": "Sent to: {email}",
  "settings.error.noChanges": "Nothing to change. Please enter the new value of an item.",
  "settings.error.emailRequired": "Please enter your e-mail address.",
  "settings.error.currentPasswordRequired":
    "To change your password or e-mail address, please enter your current password.",
};
