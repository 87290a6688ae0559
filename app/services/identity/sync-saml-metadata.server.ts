import { and, eq, isNotNull, isNull } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { identityProvider, ssoProvider } from "~/db/schema/index.ts";
import { log } from "~/lib/log.server.ts";
import { fetchSamlMetadata, readIdpMetadata } from "./helpers/saml-config.server.ts";
import { reachableIssuer } from "./helpers/provider-config.server.ts";

/**
 * Fetches again the metadata of every SAML provider saved from an address (the
 * identity.saml-metadata-refresh job, daily). Entree Federatie and SURFconext announce a new
 * signing certificate by publishing it in their metadata before they use it; taking it over here
 * keeps schools signing in through the rollover. Metadata that cannot be fetched or read leaves
 * the provider as it was, and is logged: a broken download never locks anyone out (ADR 033).
 */
export async function syncSamlMetadata(services: Pick<AppServices, "db" | "env" | "clock">, _actor: Actor) {
  const rows = await services.db
    .select({ providerId: identityProvider.providerId, url: identityProvider.samlMetadataUrl, samlConfig: ssoProvider.samlConfig })
    .from(identityProvider)
    .innerJoin(ssoProvider, eq(ssoProvider.providerId, identityProvider.providerId))
    .where(and(isNotNull(identityProvider.samlMetadataUrl), isNull(identityProvider.disabledAt)));
  const reachable = reachableIssuer(services.env);
  let changed = 0;
  for (const row of rows) {
    const config = JSON.parse(row.samlConfig ?? "{}") as { idpMetadata?: { metadata?: string }; entryPoint?: string };
    try {
      const metadata = await fetchSamlMetadata(row.url!, reachable);
      const read = readIdpMetadata(metadata, "samlMetadataUrl");
      await services.db.transaction(async (tx) => {
        if (config.idpMetadata?.metadata !== metadata) {
          const next = { ...config, entryPoint: read.sso, idpMetadata: { metadata } };
          await tx.update(ssoProvider).set({ samlConfig: JSON.stringify(next), issuer: read.entityId }).where(eq(ssoProvider.providerId, row.providerId));
          changed++;
        }
        await tx.update(identityProvider).set({ samlMetadataFetchedAt: services.clock.now() }).where(eq(identityProvider.providerId, row.providerId));
      });
    } catch (error) {
      log.warn("SAML metadata not refreshed; the provider keeps its metadata", { providerId: row.providerId, error: String((error as Error).message ?? error) });
    }
  }
  return { checked: rows.length, changed };
}
