import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { networkCoordinator } from "~/db/schema/index.ts";
import { navigationItems } from "~/domain/common/navigation.ts";
import { can } from "~/services/common/permissions.server.ts";
import { getUnreadCount } from "~/services/inbox/get-unread-count.server.ts";

/** The site's menu for the actor: what a visitor, a signed-in person, a coordinator and a platform admin see. */
export async function getNavigation(services: AppServices, actor: Actor) {
  // Side by side: every signed-in page waits for these before it renders.
  const [coordinating, admin, unread] = await Promise.all([
    actor ? services.db.select({ id: networkCoordinator.networkId }).from(networkCoordinator).where(eq(networkCoordinator.userId, actor.id)).limit(1) : [],
    can(services.db, actor, "platform.admin"),
    getUnreadCount(services, actor),
  ]);
  return navigationItems({ signedIn: !!actor, coordinator: coordinating.length > 0, admin, unread });
}
