import { eq } from "drizzle-orm";
import type { AppServices, SessionUser } from "~/context.ts";
import { organisation } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";

/** An organisation as its edit form needs it; only for its admins and platform admins. */
export async function getEditableOrganisation(services: AppServices, user: SessionUser | null, slug: string) {
  const [org] = await services.db.select().from(organisation).where(eq(organisation.slug, slug)).limit(1);
  if (!org) throw notFound("organisations.notFound");
  await requirePermission(services.db, user, "organisation.edit", { organisationId: org.id });
  return org;
}
