import { eq, sql } from "drizzle-orm";
import type { AppServices } from "../../../context.ts";
import { event } from "../../schema/index.ts";
import { seedNational, type NationalCounts } from "./seed-national.server.ts";
// The demo seed's lock: a national run never interleaves with a demo run on the same database.
import { SEED_LOCK } from "../seed.server.ts";

/** The national day's slug doubles as the mark that the data set is there. */
export const NATIONAL_MARK = "feest-van-de-techniek-landelijk";

/**
 * Adds the national data set once, in one transaction: a second run (or a crash halfway) never
 * leaves two copies or half of one. Returns the row counts, or null when it was there already.
 */
export async function seedNationalOnce(
  services: AppServices,
  options: { seed: number; scale: number; progress?: (line: string) => void },
): Promise<NationalCounts | null> {
  const counts = await services.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    const [done] = await tx.select({ id: event.id }).from(event).where(eq(event.slug, NATIONAL_MARK));
    if (done) return null;
    return seedNational(tx, { ...options, now: services.clock.now() });
  });
  // Outside the transaction (VACUUM refuses one): a fresh load has an empty visibility map, so
  // until autovacuum comes by — never, on a server with it off or a template that is only
  // copied — no query gets an index-only scan, and a bench would measure that instead of the app.
  if (counts) await services.db.execute(sql`vacuum (analyze)`);
  return counts;
}
