import { and, eq, gt, isNull, lte, or } from "drizzle-orm";
import type { Actor, AppServices, KeyActor } from "~/context.ts";
import { apiKey, organisation } from "~/db/schema/index.ts";
import { isApiKeyScope, isTokenShaped } from "~/domain/api/keys.ts";
import { unauthorized } from "~/domain/errors.ts";
import { hashToken } from "./helpers/token.server.ts";

/**
 * The key a request presents, as the actor of the API call; 401 for an unknown, revoked or expired one.
 * One statement finds the key and notes its use; nothing is cached, so a revocation holds from
 * the next request on.
 */
export async function verifyApiKey(services: AppServices, _actor: Actor, input: { token: string }): Promise<KeyActor> {
  if (!isTokenShaped(input.token)) throw unauthorized("api.error.keyInvalid");
  const now = services.clock.now();
  const hash = hashToken(input.token);
  const [row] = await services.db
    .update(apiKey)
    .set({ lastUsedAt: now })
    .from(organisation)
    .where(and(eq(apiKey.secretHash, hash), isNull(apiKey.revokedAt), or(isNull(apiKey.expiresAt), gt(apiKey.expiresAt, now)), eq(organisation.id, apiKey.organisationId)))
    .returning({ id: apiKey.id, organisationId: apiKey.organisationId, organisationSlug: organisation.slug, scopes: apiKey.scopes, name: apiKey.name, createdById: apiKey.createdById });
  if (!row) {
    // Refused either way; an expired key is named so, for the one who has to make a new one.
    const [expired] = await services.db.select({ id: apiKey.id }).from(apiKey).where(and(eq(apiKey.secretHash, hash), isNull(apiKey.revokedAt), lte(apiKey.expiresAt, now))).limit(1);
    throw unauthorized(expired ? "api.error.keyExpired" : "api.error.keyInvalid");
  }
  return {
    id: row.createdById,
    name: row.name,
    email: "",
    emailVerified: true,
    role: "user",
    // A system reads no pages; what it is told comes in the language it asks for (Accept-Language).
    locale: "nl",
    apiKey: { id: row.id, organisationId: row.organisationId, organisationSlug: row.organisationSlug, scopes: row.scopes.filter(isApiKeyScope) },
  };
}
