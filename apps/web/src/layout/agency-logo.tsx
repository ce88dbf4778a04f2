/**
 * The agency's logo: the server answers /logo.svg with the SVG configured in SITE_LOGO, or
 * the neutral one the app ships (public/logo.svg). In an <img> an SVG cannot run scripts.
 * `name` is its text alternative; leave it empty where the agency's name is written beside it.
 */
export function AgencyLogo({ name, className }: { name: string; className?: string }) {
  return (
    <img
      src="/logo.svg"
      alt={name}
      height={48}
      className={className ? `agency-logo ${className}` : "agency-logo"}
      decoding="async"
    />
  );
}
