import { desc, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { apiKey, user } from "~/db/schema/index.ts";
import { keyOrganisation } from "./helpers/key-organisation.server.ts";

/** An organisation's keys for its administrators: names, prefixes, scopes, who made them and when they were last used. Never a secret. */
export async function listApiKeys(services: AppServices, actor: Actor, input: { slug: string }) {
  const org = await keyOrganisation(services.db, actor, input.slug);
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
    })
    .from(apiKey)
    .leftJoin(user, eq(user.id, apiKey.createdById))
    .where(eq(apiKey.organisationId, org.id))
    .orderBy(desc(apiKey.createdAt), desc(apiKey.id));
  return { organisation: org, keys };
}
