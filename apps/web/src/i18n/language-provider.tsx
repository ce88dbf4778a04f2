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
/** Read by the server (mails, registration); the API's `http/language-cookie.ts` names it too. */
export const languageCookie = "cws_lang";
/** A mailed link's `?lang=en`: the language the customer chose when the mail was sent. */
const languageParameter = "lang";

interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageState>({ language: "ja", setLanguage: () => {} });

const known = (value: string | null | undefined): Language | undefined =>
  languages.find((l) => l === value);

function fromUrl(): Language | undefined {
  return known(new URLSearchParams(window.location.search).get(languageParameter));
}

function fromCookie(): Language | undefined {
  const pair = document.cookie
    .split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === languageCookie);
  return known(pair?.[1]);
}

function fromStorage(): Language | undefined {
  try {
    return known(localStorage.getItem(storageKey));
  } catch {
    // Storage can be blocked (privacy settings); the cookie may still know.
    return undefined;
  }
}

/** A mail link's language first, then what this browser remembers, then Japanese. */
function initialLanguage(): Language {
  return fromUrl() ?? fromStorage() ?? fromCookie() ?? "ja";
}

/** Kept where both a reload (local storage) and the server (cookie) find it. */
function remember(language: Language) {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Not in storage then; the cookie below still carries it.
  }
  const secure = window.location.protocol === "https:" ? "; Secure" : "";
  document.cookie = `${languageCookie}=${language}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`;
}

/** The address without `?lang=`, so a later reload follows the visitor's own choice. */
function withoutLanguageParameter(): string | null {
  const url = new URL(window.location.href);
  if (!url.searchParams.has(languageParameter)) return null;
  url.searchParams.delete(languageParameter);
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * Holds the chosen language (Japanese unless the visitor chose otherwise) and keeps `<html lang>`
 * in step. The choice survives a reload and a mailed link: it is kept in local storage and a
 * cookie, and a link with `?lang=en` sets it.
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState(initialLanguage);

  useEffect(() => {
    // Screen readers pick their voice from the lang attribute.
    document.documentElement.lang = language;
    remember(language);
  }, [language]);

  useEffect(() => {
    const cleaned = withoutLanguageParameter();
    // The router keeps its own copy of the location; only the address bar loses the parameter.
    if (cleaned !== null) window.history.replaceState(window.history.state, "", cleaned);
  }, []);

  const setLanguage = useCallback((next: Language) => setLanguageState(next), []);

  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  return <LanguageContext value={value}>{children}</LanguageContext>;
}

/** The chosen language and the way to change it. */
export function useLanguage(): LanguageState {
  return use(LanguageContext);
}
