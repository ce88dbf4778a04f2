/** A text in both languages of the tool: Japanese first, English with LANG=en* or --lang en. */
export interface Localized {
  ja: string;
  en: string;
}

export type Lang = keyof Localized;

/** The language for a --lang flag, else the locale (LANG=en_US.UTF-8 → en), else Japanese. */
export function chooseLang(flag: string | undefined, locale: string | undefined): Lang {
  const wanted = (flag ?? locale ?? "").trim().toLowerCase();
  return wanted.startsWith("en") ? "en" : "ja";
}

/** Fills {name} placeholders of both languages. */
export function fill(text: Localized, params: Record<string, string | number> = {}): Localized {
  const one = (template: string) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      params[name] === undefined ? whole : String(params[name]),
    );
  return { ja: one(text.ja), en: one(text.en) };
}

let current: Lang = "ja";

export function setLang(lang: Lang): void {
  current = lang;
}

export function lang(): Lang {
  return current;
}

/** The text in the chosen language. */
export function say(text: Localized, params: Record<string, string | number> = {}): string {
  return fill(text, params)[current];
}
