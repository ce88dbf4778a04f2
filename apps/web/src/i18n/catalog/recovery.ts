/** The forgotten ID/password screens (seed STEP 1–6) and the e-mail change confirmation. */
export const ja = {
  "forgot.title": "ユーザーID・パスワード再登録",
  "forgot.step.input": "お客さま情報の入力",
  "forgot.step.keyword": "キーワードの発行",
  "forgot.lead":
    "ご登録いただいているメールアドレスと生年月日を入力して、「次へ」ボタンを押してください。再登録手続き案内メールを送信します。",
  "forgot.email": "メールアドレス",
  "forgot.emailHint": "半角英数字",
  "forgot.sendNote": "ご登録のメールアドレスに再登録の手続きメールを送信します。",
  "forgot.unusableNote":
    "ご登録メールアドレスが使用できなくなっている場合は、本サービスを利用できません。「初めてご利用いただく方はこちら」より、再度「新規利用登録」をおこなってください。",
  "forgot.registerLink": "初めてご利用いただく方はこちら",
  "forgot.sentLead":
    "ご登録いただいているメールアドレスに再登録の手続きメールを送信しました。メールに記載のURLにアクセスし、以下のキーワードを入力してください。",
  "forgot.keywordAdvice":
    "キーワードは手続きの際に必要ですので、メモを取るなどして、必ずこの画面を閉じてください。",
  "forgot.keywordExpiry":
    "※キーワードの有効期限は{hours}時間です。有効期限を過ぎると再度手続きいただくこととなりますので、ご注意ください。",
  "forgot.keywordExpiresAt": "キーワードの有効期限",
  "forgot.mailHasNoKeyword":
    "メールにはキーワードを記載していません。この画面に表示されたキーワードをメモするなどして保管ください。",
  "reset.title": "設定情報の変更",
  "reset.step.input": "設定情報の入力",
  "reset.step.review": "変更内容の確認",
  "reset.step.done": "完了",
  "reset.lead":
    "登録内容を変更する場合は、変更する項目に変更後の内容を入力の上、「次へ」ボタンを押してください。",
  "reset.name": "契約者氏名",
  "reset.kana": "契約者氏名カナ",
  "reset.birthDate": "生年月日",
  "reset.currentUserId": "現在のユーザーID",
  "reset.userId": "ユーザーID",
  "reset.userIdKeep": "現在のユーザーID({userId})のまま",
  "reset.userIdKeepEmail": "メールアドレスをユーザーIDとする(現在: {userId})",
  "reset.userIdNew": "新しいユーザーIDを指定する",
  "reset.userIdHint": "ユーザーIDを忘れた場合も、ご登録のメールアドレスでログインできます。",
  "reset.newUserId": "新しいユーザーID",
  "reset.newUserIdHint":
    "半角英数字と記号(@ . _ - +)。「@」を含める場合は、ご登録のメールアドレスと同じものに限ります。",
  "reset.email": "メールアドレス",
  "reset.emailHint": "半角英数字。ユーザーIDのほか、このメールアドレスでもログインできます。",
  "reset.password": "パスワード",
  "reset.passwordHint": "半角英数字・記号。変更しない場合は空欄のままにしてください。",
  "reset.passwordConfirmation": "パスワード（確認）",
  "reset.mailOptIn": "サービスに関する情報のメール",
  "reset.mailOptInYes": "希望する",
  "reset.mailOptInNo": "希望しない",
  "reset.mailOptInNote":
    "※ 設定・変更内容が反映されるまで、サービスに関する情報などをメールでご案内する場合がございます。",
  "reset.reviewLead": "以下の内容で設定します。よろしければ「確定」ボタンを押してください。",
  "reset.noChanges":
    "変更する項目はありません。「確定」ボタンを押すと、現在の設定のままお手続きを完了します。",
  "reset.changedMark": "変更あり",
  "reset.passwordNew": "新しいパスワードに変更します（表示しません）",
  "reset.passwordKept": "変更しません",
  "reset.doneLead": "お客さまの設定情報を変更しました。",
  "reset.doneUserId": "ログインにご利用いただくユーザーID",
  "reset.loginWithEmail": "ユーザーIDのほか、ご登録のメールアドレス({email})でもログインできます。",
  "reset.restart": "ユーザーID・パスワード再登録を最初からやり直す",
  "reset.stepInvalid":
    "お手続きの有効期限が切れたか、すでに完了しています。お手数ですが、最初からお手続きください。",
  "emailChange.title": "メールアドレス変更の確認",
  "emailChange.lead": "メールアドレスの変更を確定するには、「確認」ボタンを押してください。",
  "emailChange.confirm": "確認",
  "emailChange.done": "メールアドレスを変更しました。",
  "emailChange.newEmail": "新しいメールアドレス",
};

