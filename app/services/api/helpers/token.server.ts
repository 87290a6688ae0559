import crypto from "node:crypto";
import { TOKEN_PREFIX } from "~/domain/api/keys.ts";

/**
 * A new token: 256 random bits. With that much entropy a plain SHA-256 is the right store
 * (ADR 029): nothing can be guessed to brute-force it, and a lookup by hash costs one index probe,
 * where a slow password hash would cost every API request tens of milliseconds.
 */
export function newToken(): string {
  return TOKEN_PREFIX + crypto.randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}
