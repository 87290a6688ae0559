import { sql } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { viewSalt } from "~/db/schema/index.ts";
import { amsterdamToday } from "~/domain/common/time.ts";

/** Yesterday's salts go, so old hashes can no longer be recomputed from an address (daily job). */
export async function expireViewSalts(services: Pick<AppServices, "db" | "clock">, _actor: Actor): Promise<number> {
  const today = amsterdamToday(services.clock.now());
  const deleted = await services.db.delete(viewSalt).where(sql`${viewSalt.day} < ${today}`).returning({ day: viewSalt.day });
  return deleted.length;
}
