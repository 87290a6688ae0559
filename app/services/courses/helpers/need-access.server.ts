import { eq } from "drizzle-orm";
import type { Actor } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { organisation, trainingNeed } from "~/db/schema/index.ts";
import { isUuid } from "~/domain/common/ids.ts";
import { notFound } from "~/domain/errors.ts";
import { can } from "~/services/common/permissions.server.ts";
import { canViewDemand } from "./organisation-scope.server.ts";

/** A need with whether the actor may edit it (the company's people) or only read it (providers, coordinators). */
export async function findNeed(db: Db, actor: Actor, id: string) {
  if (!isUuid(id)) throw notFound("courses.needs.error.notFound");
  const [row] = await db
    .select({ need: trainingNeed, company: { name: organisation.name, slug: organisation.slug } })
    .from(trainingNeed)
    .innerJoin(organisation, eq(organisation.id, trainingNeed.organisationId))
    .where(eq(trainingNeed.id, id));
  if (!row) throw notFound("courses.needs.error.notFound");
  const canEdit = await can(db, actor, "need.manage", { organisationId: row.need.organisationId });
  if (!canEdit && !(await canViewDemand(db, actor))) throw notFound("courses.needs.error.notFound");
  return { ...row, canEdit };
}

/** A need as a page shows it: without who entered it (another person's id) or its coordinates. */
export function needView(need: typeof trainingNeed.$inferSelect) {
  return {
    id: need.id,
    organisationId: need.organisationId,
    topic: need.topic,
    description: need.description,
    employeeCount: need.employeeCount,
    level: need.level,
    periodStart: need.periodStart,
    periodEnd: need.periodEnd,
    preferredFormat: need.preferredFormat,
    place: need.place,
    province: need.province,
    status: need.status,
  };
}
