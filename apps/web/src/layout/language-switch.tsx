import { useLanguage } from "../i18n/language-provider.tsx";
import { languageNames, languages } from "../i18n/messages.ts";
import { useT } from "../i18n/use-t.ts";

/** Buttons for 日本語 / English; the pressed one is the language in use. */
export function LanguageSwitch() {
  const t = useT();
  const { language, setLanguage } = useLanguage();
  return (
    <div role="group" aria-label={t("language.label")} className="language-switch">
      {languages.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === language}
          onClick={() => setLanguage(option)}
        >
          {languageNames[option]}
        </button>
      ))}
    </div>
  );
}
