import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { user } from "~/db/schema/index.ts";
import { checkNotSelf, type PlatformRole } from "~/domain/admin/rules.ts";
import { recordAudit } from "~/services/common/audit.server.ts";
import { lockPerson } from "./helpers/people.server.ts";
import { requireAdmin } from "./helpers/require-admin.server.ts";

/** Makes a person a platform administrator, or an ordinary user again. */
export async function updatePlatformRole(services: Pick<AppServices, "db" | "clock">, actor: Actor, input: { userId: string; role: PlatformRole }) {
  const admin = await requireAdmin(services.db, actor);
  checkNotSelf(admin.id, input.userId, "role");
  return services.db.transaction(async (tx) => {
    const before = await lockPerson(tx, input.userId);
    if (before.role === input.role) return { name: before.name, changed: false };
    await tx.update(user).set({ role: input.role, updatedAt: services.clock.now() }).where(eq(user.id, before.id));
    await recordAudit(tx, admin, "person.role", { type: "person", id: before.id, label: before.email }, before, { ...before, role: input.role });
    return { name: before.name, changed: true };
  });
}
