import { and, asc, count, ilike, isNull, or } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { organisation } from "~/db/schema/index.ts";
import { paging } from "~/domain/common/paging.ts";
import { likePattern } from "~/services/common/like.server.ts";
import { requireAdmin } from "./helpers/require-admin.server.ts";

export const ADMIN_ORGANISATIONS_PAGE_SIZE = 50;

/**
 * Organisations for /beheer/organisaties: by name, address or place, optionally only those not
 * verified yet, a page at a time (the country has tens of thousands).
 */
export async function listAdminOrganisations(services: Pick<AppServices, "db">, actor: Actor, input: { q: string; unverified: boolean; page?: number }) {
  const { db } = services;
  await requireAdmin(db, actor);
  const found = and(
    input.q ? or(ilike(organisation.name, likePattern(input.q)), ilike(organisation.slug, likePattern(input.q)), ilike(organisation.place, likePattern(input.q))) : undefined,
    input.unverified ? isNull(organisation.verifiedAt) : undefined,
  );
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(organisation).where(found);
  const page = paging(input.page ?? 1, total, ADMIN_ORGANISATIONS_PAGE_SIZE);
  const organisations = await db
    .select({ id: organisation.id, slug: organisation.slug, name: organisation.name, kind: organisation.kind, place: organisation.place, kvkNumber: organisation.kvkNumber, verifiedAt: organisation.verifiedAt })
    .from(organisation)
    .where(found)
    .orderBy(asc(organisation.name), asc(organisation.id))
    .limit(ADMIN_ORGANISATIONS_PAGE_SIZE)
    .offset(page.offset);
  return { ...page, organisations };
}
