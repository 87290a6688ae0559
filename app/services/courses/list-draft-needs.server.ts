import { and, eq, inArray } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { organisation, trainingNeed } from "~/db/schema/index.ts";
import { isUuid } from "~/domain/common/ids.ts";
import { forbidden } from "~/domain/errors.ts";
import { canViewDemand } from "./helpers/organisation-scope.server.ts";

/** The needs a provider picked on the demand view, to shape a draft course from. */
export async function listDraftNeeds(services: AppServices, actor: Actor, { ids }: { ids: string[] }) {
  if (!(await canViewDemand(services.db, actor))) throw forbidden();
  const clean = ids.filter(isUuid).slice(0, 50);
  if (clean.length === 0) return [];
  return services.db
    .select({ need: trainingNeed, companyName: organisation.name })
    .from(trainingNeed)
    .innerJoin(organisation, eq(organisation.id, trainingNeed.organisationId))
    .where(and(inArray(trainingNeed.id, clean), eq(trainingNeed.status, "open")));
}
