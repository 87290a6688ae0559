import { eq } from "drizzle-orm";
import type { Actor } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { organisation } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";

/** The organisation behind the URL's slug, if the actor may manage its webhooks (404 / 403 otherwise). */
export async function managedOrganisation(db: Db, actor: Actor, slug: string) {
  const [org] = await db.select({ id: organisation.id, slug: organisation.slug, name: organisation.name }).from(organisation).where(eq(organisation.slug, slug)).limit(1);
  if (!org) throw notFound("organisations.notFound");
  await requirePermission(db, actor, "webhook.manage", { organisationId: org.id });
  return org;
}
