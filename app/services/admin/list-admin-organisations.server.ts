import { and, asc, ilike, isNull, or } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { organisation } from "~/db/schema/index.ts";
import { likePattern } from "~/services/common/like.server.ts";
import { requireAdmin } from "./helpers/require-admin.server.ts";

/** Organisations for /beheer/organisaties: by name or address, optionally only those not verified yet. */
export async function listAdminOrganisations(services: Pick<AppServices, "db">, actor: Actor, input: { q: string; unverified: boolean }) {
  const { db } = services;
  await requireAdmin(db, actor);
  const rows = await db
    .select({ id: organisation.id, slug: organisation.slug, name: organisation.name, kind: organisation.kind, place: organisation.place, kvkNumber: organisation.kvkNumber, verifiedAt: organisation.verifiedAt })
    .from(organisation)
    .where(
      and(
        input.q ? or(ilike(organisation.name, likePattern(input.q)), ilike(organisation.slug, likePattern(input.q)), ilike(organisation.place, likePattern(input.q))) : undefined,
        input.unverified ? isNull(organisation.verifiedAt) : undefined,
      ),
    )
    .orderBy(asc(organisation.name))
    .limit(200);
  return { organisations: rows };
}
