import type { Actor, AppServices } from "~/context.ts";
import { apiKey } from "~/db/schema/index.ts";
import { tokenPrefix, type ApiKeyScope } from "~/domain/api/keys.ts";
import { forbidden } from "~/domain/errors.ts";
import { keyOrganisation } from "./helpers/key-organisation.server.ts";
import { hashToken, newToken } from "./helpers/token.server.ts";

/**
 * An organisation's administrator makes a key. The token is returned here and nowhere else: only
 * its hash is stored, so this answer is the one time it can be shown (ADR 029).
 */
export async function createApiKey(services: AppServices, actor: Actor, input: { slug: string; name: string; scopes: ApiKeyScope[] }) {
  // A key cannot make keys: a leaked one must not be able to mint its successors.
  if (!actor || "apiKey" in actor) throw forbidden();
  const org = await keyOrganisation(services.db, actor, input.slug);
  const token = newToken();
  const [row] = await services.db
    .insert(apiKey)
    .values({
      organisationId: org.id,
      name: input.name,
      prefix: tokenPrefix(token),
      secretHash: hashToken(token),
      scopes: [...new Set(input.scopes)],
      createdById: actor.id,
      createdAt: services.clock.now(),
    })
    .returning({ id: apiKey.id, name: apiKey.name, prefix: apiKey.prefix, scopes: apiKey.scopes });
  return { ...row!, token };
}
