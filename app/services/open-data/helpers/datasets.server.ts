import { and, asc, count, eq, exists, gt, inArray, isNotNull, max, min, notExists, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { network, networkMember, networkPartner, organisation } from "~/db/schema/index.ts";
import type { DatasetId, NetworkRow, OrganisationRow, PartnershipRow, RowOf } from "~/domain/open-data/datasets.ts";
import { activeNetwork } from "~/services/common/networks.server.ts";

/**
 * What the open data holds (ADR 032), read in pages so a national-size file never sits in memory.
 *
 * Networks: every network still in the directory (archived and merged ones out).
 * Partnerships: the partners and members of those networks; an organisation that is both partner
 * and member of a network appears once, as partner (the profile page does the same).
 * Organisations: those a platform administrator verified, and those a network in the directory
 * names as partner or member (its coordinator vouched for them). An organisation someone only
 * signed up, that nobody has vouched for, has a page but is not republished as open data.
 */
export const BATCH = 1000;
/** Partnerships are read per this many networks: a network has tens of partners, rarely hundreds. */
const NETWORKS_PER_BATCH = 200;

const inActiveNetwork = (table: typeof networkPartner | typeof networkMember) => (db: Db) =>
  exists(
    db
      .select({ one: sql`1` })
      .from(table)
      .innerJoin(network, eq(network.id, table.networkId))
      .where(and(eq(table.organisationId, organisation.id), activeNetwork())),
  );

export function publicOrganisation(db: Db): SQL {
  return or(isNotNull(organisation.verifiedAt), inActiveNetwork(networkPartner)(db), inActiveNetwork(networkMember)(db))!;
}

/** Counts and dates of a data set: the page's facts, and the version its downloads are tagged with. */
export async function datasetFacts(db: Db, dataset: DatasetId): Promise<{ count: number; issued: Date | null; modified: Date | null }> {
  if (dataset === "netwerken") {
    const [row] = await db.select({ n: count(), first: min(network.createdAt), last: max(network.updatedAt) }).from(network).where(activeNetwork());
    return { count: row?.n ?? 0, issued: date(row?.first), modified: date(row?.last) };
  }
  if (dataset === "organisaties") {
    // The same rows as publicOrganisation(), as a union of ids: an OR of EXISTS over every
    // organisation is estimated so high that PostgreSQL compiles it (JIT), 1.7 s on national data.
    const ids = db
      .select({ id: organisation.id })
      .from(organisation)
      .where(isNotNull(organisation.verifiedAt))
      .union(db.select({ id: networkPartner.organisationId }).from(networkPartner).innerJoin(network, eq(network.id, networkPartner.networkId)).where(activeNetwork()))
      .union(db.select({ id: networkMember.organisationId }).from(networkMember).innerJoin(network, eq(network.id, networkMember.networkId)).where(activeNetwork()))
      .as("public_ids");
    const [row] = await db
      .select({ n: count(), first: min(organisation.createdAt), last: max(organisation.updatedAt) })
      .from(organisation)
      .innerJoin(ids, eq(ids.id, organisation.id));
    return { count: row?.n ?? 0, issued: date(row?.first), modified: date(row?.last) };
  }
  // A partner row has no date of its own: the network's last change stands in, and a member's joining.
  const [[partners], [members]] = await Promise.all([
    db.select({ n: count(), first: min(network.createdAt), last: max(network.updatedAt) }).from(networkPartner).innerJoin(network, eq(network.id, networkPartner.networkId)).where(activeNetwork()),
    db
      .select({ n: count(), first: min(networkMember.joinedAt), last: max(networkMember.joinedAt) })
      .from(networkMember)
      .innerJoin(network, eq(network.id, networkMember.networkId))
      .where(and(activeNetwork(), notExists(db.select({ one: sql`1` }).from(networkPartner).where(and(eq(networkPartner.networkId, networkMember.networkId), eq(networkPartner.organisationId, networkMember.organisationId)))))),
  ]);
  return {
    count: (partners?.n ?? 0) + (members?.n ?? 0),
    issued: earliest(date(partners?.first), date(members?.first)),
    modified: latest(date(partners?.last), date(members?.last)),
  };
}

/** The next rows after `after` (a slug; "" for the start), in a stable order, and where to go on. */
export async function readBatch<D extends DatasetId>(db: Db, dataset: D, after: string): Promise<{ rows: RowOf<D>[]; next: string | null }> {
  if (dataset === "netwerken") return (await networks(db, after)) as { rows: RowOf<D>[]; next: string | null };
  if (dataset === "organisaties") return (await organisations(db, after)) as { rows: RowOf<D>[]; next: string | null };
  return (await partnerships(db, after)) as { rows: RowOf<D>[]; next: string | null };
}

async function networks(db: Db, after: string): Promise<{ rows: NetworkRow[]; next: string | null }> {
  const rows = await db
    .select({
      slug: network.slug,
      name: network.name,
      kind: network.kind,
      summary: network.summary,
      province: network.province,
      country: network.country,
      cooperationType: network.cooperationType,
      educationSectors: network.educationSectors,
      economicSector: network.economicSector,
      tags: network.tags,
      focusAreas: network.focusAreas,
      startYear: network.startYear,
      website: network.website,
      updatedAt: network.updatedAt,
    })
    .from(network)
    .where(and(activeNetwork(), gt(network.slug, after)))
    .orderBy(asc(network.slug))
    .limit(BATCH);
  return { rows, next: rows.length === BATCH ? rows[rows.length - 1]!.slug : null };
}

async function organisations(db: Db, after: string): Promise<{ rows: OrganisationRow[]; next: string | null }> {
  const rows = await db
    .select({
      slug: organisation.slug,
      name: organisation.name,
      kind: organisation.kind,
      place: organisation.place,
      province: organisation.province,
      website: organisation.website,
      kvkNumber: organisation.kvkNumber,
      sector: organisation.sector,
      educationLevels: organisation.educationLevels,
      verified: sql<boolean>`${organisation.verifiedAt} is not null`,
      updatedAt: organisation.updatedAt,
    })
    .from(organisation)
    .where(and(publicOrganisation(db), gt(organisation.slug, after)))
    .orderBy(asc(organisation.slug))
    .limit(BATCH);
  return { rows, next: rows.length === BATCH ? rows[rows.length - 1]!.slug : null };
}

async function partnerships(db: Db, after: string): Promise<{ rows: PartnershipRow[]; next: string | null }> {
  const nets = await db
    .select({ id: network.id, slug: network.slug, name: network.name })
    .from(network)
    .where(and(activeNetwork(), gt(network.slug, after)))
    .orderBy(asc(network.slug))
    .limit(NETWORKS_PER_BATCH);
  if (!nets.length) return { rows: [], next: null };
  const ids = nets.map((n) => n.id);
  const org = { slug: organisation.slug, name: organisation.name, kind: organisation.kind };
  const [partners, members] = await Promise.all([
    db
      .select({ networkId: networkPartner.networkId, role: networkPartner.role, ...org })
      .from(networkPartner)
      .innerJoin(organisation, eq(organisation.id, networkPartner.organisationId))
      .where(inArray(networkPartner.networkId, ids)),
    db
      .select({ networkId: networkMember.networkId, ...org })
      .from(networkMember)
      .innerJoin(organisation, eq(organisation.id, networkMember.organisationId))
      .where(inArray(networkMember.networkId, ids)),
  ]);
  const byNetwork = Map.groupBy(
    [...partners.map((p) => ({ ...p, role: p.role as PartnershipRow["role"] })), ...members.map((m) => ({ ...m, role: "member" as const }))],
    (o) => o.networkId,
  );
  const rows: PartnershipRow[] = [];
  for (const n of nets) {
    const all = (byNetwork.get(n.id) ?? []).sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : a.role === "member" ? 1 : -1));
    // A partner is usually a member too: once, as partner.
    const seen = new Set<string>();
    for (const o of all) if (!seen.has(o.slug) && seen.add(o.slug)) rows.push({ networkSlug: n.slug, networkName: n.name, organisationSlug: o.slug, organisationName: o.name, organisationKind: o.kind, role: o.role });
  }
  return { rows, next: nets.length === NETWORKS_PER_BATCH ? nets[nets.length - 1]!.slug : null };
}

const date = (v: Date | string | null | undefined) => (v ? new Date(v) : null);
const earliest = (a: Date | null, b: Date | null) => (a && b ? (a < b ? a : b) : (a ?? b));
const latest = (a: Date | null, b: Date | null) => (a && b ? (a > b ? a : b) : (a ?? b));
