import { and, eq, isNull } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { notification } from "~/db/schema/index.ts";
import { isUuid } from "~/domain/common/ids.ts";
import { notFound } from "~/domain/errors.ts";
import { safeLink } from "~/domain/inbox/notification.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";

/**
 * Marks one of the actor's own items read (opening it does the same) and tells where it leads.
 * Someone else's item is "not found", so ids reveal nothing.
 */
export async function updateNotification(services: AppServices, actor: Actor, input: { id: string }) {
  await requirePermission(services.db, actor, "inbox.read");
  if (!isUuid(input.id)) throw notFound("inbox.error.notFound");
  const own = and(eq(notification.id, input.id), eq(notification.userId, actor!.id));
  const [item] = await services.db.select({ link: notification.link }).from(notification).where(own);
  if (!item) throw notFound("inbox.error.notFound");
  // Only the first reading counts: read_at keeps when the person first saw it.
  await services.db.update(notification).set({ readAt: services.clock.now() }).where(and(own, isNull(notification.readAt)));
  return { link: safeLink(item.link) };
}
