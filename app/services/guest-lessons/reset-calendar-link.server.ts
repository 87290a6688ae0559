import type { Actor, AppServices } from "~/context.ts";
import { calendarToken } from "~/db/schema/index.ts";
import { forbidden } from "~/domain/errors.ts";
import { calendarLinks, newCalendarToken } from "./helpers/calendar-links.server.ts";

/** "Nieuwe link maken": the old address stops working at once. */
export async function resetCalendarLink(services: AppServices, actor: Actor) {
  if (!actor) throw forbidden();
  const token = newCalendarToken();
  await services.db
    .insert(calendarToken)
    .values({ userId: actor.id, token, createdAt: services.clock.now() })
    .onConflictDoUpdate({ target: calendarToken.userId, set: { token, createdAt: services.clock.now() } });
  return calendarLinks(services, token);
}
