/**
 * A network's editable profile as the proposal use-cases read it, and its search_text kept in
 * step with the profile, the partners' and the locations' names.
 */
import { eq } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { network, networkHistory, networkLocation, networkPartner, organisation } from "~/db/schema/index.ts";
import { applyChanges, historyChanges, type HistoryChanges, type ProfileChanges } from "~/domain/networks/proposal.ts";
import { profileValuesOf, type ProfileValues } from "~/domain/networks/profile-fields.ts";
import { networkSearchText } from "~/domain/networks/search-text.ts";

export const profileColumns = {
  name: network.name,
  summary: network.summary,
  description: network.description,
  province: network.province,
  cooperationType: network.cooperationType,
  educationSectors: network.educationSectors,
  economicSector: network.economicSector,
  tags: network.tags,
  focusAreas: network.focusAreas,
  startYear: network.startYear,
  contactEmail: network.contactEmail,
  projectLeader: network.projectLeader,
  website: network.website,
};

/** The network row's editable values in canonical form. */
export function toProfile(row: ProfileValues): ProfileValues {
  return profileValuesOf(row);
}

/** The search text of a profile, with the partners' and locations' names as they are now. */
export async function searchTextFor(db: Db, networkId: string, profile: ProfileValues): Promise<string> {
  const partners = await db
    .select({ name: organisation.name })
    .from(networkPartner)
    .innerJoin(organisation, eq(organisation.id, networkPartner.organisationId))
    .where(eq(networkPartner.networkId, networkId));
  const locations = await db.select({ name: networkLocation.name }).from(networkLocation).where(eq(networkLocation.networkId, networkId));
  return networkSearchText(profile, { partnerNames: partners.map((p) => p.name), locationNames: locations.map((l) => l.name) });
}

/**
 * Writes accepted changes into the profile: the row, its search text and one history entry. The
 * coordinator's decision on a proposal and a coordinator's own change (applied at once) both end
 * here. Returns what really changed (nothing when the profile already says it).
 */
export async function applyProfileChanges(
  tx: Db,
  input: { networkId: string; current: ProfileValues; changes: ProfileChanges; actorId: string; proposalId: string; now: Date },
): Promise<HistoryChanges> {
  const applied = historyChanges(input.current, input.changes);
  if (Object.keys(applied).length === 0) return applied;
  const next = applyChanges(input.current, input.changes);
  await tx
    .update(network)
    .set({ ...next, searchText: await searchTextFor(tx, input.networkId, next), updatedAt: input.now })
    .where(eq(network.id, input.networkId));
  await tx.insert(networkHistory).values({ networkId: input.networkId, actorId: input.actorId, proposalId: input.proposalId, changes: applied, createdAt: input.now });
  return applied;
}
