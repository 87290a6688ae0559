import { asc, eq } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { membership } from "~/db/schema/index.ts";
import type { MemberRow } from "~/domain/organisations/members.ts";

/**
 * Locks every membership row of an organisation for the rest of the
 * transaction and returns them as they are now. A second transaction changing
 * the same organisation's members waits here and then sees the first one's
 * outcome, so the last-admin rule is checked on current rows. The fixed
 * order keeps two such transactions from deadlocking.
 */
export async function lockMembers(tx: Db, organisationId: string): Promise<MemberRow[]> {
  return tx
    .select({ userId: membership.userId, role: membership.role })
    .from(membership)
    .where(eq(membership.organisationId, organisationId))
    .orderBy(asc(membership.userId))
    .for("update");
}
