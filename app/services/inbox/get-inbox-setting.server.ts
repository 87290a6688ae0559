import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { inboxSetting } from "~/db/schema/index.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";

/** The actor's own choice: single mails (the default, no row) or one daily digest. */
export async function getInboxSetting(services: AppServices, actor: Actor) {
  await requirePermission(services.db, actor, "inbox.read");
  const [row] = await services.db.select({ dailyDigest: inboxSetting.dailyDigest }).from(inboxSetting).where(eq(inboxSetting.userId, actor!.id));
  return { dailyDigest: row?.dailyDigest ?? false };
}
