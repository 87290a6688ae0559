import type { Actor, AppServices } from "~/context.ts";
import { trainingNeed } from "~/db/schema/index.ts";
import type { NeedInput } from "~/domain/courses/forms.ts";
import { forbidden } from "~/domain/errors.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";
import { locateNeed } from "./helpers/locate-need.server.ts";
import { needColumns } from "./helpers/need-columns.server.ts";

/** A company states a training need. */
export async function createNeed(services: AppServices, actor: Actor, input: NeedInput) {
  if (!actor) throw forbidden();
  await requirePermission(services.db, actor, "need.manage", { organisationId: input.organisationId });
  const where = await locateNeed(services, input.place);
  const now = services.clock.now();
  const [row] = await services.db
    .insert(trainingNeed)
    .values({ ...needColumns(input), ...where, createdById: actor.id, createdAt: now, updatedAt: now })
    .returning({ id: trainingNeed.id });
  return { id: row!.id };
}
