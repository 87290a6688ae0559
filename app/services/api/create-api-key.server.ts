import type { Actor, AppServices } from "~/context.ts";
import { apiKey } from "~/db/schema/index.ts";
import { defaultExpiryDate, expiryDateError, keyExpiresAt, tokenPrefix, type ApiKeyScope } from "~/domain/api/keys.ts";
import { amsterdamToday } from "~/domain/common/time.ts";
import { forbidden, invalid } from "~/domain/errors.ts";
import { requireOrganisationPermission } from "~/services/common/permissions.server.ts";
import { hashToken, newToken } from "./helpers/token.server.ts";

/**
 * An organisation's administrator makes a key. The token is returned here and nowhere else: only
 * its hash is stored, so this answer is the one time it can be shown (ADR 029). It works through
 * `expiresOn` (a year from today unless chosen), and its maker is mailed a week before.
 */
export async function createApiKey(services: AppServices, actor: Actor, input: { slug: string; name: string; scopes: ApiKeyScope[]; expiresOn?: string }) {
  // A key cannot make keys: a leaked one must not be able to mint its successors.
  if (!actor || "apiKey" in actor) throw forbidden();
  const org = await requireOrganisationPermission(services.db, actor, "api_key.manage", input.slug);
  const now = services.clock.now();
  const expiresOn = input.expiresOn ?? defaultExpiryDate(amsterdamToday(now));
  const refusal = expiryDateError(expiresOn, amsterdamToday(now));
  if (refusal) throw invalid(refusal, "expiresOn");
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
      createdAt: now,
      expiresAt: keyExpiresAt(expiresOn),
    })
    .returning({ id: apiKey.id, name: apiKey.name, prefix: apiKey.prefix, scopes: apiKey.scopes });
  return { ...row!, expiresOn, token };
}
