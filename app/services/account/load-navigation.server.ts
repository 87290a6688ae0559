import { eq } from "drizzle-orm";
import type { AppServices, SessionUser } from "~/context.ts";
import { networkCoordinator } from "~/db/schema/index.ts";
import { navigationItems } from "~/domain/common/navigation.ts";

export async function loadNavigation(services: AppServices, user: SessionUser | null) {
  const coordinator = user
    ? (await services.db.select({ id: networkCoordinator.networkId }).from(networkCoordinator).where(eq(networkCoordinator.userId, user.id)).limit(1))
        .length > 0
    : false;
  return navigationItems({ signedIn: !!user, coordinator, admin: user?.role === "admin" });
}
