import { and, eq, isNull } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { notification } from "~/db/schema/index.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";

/** "Alles gelezen": every unread item of the actor's own inbox is marked read. */
export async function updateAllNotifications(services: AppServices, actor: Actor) {
  await requirePermission(services.db, actor, "inbox.read");
  const marked = await services.db
    .update(notification)
    .set({ readAt: services.clock.now() })
    .where(and(eq(notification.userId, actor!.id), isNull(notification.readAt)))
    .returning({ id: notification.id });
  return { marked: marked.length };
}
