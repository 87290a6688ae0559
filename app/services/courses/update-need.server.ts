import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { trainingNeed } from "~/db/schema/index.ts";
import type { NeedInput } from "~/domain/courses/forms.ts";
import { forbidden, invalid } from "~/domain/errors.ts";
import { locateNeed } from "./helpers/locate-need.server.ts";
import { needColumns } from "./helpers/need-columns.server.ts";
import { findNeed } from "./helpers/need-access.server.ts";

/** The company edits its need (it stays with the same company). */
export async function updateNeed(services: AppServices, actor: Actor, { id, need: input }: { id: string; need: NeedInput }) {
  const found = await findNeed(services.db, actor, id);
  if (!found.canEdit) throw forbidden();
  if (input.organisationId !== found.need.organisationId) throw invalid("courses.needs.error.sameCompany", "organisationId");
  const where = await locateNeed(services, input.place);
  await services.db.update(trainingNeed).set({ ...needColumns(input), ...where, updatedAt: services.clock.now() }).where(eq(trainingNeed.id, id));
  return { id };
}
