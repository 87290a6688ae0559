import { asc, eq, sql } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { network, networkLocation, networkMember, networkPartner, organisation } from "~/db/schema/index.ts";
import { sortPartners } from "~/domain/networks/profile.ts";
import type { LocationKind, NetworkKind, OrganisationKind } from "~/domain/networks/vocabulary.ts";
import { notFound } from "~/domain/errors.ts";
import { readableNetwork } from "./helpers/readable-network.server.ts";
import { listIndicatorPanels } from "~/services/monitor/list-indicator-panels.server.ts";

export type ProfileOrganisation = { slug: string; name: string; kind: OrganisationKind; place: string | null };

export type NetworkProfile = {
  id: string;
  slug: string;
  name: string;
  kind: NetworkKind;
  summary: string;
  description: string;
  country: string;
  province: string | null;
  cooperationType: string | null;
  educationSectors: string[];
  economicSector: string | null;
  tags: string[];
  focusAreas: string[];
  startYear: number | null;
  contactEmail: string | null;
  projectLeader: string | null;
  website: string | null;
  updatedAt: Date;
  partners: (ProfileOrganisation & { role: "penvoerder" | "partner" })[];
  /** The first MEMBERS_ON_PROFILE participating organisations by name; the rest are a page of their own. */
  members: ProfileOrganisation[];
  memberCount: number;
  locations: {
    id: string;
    name: string;
    kind: LocationKind;
    street: string | null;
    postcode: string | null;
    place: string | null;
    lat: number | null;
    lon: number | null;
    url: string | null;
    organisation: { slug: string; name: string } | null;
  }[];
};

/**
 * A national network has hundreds of participating organisations: the page shows the first ones
 * and links to all of them (`/netwerken/:slug/deelnemers`), so it stays short on a phone and
 * cheap to render (issue 13).
 */
export const MEMBERS_ON_PROFILE = 20;

const orgColumns = { slug: organisation.slug, name: organisation.name, kind: organisation.kind, place: organisation.place };

/**
 * What a network's public page shows: its profile (every field, its partners, the first
 * MEMBERS_ON_PROFILE members and how many there are, its vestigingen) and, where the network has
 * figures of its own in the regional monitor, the first of them as a chart (the monitor page has
 * them all). Anyone may read it.
 */
export async function getNetworkProfile(services: Pick<AppServices, "db">, actor: Actor, input: { slug: string }) {
  const { id, movedTo } = await readableNetwork(services.db, actor, input.slug);
  const profile = await readProfile(services.db, id);
  const panels = await listIndicatorPanels(services, actor, { networkId: profile.id });
  return { movedTo, profile, monitorHighlight: panels.find((p) => p.own) ?? null };
}

async function readProfile(db: Db, id: string): Promise<NetworkProfile> {
  const [row] = await db
    .select({
      id: network.id,
      slug: network.slug,
      name: network.name,
      kind: network.kind,
      summary: network.summary,
      description: network.description,
      country: network.country,
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
      updatedAt: network.updatedAt,
    })
    .from(network)
    .where(eq(network.id, id))
    .limit(1);
  if (!row) throw notFound("networks.profile.notFound");

  const [partners, members, locations] = [
    await db
      .select({ ...orgColumns, role: networkPartner.role })
      .from(networkPartner)
      .innerJoin(organisation, eq(networkPartner.organisationId, organisation.id))
      .where(eq(networkPartner.networkId, row.id)),
    await db
      .select({ ...orgColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
      .from(networkMember)
      .innerJoin(organisation, eq(networkMember.organisationId, organisation.id))
      .where(eq(networkMember.networkId, row.id))
      .orderBy(asc(organisation.name), asc(organisation.slug))
      .limit(MEMBERS_ON_PROFILE),
    await db
      .select({
        id: networkLocation.id,
        name: networkLocation.name,
        kind: networkLocation.kind,
        street: networkLocation.street,
        postcode: networkLocation.postcode,
        place: networkLocation.place,
        lat: networkLocation.lat,
        lon: networkLocation.lon,
        url: networkLocation.url,
        organisationSlug: organisation.slug,
        organisationName: organisation.name,
      })
      .from(networkLocation)
      .leftJoin(organisation, eq(networkLocation.organisationId, organisation.id))
      .where(eq(networkLocation.networkId, row.id))
      .orderBy(asc(networkLocation.name)),
  ];

  return {
    ...row,
    partners: sortPartners(partners),
    members: members.map(({ total: _total, ...m }) => m),
    memberCount: members[0]?.total ?? 0,
    locations: locations.map(({ organisationSlug, organisationName, ...l }) => ({
      ...l,
      organisation: organisationSlug && organisationName ? { slug: organisationSlug, name: organisationName } : null,
    })),
  };
}
