/** The development mailbox page (SPEC §5); developers read it, so it stays plain. */
export const ja = {
  "mailbox.title": "開発用メールボックス",
  "mailbox.lead":
    "開発環境で送信されたメールを新しい順に表示します。本文中のリンクはそのまま開けます。",
  "mailbox.reload": "再読み込み",
  "mailbox.unavailable": "この環境ではメールボックスは利用できません。",
  "mailbox.failed":
    "メールボックスを読み込めませんでした。サーバーが起動しているかご確認のうえ、再読み込みしてください。",
  "mailbox.empty": "メールはまだありません。",
  "mailbox.count": "{count}件のメール",
  "mailbox.to": "宛先",
  "mailbox.createdAt": "日時",
  "mailbox.status": "状態",
  "mailbox.body": "本文",
  "mailbox.links": "本文中のリンク",
};

export const en: Record<keyof typeof ja, string> = {
  "mailbox.title": "Development mailbox",
  "mailbox.lead":
    "The mails sent in this development environment, newest first. Links in them can be opened directly.",
  "mailbox.reload": "Reload",
  "mailbox.unavailable": "The mailbox is not available in this environment.",
  "mailbox.failed":
    "We could not load the mailbox. Please check that the server is running, then reload.",
  "mailbox.empty": "No mail yet.",
  "mailbox.count": "{count} mails",
  "mailbox.to": "To",
  "mailbox.createdAt": "Time",
  "mailbox.status": "Status",
  "mailbox.body": "Body",
  "mailbox.links": "Links in the body",
};
