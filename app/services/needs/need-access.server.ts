import { eq } from "drizzle-orm";
import type { SessionUser } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { organisation, trainingNeed } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { can } from "~/services/auth/roles.server.ts";
import { canViewDemand } from "~/services/courses/scope.server.ts";

/** A need with whether the user may edit it (the company's people) or only read it (providers, coordinators). */
export async function findNeed(db: Db, user: SessionUser | null, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound("Deze opleidingsbehoefte bestaat niet.");
  const [row] = await db
    .select({ need: trainingNeed, company: { name: organisation.name, slug: organisation.slug } })
    .from(trainingNeed)
    .innerJoin(organisation, eq(organisation.id, trainingNeed.organisationId))
    .where(eq(trainingNeed.id, id));
  if (!row) throw notFound("Deze opleidingsbehoefte bestaat niet.");
  const canEdit = await can(db, user, "need.manage", { organisationId: row.need.organisationId });
  if (!canEdit && !(await canViewDemand(db, user))) throw notFound("Deze opleidingsbehoefte bestaat niet.");
  return { ...row, canEdit };
}
