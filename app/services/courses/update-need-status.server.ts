import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { trainingNeed } from "~/db/schema/index.ts";
import { forbidden } from "~/domain/errors.ts";
import { findNeed } from "./helpers/need-access.server.ts";

/** Closes a need (met, or no longer wanted) or opens it again. */
export async function updateNeedStatus(services: AppServices, actor: Actor, { id, status }: { id: string; status: "open" | "closed" }) {
  const found = await findNeed(services.db, actor, id);
  if (!found.canEdit) throw forbidden();
  const now = services.clock.now();
  await services.db
    .update(trainingNeed)
    .set({ status, closedAt: status === "closed" ? now : null, updatedAt: now })
    .where(eq(trainingNeed.id, id));
  return { id };
}
