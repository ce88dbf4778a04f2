import { generateSecret, generateURI, verifySync } from "otplib";

/** RFC 6238 as authenticator apps use it: SHA-1, 6 digits, 30-second steps. */
const PERIOD_SECONDS = 30;

/** A new shared secret (160 random bits, base32) for an authenticator app. */
export function newTotpSecret(): string {
  return generateSecret();
}

/** The otpauth:// URI an authenticator app enrols from (shown as a QR code by the tools). */
export function totpEnrolmentUri(input: {
  issuer: string;
  userId: string;
  secret: string;
}): string {
  return generateURI({ issuer: input.issuer, label: input.userId, secret: input.secret });
}

/**
 * Checks a 6-digit code at `now`, allowing one step of clock drift either way. Returns the
 * time step it matched, so the caller can refuse the same code twice; null when wrong.
 */
export function matchTotp(secret: string, code: string, now: Date): number | null {
  const token = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  try {
    const result = verifySync({
      secret,
      token,
      epoch: Math.floor(now.getTime() / 1000),
      epochTolerance: PERIOD_SECONDS,
    });
    return result.valid && "timeStep" in result ? result.timeStep : null;
  } catch {
    // A malformed stored secret is a failed check, never an error a login could reveal.
    return null;
  }
}
