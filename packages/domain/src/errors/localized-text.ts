/** A message for people in both languages the service offers. */
export interface LocalizedText {
  ja: string;
  en: string;
}
