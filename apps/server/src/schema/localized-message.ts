import { builder } from "../builder.ts";

/** A message for people, in both languages the web app offers. */
export interface LocalizedMessage {
  ja: string;
  en: string;
}

export const LocalizedMessageRef = builder
  .objectRef<LocalizedMessage>("LocalizedMessage")
  .implement({
    description: "A message in Japanese and English.",
    fields: (t) => ({
      ja: t.exposeString("ja"),
      en: t.exposeString("en"),
    }),
  });
