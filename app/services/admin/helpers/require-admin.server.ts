import type { Actor, SessionUser } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { forbidden } from "~/domain/errors.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";

/** Every use-case of /beheer starts here: a platform administrator, and no one else (no job either). */
export async function requireAdmin(db: Db, actor: Actor): Promise<SessionUser> {
  if (!actor) throw forbidden();
  await requirePermission(db, actor, "platform.admin");
  return actor;
}
