import { and, asc, count, eq, ne } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { membership, offer, organisation } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { requireAdmin } from "./helpers/require-admin.server.ts";

/** One organisation on /beheer/organisaties/:slug, with the organisations of its kind it could be merged into. */
export async function getAdminOrganisation(services: Pick<AppServices, "db">, actor: Actor, input: { slug: string }) {
  const { db } = services;
  await requireAdmin(db, actor);
  const [row] = await db.select().from(organisation).where(eq(organisation.slug, input.slug)).limit(1);
  if (!row) throw notFound("admin.organisations.notFound");
  const [members] = await db.select({ n: count() }).from(membership).where(eq(membership.organisationId, row.id));
  const [offers] = await db.select({ n: count() }).from(offer).where(eq(offer.organisationId, row.id));
  const others = await db
    .select({ slug: organisation.slug, name: organisation.name, place: organisation.place })
    .from(organisation)
    .where(and(ne(organisation.id, row.id), eq(organisation.kind, row.kind)))
    .orderBy(asc(organisation.name));
  return { organisation: row, members: members?.n ?? 0, offers: offers?.n ?? 0, others };
}
