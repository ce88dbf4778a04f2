import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** A new opaque token: 256 random bits, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * What we store instead of a token: its SHA-256, hex. Tokens carry enough entropy that no salt or
 * slow hash is needed.
 */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The stored form of a link's keyword: an HMAC keyed by the link token, which the database never holds. */
export function keywordDigest(token: string, keyword: string): string {
  return createHmac("sha256", token).update(keyword, "utf8").digest("hex");
}

/**
 * A key for a keyword digest made before its link's token exists (a reset request is answered
 * with the keyword; the link is issued afterwards): 256 random bits, hex.
 */
export function newKeywordSalt(): string {
  return randomBytes(32).toString("hex");
}

/** Compares two hex digests in constant time. */
export function sameDigest(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}

/** A syntactic check before touching the database: our tokens are 43 base64url characters. */
export function looksLikeToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
