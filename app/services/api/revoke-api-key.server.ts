import { and, eq, isNull } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { apiKey } from "~/db/schema/index.ts";
import { isUuid } from "~/domain/common/ids.ts";
import { forbidden, notFound } from "~/domain/errors.ts";
import { requireOrganisationPermission } from "~/services/common/permissions.server.ts";

/**
 * Revokes a key at once: every request looks its key up in the database (no cache), so the next
 * call with it is refused. Revoking a revoked key changes nothing.
 */
export async function revokeApiKey(services: AppServices, actor: Actor, input: { slug: string; keyId: string }) {
  if (!actor || "apiKey" in actor) throw forbidden();
  const org = await requireOrganisationPermission(services.db, actor, "api_key.manage", input.slug);
  if (!isUuid(input.keyId)) throw notFound("api.keys.notFound");
  const [key] = await services.db.select({ id: apiKey.id, revokedAt: apiKey.revokedAt }).from(apiKey).where(and(eq(apiKey.id, input.keyId), eq(apiKey.organisationId, org.id))).limit(1);
  if (!key) throw notFound("api.keys.notFound");
  await services.db
    .update(apiKey)
    .set({ revokedAt: services.clock.now(), revokedById: actor.id })
    .where(and(eq(apiKey.id, key.id), isNull(apiKey.revokedAt)));
  return { id: key.id };
}
