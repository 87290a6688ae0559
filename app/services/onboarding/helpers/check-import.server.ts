import { eq, inArray, or, sql } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { membership, networkMember, organisation, topic } from "~/db/schema/index.ts";
import { checkItems, withoutManagedOwners, type CheckedItems, type NetworkOrganisation, type TopicName } from "~/domain/onboarding/items.ts";
import { checkRows, matchExisting, type DuplicateMatch, type OrganisationRow, type RawRow, type RowError } from "~/domain/onboarding/rows.ts";

export type CheckedImport = { valid: OrganisationRow[]; errors: RowError[]; duplicates: DuplicateMatch[] } & Pick<CheckedItems, "offers" | "courses">;

/**
 * The rows checked on their own and against the directory: every error, and which valid rows are an
 * organisation the platform already has. Only candidates are read (same KvK, BRIN or place), so a
 * national directory is not read whole for a file of a few thousand rows. Offer and course rows
 * (the optional sheets) are checked by the offer and course forms' rules and given their owner: a
 * row of the first sheet, or an organisation of the network — one that nobody has claimed yet: an
 * organisation with members keeps its own offers and courses.
 */
export async function checkImport(db: Db, networkId: string, allRows: RawRow[], now: Date): Promise<CheckedImport> {
  const rows = allRows.filter((r) => !r.sheet);
  const items = allRows.filter((r) => r.sheet);
  const { valid, errors } = checkRows(rows);
  const checkedItems = items.length ? await checkItemRows(db, networkId, rows, items, now) : { offers: [], courses: [], errors: [] };
  if (valid.length === 0) return { valid, errors: [...errors, ...checkedItems.errors], offers: checkedItems.offers, courses: checkedItems.courses, duplicates: [] };
  const kvks = [...new Set(valid.flatMap((v) => (v.kvkNumber ? [v.kvkNumber] : [])))];
  const brins = [...new Set(valid.flatMap((v) => (v.brin ? [v.brin] : [])))];
  const places = [...new Set(valid.map((v) => v.place.toLowerCase()))];
  const existing = await db
    .select({
      id: organisation.id,
      slug: organisation.slug,
      name: organisation.name,
      place: organisation.place,
      kvkNumber: organisation.kvkNumber,
      brin: organisation.brin,
      branchNumber: organisation.branchNumber,
    })
    .from(organisation)
    .where(
      or(
        kvks.length ? inArray(organisation.kvkNumber, kvks) : undefined,
        brins.length ? inArray(organisation.brin, brins) : undefined,
        inArray(sql`lower(${organisation.place})`, places),
      ),
    );
  const duplicates = matchExisting(valid, existing);
  // An offer or course named by a first-sheet row that is a claimed organisation is not the coordinator's to add.
  const duplicateIds = duplicates.map((d) => d.existing.id);
  const managed = new Set(
    duplicateIds.length && (checkedItems.offers.length || checkedItems.courses.length)
      ? (await db.selectDistinct({ id: membership.organisationId }).from(membership).where(inArray(membership.organisationId, duplicateIds))).map((m) => m.id)
      : [],
  );
  const owned = withoutManagedOwners(checkedItems, new Set(duplicates.filter((d) => managed.has(d.existing.id)).map((d) => d.row)));
  return { valid, errors: [...errors, ...owned.errors], offers: owned.offers, courses: owned.courses, duplicates };
}

/** The offer and course rows: the network's organisations and the platform's topics are read once. */
async function checkItemRows(db: Db, networkId: string, organisationRows: RawRow[], items: RawRow[], now: Date) {
  const network: NetworkOrganisation[] = await db
    .select({
      id: organisation.id,
      name: organisation.name,
      kind: organisation.kind,
      kvkNumber: organisation.kvkNumber,
      managed: sql<boolean>`exists (select 1 from ${membership} where ${membership.organisationId} = ${organisation.id})`,
    })
    .from(networkMember)
    .innerJoin(organisation, eq(organisation.id, networkMember.organisationId))
    .where(eq(networkMember.networkId, networkId));
  const topics: TopicName[] = items.some((r) => r.sheet === "offers") ? await db.select({ slug: topic.slug, nameNl: topic.nameNl, nameEn: topic.nameEn }).from(topic) : [];
  return checkItems(items, { organisationRows, network, topics, now });
}
