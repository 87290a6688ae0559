import { desc, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { apiKey, user } from "~/db/schema/index.ts";
import { defaultExpiryDate, MAX_KEY_LIFETIME_DAYS } from "~/domain/api/keys.ts";
import { addDays, amsterdamToday } from "~/domain/common/time.ts";
import { requireOrganisationPermission } from "~/services/common/permissions.server.ts";

/**
 * An organisation's keys for its administrators: names, prefixes, scopes, who made them, when they
 * were last used and when they expire (and the expiry the form suggests). Never a secret.
 */
export async function listApiKeys(services: AppServices, actor: Actor, input: { slug: string }) {
  const org = await requireOrganisationPermission(services.db, actor, "api_key.manage", input.slug);
  const keys = await services.db
    .select({
      id: apiKey.id,
      name: apiKey.name,
      prefix: apiKey.prefix,
      scopes: apiKey.scopes,
      createdAt: apiKey.createdAt,
      createdBy: user.name,
      lastUsedAt: apiKey.lastUsedAt,
      revokedAt: apiKey.revokedAt,
      expiresAt: apiKey.expiresAt,
    })
    .from(apiKey)
    .leftJoin(user, eq(user.id, apiKey.createdById))
    .where(eq(apiKey.organisationId, org.id))
    .orderBy(desc(apiKey.createdAt), desc(apiKey.id));
  const now = services.clock.now();
  const today = amsterdamToday(now);
  return {
    organisation: org,
    keys: keys.map((k) => ({ ...k, expired: k.expiresAt !== null && k.expiresAt <= now })),
    expiry: { suggested: defaultExpiryDate(today), min: addDays(today, 1), max: addDays(today, MAX_KEY_LIFETIME_DAYS) },
  };
}
