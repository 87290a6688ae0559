import { and, count, eq, exists, isNull, sql } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { networkCoordinator, notification, user } from "~/db/schema/index.ts";
import { navigationItems } from "~/domain/common/navigation.ts";
import { can } from "~/services/common/permissions.server.ts";

/** The site's menu for the actor: what a visitor, a signed-in person, a coordinator and a platform admin see. */
export async function getNavigation(services: AppServices, actor: Actor) {
  // The administrator's menu follows from the session's role: no query.
  const admin = await can(services.db, actor, "platform.admin");
  if (!actor) return navigationItems({ signedIn: false, coordinator: false, admin });
  const { db } = services;
  // Both facts in one statement: every signed-in page waits for them, and a round trip to the
  // database costs more than either look-up (ADR 024).
  const [facts] = await db
    .select({
      coordinator: exists(db.select({ one: sql`1` }).from(networkCoordinator).where(eq(networkCoordinator.userId, user.id))).mapWith(Boolean),
      unread: sql<number>`(${db
        .select({ n: count() })
        .from(notification)
        .where(and(eq(notification.userId, user.id), isNull(notification.readAt)))})`.mapWith(Number),
    })
    .from(user)
    .where(eq(user.id, actor.id));
  return navigationItems({ signedIn: true, coordinator: facts?.coordinator ?? false, admin, unread: facts?.unread ?? 0 });
}
