import { inArray } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { appointmentStep } from "~/db/schema/index.ts";

/** Records a one-off step; true when this call did it (false: done before, by this or another run). */
export async function takeStep(tx: Db, appointmentId: string, step: string, at: Date, actorId: string | null = null): Promise<boolean> {
  const rows = await tx.insert(appointmentStep).values({ appointmentId, step, at, actorId }).onConflictDoNothing().returning({ step: appointmentStep.step });
  return rows.length > 0;
}

export async function stepsOf(db: Db, appointmentIds: string[]): Promise<Map<string, Set<string>>> {
  const map = new Map<string, Set<string>>();
  if (appointmentIds.length === 0) return map;
  const rows = await db.select().from(appointmentStep).where(inArray(appointmentStep.appointmentId, appointmentIds));
  for (const r of rows) map.set(r.appointmentId, (map.get(r.appointmentId) ?? new Set()).add(r.step));
  return map;
}
