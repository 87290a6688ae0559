import { eq } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { organisation } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";

/** The organisation behind a URL's slug; unknown slugs are a 404. */
export async function organisationBySlug(db: Db, slug: string) {
  const [org] = await db
    .select({ id: organisation.id, slug: organisation.slug, name: organisation.name })
    .from(organisation)
    .where(eq(organisation.slug, slug))
    .limit(1);
  if (!org) throw notFound("organisations.notFound");
  return org;
}
