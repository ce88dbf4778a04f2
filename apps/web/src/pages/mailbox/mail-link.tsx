import { Link } from "react-router";

/**
 * A link from a mail. One to this app (same origin, e.g. /link#token) opens inside it, so
 * the session and the chosen language stay; any other opens as an ordinary link.
 */
export function MailLink({ href }: { href: string }) {
  let url: URL | null = null;
  try {
    url = new URL(href);
  } catch {
    // Not a URL after all: show it, but do not make it a link.
    return <span>{href}</span>;
  }
  if (url.origin === window.location.origin)
    return <Link to={`${url.pathname}${url.search}${url.hash}`}>{href}</Link>;
  return <a href={href}>{href}</a>;
}
