/**
 * A mailed link that opens the web app in the customer's language: `?lang=en` before the
 * fragment (the token stays in the fragment, which browsers never send). Japanese, the
 * web app's default, needs no parameter.
 */
export function inLanguage(url: string, language: "ja" | "en"): string {
  if (language === "ja") return url;
  const hash = url.indexOf("#");
  const [base, fragment] = hash < 0 ? [url, ""] : [url.slice(0, hash), url.slice(hash)];
  return `${base}${base.includes("?") ? "&" : "?"}lang=${language}${fragment}`;
}
