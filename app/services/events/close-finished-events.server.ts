import { and, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { event } from "~/db/schema/index.ts";
import { isFinished } from "~/domain/events/event-rules.ts";
import { amsterdamToday } from "~/domain/common/time.ts";
import { log } from "~/lib/log.server.ts";

/**
 * The daily sweep: published events whose last day is behind us (Dutch
 * date) are done. The update is conditional on "published", so a sweep
 * running twice, or racing a coordinator, changes each event once.
 */
export async function closeFinishedEvents(services: AppServices, _actor: Actor = null): Promise<{ closed: string[] }> {
  const today = amsterdamToday(services.clock.now());
  const published = await services.db
    .select({ id: event.id, slug: event.slug, status: event.status, startsOn: event.startsOn, endsOn: event.endsOn, windows: event.windows })
    .from(event)
    .where(eq(event.status, "published"));
  const closed: string[] = [];
  for (const row of published.filter((r) => isFinished(r, today))) {
    const updated = await services.db
      .update(event)
      .set({ status: "done" })
      .where(and(eq(event.id, row.id), eq(event.status, "published")))
      .returning({ status: event.status });
    if (updated.length) closed.push(row.slug);
  }
  if (closed.length) log.info("events done", { closed });
  return { closed };
}
