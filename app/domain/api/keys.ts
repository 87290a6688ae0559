/**
 * API keys as the domain sees them (ADR 029): what a key may do (its scopes), what a token looks
 * like, and where a request carries it. Generating and hashing live in the api services.
 */
import { addDays, amsterdamDate } from "../common/time.ts";

export const API_KEY_SCOPES = ["registrations:read", "offers:write", "courses:write"] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export function isApiKeyScope(value: string): value is ApiKeyScope {
  return (API_KEY_SCOPES as readonly string[]).includes(value);
}

/** Every token starts with this, so a leaked one is recognisable (secret scanners, log redaction). */
export const TOKEN_PREFIX = "thk_";
/** How much of the token is kept and shown to tell keys apart: the marker and 8 random characters (48 bits). */
export const SHOWN_PREFIX_LENGTH = TOKEN_PREFIX.length + 8;
/** 32 random bytes in base64url: 43 characters. */
const TOKEN_PATTERN = /^thk_[A-Za-z0-9_-]{43}$/;

export const KEY_NAME_MAX = 100;

/** The shown part of a token. */
export function tokenPrefix(token: string): string {
  return token.slice(0, SHOWN_PREFIX_LENGTH);
}

/** Whether a string has the shape of one of our tokens (a wrong shape is refused before any lookup). */
export function isTokenShaped(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

/**
 * The token a request presents: `Authorization: Bearer <token>` (RFC 6750) or `X-Api-Key`.
 * Null when neither header is there; the empty string when one is there but holds no token
 * (a malformed header is a bad key, not a missing one).
 */
export function presentedToken(headers: { authorization?: string | null; apiKey?: string | null }): string | null {
  const apiKey = headers.apiKey?.trim();
  if (apiKey) return apiKey;
  const authorization = headers.authorization?.trim();
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  return match ? match[1]! : "";
}

/** What the caller of a use-case holds when a key acts: its organisation and scopes, nothing else. */
export type ApiKeyGrant = { id: string; organisationId: string; organisationSlug: string; scopes: readonly ApiKeyScope[] };

export function grants(grant: ApiKeyGrant, scope: ApiKeyScope): boolean {
  return grant.scopes.includes(scope);
}

/** RFC 6750's challenge on a 401; `error="invalid_token"` when a token was sent and refused. */
export function bearerChallenge(invalidToken: boolean): string {
  return invalidToken ? 'Bearer realm="technohub", error="invalid_token"' : 'Bearer realm="technohub"';
}

/** A new key lasts a year unless its maker chooses otherwise: a forgotten key does not live for ever. */
export const KEY_LIFETIME_DAYS = 365;
/** The furthest expiry date a maker may choose. */
export const MAX_KEY_LIFETIME_DAYS = 2 * 365;
/** The key's maker is mailed this many days before it stops working. */
export const EXPIRY_NOTICE_DAYS = 7;

/** The expiry date the form suggests, from today (YYYY-MM-DD, Amsterdam). */
export function defaultExpiryDate(today: string): string {
  return addDays(today, KEY_LIFETIME_DAYS);
}

/** Why a chosen expiry date cannot be (a message key), or null: after today, and at most two years ahead. */
export function expiryDateError(expiresOn: string, today: string): string | null {
  if (expiresOn <= today) return "api.keys.expiresOn.past";
  if (expiresOn > addDays(today, MAX_KEY_LIFETIME_DAYS)) return "api.keys.expiresOn.tooFar";
  return null;
}

/** The moment a key chosen to expire on `expiresOn` stops working: the end of that day, Amsterdam time (the date shown is its last day). */
export function keyExpiresAt(expiresOn: string): Date {
  return amsterdamDate(addDays(expiresOn, 1))!;
}
