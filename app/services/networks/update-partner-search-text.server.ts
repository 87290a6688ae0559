import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { network, networkPartner } from "~/db/schema/index.ts";
import { profileColumns, searchTextFor, toProfile } from "./helpers/profile-values.server.ts";

/**
 * Rebuilds search_text for the networks an organisation is a partner of, so a renamed partner is
 * found under its new name (ADR 007). Called by the organisations area inside its own transaction
 * (pass that transaction as `db`), after it checked its own permission; it checks none itself.
 */
export async function updatePartnerSearchText(services: Pick<AppServices, "db">, _actor: Actor, input: { organisationId: string }): Promise<void> {
  const { db } = services;
  const rows = await db
    .select({ id: network.id, ...profileColumns })
    .from(networkPartner)
    .innerJoin(network, eq(network.id, networkPartner.networkId))
    .where(eq(networkPartner.organisationId, input.organisationId));
  for (const { id, ...profile } of rows) {
    await db.update(network).set({ searchText: await searchTextFor(db, id, toProfile(profile)) }).where(eq(network.id, id));
  }
}
