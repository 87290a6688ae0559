import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { accountBlock, session } from "~/db/schema/index.ts";
import { checkNotSelf } from "~/domain/admin/rules.ts";
import { recordAudit } from "~/services/common/audit.server.ts";
import { lockPerson } from "./helpers/people.server.ts";
import { requireAdmin } from "./helpers/require-admin.server.ts";

/**
 * Blocks a person (every session ends at once, and app/auth/blocked-accounts.server.ts refuses any
 * new one, so they cannot sign in) or lifts the block. Their data stays as it is.
 */
export async function updateAccountBlock(services: Pick<AppServices, "db" | "clock">, actor: Actor, input: { userId: string; blocked: boolean; reason: string }) {
  const admin = await requireAdmin(services.db, actor);
  if (input.blocked) checkNotSelf(admin.id, input.userId, "_form");
  const result = await services.db.transaction(async (tx) => {
    const before = await lockPerson(tx, input.userId);
    if (Boolean(before.blocked) === input.blocked) return { name: before.name, changed: false };
    if (input.blocked) {
      await tx.insert(accountBlock).values({ userId: before.id, blockedAt: services.clock.now(), blockedBy: admin.id, reason: input.reason });
      await tx.delete(session).where(eq(session.userId, before.id));
    } else {
      await tx.delete(accountBlock).where(eq(accountBlock.userId, before.id));
    }
    const after = await lockPerson(tx, input.userId);
    await recordAudit(tx, admin, input.blocked ? "person.block" : "person.unblock", { type: "person", id: before.id, label: before.email }, before, after);
    return { name: before.name, changed: true };
  });
  // A sign-in that read no block while the transaction was open may have made a session after its
  // delete; once the block is committed no new one can come, so this sweep is the last one needed.
  if (input.blocked) await services.db.delete(session).where(eq(session.userId, input.userId));
  return result;
}
