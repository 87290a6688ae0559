/**
 * A network's editable profile as the proposal use-cases read it, and its search_text kept in
 * step with the profile, the partners' and the locations' names.
 */
import { eq } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { network, networkLocation, networkPartner, organisation } from "~/db/schema/index.ts";
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
