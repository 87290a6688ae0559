import { and, asc, inArray, isNull } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { identityProvider } from "~/db/schema/index.ts";
import { LISTED_FEDERATION_KINDS } from "~/domain/identity/provider-form.ts";

/** The federations a visitor may pick by name on /inloggen/organisatie (switched-on Entree and SURFconext providers). */
export async function listSignInFederations(services: Pick<AppServices, "db">, _actor: Actor): Promise<{ providerId: string; name: string }[]> {
  return services.db
    .select({ providerId: identityProvider.providerId, name: identityProvider.name })
    .from(identityProvider)
    .where(and(inArray(identityProvider.kind, [...LISTED_FEDERATION_KINDS]), isNull(identityProvider.disabledAt)))
    .orderBy(asc(identityProvider.name));
}
