import { desc } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { retentionRun } from "~/db/schema/index.ts";
import { forbidden } from "~/domain/errors.ts";
import { totalRemoved } from "~/domain/privacy/retention.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";
import { privacyStatement } from "~/domain/privacy/processing.ts";

/** How many runs the administrator's page shows: two weeks of nights. */
export const RUNS_SHOWN = 14;

/** The retention periods and the last runs of the job, with their counts (/beheer/bewaartermijnen); platform administrators only. */
export async function listRetentionRuns(services: AppServices, actor: Actor) {
  if (!actor) throw forbidden();
  await requirePermission(services.db, actor, "platform.admin");
  const runs = await services.db.select().from(retentionRun).orderBy(desc(retentionRun.ranAt)).limit(RUNS_SHOWN);
  return {
    rules: privacyStatement(services.env.PRIVACY_CONTACT ?? null).rules,
    runs: runs.map((r) => ({ id: r.id, ranAt: r.ranAt.toISOString(), removed: r.removed, total: totalRemoved(r.removed) })),
  };
}
