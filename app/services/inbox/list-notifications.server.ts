import { and, count, desc, eq, isNull, type SQL } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { notification } from "~/db/schema/index.ts";
import { INBOX_PAGE_SIZE, pageCount } from "~/domain/inbox/notification.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";

/**
 * One page of the actor's own inbox, newest first, optionally only what is unread, with the
 * unread count. A page past the end shows the last page.
 */
export async function listNotifications(services: AppServices, actor: Actor, input: { unreadOnly: boolean; page: number }) {
  await requirePermission(services.db, actor, "inbox.read");
  const own = eq(notification.userId, actor!.id);
  const unread = and(own, isNull(notification.readAt)) as SQL;
  const where = input.unreadOnly ? unread : own;
  const [[shown], [unreadRow]] = await Promise.all([
    services.db.select({ n: count() }).from(notification).where(where),
    services.db.select({ n: count() }).from(notification).where(unread),
  ]);
  const total = shown?.n ?? 0;
  const pages = pageCount(total);
  const page = Math.min(Math.max(1, input.page), pages);
  const items = await services.db
    .select({
      id: notification.id,
      kind: notification.kind,
      subject: notification.subject,
      excerpt: notification.excerpt,
      link: notification.link,
      createdAt: notification.createdAt,
      readAt: notification.readAt,
    })
    .from(notification)
    .where(where)
    .orderBy(desc(notification.createdAt), desc(notification.id))
    .limit(INBOX_PAGE_SIZE)
    .offset((page - 1) * INBOX_PAGE_SIZE);
  return { items, total, unread: unreadRow?.n ?? 0, page, pages, unreadOnly: input.unreadOnly };
}
