import { eq } from "drizzle-orm";
import type { Actor } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { organisation } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";

/** The organisation whose keys the actor manages (its administrators); 404 or 403 otherwise. */
export async function keyOrganisation(db: Db, actor: Actor, slug: string) {
  const [org] = await db.select({ id: organisation.id, slug: organisation.slug, name: organisation.name }).from(organisation).where(eq(organisation.slug, slug)).limit(1);
  if (!org) throw notFound("organisations.notFound");
  // A key is a credential of an organisation: a system acting for it must not be made by a visitor of it.
  await requirePermission(db, actor, "api_key.manage", { organisationId: org.id });
  return org;
}
