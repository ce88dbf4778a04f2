import { useCallback } from "react";
import { useLanguage } from "./language-provider.tsx";
import { messages, type MessageKey } from "./messages.ts";

export type Translate = (key: MessageKey, values?: Record<string, string>) => string;

/** Looks up a message in the chosen language and fills in its `{name}` placeholders. */
export function useT(): Translate {
  const { language } = useLanguage();
  return useCallback(
    (key, values = {}) =>
      messages[language][key].replace(
        /\{(\w+)\}/g,
        (placeholder, name: string) => values[name] ?? placeholder,
      ),
    [language],
  );
}
