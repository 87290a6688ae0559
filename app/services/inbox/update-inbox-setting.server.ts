import type { Actor, AppServices } from "~/context.ts";
import { inboxSetting } from "~/db/schema/index.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";

/**
 * Sets how the actor gets their mail. Switching back to single mails sends nothing at once:
 * what already waits goes out in the next digest, so nothing is lost and nothing comes twice.
 */
export async function updateInboxSetting(services: AppServices, actor: Actor, input: { dailyDigest: boolean }) {
  await requirePermission(services.db, actor, "inbox.read");
  const now = services.clock.now();
  await services.db
    .insert(inboxSetting)
    .values({ userId: actor!.id, dailyDigest: input.dailyDigest, updatedAt: now })
    .onConflictDoUpdate({ target: inboxSetting.userId, set: { dailyDigest: input.dailyDigest, updatedAt: now } });
  return { dailyDigest: input.dailyDigest };
}
