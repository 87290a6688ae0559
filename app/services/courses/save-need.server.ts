import { eq } from "drizzle-orm";
import type { AppServices, SessionUser } from "~/context.ts";
import { trainingNeed } from "~/db/schema/index.ts";
import type { NeedInput } from "~/domain/courses/forms.ts";
import { forbidden, invalid } from "~/domain/errors.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";
import { locateNeed } from "./locate-need.server.ts";
import { findNeed } from "./need-access.server.ts";

function needColumns(input: NeedInput) {
  return {
    organisationId: input.organisationId,
    topic: input.topic,
    description: input.description,
    employeeCount: input.employeeCount,
    level: input.level,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    preferredFormat: input.preferredFormat,
  };
}

/** A company states a training need. */
export async function createNeed(services: AppServices, user: SessionUser | null, input: NeedInput) {
  if (!user) throw forbidden();
  await requirePermission(services.db, user, "need.manage", { organisationId: input.organisationId });
  const where = await locateNeed(services, input.place);
  const now = services.clock.now();
  const [row] = await services.db
    .insert(trainingNeed)
    .values({ ...needColumns(input), ...where, createdById: user.id, createdAt: now, updatedAt: now })
    .returning({ id: trainingNeed.id });
  return { id: row!.id };
}

/** The company edits its need (it stays with the same company). */
export async function updateNeed(services: AppServices, user: SessionUser | null, id: string, input: NeedInput) {
  const found = await findNeed(services.db, user, id);
  if (!found.canEdit) throw forbidden();
  if (input.organisationId !== found.need.organisationId) throw invalid("needs.error.sameCompany", "organisationId");
  const where = await locateNeed(services, input.place);
  await services.db.update(trainingNeed).set({ ...needColumns(input), ...where, updatedAt: services.clock.now() }).where(eq(trainingNeed.id, id));
  return { id };
}

/** Closes a need (met, or no longer wanted) or opens it again. */
export async function setNeedStatus(services: AppServices, user: SessionUser | null, id: string, status: "open" | "closed") {
  const found = await findNeed(services.db, user, id);
  if (!found.canEdit) throw forbidden();
  const now = services.clock.now();
  await services.db
    .update(trainingNeed)
    .set({ status, closedAt: status === "closed" ? now : null, updatedAt: now })
    .where(eq(trainingNeed.id, id));
  return { id };
}
