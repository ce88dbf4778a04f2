import type { LocalizedText } from "@cws/domain/rules";
import { useCallback } from "react";
import { useLanguage } from "../i18n/language-provider.tsx";

/** Picks the chosen language from a server message ({ ja, en }). */
export function useLocalized(): (text: LocalizedText) => string {
  const { language } = useLanguage();
  return useCallback((text) => text[language], [language]);
}
