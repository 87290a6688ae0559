import type { Actor, AppServices } from "~/context.ts";
import { requireAdmin } from "./helpers/require-admin.server.ts";

/** Refuses (403) anyone but a platform administrator: /beheer's actions call it before they read the form. */
export async function verifyAdminAccess(services: Pick<AppServices, "db">, actor: Actor) {
  return requireAdmin(services.db, actor);
}
