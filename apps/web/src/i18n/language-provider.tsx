import {
  createContext,
  use,
  useCallback,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from "react";
import { languages, type Language } from "./messages.ts";

const storageKey = "cws.language";

interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageState>({ language: "ja", setLanguage: () => {} });

function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(storageKey);
    return languages.find((l) => l === stored) ?? "ja";
  } catch {
    // Storage can be blocked (privacy settings); Japanese is the default anyway.
    return "ja";
  }
}

/** Holds the chosen language (Japanese unless the visitor chose otherwise) and keeps `<html lang>` in step. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState(storedLanguage);

  useEffect(() => {
    // Screen readers pick their voice from the lang attribute.
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // Not remembered across visits then, but the switch still works for this one.
    }
  }, []);

  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  return <LanguageContext value={value}>{children}</LanguageContext>;
}

/** The chosen language and the way to change it. */
export function useLanguage(): LanguageState {
  return use(LanguageContext);
}
