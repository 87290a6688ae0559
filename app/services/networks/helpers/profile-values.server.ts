/**
 * Pieces the proposal and join-request use-cases share: reading a profile,
 * keeping search_text in step, reaching a network's coordinators, and
 * recognising the database's unique-violation error on both drivers.
 */
import { eq } from "drizzle-orm";
import type { AppServices } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { network, networkCoordinator, networkLocation, networkPartner, organisation, user } from "~/db/schema/index.ts";
import { profileValuesOf, type ProfileValues } from "~/domain/networks/profile-fields.ts";
import { networkSearchText } from "~/domain/networks/search-text.ts";
import { baseUrl } from "~/lib/env.server.ts";

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

export async function coordinatorAddresses(db: Db, networkId: string): Promise<{ name: string; email: string }[]> {
  return db
    .select({ name: user.name, email: user.email })
    .from(networkCoordinator)
    .innerJoin(user, eq(user.id, networkCoordinator.userId))
    .where(eq(networkCoordinator.networkId, networkId));
}

export function absoluteUrl(services: AppServices, path: string): string {
  return new URL(path, baseUrl(services.env)).toString();
}

/** PostgreSQL's unique_violation (23505), whether the driver error is bare or wrapped by drizzle. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, constraint: name } = e as { code?: string; constraint?: string };
    if (code === "23505") return !constraint || !name || name === constraint;
  }
  return false;
}

/** Ids in addresses are UUIDs; anything else cannot exist (and would make PostgreSQL raise). */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/**
 * Rebuilds search_text for the networks an organisation is a partner of, so a
 * renamed partner is found under its new name.
 */
export async function refreshSearchTextForPartner(db: Db, organisationId: string): Promise<void> {
  const rows = await db
    .select({ id: network.id, ...profileColumns })
    .from(networkPartner)
    .innerJoin(network, eq(network.id, networkPartner.networkId))
    .where(eq(networkPartner.organisationId, organisationId));
  for (const { id, ...profile } of rows) {
    await db.update(network).set({ searchText: await searchTextFor(db, id, toProfile(profile)) }).where(eq(network.id, id));
  }
}
