import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import type { ModeratedKind } from "~/domain/admin/rules.ts";
import { isUuid } from "~/domain/common/ids.ts";
import { notFound } from "~/domain/errors.ts";
import { recordAudit } from "~/services/common/audit.server.ts";
import { CONTENT_TABLES } from "./helpers/content.server.ts";
import { requireAdmin } from "./helpers/require-admin.server.ts";

/**
 * Hides a news item, an offer or a tip (every list, page, feed and search leaves it out; only
 * administrators still see it), or shows it again. The owner's own status is left alone.
 */
export async function updateContentVisibility(services: Pick<AppServices, "db" | "clock">, actor: Actor, input: { kind: ModeratedKind; id: string; hidden: boolean }) {
  const admin = await requireAdmin(services.db, actor);
  if (!isUuid(input.id)) throw notFound();
  const table = CONTENT_TABLES[input.kind];
  return services.db.transaction(async (tx) => {
    const [before] = await tx.select({ id: table.id, title: table.title, hiddenAt: table.hiddenAt }).from(table).where(eq(table.id, input.id)).for("update");
    if (!before) throw notFound();
    if (Boolean(before.hiddenAt) === input.hidden) return { title: before.title, changed: false };
    const hiddenAt = input.hidden ? services.clock.now() : null;
    await tx.update(table).set({ hiddenAt }).where(eq(table.id, before.id));
    await recordAudit(tx, admin, input.hidden ? `${input.kind}.hide` : `${input.kind}.unhide`, { type: input.kind, id: before.id, label: before.title }, before, { ...before, hiddenAt });
    return { title: before.title, changed: true };
  });
}
