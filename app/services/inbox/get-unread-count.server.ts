import { and, count, eq, isNull } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { notification } from "~/db/schema/index.ts";

/** How many of the actor's own items are unread, for the menu (a visitor has none). */
export async function getUnreadCount(services: AppServices, actor: Actor): Promise<number> {
  if (!actor) return 0;
  const [row] = await services.db
    .select({ n: count() })
    .from(notification)
    .where(and(eq(notification.userId, actor.id), isNull(notification.readAt)));
  return row?.n ?? 0;
}
