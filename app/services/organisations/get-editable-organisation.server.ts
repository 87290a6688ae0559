import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { organisation } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";

/** An organisation as its edit form needs it; only for its admins and platform admins. */
export async function getEditableOrganisation(services: AppServices, actor: Actor, input: { slug: string }) {
  const { slug } = input;
  const [org] = await services.db.select().from(organisation).where(eq(organisation.slug, slug)).limit(1);
  if (!org) throw notFound("organisations.notFound");
  await requirePermission(services.db, actor, "organisation.edit", { organisationId: org.id });
  return org;
}