export const en: Record<keyof typeof ja, string> = {
  "forgot.title": "Reset your user ID and password",
  "forgot.step.input": "Your details",
  "forgot.step.keyword": "Your keyword",
  "forgot.lead":
    "Enter your registered e-mail address and your date of birth, " +
    "and press “Next”. We will send you a mail with the next steps.",
  "forgot.email": "E-mail address",
  "forgot.emailHint": "Half-width characters",
  "forgot.sendNote": "We send the mail to your registered e-mail address.",
  "forgot.unusableNote":
    "If you can no longer use your registered e-mail address, this procedure " +
    "cannot help. Please register again through “First time here? Register”.",
  "forgot.registerLink": "First time here? Register",
  "forgot.sentLead":
    "We have sent a mail to your registered e-mail address. Open the link in the mail and enter the keyword below.",
  "forgot.keywordAdvice":
    "You need the keyword to continue: please note it down, then close this screen.",
  "forgot.keywordExpiry":
    "The keyword is valid for {hours} hours. After that you will have to start again.",
  "forgot.keywordExpiresAt": "The keyword is valid until",
  "forgot.mailHasNoKeyword":
    "The mail does not contain the keyword. Keep the keyword shown on this screen.",
  "reset.title": "Change your settings",
  "reset.step.input": "Your settings",
  "reset.step.review": "Check the changes",
  "reset.step.done": "Done",
  "reset.lead": "To change a setting, enter the new value and press “Next”.",
  "reset.name": "Policyholder name",
  "reset.kana": "Policyholder name in katakana",
  "reset.birthDate": "Date of birth",
  "reset.currentUserId": "Current user ID",
  "reset.userId": "User ID",
  "reset.userIdKeep": "Keep my current user ID ({userId})",
  "reset.userIdKeepEmail": "Use my e-mail address as my user ID (now: {userId})",
  "reset.userIdNew": "Choose a new user ID",
  "reset.userIdHint":
    "If you forget your user ID, you can also log in with your registered e-mail address.",
  "reset.newUserId": "New user ID",
  "reset.newUserIdHint":
    "Half-width letters, digits and @ . _ - +. A user ID with “@” must be your registered e-mail address.",
  "reset.email": "E-mail address",
  "reset.emailHint":
    "Half-width characters. You can log in with this address as well as your user ID.",
  "reset.password": "Password",
  "reset.passwordHint":
    "Half-width letters, digits and symbols. Leave it empty to keep your current password.",
  "reset.passwordConfirmation": "Password (again)",
  "reset.mailOptIn": "E-mails about the service",
  "reset.mailOptInYes": "Yes, please",
  "reset.mailOptInNo": "No, thank you",
  "reset.mailOptInNote":
    "Until your change takes effect, you may still receive e-mails about the service.",
  "reset.reviewLead": "Your settings will be as below. Press “Confirm” if this is correct.",
  "reset.noChanges": "Nothing will change. Press “Confirm” to finish with your current settings.",
  "reset.changedMark": "Changed",
  "reset.passwordNew": "Changed to the new password (not shown)",
  "reset.passwordKept": "Not changed",
  "reset.doneLead": "Your settings have been changed.",
  "reset.doneUserId": "Your user ID for logging in",
  "reset.loginWithEmail": "You can also log in with your registered e-mail address ({email}).",
  "reset.restart": "Start resetting your user ID and password again",
  "reset.stepInvalid":
    "This step has expired or was already completed. Please start again from the beginning.",
  "emailChange.title": "Confirm your new e-mail address",
  "emailChange.lead": "Press “Confirm” to start using your new e-mail address.",
  "emailChange.confirm": "Confirm",
  "emailChange.done": "Your e-mail address has been changed.",
  "emailChange.newEmail": "New e-mail address",
};
