import { eq } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { networkCoordinator, user } from "~/db/schema/index.ts";

/** Whom to tell about a network's proposals and join requests: its coordinators, with the language each reads mail in. */
export async function coordinatorAddresses(db: Db, networkId: string): Promise<{ name: string; email: string; locale: string }[]> {
  return db
    .select({ name: user.name, email: user.email, locale: user.locale })
    .from(networkCoordinator)
    .innerJoin(user, eq(user.id, networkCoordinator.userId))
    .where(eq(networkCoordinator.networkId, networkId));
}
